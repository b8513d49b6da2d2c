"""A whole stand-van-zakenronde on SQLite and PostgreSQL with a fixed clock: start, answers, reminders on the
right working days (Christmas in the window), one owner who never answers, bestuurlijk akkoord, the list, and
'ronde vastgesteld'. Messages go through the real outbox and engine; a recording notifier plays the platform."""
from __future__ import annotations

import datetime as dt

from bot.app import App
from bot.clock import TIMEZONE
from handlers.domain.followed import Status
from handlers.messages import Notification
from handlers.reminders.config import ReminderConfig
from handlers.commands.ronde.jagen import run_sweep
from handlers.domain.ronde import RondeConfig
from tests.dialogue import HANS, KARIN, ask, say
from tests.integration.reminder_helpers import RecordingNotifier, engine

ANNA = "anna.devries@noordwaard.example"  # portefeuillehouder of T-2026-001
BRAM = "bram.kuipers@noordwaard.example"  # portefeuillehouder of T-2026-002
JEROEN = "jeroen.meijer@noordwaard.example"  # owner of T-2026-002
INGRID = "ingrid.deboer@noordwaard.example"  # owner of T-2026-003
GREETJE = "greetje.visser@noordwaard.example"  # owner of T-2026-004: never answers
START = dt.datetime(2026, 12, 21, 10, 0, tzinfo=TIMEZONE)  # Monday; Christmas falls in the round
START_LINE = "ronde start alle; sluit: di 29 december 2026 12:00; voor: raad 7 januari"


def at(app: App, moment: dt.datetime) -> None:
    app.clock.moment = moment  # type: ignore[attr-defined]


def ronde_messages(notifier: RecordingNotifier, email: str | None = None) -> list[Notification]:
    sent = notifier.sent if email is None else [(p, n) for p, n in notifier.sent if p.email == email]
    return [n for _p, n in sent if n.delivery_key.startswith("ronde:")]


def tick(app: App, notifier: RecordingNotifier) -> None:
    """What the worker does: the round's sweep, then delivery (twice: a second pass must add nothing)."""
    eng = engine(app, notifier, ReminderConfig())
    for _ in range(2):
        run_sweep(app.uow_factory, app.clock, RondeConfig())
        eng.deliver()
    eng.close()


def started(app: App) -> RecordingNotifier:
    at(app, START)
    say(app, "toezegging wijzig T-2026-003 vertrouwelijk: ja")
    reply = say(app, START_LINE)
    assert "Ronde 1 gestart voor raad 7 januari: 4 punten bij 4 eigenaren, sluit di 29 december 2026 12:00." in reply
    assert "Nog niet bereikbaar in Slack of Teams" in reply and "Greetje Visser" in reply
    notifier = RecordingNotifier()
    tick(app, notifier)
    return notifier


def test_each_owner_gets_one_message_with_four_answers(app: App) -> None:
    notifier = started(app)
    for email in (HANS, JEROEN, INGRID, GREETJE):
        [message] = ronde_messages(notifier, email)
        assert message.reply.text.startswith("Stand-van-zakenronde voor raad 7 januari")
        [item] = message.reply.items
        assert [b.label for b in item.buttons] == ["Ongewijzigd", "Nieuwe stand van zaken", "Afdoening voorstellen",
                                                  "Deadline verzetten"]
        verzet = item.buttons[3].form
        assert verzet is not None and verzet.submit_command == f"ronde verzet {item.key} naar {{deadline}} omdat {{reden}}"
    [ingrid] = ronde_messages(notifier, INGRID)
    assert ingrid.reply.items[0].confidential  # her own confidential item, in her private chat
    assert len(ronde_messages(notifier)) == 4


