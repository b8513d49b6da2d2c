"""Reminders, escalation, digests and snoozes end to end on SQLite and PostgreSQL, with a fixed clock."""
from __future__ import annotations

import datetime as dt

from bot.app import App
from bot.clock import TIMEZONE
from bot.console.translate import render_reply
from handlers.deadlines import add_working_days
from handlers.reminders.config import ReminderConfig
from tests.dialogue import HANS, KARIN, say
from tests.integration.reminder_helpers import RecordingNotifier, add_toezegging, engine

FRANK = "frank.smit@noordwaard.example"  # Hans Bakker's ambtelijk opdrachtgever
GREETJE = "greetje.visser@noordwaard.example"  # owner of demo toezegging T-2026-004 (due in 10 working days)
OLGA = "olga.brouwer@noordwaard.example"  # griffier, no opdrachtgever


def test_reminder_goes_out_once_with_the_four_actions(app: App) -> None:
    notifier = RecordingNotifier()
    eng = engine(app, notifier)
    eng.sweep()
    eng.sweep()
    [reminder] = notifier.to(GREETJE)
    assert reminder.reply.text == "Herinnering: Toezegging T-2026-004 moet over 10 werkdagen af zijn (ma 7 december 2026)."
    labels = [b.label for b in reminder.reply.items[0].buttons]
    assert labels[:3] == ["Afgedaan voorstellen", "Stand van zaken", "Deadline verzetten"]
    assert all(label.startswith("Herinner me later") for label in labels[3:])
    verzet = reminder.reply.items[0].buttons[2].form
    assert verzet is not None and verzet.submit_command == "toezegging verzet T-2026-004 naar {deadline} omdat {reden}"
    assert len(notifier.keys()) == len(set(notifier.keys()))
    eng.close()


def test_outside_working_hours_the_reminder_waits_for_the_morning(app: App) -> None:
    app.clock.moment = dt.datetime(2026, 11, 23, 7, 0, tzinfo=TIMEZONE)  # type: ignore[attr-defined]
    notifier = RecordingNotifier()
    eng = engine(app, notifier)
    assert eng.sweep() == 0
    app.clock.moment = dt.datetime(2026, 11, 23, 8, 30, tzinfo=TIMEZONE)  # type: ignore[attr-defined]
    assert eng.sweep() > 0
    assert len(notifier.to(GREETJE)) == 1
    eng.close()


def test_escalation_to_the_opdrachtgever_at_most_once_a_week(app: App) -> None:
    nummer = add_toezegging(app, dt.date(2026, 11, 6), HANS)  # 11 working days overdue on 23 November
    notifier = RecordingNotifier()
    eng = engine(app, notifier)
    eng.sweep()
    app.clock.advance(dt.timedelta(days=2))  # type: ignore[attr-defined]
    eng.sweep()
    escalations = [n for n in notifier.to(FRANK) if n.delivery_key.startswith("escalatie:")]
    assert len(escalations) == 1
    assert escalations[0].reply.text.startswith(f"Ter informatie (escalatie): Toezegging {nummer} van Hans Bakker")
    app.clock.advance(dt.timedelta(days=5))  # type: ignore[attr-defined]  # Monday 30 November
    eng.sweep()
    assert len([n for n in notifier.to(FRANK) if n.delivery_key.startswith("escalatie:")]) == 2
    eng.close()


def test_escalation_without_opdrachtgever_goes_to_the_concernadviseurs(app: App) -> None:
    add_toezegging(app, dt.date(2026, 11, 6), OLGA)
    notifier = RecordingNotifier()
    eng = engine(app, notifier)
    eng.sweep()
    targets = {p.email for p, n in notifier.sent if n.delivery_key.startswith("escalatie:")}
    assert targets == {KARIN, "lars.dekker@noordwaard.example"}
    eng.close()


def test_monday_digests_for_portefeuillehouders_and_concernadviseurs(app: App) -> None:
    overdue = add_toezegging(app, dt.date(2026, 11, 16), HANS)
    ownerless = add_toezegging(app, dt.date(2027, 1, 15), None)
    notifier = RecordingNotifier(unreachable={OLGA})
    add_toezegging(app, dt.date(2026, 11, 20), OLGA)  # Olga's reminder cannot be delivered anywhere
    eng = engine(app, notifier)
    eng.sweep()
    [anna] = [n for n in notifier.to("anna.devries@noordwaard.example") if n.delivery_key.startswith("overzicht:")]
    assert anna.reply.items[0].key == overdue  # overdue first
    assert anna.reply.items[0].overdue
    [karin] = [n for n in notifier.to(KARIN) if n.delivery_key.startswith("overzicht:")]
    keys = [i.key for i in karin.reply.items]
    assert overdue in keys and ownerless in keys
    # Unreachable people are named in the next digest, and in 'overzicht' at once.
    assert "Olga Brouwer" in say(app, "overzicht", KARIN)
    app.clock.advance(dt.timedelta(days=7))  # type: ignore[attr-defined]
    eng.sweep()
    [_, karin_next] = [n for n in notifier.to(KARIN) if n.delivery_key.startswith("overzicht:")]
    assert any("Olga Brouwer" in note for note in karin_next.reply.notes)
    eng.close()


