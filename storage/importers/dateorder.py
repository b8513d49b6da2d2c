"""Which order a column's dates are written in: day first (Dutch) or month first (iBabs, '3/19/2019').

A date cell as text ('3/4/2019') does not say its own order; a column of them often does. One value with a
second number above 12 ('3/19/2019') can only be month first, one with a first number above 12 ('19-3-2019')
only day first. A column decides when its values point one way and none the other way; a column where every
value could be either is read day first, as before, and the report says so with the way to force it.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from handlers.texts import lijsten as tl
from handlers.texts import dag
from storage.importers.values import day, numeric_parts

DAY_FIRST, MONTH_FIRST = "DMY", "MDY"
# The fields whose cells are read as dates (a termijn only when it is written as one).
DATE_FIELDS = ("datum", "afdoening_datum", "termijn", "moment_commissie", "moment_raad")


@dataclass
class DateOrder:
    """What one column's numeric dates have shown so far."""

    seen: int = 0
    day_first: bool = False  # some value's first number is above 12
    month_first: bool = False  # some value's second number is above 12
    first: str = ""  # the first value seen, and the first that showed month first: examples for the report
    example: str = ""

    def see(self, value: object) -> None:
        if not isinstance(value, str):
            return  # a date cell says its own day
        parts = numeric_parts(value)
        if parts is None:
            return  # a termijn in words, ISO ('2019-03-19'): no doubt to resolve
        first, second = parts
        self.first = self.first or value.strip()
        self.seen += 1
        self.day_first |= first > 12
        if second > 12 and not self.example:
            self.example = value.strip()
        self.month_first |= second > 12

    @property
    def order(self) -> str | None:
        """MDY or DMY when the values leave no doubt; None when nothing decides, or they point both ways."""
        if self.month_first and not self.day_first:
            return MONTH_FIRST
        if self.day_first and not self.month_first:
            return DAY_FIRST
        return None


@dataclass(frozen=True)
class Orders:
    """The order per field, and the report's notes about the columns that were read day first for want of proof."""

    by_field: dict[str, str]
    notes: list[str]

    def of(self, field_name: str) -> str:
        return self.by_field.get(field_name, DAY_FIRST)


def column_orders(by_field: Mapping[str, int], headings: list[str], seen: list[DateOrder], forced: str | None) -> Orders:
    """`forced` (--date-format, or datumnotatie in the mapping) is the order of every column; without it each date
    column is read in the order its own values show."""
    if forced is not None:
        return Orders({name: forced for name in DATE_FIELDS}, [])
    orders: dict[str, str] = {}
    found: list[str] = []
    ambiguous: list[tuple[str, str]] = []
    for name in DATE_FIELDS:
        index = by_field.get(name)
        if index is None or index >= len(seen) or not seen[index].seen:
            continue
        column = seen[index]
        orders[name] = column.order or DAY_FIRST
        if column.order == MONTH_FIRST:
            found.append(tl.REPORT_DATES_FOUND.format(kop=headings[index], voorbeeld=column.example))
        elif not (column.day_first or column.month_first):
            ambiguous.append((headings[index], column.first))  # one way and the other: its rows say which cannot be
    month_first = [headings[by_field[n]] for n, o in orders.items() if o == MONTH_FIRST]
    return Orders(orders, found + [_note(heading, first, month_first) for heading, first in ambiguous])


def _note(heading: str, first: str, month_first: list[str]) -> str:
    read = day(first, DAY_FIRST)
    note = tl.REPORT_DATES_AMBIGUOUS.format(kop=heading, voorbeeld=first, dag=dag(read) if read else first)
    if not month_first:
        return note
    others = tl.REPORT_DATES_OTHERS.format(zijn="is" if len(month_first) == 1 else "zijn",
                                           kolommen=", ".join(f"'{h}'" for h in month_first))
    return note + others
