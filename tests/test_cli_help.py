"""Every command explains itself: `--help` works and shows an example."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from reader.cli import cli


def all_commands(group: click.Group = cli, prefix: tuple[str, ...] = ()):
    for name, command in sorted(group.commands.items()):
        path = (*prefix, name)
        yield path
        if isinstance(command, click.Group):
            yield from all_commands(command, path)


@pytest.mark.parametrize("path", list(all_commands()), ids=" ".join)
def test_every_command_has_help_with_an_example(path):
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "example" in result.output.lower(), f"reader {' '.join(path)} --help has no example"


def test_the_commands_users_expect_are_all_there():
    names = {" ".join(p) for p in all_commands()}
    assert {
        "import",
        "list",
        "show",
        "tag",
        "annotate",
        "search",
        "export",
        "feed add",
        "fetch",
        "reanalyze",
        "entities",
        "doctor",
        "demo",
        "reextract",
    } <= names