def test_overzicht_on_demand_for_a_portefeuillehouder(app: App) -> None:
    overdue = add_toezegging(app, dt.date(2026, 11, 16), HANS)
    answer = say(app, "overzicht", "anna.devries@noordwaard.example")
    assert answer.startswith("Weekoverzicht ma 23 november 2026: jouw 2 open")
    assert answer.index(overdue) < answer.index("T-2026-001")


def test_overzicht_is_paged_like_every_list(app: App) -> None:
    added = [add_toezegging(app, dt.date(2027, 3, 1) + dt.timedelta(days=i), HANS) for i in range(20)]
    anna = "anna.devries@noordwaard.example"
    first = say(app, "overzicht", anna)
    assert "jouw 21 open" in first and "Pagina 1 van 2." in first
    assert added[12] in first and added[19] not in first
    second = say(app, "volgende", anna)
    assert "Pagina 2 van 2." in second and added[19] in second and added[0] not in second
    assert "Typ 'vorige' voor de vorige pagina." in second
    assert say(app, "overzicht pagina 2", anna) == second
    assert "Pagina 1 van 2." in say(app, "vorige", anna)


def test_snooze_moves_the_reminder_not_the_deadline_and_is_logged(app: App) -> None:
    notifier = RecordingNotifier()
    eng = engine(app, notifier)
    eng.sweep()
    answer = say(app, "herinner T-2026-004 morgen", GREETJE)
    assert "Goed, ik herinner je morgenochtend (di 24 november 2026) weer aan T-2026-004" in answer
    assert "De deadline blijft ma 7 december 2026" in answer
    app.clock.moment = dt.datetime(2026, 11, 24, 8, 0, tzinfo=TIMEZONE)  # type: ignore[attr-defined]
    eng.sweep()
    assert len(notifier.to(GREETJE)) == 1
    app.clock.moment = dt.datetime(2026, 11, 24, 8, 30, tzinfo=TIMEZONE)  # type: ignore[attr-defined]
    eng.sweep()
    later = notifier.to(GREETJE)[-1]
    assert later.reply.text == "Zoals gevraagd herinner ik je weer aan Toezegging T-2026-004."
    assert "ma 7 december 2026" in say(app, "toezegging T-2026-004", GREETJE)
    assert "herinner later" in say(app, "toezegging historie T-2026-004", GREETJE)
    eng.close()


def test_snooze_before_the_reminder_went_out_postpones_it(app: App) -> None:
    app.clock.moment = dt.datetime(2026, 11, 23, 7, 0, tzinfo=TIMEZONE)  # type: ignore[attr-defined]
    notifier = RecordingNotifier()
    eng = engine(app, notifier)
    eng.plan()
    say(app, "herinner T-2026-004 volgende week", GREETJE)
    app.clock.moment = dt.datetime(2026, 11, 27, 12, 0, tzinfo=TIMEZONE)  # type: ignore[attr-defined]
    eng.sweep()
    assert notifier.to(GREETJE) == []
    app.clock.moment = dt.datetime(2026, 11, 30, 8, 30, tzinfo=TIMEZONE)  # type: ignore[attr-defined]
    eng.sweep()
    assert [n.reply.text for n in notifier.to(GREETJE) if n.delivery_key.startswith("herinnering:")] == [
        "Herinnering: Toezegging T-2026-004 moet over 10 werkdagen af zijn (ma 7 december 2026)."
    ]
    eng.close()


def test_snooze_needs_a_known_item_and_a_moment(app: App) -> None:
    assert "Ik vind geen open item met nummer 'T-2026-999'" in say(app, "herinner T-2026-999 morgen", GREETJE)
    assert "Kies 'morgen' of 'volgende week'" in say(app, "herinner T-2026-004 ooit", GREETJE)
    assert "weer aan T-2026-004" in say(app, "herinner me later T-2026-004 volgende week", GREETJE)


def test_overzicht_for_someone_without_open_items(app: App) -> None:
    assert say(app, "overzicht", "niels.vandijk@noordwaard.example") == (
        "Weekoverzicht ma 23 november 2026: er staat niets open voor jou."
    )


def test_reminders_older_than_the_horizon_are_folded_into_the_next_digest(app: App) -> None:
    # Down since before the voor-10 reminder of an item due in 8 working days: too late to send loose.
    nummer = add_toezegging(app, add_working_days(dt.date(2026, 11, 23), 8), HANS)
    notifier = RecordingNotifier()
    eng = engine(app, notifier, ReminderConfig(catch_up_working_days=1))
    eng.sweep()
    hans = notifier.to(HANS)
    assert not [n for n in hans if n.delivery_key.startswith("herinnering:")]
    [digest] = [n for n in hans if n.delivery_key.startswith("overzicht:")]
    assert nummer in " ".join(digest.reply.notes)
    eng.close()


