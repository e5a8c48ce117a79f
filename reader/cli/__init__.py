"""The command line: thin commands over `reader.core`; each module registers its commands."""

from reader.cli import analysis  # noqa: F401  (registers reanalyze, entities)
from reader.cli import articles  # noqa: F401  (registers list, show, tag)
from reader.cli import doctor  # noqa: F401  (registers doctor)
from reader.cli import export  # noqa: F401  (registers export, reextract)
from reader.cli import feeds  # noqa: F401  (registers feed, fetch)
from reader.cli import importing  # noqa: F401  (registers import, demo)
from reader.cli import search  # noqa: F401  (registers search, annotate, annotations)
from reader.cli.main import cli, main

__all__ = ["cli", "main"]
