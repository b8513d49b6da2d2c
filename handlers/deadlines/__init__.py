"""The Dutch deadline layer: `parse_deadline` turns a termijn as councils write it into a `Deadline`."""
from handlers.deadlines.anchored import anchored, counts_from_today, written_out
from handlers.deadlines.calendar import Calendar, CalendarError, load_calendar
from handlers.deadlines.describe import describe
from handlers.deadlines.model import Deadline, DeadlineKind, Precision
from handlers.deadlines.parser import parse_deadline
from handlers.deadlines.workdays import add_working_days, holiday_name, is_working_day

__all__ = [
    "Calendar",
    "CalendarError",
    "Deadline",
    "DeadlineKind",
    "Precision",
    "add_working_days",
    "anchored",
    "counts_from_today",
    "describe",
    "holiday_name",
    "is_working_day",
    "load_calendar",
    "parse_deadline",
    "written_out",
]
