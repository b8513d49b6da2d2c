"""Reminders and announcements through stored conversation references, also after a restart."""
from __future__ import annotations

import threading

import pytest

from bot.app import App
from bot.clock import FixedClock
from bot.reminders import teams_budgets
from bot.teams import NOTIFIER
from bot.teams.notifier import ConfidentialInChannel, TeamsNotifier
from handlers.domain.people import Person
from handlers.messages import Item, Notification, OutgoingReply
from handlers.ports import RateLimited, Unreachable
from scheduler.pacing import LocalBudgets, PacedNotifier
from tests.adapters.teams.activities import card_text, channel, personal
from tests.adapters.teams.connector import Connector
from tests.adapters.teams.harness import Harness, payload
from tests.adapters.teams.conftest import DEV
from tests.conftest import make_app
from tests.dialogue import HANS, KARIN

REMINDER = OutgoingReply(
    text="Herinnering: de deadline van T-2026-001 is over een week.",
    items=(Item("T-2026-001", "T-2026-001 · Raadsinformatiebrief N-weg"),),
)
PERSONAL_CONVERSATION = payload("teams_message_personal.json")["conversation"]["id"]


def _person(app: App, email: str) -> Person:
    with app.uow_factory() as uow:
        person = uow.people.by_email(email)
    assert person is not None
    return person


def _notification(app: App, person: Person, reply: OutgoingReply = REMINDER) -> Notification:
    assert person.id is not None
    return Notification(person.id, reply, f"test:{person.id}", app.clock.now())


def _in_thread(call: object) -> None:
    """The scheduler calls the notifier from a worker thread, never from the event loop."""
    errors: list[BaseException] = []

    def run() -> None:
        try:
            call()  # type: ignore[operator]
        except BaseException as error:  # noqa: BLE001 - re-raised in the test thread
            errors.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(60)
    if errors:
        raise errors[0]


def _notifier(teams: Harness) -> TeamsNotifier:
    return teams.web_app[NOTIFIER]


def test_a_reminder_reaches_the_person_after_a_restart(database_url: str, clock: FixedClock, connector: Connector) -> None:
    first = make_app(database_url, clock, **DEV)
    teams = Harness(first, connector)
    teams.post(personal("wie ben ik"))  # Karin talks to the bot once: her reference is stored
    port = teams.connector_port
    teams.close()
    first.close()
    connector.sent.clear()

    restarted = make_app(database_url, clock, **DEV)  # a new process: nothing in memory survives
    teams = Harness(restarted, connector, connector_port=port)
    try:
        karin = _person(restarted, KARIN)
        _in_thread(lambda: _notifier(teams).deliver(karin, _notification(restarted, karin)))
    finally:
        teams.close()
        restarted.close()

    [reminder] = connector.sent
    assert reminder.conversation_id == PERSONAL_CONVERSATION
    assert reminder.reply_to is None  # a new message, not a reply
    assert "Herinnering: de deadline van T-2026-001 is over een week." in card_text(reminder.card)


def test_someone_who_never_talked_to_the_bot_is_reported_unreachable(app: App, teams: Harness) -> None:
    hans = _person(app, HANS)

    with pytest.raises(Unreachable, match="niet bereikbaar in Teams: nog geen gesprek"):
        _notifier(teams).deliver(hans, _notification(app, hans))


def test_a_channel_reference_is_not_used_to_reach_a_person(app: App, teams: Harness, connector: Connector) -> None:
    teams.post(channel("wie ben ik"))  # Karin speaks in a channel only: no personal chat exists yet
    karin = _person(app, KARIN)

    with pytest.raises(Unreachable):
        _notifier(teams).deliver(karin, _notification(app, karin))


