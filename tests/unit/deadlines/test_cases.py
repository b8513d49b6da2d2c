"""Every labelled case of cases.tsv: kind, due and precision."""
from __future__ import annotations

import pytest

from handlers.deadlines import Calendar, parse_deadline
from tests.unit.deadlines.data_files import Case, load_cases

CASES = load_cases()


def test_the_table_is_complete() -> None:
    assert len(CASES) >= 104


@pytest.mark.parametrize("case", CASES, ids=[f"{c.today}:{c.phrase or '<leeg>'}" for c in CASES])
def test_case(case: Case, calendar: Calendar) -> None:
    result = parse_deadline(case.phrase, case.today, calendar)
    assert result.kind.value == case.kind, result.message
    assert result.due == case.due
    assert (result.precision.value if result.precision else None) == case.precision