def test_a_whole_round(app: App) -> None:
    notifier = started(app)
    # Answers through the same commands as always: audited, permission-checked.
    assert "Ronde: al jouw punten zijn beantwoord" in say(app, "ronde afdoening T-2026-001 raadsinformatiebrief 2026-45", HANS)
    assert "afdoening" in say(app, "ronde afdoening T-2026-002 brief 2026-50", JEROEN)
    assert "ongewijzigd" in say(app, "ronde ongewijzigd T-2026-003", INGRID)
    refused = say(app, "ronde stand T-2026-004 klaar", HANS)
    assert "niet wijzigen" in refused
    assert "verplicht" in say(app, "ronde verzet T-2026-004 naar Q3 2027", GREETJE) or "reden" in say(
        app, "ronde verzet T-2026-004 naar Q3 2027", GREETJE).lower()

    overview = say(app, "ronde")
    assert "3 van 4 punten beantwoord" in overview
    assert "Greetje Visser: 0 beantwoord, 1 open (T-2026-004)" in overview

    # Reminders: 5, 2 and 1 working days before Tue 29 December. Two working days before is Thu 24 December,
    # not Fri 25 (Christmas); the one on 21 December was before the start, so it is not sent.
    at(app, dt.datetime(2026, 12, 23, 16, 0, tzinfo=TIMEZONE))
    tick(app, notifier)
    assert len(ronde_messages(notifier, GREETJE)) == 1
    at(app, dt.datetime(2026, 12, 24, 9, 5, tzinfo=TIMEZONE))
    tick(app, notifier)
    chased = ronde_messages(notifier, GREETJE)
    assert len(chased) == 2 and chased[1].reply.text.startswith("Herinnering stand-van-zakenronde")
    assert [n.delivery_key for n in chased][1].endswith(":2:" + chased[1].delivery_key.rsplit(":", 1)[1])
    at(app, dt.datetime(2026, 12, 28, 9, 5, tzinfo=TIMEZONE))
    tick(app, notifier)
    assert len(ronde_messages(notifier, GREETJE)) == 3
    assert not [n for n in ronde_messages(notifier) if "Herinnering" in n.reply.text and n not in chased[1:]
                and n.delivery_key.split(":")[-1] != ronde_messages(notifier, GREETJE)[0].delivery_key.split(":")[-1]]

    # The close: Greetje's open item goes to her ambtelijk opdrachtgever; the portefeuillehouders are asked.
    at(app, dt.datetime(2026, 12, 29, 12, 30, tzinfo=TIMEZONE))
    tick(app, notifier)
    with app.uow_factory() as uow:
        greetje = uow.people.by_email(GREETJE)
        assert greetje is not None and greetje.id is not None
        boss = uow.people.ambtelijk_opdrachtgever(greetje.id)
    escalations = [n for n in ronde_messages(notifier) if ":escalatie:" in n.delivery_key]
    assert escalations and all("Van Greetje Visser kwam op deze punten geen stand van zaken" in n.reply.text
                               for n in escalations)
    assert [i.key for i in escalations[0].reply.items] == ["T-2026-004"]
    if boss is not None:
        assert [n for p, n in notifier.sent if p.email == boss.email and ":escalatie:" in n.delivery_key]
    [to_anna] = [n for n in ronde_messages(notifier, ANNA) if ":akkoord:" in n.delivery_key]
    assert [b.label for b in to_anna.reply.items[0].buttons] == ["Akkoord", "Niet akkoord"]

    # Bestuurlijk akkoord: only the portefeuillehouder, and 'niet akkoord' needs a reason.
    assert "Alleen de portefeuillehouder" in say(app, "ronde akkoord T-2026-001", KARIN)
    assert "akkoord" in say(app, "ronde akkoord T-2026-001", ANNA).lower()
    assert "reden is verplicht" in say(app, "ronde niet-akkoord T-2026-002", BRAM)
    assert "blijft open" in say(app, "ronde niet-akkoord T-2026-002 omdat de evaluatie nog niet besproken is", BRAM)

    lijst = ask(app, "ronde lijst")
    keys = [i.key for i in lijst.items]
    assert "T-2026-003" not in keys and sorted(keys) == ["T-2026-001", "T-2026-002", "T-2026-004"]
    assert "1 vertrouwelijk(e) punt(en) staan niet op deze lijst." in lijst.notes

    done = say(app, "ronde vastgesteld")
    assert "1 punt(en) afgedaan, 0 niet aanvaard" in done
    with app.uow_factory() as uow:
        z1, z2 = uow.toezeggingen.get("T-2026-001"), uow.toezeggingen.get("T-2026-002")
        assert z1 is not None and z1.status is Status.AFGEDAAN
        assert z2 is not None and z2.status is Status.AFDOENING_VOORGESTELD
    history = say(app, "toezegging historie T-2026-001")
    assert "ronde 1 (raad 7 januari): afdoening voorgesteld" in history
    assert "raad: afdoening aanvaard" in history
    assert "Er loopt geen stand-van-zakenronde" in say(app, "ronde")
    # Nothing went out twice, and nothing confidential went to anyone but those who may read it.
    keys_sent = [n.delivery_key for n in ronde_messages(notifier)]
    assert len(keys_sent) == len(set(keys_sent))
    for person, n in notifier.sent:
        if any(i.key == "T-2026-003" for i in n.reply.items):
            assert person.email in {INGRID, "carla.jansen@noordwaard.example", KARIN, "lars.dekker@noordwaard.example"}
