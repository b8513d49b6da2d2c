"""The announcement sweep on SQLite and PostgreSQL: due announcements go out once, through the ports."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.agenda_config import agenda_instellingen
from bot.app import App
from bot.clock import TIMEZONE, FixedClock
from handlers.domain.agenda import AgendaInstellingen
from scheduler.agenda import run_agenda_sweep
from tests.dialogue import say
from tests.fakes import FakeChannelNotifier, FakeNotifier

HANS = "hans.bakker@noordwaard.example"
PUNT = (
    "agendapunt nieuw Subsidieregeling fietsinfrastructuur; vergadering: PO {datum}; fase: besluitvorming; "
    "portefeuillehouder: De Vries; opdrachtnemer: Bakker"
)


def settings(app: App) -> AgendaInstellingen:
    return replace(agenda_instellingen(app.settings), kanaal="slack:C0123")


def sweep(app: App, channel: FakeChannelNotifier, people: FakeNotifier) -> list[str]:
    return run_agenda_sweep(app.uow_factory, app.clock, channel, people, settings(app))


def test_friday_announcement_and_stukken_reminder_go_out_once(app: App, clock: FixedClock) -> None:
    say(app, PUNT.format(datum="30-11-2026"))
    say(app, PUNT.format(datum="7-12-2026").replace("Subsidieregeling", "Geheime grondaankoop") + "; vertrouwelijk")
    channel, people = FakeChannelNotifier(), FakeNotifier()
    clock.moment = dt.datetime(2026, 11, 27, 8, 55, tzinfo=TIMEZONE)
    assert sweep(app, channel, people) == []
    clock.moment = dt.datetime(2026, 11, 27, 9, 0, tzinfo=TIMEZONE)
    sent = sweep(app, channel, people)
    assert sent[0] == "agenda:rooster:PO:2026-11-30" and sent[1].startswith("stukken:A-2026-002:2026-11-30:")
    assert len(sent) == 2
    assert channel.posts[0][0] == "slack:C0123"
    assert channel.posts[0][1].text == "Agenda PO · ma 30 november 2026 10:00"
    person, notification = people.delivered[0]
    assert person.email == HANS and notification.delivery_key == sent[1]
    # The opdrachtnemer is told privately, so the confidential subject may be named there.
    assert "Geheime grondaankoop" in notification.reply.text
    clock.advance(dt.timedelta(minutes=15))
    assert sweep(app, channel, people) == []
    assert len(channel.posts) == 1 and len(people.delivered) == 1


def test_confidential_points_never_reach_the_channel(app: App, clock: FixedClock) -> None:
    say(app, PUNT.format(datum="30-11-2026") + "; vertrouwelijk")
    say(app, "lobby nieuw Overname haven; dossier: Havens; target: EZK; moment: 10 december 2026; vertrouwelijk")
    channel = FakeChannelNotifier()
    for day, hour in ((27, 9), (30, 9)):
        clock.moment = dt.datetime(2026, 11, day, hour, tzinfo=TIMEZONE)
        sweep(app, channel, FakeNotifier())
    assert len(channel.posts) == 2  # PO on Friday, GS on Monday
    text = " ".join(repr(reply) for _channel, reply in channel.posts)
    assert "vertrouwelijk agendapunt" in text and "vertrouwelijke lobbyactie" in text
    for secret in ("Subsidieregeling", "A-2026-001", "Overname haven", "Havens", "L-2026-001"):
        assert secret not in text


def test_a_failed_post_is_retried_by_the_next_sweep(app: App, clock: FixedClock) -> None:
    clock.moment = dt.datetime(2026, 11, 30, 9, 0, tzinfo=TIMEZONE)
    broken = FakeChannelNotifier(fail=True)
    assert sweep(app, broken, FakeNotifier()) == []
    working = FakeChannelNotifier()
    # Friday's PO announcement was never sent: it still goes out, as long as the meeting has not begun.
    assert sweep(app, working, FakeNotifier()) == ["agenda:rooster:PO:2026-11-30", "agenda:rooster:GS:2026-12-01"]
    assert "Lobby" in [f.label for f in working.posts[1][1].fields]


def test_an_unreachable_opdrachtnemer_is_reminded_once_reachable(app: App, clock: FixedClock) -> None:
    say(app, PUNT.format(datum="7-12-2026"))
    clock.moment = dt.datetime(2026, 11, 27, 9, 30, tzinfo=TIMEZONE)
    assert sweep(app, FakeChannelNotifier(), FakeNotifier(unreachable={HANS})) == ["agenda:rooster:PO:2026-11-30"]
    people = FakeNotifier()
    assert [k.rsplit(":", 1)[0] for k in sweep(app, FakeChannelNotifier(), people)] == ["stukken:A-2026-001:2026-11-30"]


def test_a_new_opdrachtnemer_gets_their_own_reminder(app: App, clock: FixedClock) -> None:
    say(app, PUNT.format(datum="7-12-2026"))
    clock.moment = dt.datetime(2026, 11, 27, 9, 30, tzinfo=TIMEZONE)
    people = FakeNotifier()
    sweep(app, FakeChannelNotifier(), people)
    say(app, "agendapunt wijzig A-2026-001 opdrachtnemer: Maaike Peters")
    clock.advance(dt.timedelta(minutes=15))
    sweep(app, FakeChannelNotifier(), people)
    assert [p.name for p, _n in people.delivered] == ["Hans Bakker", "Maaike Peters"]


def test_a_meeting_moved_by_a_holiday_is_announced_in_time(app: App, clock: FixedClock) -> None:
    clock.moment = dt.datetime(2027, 3, 25, 9, 0, tzinfo=TIMEZONE)  # Thursday before Good Friday
    channel = FakeChannelNotifier()
    assert "agenda:rooster:PO:2027-03-29" in sweep(app, channel, FakeNotifier())
    texts = [reply.text for _c, reply in channel.posts]
    assert "Agenda PO · di 30 maart 2027 10:00 (verplaatst van ma 29 maart 2027 (feestdag))" in texts
    assert "vergadering" in say(app, "vergadering volgende PO").lower()
    assert "di 30 maart 2027" in say(app, "vergadering volgende PO")


def test_a_point_added_after_the_announcement_follows_as_an_aanvulling(app: App, clock: FixedClock) -> None:
    say(app, PUNT.format(datum="30-11-2026"))
    channel = FakeChannelNotifier()
    clock.moment = dt.datetime(2026, 11, 27, 9, 0, tzinfo=TIMEZONE)
    sweep(app, channel, FakeNotifier())
    clock.moment = dt.datetime(2026, 11, 27, 11, 0, tzinfo=TIMEZONE)
    say(app, PUNT.format(datum="30-11-2026").replace("Subsidieregeling fietsinfrastructuur", "Laat punt") + "; vertrouwelijk")
    say(app, PUNT.format(datum="30-11-2026").replace("Subsidieregeling fietsinfrastructuur", "Extra punt"))
    clock.advance(dt.timedelta(minutes=15))
    sent = sweep(app, channel, FakeNotifier())
    assert sent == ["aanvulling:rooster:PO:2026-11-30:A-2026-002", "aanvulling:rooster:PO:2026-11-30:A-2026-003"]
    late = [reply for _c, reply in channel.posts[1:]]
    assert {r.text for r in late} == {"Aanvulling op de agenda PO · ma 30 november 2026 10:00"}
    assert late[0].fields[0].value == "vertrouwelijk agendapunt"
    assert late[1].fields[0].value.startswith("A-2026-003 Extra punt")
    clock.advance(dt.timedelta(minutes=15))
    assert sweep(app, channel, FakeNotifier()) == []


def test_a_worker_at_sunday_night_sends_nothing_and_monday_morning_sends_it(app: App, clock: FixedClock) -> None:
    say(app, PUNT.format(datum="7-12-2026"))  # stukken ma 30-11: the reminder is due from vr 27-11 09:00
    channel, people = FakeChannelNotifier(), FakeNotifier()
    clock.moment = dt.datetime(2026, 11, 29, 2, 45, tzinfo=TIMEZONE)
    assert sweep(app, channel, people) == []
    assert channel.posts == [] and people.delivered == []
    clock.moment = dt.datetime(2026, 11, 30, 8, 30, tzinfo=TIMEZONE)
    sent = sweep(app, channel, people)
    assert "agenda:rooster:PO:2026-11-30" in sent and any(k.startswith("stukken:A-2026-001:2026-11-30:") for k in sent)
