"""A whole stand-van-zakenronde on SQLite and PostgreSQL with a fixed clock: start, answers, reminders on the
right working days (Christmas in the window), one owner who never answers, bestuurlijk akkoord, the list, and
'ronde vastgesteld'. Messages go through the real outbox and engine; a recording notifier plays the platform."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from bot.app import App
from bot.cli import main
from bot.slack.blocks import render_blocks
from bot.clock import TIMEZONE
from handlers.domain.followed import Status
from handlers.commands.ronde.lijst import raadslijst
from handlers.messages import Notification, ReplyKind
from handlers.texts.ronde import LIJST_KOLOMMEN
from handlers.texts.slack import MORE_ITEMS
from storage.exporters.ronde import write_docx, write_xlsx
from tests.conftest import FixedClock, make_app
from handlers.reminders.config import ReminderConfig
from handlers.commands.ronde.jagen import run_sweep
from handlers.domain.ronde import Ronde, RondeConfig
from handlers.errors import Conflict
from tests.dialogue import HANS, KARIN, ask, say
from tests.integration.reminder_helpers import RecordingNotifier, add_toezegging, engine

ANNA = "anna.devries@noordwaard.example"  # portefeuillehouder of T-2026-001
BRAM = "bram.kuipers@noordwaard.example"  # portefeuillehouder of T-2026-002
JEROEN = "jeroen.meijer@noordwaard.example"  # owner of T-2026-002
INGRID = "ingrid.deboer@noordwaard.example"  # owner of T-2026-003
GREETJE = "greetje.visser@noordwaard.example"  # owner of T-2026-004: never answers
START = dt.datetime(2026, 12, 21, 10, 0, tzinfo=TIMEZONE)  # Monday; Christmas falls in the round
START_LINE = "ronde start alle; sluit: di 29 december 2026 12:00; voor: raad 7 januari"
BRACES = "ronde start alle; sluit: di 29 december 2026 12:00; voor: raad {n} {doel}"


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
    assert "reden" in say(app, "ronde verzet T-2026-004 naar Q3 2027", GREETJE).lower()  # a reason is required

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
    assert ":herinnering:2026-12-29:2:" in chased[1].delivery_key
    at(app, dt.datetime(2026, 12, 25, 11, 0, tzinfo=TIMEZONE))  # Christmas: nothing
    tick(app, notifier)
    assert len(ronde_messages(notifier, GREETJE)) == 2
    at(app, dt.datetime(2026, 12, 28, 9, 5, tzinfo=TIMEZONE))
    tick(app, notifier)
    assert len(ronde_messages(notifier, GREETJE)) == 3
    # Only the owner who has not answered is chased.
    reminded = {p.email for p, n in notifier.sent if ":herinnering:" in n.delivery_key}
    assert reminded == {GREETJE}

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
    assert "Alleen de portefeuillehouder" in say(app, "ronde akkoord T-2026-001", HANS)
    assert "akkoord" in say(app, "ronde akkoord T-2026-001", ANNA).lower()
    assert "reden is verplicht" in say(app, "ronde niet-akkoord T-2026-002", BRAM)
    assert "blijft open" in say(app, "ronde niet-akkoord T-2026-002 omdat de evaluatie nog niet besproken is", BRAM)

    lijst = ask(app, "ronde lijst")
    keys = [i.key for i in lijst.items]
    assert "T-2026-003" not in keys and sorted(keys) == ["T-2026-001", "T-2026-002", "T-2026-004"]
    assert "1 vertrouwelijk punt staat niet op deze lijst." in lijst.notes

    at(app, dt.datetime(2027, 1, 8, 9, 0, tzinfo=TIMEZONE))  # after the raad of 7 januari
    done = say(app, "ronde vastgesteld")
    assert "1 punt afgedaan, 0 niet aanvaard" in done
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


def test_the_list_as_xlsx_and_docx_without_confidential_items(app: App, tmp_path: Path) -> None:
    started(app)
    say(app, "ronde afdoening T-2026-001 raadsinformatiebrief 2026-45", HANS)
    say(app, "ronde akkoord T-2026-001", ANNA)
    say(app, "ronde stand T-2026-002 =SOM(A1) is geen formule", JEROEN)
    with app.uow_factory() as uow:
        ronde = uow.rondes.current()
        assert ronde is not None
        karin = uow.people.by_email(KARIN)
        lijst = raadslijst(uow, ronde, karin)
        met = raadslijst(uow, ronde, karin, vertrouwelijk=True)
        hans = raadslijst(uow, ronde, uow.people.by_email(HANS), vertrouwelijk=True)
    write_xlsx(lijst, tmp_path / "lijst.xlsx")
    write_docx(lijst, tmp_path / "lijst.docx")
    workbook = load_workbook(tmp_path / "lijst.xlsx")
    assert workbook.sheetnames == ["Anna de Vries", "Bram Kuipers", "Dirk Hoekstra"]  # Carla's only item is confidential
    sheet = workbook["Anna de Vries"]
    assert [c.value for c in sheet[2]] == list(LIJST_KOLOMMEN)
    row = [c.value for c in sheet[3]]
    assert row[0] == "T-2026-001" and row[1] == "Toezegging Staten wo 11 november 2026"
    assert row[2] and row[2].startswith("Raadsinformatiebrief over de verkeersveiligheid")
    assert row[5] == "Afdoen: raadsinformatiebrief 2026-45"
    formule = workbook["Bram Kuipers"]["E3"]  # text, verbatim, and marked so that Excel keeps it text when edited
    assert (formule.value, formule.data_type, formule.quotePrefix) == ("=SOM(A1) is geen formule", "s", True)
    assert workbook["Bram Kuipers"]["F3"].value == "Openhouden"
    text = "\n".join(docx_text(tmp_path / "lijst.docx"))
    assert "Toezeggingen- en motielijst voor raad 7 januari" in text
    assert "Portefeuillehouder: Anna de Vries" in text and "Afdoen: raadsinformatiebrief 2026-45" in text
    assert "T-2026-003" not in text and "dijkversterking" not in text
    assert lijst.weggelaten == 1
    # Asked for, and readable: then it is there; someone who may not read it never gets it.
    assert met.weggelaten == 0 and any(r.nummer == "T-2026-003" for _ph, rows in met.per_portefeuillehouder for r in rows)
    assert hans.weggelaten == 1


def docx_text(path: Path) -> list[str]:
    document = Document(str(path))
    lines = [p.text for p in document.paragraphs]
    lines += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return lines


def test_the_raad_does_not_accept_one_afdoening(app: App) -> None:
    started(app)
    say(app, "ronde afdoening T-2026-001 raadsinformatiebrief 2026-45", HANS)
    say(app, "ronde afdoening T-2026-004 brief 2026-51", GREETJE)
    assert "Alleen concernadviseurs en de griffie" in say(app, "ronde vastgesteld", HANS)
    say(app, "ronde akkoord T-2026-001")  # the college agreed; the concernadviseur records it for Anna de Vries
    assert "ronde 1 (raad 7 januari): akkoord (vastgelegd namens Anna de Vries)" in say(app, "toezegging historie T-2026-001")
    say(app, "toezegging nieuw Brief na de start; portefeuillehouder: De Vries; deadline: Q2 2027")
    assert "T-2026-005 zit niet in ronde 1" in say(app, "ronde vastgesteld behalve T-2026-005 omdat x; bevestig")
    # Before the raad of 7 januari: confirmed with '; bevestig' (the college decided early, say).
    done = say(app, "ronde vastgesteld behalve T-2026-004 omdat de raad eerst het rapport wil zien; bevestig")
    assert "1 punt afgedaan, 1 niet aanvaard" in done
    with app.uow_factory() as uow:
        assert uow.toezeggingen.get("T-2026-001").status is Status.AFGEDAAN  # type: ignore[union-attr]
        assert uow.toezeggingen.get("T-2026-004").status is Status.AFDOENING_VOORGESTELD  # type: ignore[union-attr]
    history = say(app, "toezegging historie T-2026-004")
    assert "raad: afdoening niet aanvaard" in history and "de raad eerst het rapport wil zien" in history
    # The next round may start: T-2026-002, -003, -004 and the new -005 are open.
    assert "Ronde 2 gestart voor raad 7 januari: 4 punten" in say(app, START_LINE)


def test_steering_a_round(app: App) -> None:
    at(app, START)
    assert "Alleen concernadviseurs en de griffie" in say(app, START_LINE, HANS)
    assert "ligt niet in de toekomst" in say(app, "ronde start alle; sluit: 1 december 2026; voor: raad")
    assert "Waarvoor is de ronde" in say(app, "ronde start alle; sluit: over 5 werkdagen")
    assert "ken ik niet" in say(app, "ronde start lobby; sluit: over 5 werkdagen; voor: raad")
    assert "Er loopt geen stand-van-zakenronde" in say(app, "ronde")
    reply = say(app, "ronde start toezeggingen; portefeuillehouder: Anna de Vries; sluit: over 5 werkdagen; voor: raad")
    assert "1 punt bij 1 eigenaar" in reply and "di 29 december 2026 17:00" in reply
    assert "Er loopt al een ronde" in say(app, START_LINE)
    assert "T-2026-002 is toegevoegd" in say(app, "ronde toevoegen t-2026-2")
    assert "zit al in" in say(app, "ronde toevoegen T-2026-002")
    assert "T-2026-002 is uit ronde 1 (raad) gehaald" in say(app, "ronde schrappen T-2026-002")
    assert "zit niet in" in say(app, "ronde ongewijzigd T-2026-002", JEROEN)
    assert "sluit nu di 5 januari 2027 12:00" in say(app, "ronde verleng di 5 januari 2027 12:00")
    notifier = RecordingNotifier()
    tick(app, notifier)
    assert "Nog één herinnering gaat naar 1 eigenaar" in say(app, "ronde herinner")
    tick(app, notifier)
    extra = [n for n in ronde_messages(notifier, HANS) if ":extra:1:" in n.delivery_key]
    assert len(extra) == 1 and extra[0].reply.text.startswith("Nog één herinnering")
    toegevoegd = [n for n in ronde_messages(notifier, JEROEN)]
    assert [n.delivery_key.split(":")[2] for n in toegevoegd] == ["toegevoegd"]


def test_a_restart_mid_round_loses_nothing_and_sends_nothing_twice(database_url: str, clock: FixedClock) -> None:
    first = make_app(database_url, clock)
    notifier = started(first)
    say(first, "ronde ongewijzigd T-2026-001", HANS)
    first.close()
    # A new process (and a second worker beside it) on the same database.
    second, third = make_app(database_url, clock), make_app(database_url, clock)
    try:
        assert "1 van 4 punten beantwoord" in say(second, "ronde")
        at(second, dt.datetime(2026, 12, 24, 9, 5, tzinfo=TIMEZONE))
        for app in (second, third, second):
            tick(app, notifier)
        keys = [n.delivery_key for n in ronde_messages(notifier)]
        assert len(keys) == len(set(keys)) == 4 + 3  # four requests, three owners still open
    finally:
        second.close()
        third.close()


def test_every_help_example_of_the_round_works_on_a_fresh_demo_database(app: App) -> None:
    """In the order of 'help', as the person the example is meant for."""
    for command in app.core.router.sections["Stand-van-zakenronde"]:
        for example in command.examples:
            reply = ask(app, example, KARIN)
            assert reply.kind is not ReplyKind.ERROR, (example, reply.text)


def test_samenspel_ronde_export_writes_both_files(app: App, database_url: str, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    started(app)
    monkeypatch.setenv("DATABASE_URL", database_url)
    assert main(["ronde", "export"]) == 2
    assert main(["ronde", "export", "--xlsx", str(tmp_path / "l.xlsx"), "--met-vertrouwelijk"]) == 2
    assert main(["ronde", "export", "--xlsx", str(tmp_path / "l.xlsx"), "--docx", str(tmp_path / "l.docx")]) == 0
    out = capsys.readouterr().out
    assert "l.xlsx: 3 punten geschreven" in out and "1 vertrouwelijk punt weggelaten." in out
    assert "dijkversterking" not in "\n".join(docx_text(tmp_path / "l.docx"))
    assert main(["ronde", "export", "--docx", str(tmp_path / "v.docx"), "--met-vertrouwelijk", "--as", KARIN]) == 0
    assert any("dijkversterking" in line for line in docx_text(tmp_path / "v.docx"))


def test_confidential_items_never_in_a_channel(app: App) -> None:
    started(app)
    assert "vertrouwelijk" in say(app, "ronde ongewijzigd T-2026-003", INGRID, private=False).lower()
    in_channel = ask(app, "ronde lijst", KARIN, private=False)
    assert "T-2026-003" not in [i.key for i in in_channel.items] and not in_channel.shows_confidential


def test_an_owner_with_many_items_gets_them_all_with_buttons(app: App) -> None:
    at(app, START)
    for _ in range(45):
        add_toezegging(app, dt.date(2027, 6, 30), HANS)
    say(app, START_LINE)
    notifier = RecordingNotifier()
    tick(app, notifier)
    parts = ronde_messages(notifier, HANS)
    assert [len(n.reply.items) for n in parts] == [20, 20, 6]
    assert parts[2].reply.text.endswith("(deel 3 van 3)") and "46 punten" in parts[0].reply.text
    for part in parts:  # each part fits in one Slack message, every item with its four buttons
        blocks = render_blocks(part.reply)
        assert len(blocks) <= 50 and MORE_ITEMS.split("{")[0] not in str(blocks)
        assert sum(1 for b in blocks if b.get("type") == "actions") == len(part.reply.items)
    # An answer shows what is left, with the buttons: on Teams that card replaces the round's card.
    answer = ask(app, "ronde ongewijzigd T-2026-001", HANS)
    assert answer.items[0].key == "T-2026-001" and len(answer.items) == 20
    assert [b.label for b in answer.items[1].buttons][0] == "Ongewijzigd"
    assert "Ronde: nog 45 van jouw punten zonder antwoord." in answer.notes


def test_items_without_owner_go_to_the_concernadviseurs(app: App) -> None:
    at(app, START)
    nummer = add_toezegging(app, dt.date(2027, 6, 30), None)
    say(app, START_LINE)
    notifier = RecordingNotifier()
    tick(app, notifier)
    for email in (KARIN, "lars.dekker@noordwaard.example"):
        [message] = ronde_messages(notifier, email)
        assert [i.key for i in message.reply.items] == [nummer]
    assert "al jouw punten zijn beantwoord" in say(app, f"ronde ongewijzigd {nummer}")
    assert "concernadviseurs (geen eigenaar): 1 beantwoord, 0 open" in say(app, "ronde")


def test_braces_in_what_users_type_stay_text(app: App) -> None:
    at(app, START)
    assert "gestart voor raad {n} {doel}" in say(app, BRACES)
    notifier = RecordingNotifier()
    tick(app, notifier)
    at(app, dt.datetime(2026, 12, 29, 12, 30, tzinfo=TIMEZONE))
    tick(app, notifier)
    assert all("raad {n} {doel}" in n.reply.text for n in ronde_messages(notifier) if ":escalatie:" not in n.delivery_key)
    assert any("raad {n} {doel}" in n.reply.text for n in ronde_messages(notifier) if ":escalatie:" in n.delivery_key)


def test_two_rounds_started_at_once_make_one(app: App) -> None:
    """The second start, racing the first, hits the 'one running round' key; the core retries it on the new
    state, where it is told a round already runs."""
    at(app, START)
    with app.uow_factory() as first:
        first.rondes.add(Ronde(None, "raad", "alle", START + dt.timedelta(days=7), START, None), [])
        first.commit()
    # A start that read 'no round' just before the first committed, and writes now:
    with pytest.raises(Conflict), app.uow_factory() as second:
        second.rondes.add(Ronde(None, "raad", "alle", START + dt.timedelta(days=7), START, None), [])
    assert "Er loopt al een ronde" in say(app, START_LINE)


def test_the_rounds_dates_are_checked_and_need_bevestig(app: App) -> None:
    at(app, START)
    late = "ronde start alle; sluit: vr 8 januari 2027 12:00; voor: raad 7 januari"
    asked = say(app, late)
    assert asked == ("Het sluitmoment vr 8 januari 2027 12:00 ligt na de vergadering waarvoor de ronde is (raad 7 januari, "
                     "do 7 januari 2027): dan is de lijst te laat voor de raad. Klopt dat? Zet dan '; bevestig' achter "
                     f"het commando: '{late}; bevestig'")
    assert "Er loopt geen stand-van-zakenronde" in say(app, "ronde")  # nothing started
    assert "Ronde 1 gestart" in say(app, START_LINE)
    shorter = say(app, "ronde verleng ma 28 december 2026 12:00")
    assert shorter.startswith("Dit verkort de ronde: hij sloot di 29 december 2026 12:00, nu zou dat ma 28 december "
                              "2026 12:00 worden. Klopt dat? Zet dan '; bevestig'")
    assert "sluit nu ma 28 december 2026 12:00" in say(app, "ronde verleng ma 28 december 2026 12:00; bevestig")
    assert "ligt na de vergadering" in say(app, "ronde verleng vr 8 januari 2027 12:00")
    say(app, "ronde afdoening T-2026-001 raadsinformatiebrief 2026-45", HANS)
    say(app, "ronde akkoord T-2026-001", ANNA)
    early = say(app, "ronde vastgesteld")
    assert early == ("De vergadering waarvoor de ronde is (raad 7 januari, do 7 januari 2027) is nog niet geweest. "
                     "Klopt dat? Zet dan '; bevestig' achter het commando: 'ronde vastgesteld; bevestig'")
    # After the meeting, as docs/ronde.md shows it: an item without an answer can be named in 'behalve' too.
    at(app, dt.datetime(2027, 1, 8, 9, 0, tzinfo=TIMEZONE))
    done = say(app, "ronde vastgesteld behalve T-2026-004 omdat de raad eerst het rapport wil zien")
    assert done == "De ronde 1 (raad 7 januari) is vastgesteld: 1 punt afgedaan, 1 niet aanvaard en open gebleven."
    assert "de raad eerst het rapport wil zien" in say(app, "toezegging historie T-2026-004")
