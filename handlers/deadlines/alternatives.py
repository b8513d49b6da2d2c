"""Two alternatives ("Q3 of Q4 2022", "juni/juli 24", "februari / maart") mean the later one."""
from __future__ import annotations

import re

from handlers.deadlines.rules import Context, Hit, recognise

SPLIT = re.compile(r"(?P<a>[^/]+?)(?:/| of | - )(?P<b>[^/]+)")
TRAILING_YEAR = re.compile(r" (\d{4}|'?\d{2})$")


def later_alternative(text: str, context: Context) -> Hit | None:
    found = SPLIT.fullmatch(text)
    if not found:
        return None
    first, second = found["a"], found["b"]
    year = TRAILING_YEAR.search(second)
    # "Q3 of Q4 2022": the year written once belongs to both alternatives.
    if year and not TRAILING_YEAR.search(first) and not re.search(r"\d{4}", first):
        first += year.group(0)
    # "1 of 2 maart": the month written once belongs to both days.
    if first.isdigit() and " " in second and second.split(" ", 1)[0].isdigit():
        first += " " + second.split(" ", 1)[1]
    earlier, later = recognise(first, context), recognise(second, context)
    if earlier is None or later is None:
        return None
    return max(earlier, later, key=lambda hit: hit.due)
