"""Errors the core raises on purpose; the dispatcher turns them into friendly Dutch replies."""
from __future__ import annotations


class UserError(Exception):
    """A mistake by the user: says what was wrong and, where possible, what would work."""

    def __init__(self, message: str, *, examples: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.examples = examples


class NotFound(UserError):
    pass


class NotAllowed(UserError):
    pass


class Conflict(Exception):
    """Another transaction changed the same row or took the same key first. Nothing was written; the core
    runs the command again on the new state (a command only returns its reply, so that is safe)."""
