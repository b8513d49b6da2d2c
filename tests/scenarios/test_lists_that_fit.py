"""Lists at real size: 0, 1, 15, 16 and 500 overdue toezeggingen, paged the same way on console, Slack and Teams.

A concernadviseur with 500 open items must be able to page through 'toezeggingen verlopen' everywhere: every
page fits Slack's 50 blocks and text limits and the Teams activity budget, and says how to get the next one.
"""
from __future__ import annotations

import datetime as dt
import json

import pytest

from bot.app import App
from bot.console.translate import render_reply as console
from bot.slack.blocks import MAX_BLOCKS, render_blocks
from bot.teams.translate import render_reply as teams
from handlers.deadlines import Deadline, DeadlineKind
from handlers.domain.toezegging import Toezegging
from handlers.messages import OutgoingReply
from tests.dialogue import HANS, KARIN, ask, converse

TEAMS_ACTIVITY_LIMIT = 28_000  # bytes; Teams answers 413 past about this
SLACK_SECTION_TEXT = 3_000
LONG = "Raadsinformatiebrief over de verkeersveiligheid van de provinciale weg " + "heel lang " * 1000


def _seed(app: App, n: int, *, confidential_every: int = 0) -> None:
    """n overdue toezeggingen with a 10,000-character omschrijving, as an import could leave them."""
    today = app.clock.now().date()
    with app.uow_factory() as uow:
        owner = uow.people.by_email(HANS)
        assert owner is not None
        for i in range(n):
            due = today - dt.timedelta(days=n - i)
            uow.toezeggingen.add(Toezegging(
                id=None, nummer=f"T-2025-{i + 1:03d}" if i < 999 else f"T-2024-{i:04d}", omschrijving=LONG,
                deadline=Deadline(text=f"{due.day}-{due.month}-{due.year}", kind=DeadlineKind.DATE, due=due),
                created_at=app.clock.now(), eigenaar_id=owner.id, portefeuillehouder_id=owner.id,
                vertrouwelijk=bool(confidential_every) and i % confidential_every == 0,
            ))
        uow.commit()


def _fits_everywhere(reply: OutgoingReply) -> None:
    text = console(reply)
    assert len(text.splitlines()) <= 22 and "heel lang heel lang heel lang" not in text
    blocks = render_blocks(reply)
    assert len(blocks) <= MAX_BLOCKS
    for block in blocks:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= SLACK_SECTION_TEXT
    activity = teams(reply)
    assert len(json.dumps(activity, ensure_ascii=False).encode()) < TEAMS_ACTIVITY_LIMIT


def _next_buttons(reply: OutgoingReply) -> tuple[list[str], list[str]]:
    slack = [e["value"] for b in render_blocks(reply) if b["type"] == "actions" for e in b["elements"]
             if e["text"]["text"] == "Volgende"]
    card = teams(reply)["attachments"][0]["content"]
    team = [a["data"]["samenspel"]["command"] for a in card.get("actions", []) if a["title"] == "Volgende"]
    return slack, team


@pytest.mark.parametrize("n", [0, 1, 15])
def test_a_list_of_one_page_shows_every_item_on_one_line(app: App, n: int) -> None:
    _seed(app, n)
    reply = ask(app, "toezeggingen verlopen")
    _fits_everywhere(reply)
    assert len(reply.items) == n
    assert reply.page is None if n == 0 else (reply.page is not None and not reply.page.next_command)
    assert _next_buttons(reply) == ([], []) if n else True
    if n == 0:
        assert "Geen toezeggingen gevonden met termijn overschreden." in reply.text
    if n == 1:
        assert reply.text == "1 toezegging met termijn overschreden."
        [item] = reply.items
        assert item.title.startswith("T-2025-001 · Raadsinformatiebrief over de verkeersveiligheid")
        assert item.title.endswith("· Hans Bakker · te laat") and "…" in item.title and not item.buttons


def test_sixteen_items_make_two_pages_with_a_way_to_the_second(app: App) -> None:
    _seed(app, 16)
    first = ask(app, "toezeggingen verlopen")
    _fits_everywhere(first)
    assert len(first.items) == 15 and first.text.startswith("16 toezeggingen met termijn overschreden.")
    assert "Pagina 1 van 2." in first.text
    assert _next_buttons(first) == (["toezeggingen verlopen pagina 2"], ["toezeggingen verlopen pagina 2"])
    assert "Typ 'meer' of 'toezeggingen verlopen pagina 2' voor de volgende 1." in console(first)
    second = ask(app, "toezeggingen verlopen pagina 2")
    assert [i.key for i in second.items] == ["T-2025-016"] and _next_buttons(second) == ([], [])


def test_five_hundred_items_page_through_on_every_platform(app: App) -> None:
    _seed(app, 500, confidential_every=50)
    first = ask(app, "toezeggingen verlopen")
    _fits_everywhere(first)
    # The longest overdue comes first; the count says what there is; the page says where we are.
    assert first.items[0].key == "T-2025-001" and len(first.items) == 15
    assert first.text == "500 toezeggingen met termijn overschreden. Pagina 1 van 34."
    last = ask(app, "toezeggingen verlopen pagina 34")
    _fits_everywhere(last)
    assert [i.key for i in last.items] == [f"T-2025-{n:03d}" for n in range(496, 501)]
    assert ask(app, "toezeggingen verlopen pagina 35").kind.value == "error"
    # In a channel the confidential ones are neither shown nor counted as visible; the note says how many.
    channel = ask(app, "toezeggingen verlopen", private=False)
    _fits_everywhere(channel)
    assert channel.text.startswith("490 toezeggingen") and "10 vertrouwelijke toezeggingen niet getoond" in str(channel.notes)
    assert not any(item.confidential for item in channel.items)


def test_meer_in_the_console_pages_on(app: App) -> None:
    _seed(app, 31)
    out = converse(app, ["toezeggingen verlopen", "meer", "meer", "meer"])
    assert "Pagina 1 van 3." in out and "Pagina 2 van 3." in out and "Pagina 3 van 3." in out
    assert "Er is geen volgende pagina: dit was pagina 3 van 3" in out


def test_action_hints_only_for_people_who_may_act(app: App) -> None:
    _seed(app, 1)
    assert ask(app, "toezegging T-2025-001", KARIN).items[0].buttons  # concernadviseur
    assert ask(app, "toezegging T-2025-001", HANS).items[0].buttons  # owner
    stranger = "anna.devries@noordwaard.example"
    assert not ask(app, "toezegging T-2025-001", stranger).items[0].buttons
