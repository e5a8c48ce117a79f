"""A process that keeps writing articles to an archive until it is killed (crash-safety tests)."""

from __future__ import annotations

import sys

from reader.core.models import Article, Block
from reader.core.store import Store


def main(db_path: str, prefix: str, count: int) -> None:
    with Store(db_path) as store:
        for n in range(count):
            blocks = tuple(
                Block("paragraph", f"{prefix} paragraphe {n}.{i} : 55 000 soldats, 31 %.")
                for i in range(40)
            )
            article = Article(
                id=None,
                title=f"{prefix} {n}",
                url=f"https://ex.org/{prefix}/{n}",
                language="fr",
                blocks=blocks,
            )
            saved = store.save_article(article, tags=(prefix,))
            print(saved.article_id, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
