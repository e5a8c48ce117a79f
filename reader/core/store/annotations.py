"""Annotations: notes on passages, with their tags and W3C-style anchors."""

from __future__ import annotations

from collections.abc import Iterable

from reader.core.models import Annotation, Position
from reader.core.sanitize import clean_multiline
from reader.core.store.base import StoreBase, from_iso, now_utc, to_iso


class AnnotationsMixin(StoreBase):
    """Storing and reading annotations."""

    def add_annotation(self, annotation: Annotation) -> int:
        """Store a new annotation with its tags; returns its id."""
        stamp = to_iso(annotation.created or now_utc())
        with self.transaction():
            annotation_id = (
                self.db["annotations"]
                .insert(
                    {
                        "article_id": annotation.article_id,
                        "start_block": annotation.start.block,
                        "start_offset": annotation.start.offset,
                        "end_block": annotation.end.block,
                        "end_offset": annotation.end.offset,
                        "quote": annotation.quote,
                        "prefix": annotation.prefix,
                        "suffix": annotation.suffix,
                        "note": clean_multiline(annotation.note),
                        "created": stamp,
                        "updated": to_iso(annotation.updated) or stamp,
                        "orphaned": int(annotation.orphaned),
                    }
                )
                .last_pk
            )
            self._set_annotation_tags(annotation_id, annotation.tags)
        return annotation_id

    def update_annotation(
        self,
        annotation_id: int,
        *,
        note: str | None = None,
        tags: Iterable[str] | None = None,
        **anchor: object,
    ) -> None:
        """Change an annotation's note, tags or anchor fields."""
        allowed = {
            "start_block",
            "start_offset",
            "end_block",
            "end_offset",
            "quote",
            "prefix",
            "suffix",
            "orphaned",
        }
        if set(anchor) - allowed:
            raise ValueError(f"unknown annotation fields: {sorted(set(anchor) - allowed)}")
        values: dict[str, object] = dict(anchor)
        if note is not None:
            values["note"] = clean_multiline(note)
        values["updated"] = to_iso(now_utc())
        with self.transaction():
            self.db["annotations"].update(annotation_id, values)
            if tags is not None:
                self._set_annotation_tags(annotation_id, tags)

    def delete_annotation(self, annotation_id: int) -> bool:
        """Delete an annotation; False if there was none."""
        with self.transaction():
            cursor = self.conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
        return cursor.rowcount > 0

    def get_annotation(self, annotation_id: int) -> Annotation | None:
        """One annotation by id."""
        rows = self.query("SELECT * FROM annotations WHERE id = ?", (annotation_id,))
        return self._annotation_from_row(rows[0]) if rows else None

    def list_annotations(self, article_id: int | None = None) -> list[Annotation]:
        """An article's annotations in text order, or every annotation in the archive."""
        if article_id is None:
            rows = self.query(
                "SELECT * FROM annotations ORDER BY article_id, start_block, start_offset"
            )
        else:
            rows = self.query(
                "SELECT * FROM annotations WHERE article_id = ? "
                "ORDER BY start_block, start_offset, id",
                (article_id,),
            )
        return [self._annotation_from_row(r) for r in rows]

    def _set_annotation_tags(self, annotation_id: int, names: Iterable[str]) -> None:
        self.conn.execute("DELETE FROM annotation_tags WHERE annotation_id = ?", (annotation_id,))
        self.conn.executemany(
            "INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)",
            [(annotation_id, tag_id) for tag_id in self.tag_ids(names)],
        )

    def _annotation_from_row(self, row: dict) -> Annotation:
        tags = tuple(
            r[0]
            for r in self.conn.execute(
                "SELECT t.name FROM annotation_tags x JOIN tags t ON t.id = x.tag_id "
                "WHERE x.annotation_id = ? ORDER BY t.name COLLATE NOCASE",
                (row["id"],),
            )
        )
        return Annotation(
            id=row["id"],
            article_id=row["article_id"],
            start=Position(row["start_block"], row["start_offset"]),
            end=Position(row["end_block"], row["end_offset"]),
            quote=row["quote"],
            prefix=row["prefix"],
            suffix=row["suffix"],
            note=row["note"],
            tags=tags,
            created=from_iso(row["created"]),
            updated=from_iso(row["updated"]),
            orphaned=bool(row["orphaned"]),
        )
