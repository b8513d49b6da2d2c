"""Real Teams activities posted to the running server; the connector stand-in records what users would see."""
from __future__ import annotations

from bot.app import App
from storage.models import ProcessedRequestRow, ToezeggingRow
from tests.adapters.teams.activities import card_text, channel, execute, find_action, personal, press, same_person
from tests.adapters.teams.connector import Connector
from tests.adapters.teams.harness import Harness, payload

PERSONAL_CONVERSATION = payload("teams_message_personal.json")["conversation"]["id"]
CHANNEL_CONVERSATION = payload("teams_message_channel_mention.json")["conversation"]["id"]


def _count(app: App, row: type) -> int:
    from sqlalchemy import func, select

    with app.database.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(row)).scalar_one())


def test_help_in_personal_chat_answers_with_a_card_in_that_chat(teams: Harness, connector: Connector) -> None:
    status, _ = teams.post(personal("help"))

    assert status == 201
    [reply] = connector.sent
    assert reply.conversation_id == PERSONAL_CONVERSATION
    assert reply.card["version"] == "1.5"
    text = card_text(reply.card)
    assert "Dit kan ik voor je doen" in text
    assert "toezegging nieuw" in text and "Toezeggingen" in text and "Moties" in text


def test_a_channel_mention_is_stripped_and_answered_in_the_thread(teams: Harness, connector: Connector) -> None:
    teams.post(channel("wie ben ik"))

    [reply] = connector.sent
    assert reply.conversation_id == CHANNEL_CONVERSATION
    # Not "Dat commando ken ik niet: '<at>ridotest</at> wie ben ik'".
    assert card_text(reply.card).startswith("Je bent Karin Bos.")


def test_the_sentry_mention_variant_still_reaches_help(teams: Harness, connector: Connector) -> None:
    teams.post(payload("teams_message_channel_mention_sentry.json"))

    [reply] = connector.sent
    assert "Dit kan ik voor je doen" in card_text(reply.card)


def test_an_unknown_teams_user_is_told_so_in_dutch(teams: Harness, connector: Connector) -> None:
    connector.default_email = "onbekend@elders.example"
    teams.post(personal("toezeggingen mijn"))

    assert connector.sent[0].text.startswith("Ik ken je nog niet (onbekend@elders.example)")


def test_register_list_move_deadline_and_close_through_card_forms(teams: Harness, connector: Connector) -> None:
    teams.post({**payload("teams_conversation_update_bot_added_personal.json"), "from": same_person()})
    welcome = connector.sent[-1].card
    assert "toezeggingen mijn" in card_text(welcome)

    _, answer = teams.post(execute(find_action(welcome, "Nieuwe toezegging"), {
        "Wat is er toegezegd?": "Brief over de\nfietsbrug",
        "Portefeuillehouder (wie zegde het toe?)": "De Vries",
        "Deadline": "voor het zomerreces",
    }))
    assert "Hallo! Ik ben Samenspel" in card_text(answer["value"])  # the welcome card stays the welcome card
    registered = card_text(connector.sent[-1].card)  # the registration is a message of its own
    assert "Toezegging T-2026-005 is geregistreerd." in registered
    assert "Deadline: voor het zomerreces → wo 30 juni 2027" in registered  # the parsed deadline, shown back

    teams.post(personal("toezeggingen"))
    listing = connector.sent[-1].card
    assert "T-2026-005 · Brief over de fietsbrug" in card_text(listing)
    assert "Deadline verzetten" not in str(listing)  # actions belong to the item's own view

    teams.post(personal("toezegging T-2026-005"))
    sent = len(connector.sent)
    _, answer = teams.post(execute(find_action(connector.sent[-1].card, "Deadline verzetten", "T-2026-005"), {
        "Nieuwe deadline": "Q3 2027", "Reden (afspraak is afspraak)": "de aannemer is failliet",
    }))
    moved = card_text(answer["value"])
    assert "T-2026-005: deadline verzet." in moved and "Q3 2027 → do 30 september 2027" in moved

    _, answer = teams.post(execute(find_action(answer["value"], "Afgedaan voorstellen", "T-2026-005"), {
        "Hoe is het afgedaan? (bijv. raadsinformatiebrief 2026-45)": "raadsinformatiebrief 2026-50",
    }))
    proposed = answer["value"]
    assert "afdoening voorgesteld" in card_text(proposed)
    # What no longer applies is gone; Karin (concernadviseur) may close it from the card.
    assert "Afgedaan voorstellen" not in card_text(proposed)
    _, answer = teams.post(press(find_action(proposed, "Afgedaan", "T-2026-005")))
    closed = card_text(answer["value"])
    assert "Status\nafgedaan" in closed
    assert not {"Afgedaan", "Stand van zaken", "Deadline verzetten"} & set(closed.splitlines())  # closed: no actions
    assert len(connector.sent) == sent  # every card action updated its card in place; nothing new was posted

    teams.post(personal("toezegging historie T-2026-005"))
    assert "de aannemer is failliet" in card_text(connector.sent[-1].card)


def test_a_resent_activity_creates_no_second_record(app: App, teams: Harness, connector: Connector) -> None:
    activity = personal("toezegging nieuw Notitie over de haven; portefeuillehouder: Kuipers; deadline: 1 maart 2027")
    before = _count(app, ToezeggingRow)

    assert teams.post(activity)[0] == 201
    assert teams.post(activity)[0] == 201  # Teams re-sends after ~15 s with the same activity id

    assert _count(app, ToezeggingRow) == before + 1
    assert len(connector.sent) == 1
    assert _count(app, ProcessedRequestRow) == 1


def test_replies_survive_teams_throttling(teams: Harness, connector: Connector) -> None:
    connector.failures = [429, 502]  # one rate limit (Retry-After: 0), one bad gateway: both retried

    teams.post(personal("wie ben ik"))

    [reply] = connector.sent
    assert card_text(reply.card).startswith("Je bent Karin Bos.")


def test_an_empty_message_gets_a_hint(teams: Harness, connector: Connector) -> None:
    teams.post(personal("   "))

    assert connector.sent[0].text == "Ik zag geen tekst. Typ 'help' voor alle commando's."


def test_the_email_lookup_is_cached(teams: Harness, connector: Connector) -> None:
    teams.post(personal("wie ben ik"))
    teams.post(personal("wie ben ik"))

    assert connector.member_lookups == 1
