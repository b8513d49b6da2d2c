"""An explicit registry of Dutch command words; the longest registered prefix wins."""
from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import process

from handlers.context import Context
from handlers.messages import OutgoingReply

Run = Callable[[Context, str], OutgoingReply]


@dataclass(frozen=True)
class Command:
    words: str
    run: Run
    summary: str
    usage: str = ""
    examples: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    # Most commands act for a known person; help and "wie ben ik" also answer strangers.
    needs_person: bool = True

    @property
    def group(self) -> str:
        return self.words.split()[0]


def normalise(text: str) -> str:
    """Lower case, accents off, single spaces: 'Toezegging  Nieuw' and 'toezegging nieuw' are one."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


class Router:
    def __init__(self, commands: Iterable[Command] = ()) -> None:
        self._by_words: dict[tuple[str, ...], Command] = {}
        self._commands: list[Command] = []
        self._sections: dict[str, list[Command]] = {}
        # The most words any command phrase has: matching never looks further, so it is linear in the input.
        self._longest = 0
        for command in commands:
            self.register(command)

    def register(self, command: Command, section: str = "") -> None:
        for phrase in (command.words, *command.aliases):
            key = tuple(normalise(phrase).split())
            if key in self._by_words:
                raise ValueError(f"command words registered twice: {phrase!r}")
            self._by_words[key] = command
            self._longest = max(self._longest, len(key))
        self._commands.append(command)
        self._sections.setdefault(section, []).append(command)

    @property
    def commands(self) -> list[Command]:
        return list(self._commands)

    @property
    def sections(self) -> dict[str, list[Command]]:
        """The commands per section, in registration order: what 'help' shows."""
        return {name: list(commands) for name, commands in self._sections.items()}

    def match(self, text: str) -> tuple[Command, str] | None:
        """The command whose words are the longest prefix of `text`, and the rest (original case)."""
        head = text.strip().split(maxsplit=self._longest)
        words = [normalise(word) for word in head[: self._longest]]
        for length in range(len(words), 0, -1):
            command = self._by_words.get(tuple(words[:length]))
            if command is not None:
                return command, " ".join(text.strip().split()[length:])
        return None

    def suggestions(self, text: str, limit: int = 3) -> list[str]:
        phrases = [" ".join(key) for key in self._by_words]
        head = " ".join(normalise(text).split()[:2])
        found = process.extract(head, phrases, limit=limit, score_cutoff=60)
        return [phrase for phrase, _score, _index in found]
