"""A figure being read, and how its normalised value is written (see `numbers`)."""

from __future__ import annotations

import datetime
import decimal
from dataclasses import dataclass
from decimal import Decimal

from reader.core.analysis import numbers_patterns as pat

EXACT = decimal.Context(prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)
"""Arithmetic on amounts never rounds: scales and percents only multiply."""


@dataclass(slots=True)
class Figure:
    """A figure being read: its span and what it means, before it becomes a `Mark`."""

    start: int
    end: int
    kind: str = "number"
    amount: Decimal = Decimal(0)
    factor: Decimal = Decimal(1)
    currency: str | None = None
    unit: str | None = None
    percent: Decimal | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    text_value: str | None = None
    bare: bool = False
    """A plain number that the far end of a range may complete ("10" in "10 à 15 %")."""
    month_first: bool = False

    def value(self) -> str:
        """The normalised value, in the formats of the module docstring."""
        if self.text_value is not None:
            return self.text_value
        amount = EXACT.multiply(self.amount, self.factor)
        if self.kind == "percent":
            return pat.plain(EXACT.multiply(amount, self.percent or Decimal("0.01")))
        if self.kind == "money":
            return f"{self.currency} {pat.plain(amount)}"
        if self.kind == "quantity":
            return f"{pat.plain(amount)} {self.unit}"
        if self.kind == "date":
            return iso_date(self.year, self.month, self.day)
        return pat.plain(amount)


def valid_date(year: int | None, month: int | None, day: int | None) -> bool:
    """Whether the date exists (any leap year stands in for a missing year)."""
    try:
        datetime.date(year or 2000, month or 1, day or 1)
    except ValueError:
        return False
    return True


def iso_date(year: int | None, month: int | None, day: int | None) -> str:
    """ISO 8601 text for a date known to the year, month or day ("--09-01" without a year)."""
    if year is None:
        return f"--{month:02d}-{day:02d}"
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"
