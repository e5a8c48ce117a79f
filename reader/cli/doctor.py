"""`reader doctor`: check the archive and repair what can be repaired."""

from __future__ import annotations

import click

from reader.cli.main import cli, pass_store


@cli.command("doctor")
@click.option("--repair", is_flag=True, help="Fix the index and delete orphan rows.")
@click.option("--rebuild-index", is_flag=True, help="Rewrite the whole full-text index.")
@pass_store
def doctor_command(store, repair: bool, rebuild_index: bool) -> None:
    """Check the archive: SQLite integrity, full-text index, orphan rows.

    Exits with status 1 when a problem remains. Example: reader doctor --repair
    """
    from reader.core import doctor

    if rebuild_index:
        click.echo(f"rebuilt the index of {doctor.rebuild_index(store)} articles")
    report = doctor.check(store)
    if repair and not report.healthy:
        report = doctor.repair(store, report)
        click.echo("repaired")
    for line in report.lines():
        click.echo(line)
    if not report.healthy:
        if not repair:
            click.echo("run `reader doctor --repair` to fix the index and orphan rows")
        raise SystemExit(1)
