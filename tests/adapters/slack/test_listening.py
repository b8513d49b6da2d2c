"""Channel listening through signed Slack events: a promise is offered to its author only, and registered
with one click; 'Nee' and channels without 'luister aan' store nothing."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from tests.adapters.slack.harness import (
    ANNA, CHANNEL, DM, HANS, KARIN, SlackHarness, buttons, click, item_buttons, payload,
)
from tests.dialogue import long_verslag

BELOFTE = "Ik zeg toe dat de Staten voor de zomer een statenbrief krijgen over de fietsbrug."
ANDER_KANAAL = "C0ANDERS9"


def _channel_message(text: str, user: str = ANNA, channel: str = CHANNEL, event_id: str = "Ev1") -> dict[str, Any]:
    body = payload("slack_message_channel.json")
    body["event"].update(text=text, user=user, channel=channel, channel_type="channel", ts="1767225600.000100")
    body["event_id"] = event_id
    return body


def _switch_on(slack: SlackHarness, channel: str = CHANNEL) -> None:
    slack.slash("luister aan", user=KARIN, channel=channel)
    slack.standin.wait_for(lambda c: c.method == "response_url" and "Ik luister vanaf nu mee" in c.text)


def _register_count(slack: SlackHarness) -> int:
    mark = slack.standin.mark()
    slack.slash("toezeggingen alle", user=KARIN)
    answer = slack.standin.wait_for(lambda c: c.method == "response_url", after=mark)
    return answer.text.count("Ik zeg toe dat de Staten voor de zomer")


def test_a_promise_in_a_listening_channel_is_offered_to_its_author_and_registered_with_one_click(
        slack: SlackHarness) -> None:
    _switch_on(slack)
    slack.event(_channel_message(BELOFTE))
    offer = slack.standin.wait_for(lambda c: "Zal ik dit registreren als toezegging?" in c.text)
    assert offer.method == "chat.postEphemeral" and offer.args["user"] == ANNA
    assert "voor de zomer" in offer.text and "Anna de Vries" in offer.text
    choices = buttons(offer.blocks)
    assert set(choices) == {"Registreer", "Aanpassen", "Nee"}

    mark = slack.standin.mark()
    slack.interaction(click(slack, choices["Registreer"], user=ANNA))
    done = slack.standin.wait_for(lambda c: "is geregistreerd" in c.text, after=mark)
    assert done.args.get("response_type") == "ephemeral"
    assert "https://slack.com/archives/C0KANAAL1/p1767225600000100" in done.text
    assert _register_count(slack) == 1


def test_nee_stores_nothing_and_a_channel_without_luister_aan_gets_nothing(slack: SlackHarness) -> None:
    slack.event(_channel_message(BELOFTE, channel=ANDER_KANAAL, event_id="Ev0"))
    _switch_on(slack)
    slack.event(_channel_message(BELOFTE, event_id="Ev2"))
    offer = slack.standin.wait_for(lambda c: "Zal ik dit registreren" in c.text)
    assert offer.args["channel"] == CHANNEL  # the other channel was never answered
    mark = slack.standin.mark()
    slack.interaction(click(slack, buttons(offer.blocks)["Nee"], user=ANNA))
    slack.standin.wait_for(lambda c: "Van je bericht is niets bewaard" in c.text, after=mark)
    assert _register_count(slack) == 0
    assert len([c for c in slack.standin.calls if "Zal ik dit registreren" in c.text]) == 1


def test_ordinary_talk_bots_and_retries_get_no_suggestion(slack: SlackHarness) -> None:
    _switch_on(slack)
    slack.event(_channel_message("Goedemorgen allemaal, de koffie staat klaar.", event_id="Ev3"))
    bot = _channel_message(BELOFTE, event_id="Ev4")
    bot["event"]["bot_id"] = "B123"
    slack.event(bot)
    slack.event(_channel_message(BELOFTE, user=HANS, event_id="Ev5"))
    slack.event(_channel_message(BELOFTE, user=HANS, event_id="Ev5"))  # Slack's retry of the same event
    slack.standin.wait_for(lambda c: "Zal ik dit registreren" in c.text)
    time.sleep(0.5)
    offers = [c for c in slack.standin.calls if "Zal ik dit registreren" in c.text]
    assert [c.args["user"] for c in offers] == [HANS]


def test_only_keepers_switch_listening_and_never_in_a_dm(slack: SlackHarness) -> None:
    slack.slash("luister aan", user=HANS)
    refused = slack.standin.wait_for(lambda c: c.method == "response_url")
    assert "Alleen concernadviseurs en de griffie" in refused.text
    mark = slack.standin.mark()
    slack.slash("luister", user=KARIN)
    status = slack.standin.wait_for(lambda c: c.method == "response_url", after=mark)
    assert "luister ik niet mee" in status.text


def _file_share(slack: SlackHarness, name: str, user: str = KARIN) -> dict[str, Any]:
    body = payload("slack_message_im.json")
    body["event"].update(user=user, subtype="file_share", text="", files=[{
        "id": "F1", "name": name, "size": len(slack.standin.files.get(name, b"")),
        "url_private_download": f"{slack.standin.base_url}/files/{name}"}])
    body["event_id"] = f"Ev-{name}"
    return body


def test_a_verslag_shared_in_the_dm_comes_back_as_candidates_to_confirm(slack: SlackHarness) -> None:
    lijst = Path(__file__).parents[2] / "data" / "verslagen" / "besluitenlijst_po_mobiliteit.txt"
    slack.standin.files["besluitenlijst.txt"] = lijst.read_bytes()
    slack.event(_file_share(slack, "besluitenlijst.txt"))
    answer = slack.standin.wait_for(lambda c: "mogelijke punten" in c.text)
    assert answer.args["channel"] == DM and "PO Mobiliteit 10 december 2026" in answer.text
    fetched = next(c for c in slack.standin.calls if c.method == "file")
    assert fetched.args["authorization"] == "Bearer xoxb-test-token"
    registreer = [b for label, b in buttons(answer.blocks).items() if label == "Registreer"]
    assert registreer, "every candidate can be registered from the message"


def test_an_unreadable_shared_file_gets_a_dutch_answer(slack: SlackHarness) -> None:
    slack.standin.files["kapot.docx"] = b"geen zip"
    slack.event(_file_share(slack, "kapot.docx"))
    answer = slack.standin.wait_for(lambda c: "kapot.docx" in c.text)
    assert "geen leesbaar Word-bestand" in answer.text


def test_a_long_verslag_in_the_dm_comes_a_page_at_a_time_with_a_volgende_button(slack: SlackHarness) -> None:
    slack.standin.files["lang.txt"] = long_verslag(23).encode()
    slack.event(_file_share(slack, "lang.txt"))
    first = slack.standin.wait_for(lambda c: "23 mogelijke punten" in c.text)
    assert "Pagina 1 van 5." in first.text and len(first.blocks) <= 50
    titles = [b["text"]["text"] for b in first.blocks if b.get("type") == "section" and "· toezegging ·" in b["text"]["text"]]
    assert len(titles) == 5 and titles[-1].startswith("*5 · toezegging")  # all five shown, none left off
    volgende = buttons(first.blocks)["Volgende"]
    assert volgende["value"] == "verslag pagina 2"

    mark = slack.standin.mark()
    slack.interaction(click(slack, volgende, channel=DM))
    second = slack.standin.wait_for(lambda c: "Pagina 2 van 5." in c.text, after=mark)
    assert "*6 · toezegging · Punt 6:" in str(second.blocks)


def test_a_besluitenlijst_typed_in_the_dm_keeps_its_lines_so_agenda_items_go_with_their_promises(
        slack: SlackHarness) -> None:
    water = Path(__file__).parents[2] / "data" / "verslagen" / "besluitenlijst_po_water_2_december.txt"
    body = payload("slack_message_im.json")
    body["event"].update(user=KARIN, text="verslag\n" + water.read_text(encoding="utf-8"))
    slack.event(body)
    answer = slack.standin.wait_for(lambda c: "6 mogelijke punten" in c.text)
    assert "*1 · toezegging · Snelfietsroute Wadbrug-Oosterend: Gedeputeerde De Vries zegt toe" in str(answer.blocks)
    registreer = item_buttons(answer.blocks, "1. toezegging")["Registreer"]
    assert "deadline: 13 januari 2027" in registreer["value"] and "eigenaar: hans.bakker@" in registreer["value"]
