"""The `reader` command group: options shared by every command, and one-line errors."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from reader.core.errors import ReaderError


class ReaderGroup(click.Group):
    """A command group that reports `ReaderError`s in one line instead of a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ReaderError as error:
            raise click.ClickException(str(error)) from None
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(1)


@click.group(
    cls=ReaderGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="READER_DB",
    show_envvar=True,
    help="Archive file (default: $XDG_DATA_HOME/reader/reader.db).",
)
@click.version_option(package_name="reader-archive", prog_name="reader")
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None) -> None:
    """A terminal news reader over a local, searchable, annotated archive.

    Run `reader` alone to open the app. Example:

        reader import https://example.org/story.html --tag ukraine
    """
    from reader.core.store import default_db_path

    ctx.obj = db_path or default_db_path()
    if ctx.invoked_subcommand is None:
        from reader.cli.app import open_app

        open_app(ctx.obj)


def pass_store(command: Callable[..., Any]) -> Callable[..., Any]:
    """Give a command an open `Store` on the chosen archive as its first argument."""

    @click.pass_obj
    @functools.wraps(command)
    def wrapper(db_path: Path, *args: Any, **kwargs: Any) -> Any:
        from reader.core.store import Store

        with Store(db_path) as store:
            return command(store, *args, **kwargs)

    return wrapper


def main() -> None:
    """Entry point of the `reader` console script."""
    cli(prog_name="reader")
