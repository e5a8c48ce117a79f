"""Text from strangers is shown as text: no escape sequences reach the terminal, no markup runs."""

from __future__ import annotations

import io
import re

from rich.console import Console

from reader.cli.render import print_article
from reader.core.models import Annotation, Article, Block, Position
from reader.core.store import Store

HOSTILE_TITLE = "[bold red]x[/] [link=file:///etc/passwd]clic[/link] \x1b]0;pwned\x07\x1b[2J"
HOSTILE_BODY = "Avant\x1b[31m rouge \x1b]8;;http://evil.example\x1b\\lien\x1b]8;;\x1b\\ \u202etxet"
# What a terminal acts on besides Rich's own SGR colour codes: OSC, cursor moves, clears.
DANGEROUS = re.compile(r"\x1b\]|\x1b\[[0-9;]*[A-HJKSTfhlnsu]|\x9b|\u202e|\x07")


def hostile_article(db_path) -> int:
    with Store(db_path) as store:
        article_id = store.save_article(
            Article(
                id=None,
                title=HOSTILE_TITLE,
                url="https://ex.org/x",
                site="[i]Site[/i]",
                blocks=(Block("paragraph", HOSTILE_BODY),),
            ),
            tags=("[b]tag[/b]",),
        ).article_id
        store.add_annotation(
            Annotation(
                id=None,
                article_id=article_id,
                start=Position(0, 0),
                end=Position(0, 5),
                quote="Avant",
                note="[red]note[/red] \x1b[5m",
            )
        )
    return article_id


def test_list_and_show_print_markup_literally_and_no_escape_sequences(run_cli, db_path):
    article_id = hostile_article(db_path)
    for args in (
        ["list"],
        ["show", str(article_id)],
        ["show", str(article_id), "--format", "json"],
        ["show", str(article_id), "--format", "markdown"],
    ):
        output = run_cli(*args).output
        assert not DANGEROUS.search(output), (args, output)
        assert "\x1b" not in output
    assert "[bold red]x[/] [link=file:///etc/passwd]clic[/link]" in run_cli("list").output


def test_the_rich_renderer_on_a_real_terminal_shows_markup_as_text(db_path):
    article_id = hostile_article(db_path)
    with Store(db_path) as store:
        article = store.get_article(article_id)
        annotations = store.list_annotations(article_id)
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, color_system="truecolor", width=100)
    print_article(article, annotations, console=console)
    output = buffer.getvalue()
    assert not DANGEROUS.search(output), output
    visible = re.sub(r"\x1b\[[0-9;]*m", "", output)
    assert "[bold red]x[/]" in visible and "[link=file:///etc/passwd]" in visible
    assert "Avant rouge lien txet" in visible
