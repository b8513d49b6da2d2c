from __future__ import annotations

import pytest

from handlers.deadlines import Calendar, load_calendar
from tests.unit.deadlines.data_files import data_file


@pytest.fixture(scope="session")
def calendar() -> Calendar:
    return load_calendar(data_file("calendar.yaml"))
