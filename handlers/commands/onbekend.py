"""What no command words match: a bare item number ('T-2026-001'), one line of English, or a typo."""
from __future__ import annotations

from handlers.commands.args import first_word
from handlers.commands.followed.lookup import other_kind
from handlers.context import Context
from handlers.errors import UserError
from handlers.messages import OutgoingReply
from handlers.router import Command, Router, normalise
from handlers.texts import een_van, unknown_command
from handlers.texts import onbekend as t

# The longest English phrase in the table, in words: matching looks no further.
_LONGEST = max(len(phrase.split()) for phrase in t.ENGLISH_COMMANDS)


def make_fallback(router: Router) -> Command:
    def run(ctx: Context, text: str) -> OutgoingReply:
        word, _rest = first_word(text)
        english = _english(router, text)
        if english is not None:
            raise english
        if any(c.isdigit() for c in word):
            return _shown_by_number(router, ctx, word, text)
        raise UserError(unknown_command(text, router.suggestions(text)))

    return Command("", run, "Een los nummer toont dat item", "<nummer>", ("T-2026-001",), needs_person=False)


def _shown_by_number(router: Router, ctx: Context, word: str, text: str) -> OutgoingReply:
    """'T-2026-001 …' is 'toezegging T-2026-001 …', for the one kind that has an item with that number."""
    ctx.require_person()
    found = other_kind(ctx, word)
    if len(found) > 1:
        raise UserError(t.SEVERAL.format(nummer=word, welke=een_van([f"{kind} {nummer}" for kind, nummer in found])),
                        examples=tuple(f"{kind} {nummer}" for kind, nummer in found))
    if not found:
        raise UserError(t.NO_SUCH.format(nummer=word), examples=t.LISTS)
    kind, _nummer = found[0]
    matched = router.match(f"{kind} {text}")
    assert matched is not None, kind  # every kind other_kind names is a registered command word
    command, rest = matched
    if command.needs_person:
        ctx.require_person()
    return command.run(ctx, rest)


def _english(router: Router, text: str) -> UserError | None:
    """English is refused, never guessed at: the answer names the Dutch command, with what was typed after it."""
    words = normalise(text.rstrip("?!. ")).split()
    original = text.strip().split()
    for size in range(min(len(words), _LONGEST), 0, -1):
        dutch = t.ENGLISH_COMMANDS.get(" ".join(words[:size]))
        if dutch is None:
            continue
        typed = " ".join(original[:size])
        rest = " ".join(original[size:])
        matched = router.match(dutch)
        examples = matched[0].examples[:1] if matched is not None and matched[0].examples else (dutch,)
        if rest and ":" not in rest:
            examples = (f"{dutch} {rest}",)
        return UserError(t.ENGLISH.format(typed=typed, dutch=dutch), examples=examples)
    return None
