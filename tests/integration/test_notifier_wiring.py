"""The composition of proactive sends: Slack DMs with Block Kit, agenda announcements to the channel."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from bot.app import App
from bot.clock import TIMEZONE, FixedClock
from bot.notifiers import ChannelRouter, LogChannel
from bot.reminders import Platforms, agenda_job, build_channel_notifier, build_notifier
from handlers.domain.people import Rol
from handlers.messages import Item, Notification, OutgoingReply
from handlers.ports import Unreachable
from scheduler.jobs import Job
from tests.conftest import make_app
from tests.dialogue import HANS, say
from tests.standins.slack_api import Behaviour, SlackStandIn


@pytest.fixture
def slack() -> Iterator[SlackStandIn]:
    standin = SlackStandIn().start()
    yield standin
    standin.stop()


@pytest.fixture
def slack_app(sqlite_url: str, clock: FixedClock, slack: SlackStandIn) -> Iterator[App]:
    app = make_app(sqlite_url, clock, SLACK_BOT_TOKEN="xoxb-test", SLACK_SIGNING_SECRET="geheim",
                   SLACK_API_URL=slack.url, SAMENSPEL_AGENDA_CHANNEL="slack:C0AGENDA")
    yield app
    app.close()


def test_a_reminder_reaches_slack_as_block_kit(slack_app: App, slack: SlackStandIn) -> None:
    with slack_app.uow_factory() as uow:
        hans = uow.people.by_email(HANS)
        assert hans is not None and hans.id is not None
        uow.people.link_platform(hans.id, "slack", "U0HANS")
        uow.commit()
        hans = uow.people.by_email(HANS)
    assert hans is not None
    reply = OutgoingReply("Herinnering: T-2026-001 moet over 2 werkdagen af", items=(Item("T-2026-001", "Brief"),))
    build_notifier(slack_app).deliver(hans, Notification(hans.id or 0, reply, "herinnering:test", slack_app.clock.now()))
    [message] = slack.messages
    assert message["channel"].endswith("U0HANS")
    assert "Brief" in str(message["blocks"])


def test_the_agenda_is_announced_in_the_configured_slack_channel(slack_app: App, slack: SlackStandIn, clock: FixedClock) -> None:
    job = _agenda_job_with_a_point(slack_app, clock)
    job.run()
    job.run()
    announcements = [m for m in slack.messages if m["channel"].endswith("C0AGENDA")]
    assert len(announcements) == 1
    assert "Agenda PO" in announcements[0]["text"] and "Fietsbeleid" in announcements[0]["text"]


def _agenda_job_with_a_point(app: App, clock: FixedClock) -> Job:
    """A PO with one besluitpunt, and the announcement sweep at the moment its agenda is due."""
    say(app, "agendapunt nieuw Fietsbeleid; vergadering: PO 30-11-2026; fase: besluitvorming; "
             "portefeuillehouder: De Vries; opdrachtnemer: Bakker")
    platforms = Platforms(app)
    clock.moment = dt.datetime(2026, 11, 27, 9, 0, tzinfo=TIMEZONE)
    return agenda_job(app, build_notifier(app, platforms=platforms), build_channel_notifier(app, platforms=platforms))


def test_channel_router_refuses_platforms_that_are_not_configured() -> None:
    router = ChannelRouter({}, LogChannel())
    with pytest.raises(Unreachable):
        router.post("slack:C0123", OutgoingReply("Agenda"))
    router.post("console", OutgoingReply("Agenda"))  # the fallback takes it


def test_with_teams_configured_people_and_channels_route_to_teams(sqlite_url: str, clock: FixedClock) -> None:
    app = make_app(sqlite_url, clock, MicrosoftAppId="00000000-0000-0000-0000-000000000001", MicrosoftAppPassword="geheim")
    try:
        platforms = Platforms(app)
        assert set(platforms.people) == {"teams"} and set(platforms.channels) == {"teams"}
        # Nobody has talked to the bot in this channel yet: reported, not silently dropped.
        with pytest.raises(Unreachable):
            build_channel_notifier(app, platforms=platforms).post("teams:19:kanaal@thread.tacv2", OutgoingReply("Agenda"))
    finally:
        app.close()


def test_an_announcement_to_a_channel_without_the_bot_tells_the_concernadviseurs_how_to_invite_it(
    slack_app: App, slack: SlackStandIn, clock: FixedClock
) -> None:
    slack.behaviour = Behaviour(not_in_channel=frozenset({"C0AGENDA"}))
    with slack_app.uow_factory() as uow:
        karin = uow.people.with_role(Rol.CONCERNADVISEUR)[0]
        assert karin.id is not None
        uow.people.link_platform(karin.id, "slack", "U0KARIN")
        uow.commit()
    job = _agenda_job_with_a_point(slack_app, clock)
    job.run()
    job.run()  # still not in the channel: the advisers were told once, not every round
    warnings = [m for m in slack.messages if m["channel"] == "DU0KARIN" and "agendakanaal" in m["text"]]
    assert len(warnings) == 1
    assert "geen lid van dat Slack-kanaal" in warnings[0]["text"] and "/invite @Samenspel" in warnings[0]["text"]
    slack.behaviour = Behaviour()  # someone invited the bot
    job.run()
    assert [m for m in slack.messages if m["channel"].endswith("C0AGENDA") and "Agenda PO" in m["text"]]


def test_the_console_session_prints_only_the_console_users_meldingen(app: App, caplog: pytest.LogCaptureFixture) -> None:
    """`make run` as Karin Bos: Greetje Visser's reminder (due today) is not printed in Karin's chat."""
    import io
    import logging

    from bot.reminders import RunningReminders

    out = io.StringIO()
    reminders = RunningReminders(app, console=out, console_user="karin.bos@noordwaard.example")
    engine = reminders._prepare()
    assert engine is not None
    try:
        with caplog.at_level(logging.INFO, logger="bot.notifiers"):
            assert engine.sweep() >= 2
    finally:
        reminders.stop()
    printed = out.getvalue()
    assert "[melding voor Karin Bos]" in printed  # her Monday weekoverzicht
    assert "[melding voor" not in printed.replace("[melding voor Karin Bos]", "")
    assert "Overzicht van de kosten van de verbouwing" not in printed  # Greetje's toezegging
    assert "melding (herinnering) voor persoon" in caplog.text  # the others' go to the log, as in a worker
