"""argparse in Dutch: usage errors read like the chat's answers, and help has Dutch headings.

argparse itself stays in charge of parsing; only its words are ours. Its messages are English templates
(`gettext` without a Dutch catalogue), so `error` matches each template argparse uses and says it in Dutch.
"""
from __future__ import annotations

import argparse
import re
import sys
from typing import Any, NoReturn

from handlers.texts import cli as t

# (argparse's English template as a pattern, the Dutch sentence): every usage error argparse raises.
_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(pattern), dutch) for pattern, dutch in (
    (r"^unrecognized arguments: (?P<a>.*)$", t.UNRECOGNIZED),
    (r"^the following arguments are required: (?P<a>.*)$", t.REQUIRED),
    (r"^argument (?P<a>.+?): invalid choice: (?P<b>.+?) \(choose from (?P<c>.*)\)$", t.INVALID_CHOICE),
    (r"^argument (?P<a>.+?): expected one argument$", t.EXPECTED_ONE),
    (r"^argument (?P<a>.+?): expected at least one argument$", t.EXPECTED_SOME),
    (r"^argument (?P<a>.+?): expected (?P<b>\d+) arguments?$", t.EXPECTED_N),
    (r"^argument (?P<a>.+?): invalid (?P<b>\S+) value: (?P<c>.*)$", t.INVALID_VALUE),
    (r"^argument (?P<a>.+?): ignored explicit argument (?P<b>.*)$", t.IGNORED_VALUE),
    (r"^argument (?P<a>.+?): not allowed with argument (?P<b>.*)$", t.NOT_TOGETHER),
    (r"^ambiguous option: (?P<a>\S+) could match (?P<b>.*)$", t.AMBIGUOUS),
    (r"^one of the arguments (?P<a>.*) is required$", t.ONE_OF),
))


def dutch(message: str) -> str:
    """argparse's English message in Dutch; one it does not know stays as it is (with the Dutch frame around it)."""
    for pattern, sentence in _MESSAGES:
        found = pattern.match(message)
        if found:
            return sentence.format(**found.groupdict())
    return message


class DutchHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, t.USAGE if prefix is None else prefix)


class DutchArgumentParser(argparse.ArgumentParser):
    """Subparsers are made of the same class (argparse's default), so every level speaks Dutch."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", DutchHelpFormatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = t.POSITIONALS
        self._optionals.title = t.OPTIONALS
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = t.HELP

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, t.ERROR.format(prog=self.prog, message=dutch(message), help=f"{self.prog} --help"))
