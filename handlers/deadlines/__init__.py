"""The Dutch deadline layer: `parse_deadline` turns a termijn as councils write it into a `Deadline`."""
from handlers.deadlines.model import Deadline, DeadlineKind, Precision

__all__ = ["Deadline", "DeadlineKind", "Precision"]
