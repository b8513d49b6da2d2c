"""Which storage failures mean "the database cannot be reached", so the command line can say so in one line."""
from __future__ import annotations

from sqlalchemy.exc import ArgumentError, InterfaceError, NoSuchModuleError, OperationalError


def unreachable(error: BaseException) -> bool:
    """True for a database that is down, refuses us, or is named by a URL no driver understands."""
    return isinstance(error, (OperationalError, InterfaceError, ArgumentError, NoSuchModuleError))
