"""help, wie ben ik and personen: the commands that explain the bot and who it knows."""
from __future__ import annotations

from handlers.commands.people import find_person
from handlers.context import Context
from handlers.messages import Button, Field, OutgoingReply, Section
from handlers.router import Command, Router, normalise
from handlers.texts import hulp as t
from handlers.texts import unknown_person


def make_help(router: Router) -> Command:
    def run(ctx: Context, args: str) -> OutgoingReply:
        wanted = normalise(args)
        if not wanted or wanted in _JUST_HELP:
            return _overview(router)
        section = _section(router, wanted)
        if section is not None:
            return section
        matching = [c for c in router.commands if c.words == wanted or c.words.startswith(wanted + " ")]
        matching = matching or [c for c in router.commands if c.group == wanted.split()[0]]
        if not matching:
            return OutgoingReply(text=t.NO_HELP.format(wat=args))
        return OutgoingReply(text=t.DETAIL.format(wat=args.strip()), fields=tuple(_detail(c) for c in matching))

    return Command("help", run, "Toon alle commando's, of hulp bij één commando", "help [commando]",
                   ("help", "help toezegging"), aliases=("hulp", "?"), needs_person=False)


# 'help me', 'help mij', 'help alsjeblieft': a plea for help, not a command to explain.
_JUST_HELP = frozenset({"me", "mij", "ik", "please", "alsjeblieft", "graag", "!"})


def _overview(router: Router) -> OutgoingReply:
    """A menu of sections: with buttons, one per section (each shows that section); as text, one line per
    section with its commands, so the whole language fits on a screen. 'help <commando>' explains one."""
    what = dict(t.SECTIONS)
    return OutgoingReply(
        text=t.OVERVIEW,
        sections=tuple(
            Section(section or t.OTHER, what.get(section, ""), t.SECTION_COMMAND.format(titel=normalise(section)),
                    " · ".join(c.words for c in commands))
            for section, commands in router.sections.items()
        ),
    )


def _section(router: Router, wanted: str) -> OutgoingReply | None:
    """'help over toezeggingen': the section's commands, each with what it does."""
    if not wanted.startswith("over "):
        return None
    titel = wanted.removeprefix("over ").strip()
    what = dict(t.SECTIONS)
    for section, commands in router.sections.items():
        if normalise(section) == titel:
            return OutgoingReply(
                text=t.SECTION.format(titel=section, wat=what.get(section, "")),
                fields=tuple(Field(c.usage or c.words, c.summary) for c in commands),
                buttons=(Button(t.ALL_SECTIONS, command="help"),),
            )
    return None


def _detail(command: Command) -> Field:
    lines = [command.summary, f"Gebruik: {command.usage or command.words}"]
    lines += [f"Voorbeeld: {example}" for example in command.examples]
    if command.aliases:
        lines.append("Ook: " + ", ".join(command.aliases))
    return Field(command.words, "\n".join(lines))


def wie_ben_ik(ctx: Context, args: str) -> OutgoingReply:
    person = ctx.person
    if person is None:
        return OutgoingReply(text=unknown_person(ctx.command.actor.email, ""))
    return OutgoingReply(text=f"Je bent {person.name}.", fields=_person_fields(person.email, person.function, person.roles))


def personen(ctx: Context, args: str) -> OutgoingReply:
    if args.strip():
        person = find_person(ctx.uow, args, speaker=ctx.person)
        return OutgoingReply(text=person.name, fields=_person_fields(person.email, person.function, person.roles))
    people = ctx.uow.people.all()
    return OutgoingReply(
        text=f"Ik ken {len(people)} personen.",
        fields=tuple(Field(p.name, f"{p.email} · {', '.join(sorted(p.roles)) or p.function or '—'}") for p in people),
    )


def _person_fields(email: str, function: str, roles: frozenset[str]) -> tuple[Field, ...]:
    return (
        Field("E-mail", email),
        Field("Functie", function or "—"),
        Field("Rollen", ", ".join(sorted(roles)) or "—"),
    )


COMMANDS = (
    Command("wie ben ik", wie_ben_ik, "Laat zien als wie ik je ken", "wie ben ik", ("wie ben ik",), needs_person=False),
    Command("personen", personen, "Wie ik ken, of één persoon", "personen [naam]", ("personen", "personen De Vries"),
            aliases=("persoon",)),
)
