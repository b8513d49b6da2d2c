"""A problem in a registry, with where it is: the path in the file and, when known, the line."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from handlers.errors import UserError


@dataclass(frozen=True)
class Problem:
    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"regel {self.line}, " if self.line else ""
        return f"{where}{self.path}: {self.message}" if self.path else f"{where}{self.message}"


def locate(problems: list[Problem], lines: Mapping[str, int]) -> list[Problem]:
    """Adds the line number of the path, or of its nearest parent that has one."""
    located = []
    for problem in problems:
        path = problem.path
        while path and path not in lines:
            path = path.rsplit(".", 1)[0] if "." in path else (path.rsplit("[", 1)[0] if "[" in path else "")
        located.append(Problem(problem.path, problem.message, lines.get(path, problem.line)))
    return sorted(located, key=lambda p: (p.line or 0, p.path))


class RegisterInvalid(UserError):
    """The registry has problems; nothing was changed."""

    def __init__(self, problems: list[Problem], heading: str) -> None:
        self.problems = problems
        listed = "\n".join(f"- {p}" for p in problems)
        super().__init__(f"{heading}\n{listed}")
