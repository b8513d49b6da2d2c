"""The router: explicit words, longest prefix, forgiving of case and accents."""
from __future__ import annotations

from handlers.commands import build_router
from handlers.commands.args import split_fields, split_reason
from handlers.messages import OutgoingReply
from handlers.router import Command, Router


def _reply(text: str):  # type: ignore[no-untyped-def]
    return lambda ctx, args: OutgoingReply(text)


def test_longest_prefix_wins_and_rest_keeps_case() -> None:
    router = Router([Command("toezegging", _reply("a"), "één"), Command("toezegging nieuw", _reply("b"), "nieuw")])
    command, rest = router.match("Toezegging NIEUW Brief aan De Raad") or (None, "")
    assert command is not None and command.words == "toezegging nieuw"
    assert rest == "Brief aan De Raad"
    command, rest = router.match("toezegging T-2026-001") or (None, "")
    assert command is not None and command.words == "toezegging" and rest == "T-2026-001"


def test_accents_do_not_matter() -> None:
    router = Router([Command("overzicht", _reply("a"), "x")])
    assert router.match("Overzícht") is not None


def test_every_registered_command_has_help_text_and_an_example() -> None:
    for command in build_router().commands:
        assert command.summary and command.examples, command.words


def test_split_fields_and_reason() -> None:
    head, fields = split_fields("Brief sturen; ph: De Vries; vertrouwelijk", {"portefeuillehouder": ("ph",)}, ("vertrouwelijk",))
    assert head == "Brief sturen" and fields == {"portefeuillehouder": "De Vries", "vertrouwelijk": "ja"}
    assert split_reason("naar Q3 2027 omdat het uitloopt") == ("naar Q3 2027", "het uitloopt")
    assert split_reason("omdat het moet") == ("", "het moet")


def test_people_suggestions_prefer_names_that_start_with_what_was_typed() -> None:
    from handlers.domain.people import Person
    from handlers.suggestions import suggest_people

    people = [Person(1, "Hans Bakker", "hans.bakker@x.example", "teamleider"),
              Person(2, "Bram Kuipers", "bram.kuipers@x.example", "gedeputeerde"),
              Person(3, "Anna de Vries", "anna.devries@x.example")]
    assert suggest_people(people, "bak")[0] == ("Hans Bakker — teamleider", "hans.bakker@x.example")
    assert suggest_people(people, "vries") == [("Anna de Vries", "anna.devries@x.example")]
    assert len(suggest_people(people, "")) == 3
