"""An explicit registry of Dutch command words; the longest registered prefix wins."""
from __future__ import annotations

import dataclasses
import difflib
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process

from handlers.context import Context
from handlers.errors import UserError
from handlers.messages import OutgoingReply
from handlers.texts import router as t

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
    # Set when the only argument is one item number ('toezegging T-2026-001'): reads that number. Words after
    # it are refused, never silently dropped, so nobody believes a change was made that was only shown.
    item_number: Callable[[str], str | None] | None = None

    @property
    def group(self) -> str:
        return self.words.split()[0]


@lru_cache(maxsize=16384)
def normalise(text: str) -> str:
    """Lower case, accents off, single spaces: 'Toezegging  Nieuw' and 'toezegging nieuw' are one.

    Cached: finding a person compares the wanted name with every known name, on every command.
    """
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


class Router:
    def __init__(self, commands: Iterable[Command] = ()) -> None:
        self._by_words: dict[tuple[str, ...], Command] = {}
        self._commands: list[Command] = []
        self._sections: dict[str, list[Command]] = {}
        # The most words any command phrase has: matching never looks further, so it is linear in the input.
        self._longest = 0
        # What runs when no command words match (a bare item number, English): the whole text is its argument.
        self._fallback: Command | None = None
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

    def register_fallback(self, command: Command) -> None:
        self._fallback = command

    @property
    def commands(self) -> list[Command]:
        return list(self._commands)

    @property
    def sections(self) -> dict[str, list[Command]]:
        """The commands per section, in registration order: what 'help' shows."""
        return {name: list(commands) for name, commands in self._sections.items()}

    def match(self, text: str) -> tuple[Command, str] | None:
        """The command whose words are the longest prefix of `text`, and the rest (original case).

        'toezegging T-2026-001 afgedaan' is read as 'toezegging afgedaan T-2026-001': the natural word order
        names the same command, with all its rules. Words a number-only command would drop match a command
        that refuses them (it raises when run, so matching alone never fails).
        """
        words = text.strip().split()
        head = [normalise(word) for word in words[: self._longest + 1]]
        for length in range(min(len(head), self._longest), 0, -1):
            command = self._by_words.get(tuple(head[:length]))
            if command is not None:
                return self._verb_after_number(command, words, head, length)
        if self._fallback is not None and words:
            return self._fallback, " ".join(words)
        return None

    def _verb_after_number(
        self, command: Command, words: list[str], head: list[str], length: int
    ) -> tuple[Command, str]:
        rest = words[length:]
        # Item numbers always hold a digit ('T-2026-001', 'M2026-031', '22', 'ID59'); words like 'van' never do.
        numbered = len(rest) > 1 and any(c.isdigit() for c in rest[0])
        if numbered and length == 1:
            for size in range(min(len(rest) - 1, self._longest - 1), 0, -1):
                verb = self._by_words.get((head[0], *head[2: 2 + size]))
                if verb is not None and verb is not command:
                    return verb, " ".join([rest[0], *rest[1 + size:]])
        if numbered and command.item_number is not None and command.item_number(rest[0]) is not None:
            refusal = self._unused(command, head[0], rest[0], " ".join(rest[1:]))

            def refuse(ctx: Context, args: str) -> OutgoingReply:
                raise refusal

            return dataclasses.replace(command, run=refuse, needs_person=False), " ".join(rest)
        return command, " ".join(rest)

    def _unused(self, command: Command, group: str, nummer: str, extra: str) -> UserError:
        """What was not understood, and the commands that do take words after this number."""
        takers = [c for c in self._commands
                  if c.group == group and "<nummer>" in c.usage and c.item_number is None and c.words != group]
        verbs = {c.words.split(" ", 1)[1]: c for c in takers}
        first = normalise(extra).split(" ", 1)[0]
        close = difflib.get_close_matches(first, list(verbs), n=1, cutoff=0.6)
        # 'T-2026-001 naar Q3 2027': the command whose usage has that word ('verzet … naar …') is the one meant.
        worded = [c for c in takers if f" {first} " in f" {normalise(c.usage)} "]
        chosen = [verbs[close[0]]] if close else (worded or takers)[:3]
        shown = f"{command.words} {nummer}"
        return UserError(
            t.UNUSED_AFTER_NUMBER.format(shown=shown, extra=extra, group=group),
            examples=tuple(c.usage.replace("<nummer>", nummer) for c in chosen),
        )

    def suggestions(self, text: str, limit: int = 3) -> list[str]:
        phrases = [" ".join(key) for key in self._by_words]
        head = " ".join(normalise(text).split()[:2])
        found = process.extract(head, phrases, limit=limit, score_cutoff=60)
        return [phrase for phrase, _score, _index in found]
