"""Announcement timing with an injected 'now': the agenda before each meeting, the week-ahead besluitpunt,
the stukken reminder, a holiday-moved meeting, and confidential points that never show in a channel."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.clock import TIMEZONE
from handlers.agenda.announcements import Aankondiging, AgendaStand, due
from handlers.deadlines import Deadline, DeadlineKind, Precision
from handlers.domain.agenda import AgendaInstellingen, AgendaPunt, Fase, Vergadering, planned
from handlers.domain.lobby import LobbyActie

INS = replace(AgendaInstellingen.standaard(), kanaal="slack:C0123")
ANNA, HANS, BRAM = 2, 8, 3
NAMES = {ANNA: "Anna de Vries", HANS: "Hans Bakker", BRAM: "Bram Kuipers"}


def at(y: int, m: int, d: int, h: int = 9, mi: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, h, mi, tzinfo=TIMEZONE)


def meetings(van: dt.date, tot: dt.date) -> list[Vergadering]:
    found = planned(INS, van, tot)
    for number, v in enumerate(found, start=1):
        v.id = number
    return found


def punt(nummer: str, v_id: int, fase: Fase, stukken: dt.date, **extra: object) -> AgendaPunt:
    return AgendaPunt(None, nummer, v_id, f"Onderwerp {nummer}", fase, at(2026, 11, 1), stukken,
                      portefeuillehouder_id=ANNA, **extra)  # type: ignore[arg-type]


def stand(vs: list[Vergadering], punten: list[AgendaPunt], lobby: list[LobbyActie] | None = None) -> AgendaStand:
    return AgendaStand(vs, punten, lobby or [], NAMES)


def keys(found: list[Aankondiging]) -> list[str]:
    return [a.key for a in found]


def test_po_agenda_goes_out_the_working_day_before_at_nine_grouped_by_fase() -> None:
    vs = meetings(dt.date(2026, 11, 30), dt.date(2026, 12, 6))  # 1 = PO ma 30-11, 2 = GS di 1-12
    ps = [punt("A-2026-001", 1, Fase.BESLUITVORMING, vs[0].stukken_deadline),
          punt("A-2026-002", 1, Fase.BEELDVORMING, vs[0].stukken_deadline)]
    assert "agenda:rooster:PO:2026-11-30" not in keys(due(stand(vs, ps), INS, at(2026, 11, 27, 8, 59)))
    found = [a for a in due(stand(vs, ps), INS, at(2026, 11, 27, 9, 0)) if a.channel]
    assert keys(found) == ["agenda:rooster:PO:2026-11-30"]
    reply = found[0].reply
    assert found[0].channel == "slack:C0123"
    assert reply.text == "Agenda PO · ma 30 november 2026 10:00"
    assert [f.label for f in reply.fields] == ["Beeldvorming", "Besluitvorming"]
    # Once the meeting has begun there is nothing left to announce.
    assert not [a for a in due(stand(vs, ps), INS, at(2026, 11, 30, 10, 0)) if a.key.startswith("agenda:rooster:PO")]


def test_a_besluitpunt_from_po_is_announced_for_next_weeks_college() -> None:
    vs = meetings(dt.date(2026, 11, 30), dt.date(2026, 12, 13))  # 1 PO 30-11, 2 GS 1-12, 3 PO 7-12, 4 GS 8-12
    ps = [punt("A-2026-001", 1, Fase.BESLUITVORMING, vs[0].stukken_deadline),
          punt("A-2026-002", 1, Fase.OORDEELSVORMING, vs[0].stukken_deadline)]
    po = next(a for a in due(stand(vs, ps), INS, at(2026, 11, 27)) if a.channel)
    assert "Besluitpunten gaan naar het college van di 8 december 2026." in po.reply.notes
    this_week = next(a for a in due(stand(vs, ps), INS, at(2026, 11, 30, 9)) if a.key == "agenda:rooster:GS:2026-12-01")
    assert "A-2026-001" not in str(this_week.reply)
    college = next(a for a in due(stand(vs, ps), INS, at(2026, 12, 7, 9)) if a.key == "agenda:rooster:GS:2026-12-08")
    prep = {f.label: f.value for f in college.reply.fields}["Besluitpunten uit het PO (ter voorbereiding)"]
    assert "A-2026-001 Onderwerp A-2026-001" in prep and "A-2026-002" not in prep


def test_a_po_moved_by_easter_monday_is_announced_before_good_friday() -> None:
    vs = meetings(dt.date(2027, 3, 29), dt.date(2027, 4, 4))  # PO moves to di 30-3
    # One working day before di 30 maart: Easter Monday and Good Friday are skipped → do 25 maart.
    assert not [a for a in due(stand(vs, []), INS, at(2027, 3, 24, 17)) if a.key == "agenda:rooster:PO:2027-03-29"]
    found = [a for a in due(stand(vs, []), INS, at(2027, 3, 25, 9)) if a.key == "agenda:rooster:PO:2027-03-29"]
    assert found and found[0].reply.text == "Agenda PO · di 30 maart 2027 10:00 (verplaatst van ma 29 maart 2027 (feestdag))"


def test_stukken_reminder_to_the_opdrachtnemer_the_working_day_before() -> None:
    vs = meetings(dt.date(2026, 12, 7), dt.date(2026, 12, 13))  # PO ma 7-12: stukken ma 30-11
    ps = [punt("A-2026-003", 1, Fase.BESLUITVORMING, dt.date(2026, 11, 30), opdrachtnemer_id=HANS, documenten="https://docs/x")]
    assert not [a for a in due(stand(vs, ps), INS, at(2026, 11, 26, 17)) if a.person_id]
    reminders = [a for a in due(stand(vs, ps), INS, at(2026, 11, 27, 9)) if a.person_id]
    assert keys(reminders) == ["stukken:A-2026-003:2026-11-30:8"]
    assert reminders[0].person_id == HANS
    assert "uiterlijk ma 30 november 2026" in reminders[0].reply.text
    # After the stukken deadline the reminder is no longer due.
    assert not [a for a in due(stand(vs, ps), INS, at(2026, 12, 1, 9)) if a.person_id]


def test_confidential_points_and_lobby_never_show_content_in_a_channel() -> None:
    vs = meetings(dt.date(2026, 11, 30), dt.date(2026, 12, 13))
    geheim = punt("A-2026-009", 2, Fase.BESLUITVORMING, vs[1].stukken_deadline, vertrouwelijk=True, opdrachtnemer_id=HANS)
    po_geheim = punt("A-2026-010", 1, Fase.BESLUITVORMING, vs[0].stukken_deadline, vertrouwelijk=True)
    lobby = LobbyActie(None, "L-2026-004", "Geheim dossier", "Overname haven", "Minister EZK",
                       Deadline("10 december 2026", DeadlineKind.DATE, dt.date(2026, 12, 10), Precision.DAY),
                       at(2026, 11, 1), vertrouwelijk=True)
    moments = [at(2026, 11, 27), at(2026, 11, 30), at(2026, 12, 7)]
    posts = [a for now in moments for a in due(stand(vs, [geheim, po_geheim], [lobby]), INS, now) if a.channel]
    assert len(posts) >= 3
    text = " ".join(str(a.reply) for a in posts)
    for secret in ("A-2026-009", "A-2026-010", "Onderwerp", "L-2026-004", "Geheim dossier", "Overname haven", "Hans"):
        assert secret not in text
    assert "vertrouwelijk agendapunt" in text and "vertrouwelijke lobbyactie" in text


def test_weekly_college_overview_always_has_a_lobby_section() -> None:
    vs = meetings(dt.date(2026, 11, 30), dt.date(2026, 12, 6))
    lobby = LobbyActie(None, "L-2026-001", "Nedersaksenlijn", "Spoor in het MIRT", "ministerie van IenW",
                       Deadline("10 december 2026", DeadlineKind.DATE, dt.date(2026, 12, 10), Precision.DAY),
                       at(2026, 11, 1), bestuurder_id=ANNA)
    later = replace(lobby, nummer="L-2026-002", moment=Deadline("juni 2027", DeadlineKind.DATE, dt.date(2027, 6, 30), Precision.MONTH))
    college = next(a for a in due(stand(vs, [], [lobby, later]), INS, at(2026, 11, 30, 9)) if "GS" in a.key)
    section = {f.label: f.value for f in college.reply.fields}["Lobby"]
    assert "L-2026-001 Nedersaksenlijn: Spoor in het MIRT → ministerie van IenW (Anna de Vries)" in section
    assert "L-2026-002" not in section  # beyond the four weeks
    empty = next(a for a in due(stand(vs, []), INS, at(2026, 11, 30, 9)) if "GS" in a.key)
    assert {f.label: f.value for f in empty.reply.fields}["Lobby"] == "Geen lobbyacties met een kansrijk moment in de komende 4 weken."


def test_without_a_channel_only_personal_reminders_are_due() -> None:
    vs = meetings(dt.date(2026, 12, 7), dt.date(2026, 12, 13))
    ps = [punt("A-2026-003", 1, Fase.BESLUITVORMING, dt.date(2026, 11, 30), opdrachtnemer_id=HANS)]
    found = due(stand(vs, ps), replace(INS, kanaal=None), at(2026, 11, 27, 9))
    assert keys(found) == ["stukken:A-2026-003:2026-11-30:8"] and found[0].channel is None


def test_nothing_is_due_at_night_or_at_the_weekend_it_waits_for_the_next_working_morning() -> None:
    """The one working window of every outgoing message (SAMENSPEL_WORK_START/END, working days)."""
    vs = meetings(dt.date(2026, 11, 30), dt.date(2026, 12, 13))  # PO ma 30-11 (announced vr 27-11), PO ma 7-12
    ps = [punt("A-2026-003", 3, Fase.BESLUITVORMING, dt.date(2026, 11, 30), opdrachtnemer_id=HANS)]
    for night in (at(2026, 11, 29, 2, 45), at(2026, 11, 28, 12), at(2026, 11, 27, 18), at(2026, 11, 30, 7, 59)):
        assert due(stand(vs, ps), INS, night) == [], night
    morning = keys(due(stand(vs, ps), INS, at(2026, 11, 30, 8, 30)))
    assert "agenda:rooster:PO:2026-11-30" in morning and "stukken:A-2026-003:2026-11-30:8" in morning


def test_a_moment_outside_working_hours_is_deferred_to_the_next_opening_not_dropped() -> None:
    # Reminded on the stukken day itself at 18:00: after working hours, so the next working morning instead.
    late = replace(INS, herinnering_werkdagen=0, aankondiging_tijd=dt.time(18, 0))
    vs = meetings(dt.date(2026, 12, 7), dt.date(2026, 12, 13))
    ps = [punt("A-2026-003", 1, Fase.BESLUITVORMING, dt.date(2026, 11, 30), opdrachtnemer_id=HANS)]
    assert not [a for a in due(stand(vs, ps), late, at(2026, 11, 30, 18, 30)) if a.person_id]
    assert keys([a for a in due(stand(vs, ps), late, at(2026, 12, 1, 8, 30)) if a.person_id]) == [
        "stukken:A-2026-003:2026-11-30:8"]
    assert not [a for a in due(stand(vs, ps), late, at(2026, 12, 2, 8, 30)) if a.person_id]
