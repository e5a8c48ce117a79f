"""reader: a terminal news reader over a local SQLite archive."""

__version__ = "0.1.0"