def test_an_announcement_is_posted_in_a_channel_as_a_new_thread(teams: Harness, connector: Connector) -> None:
    teams.post(channel("help"))
    connector.sent.clear()
    thread = payload("teams_message_channel_mention.json")["conversation"]["id"]

    announcement = OutgoingReply(text="Agenda PO 1 december: 3 punten.", items=(Item("A1", "Mobiliteitsplan"),))
    _in_thread(lambda: _notifier(teams).post(f"teams:{thread}", announcement))

    [posted] = connector.sent
    assert posted.conversation_id == thread.split(";")[0]
    assert "Agenda PO 1 december: 3 punten." in card_text(posted.card)


def test_a_confidential_announcement_never_goes_to_a_channel(teams: Harness, connector: Connector) -> None:
    teams.post(channel("help"))
    connector.sent.clear()
    secret = OutgoingReply(text="Geheime grondaankoop", items=(Item("T-2026-009", "Grond", confidential=True),))

    with pytest.raises(ConfidentialInChannel):
        _notifier(teams).post("teams:" + payload("teams_message_channel_mention.json")["conversation"]["id"], secret)
    assert connector.sent == []


def test_a_channel_the_bot_never_saw_is_unreachable(teams: Harness) -> None:
    with pytest.raises(Unreachable):
        _notifier(teams).post("teams:19:onbekend@thread.tacv2", REMINDER)


def test_proactive_sends_are_retried_when_teams_throttles(app: App, teams: Harness, connector: Connector) -> None:
    teams.post(personal("wie ben ik"))
    connector.sent.clear()
    connector.failures = [429, 429, 504]
    karin = _person(app, KARIN)
    # As the reminder workers send: the 429s pause the budget all workers share, then the send is tried again.
    paced = PacedNotifier(_notifier(teams), teams_budgets(app.settings), LocalBudgets(), max_wait=30)

    _in_thread(lambda: paced.deliver(karin, _notification(app, karin)))

    assert len(connector.sent) == 1


def test_a_429_is_reported_to_the_workers_not_slept_off_in_the_adapter(app: App, teams: Harness, connector: Connector) -> None:
    teams.post(personal("wie ben ik"))
    connector.sent.clear()
    connector.failures = [504, 429]  # gateway trouble is retried here; the 429 is the workers' to share
    karin = _person(app, KARIN)

    with pytest.raises(RateLimited):
        _in_thread(lambda: _notifier(teams).deliver(karin, _notification(app, karin)))

    assert connector.sent == [] and connector.failures == []


def test_a_send_teams_keeps_refusing_is_a_failure_not_a_delivery(app: App, teams: Harness, connector: Connector) -> None:
    """botbuilder passes a failed proactive send to on_turn_error, which only logs: it counted as delivered."""
    teams.post(personal("wie ben ik"))
    connector.sent.clear()
    connector.failures = [504] * 5
    karin = _person(app, KARIN)

    with pytest.raises(Exception, match="Throttled"):
        _in_thread(lambda: _notifier(teams).deliver(karin, _notification(app, karin)))

    assert connector.sent == []


def test_calling_the_notifier_on_the_event_loop_is_refused(app: App, teams: Harness) -> None:
    teams.post(personal("wie ben ik"))
    karin = _person(app, KARIN)

    async def on_the_loop() -> None:
        _notifier(teams).deliver(karin, _notification(app, karin))

    with pytest.raises(RuntimeError, match="synchroon"):
        teams.run(on_the_loop())


def test_a_worker_without_the_server_sends_on_its_own_loop(app: App, teams: Harness, connector: Connector) -> None:
    from bot.teams import build_adapter
    from bot.teams.references import ReferenceBook

    teams.post(personal("wie ben ik"))  # the server stored Karin's reference; the stand-in keeps running
    connector.sent.clear()
    worker = TeamsNotifier(build_adapter(app.settings), ReferenceBook(app.uow_factory, app.clock), app_id="")
    karin = _person(app, KARIN)

    worker.deliver(karin, _notification(app, karin))  # never bound to a loop: runs on a private one

    [reminder] = connector.sent
    assert reminder.conversation_id == PERSONAL_CONVERSATION
