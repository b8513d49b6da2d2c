"""All recognisers of the Dutch layer, tried before dateparser is asked."""
from __future__ import annotations

from handlers.deadlines.anchor import anchor
from handlers.deadlines.rules import dates, moments, periods, relative
from handlers.deadlines.rules.base import Context, Hit, Rule, first_hit

# Specific shapes first; the catch-all name pattern of the planning moments last.
ALL_RULES: list[Rule] = dates.RULES + relative.RULES + periods.RULES + moments.RULES


def recognise(text: str, context: Context) -> Hit | None:
    return first_hit(ALL_RULES, anchor(text, context.today), context)


__all__ = ["ALL_RULES", "Context", "Hit", "recognise"]