def test_failed_sends_are_retried_with_backoff_and_expire(app: App) -> None:
    notifier = RecordingNotifier(fail_times=10_000)
    eng = engine(app, notifier, ReminderConfig(expire_after=dt.timedelta(minutes=10)))
    assert eng.sweep() == 0
    notifier.fail_times = 0
    app.clock.advance(dt.timedelta(seconds=30))  # type: ignore[attr-defined]
    assert eng.sweep() == 0  # backoff: not yet
    app.clock.advance(dt.timedelta(seconds=31))  # type: ignore[attr-defined]
    assert eng.sweep() > 0
    assert len(notifier.to(GREETJE)) == 1
    eng.close()


def test_a_send_that_keeps_failing_expires_and_is_never_sent_late(app: App) -> None:
    notifier = RecordingNotifier(fail_times=10_000)
    eng = engine(app, notifier, ReminderConfig(expire_after=dt.timedelta(minutes=10)))
    for _ in range(12):
        eng.sweep()
        app.clock.advance(dt.timedelta(minutes=5))  # type: ignore[attr-defined]
    notifier.fail_times = 0
    eng.sweep()
    assert notifier.to(GREETJE) == []
    eng.close()


def test_after_a_week_of_downtime_each_item_gets_one_reminder_not_one_per_missed_day(app: App) -> None:
    nummer = add_toezegging(app, dt.date(2026, 12, 4), HANS)  # voor-10 on 20 Nov, voor-2 on 2 Dec
    app.clock.moment = dt.datetime(2026, 12, 2, 9, 0, tzinfo=TIMEZONE)  # type: ignore[attr-defined]
    notifier = RecordingNotifier()
    eng = engine(app, notifier)
    eng.sweep()
    eng.sweep()
    mine = [n.delivery_key for n in notifier.to(HANS) if nummer in n.delivery_key]
    assert mine == [f"herinnering:toezegging:{nummer}:voor-2:2026-12-02:8"]
    eng.close()


def test_overzicht_in_a_channel_leaves_confidential_items_out(app: App) -> None:
    nummer = add_toezegging(app, dt.date(2026, 11, 16), HANS)
    say(app, f"toezegging wijzig {nummer} vertrouwelijk: ja", KARIN)
    assert nummer in say(app, "overzicht", KARIN)
    assert nummer not in say(app, "overzicht", KARIN, private=False)


def test_moties_subscribers_get_the_weekly_moties_digest_once(app: App) -> None:
    say(app, "motie nieuw M2026-014 Fietsroute langs het kanaal; dictum: onderzoek een snelfietsroute; "
             "uitslag: aangenomen; portefeuillehouder: De Vries; eigenaar: Hans Bakker; termijn: Q2 2027")
    say(app, "abonneer moties", HANS)
    notifier = RecordingNotifier()
    eng = engine(app, notifier)
    eng.sweep()
    eng.sweep()
    [digest] = [n for n in notifier.to(HANS) if n.delivery_key.startswith("overzicht:moties:")]
    assert digest.reply.text.startswith("Moties: overzicht van de week")
    assert "M2026-014" in render_reply(digest.reply)
    assert not [n for n in notifier.to(KARIN) if n.delivery_key.startswith("overzicht:moties:")]
    eng.close()


def _digests(notifier: RecordingNotifier, email: str) -> list[str]:
    return [n.delivery_key for n in notifier.to(email) if n.delivery_key.startswith("overzicht:")]


def test_a_database_made_on_sunday_sends_one_weekoverzicht_on_monday(app: App) -> None:
    notifier = RecordingNotifier()
    eng = engine(app, notifier)
    app.clock.moment = dt.datetime(2026, 11, 22, 12, 0, tzinfo=TIMEZONE)  # type: ignore[attr-defined]
    eng.sweep()
    app.clock.moment = dt.datetime(2026, 11, 23, 9, 0, tzinfo=TIMEZONE)  # type: ignore[attr-defined]
    eng.sweep()
    eng.close()
    assert [k.rsplit(":", 1)[0] for k in _digests(notifier, KARIN)] == ["overzicht:2026-W48"]


def test_a_weekoverzicht_not_delivered_in_its_week_is_replaced_by_the_new_one(app: App) -> None:
    add_toezegging(app, add_working_days(dt.date(2026, 11, 10), 0), HANS)  # overdue for weeks: Hans is reminded
    down = RecordingNotifier(fail_times=10_000)
    app.clock.moment = dt.datetime(2026, 11, 20, 16, 0, tzinfo=TIMEZONE)  # type: ignore[attr-defined]  # Friday, W47
    first = engine(app, down)
    first.sweep()
    first.close()
    assert down.sent == []
    notifier = RecordingNotifier()
    eng = engine(app, notifier)
    app.clock.moment = dt.datetime(2026, 11, 23, 9, 0, tzinfo=TIMEZONE)  # type: ignore[attr-defined]  # Monday, W48
    # The scheduler starts plan and deliver at once: a delivery before the new week's planning sends no old one.
    eng.deliver()
    assert _digests(notifier, KARIN) == []
    eng.sweep()
    eng.close()
    assert [k.rsplit(":", 1)[0] for k in _digests(notifier, KARIN)] == ["overzicht:2026-W48"]
    assert len(_digests(notifier, "anna.devries@noordwaard.example")) == 1
