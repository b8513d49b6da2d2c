"""Agenda settings from the environment: schedule per cluster, clear errors for a wrong day or channel."""
from __future__ import annotations

import datetime as dt

import pytest

from bot.agenda_config import agenda_instellingen
from bot.settings import SettingsError, load_settings
from handlers.domain.agenda import Soort


def test_defaults_are_po_monday_and_gs_tuesday() -> None:
    ins = agenda_instellingen(load_settings())
    assert [(r.soort, r.naam, r.weekdag, r.tijd) for r in ins.roosters] == [
        (Soort.PO, "PO", 0, dt.time(10, 0)), (Soort.COLLEGE, "GS", 1, dt.time(10, 0)),
    ]
    assert ins.kanaal is None and ins.aankondiging_werkdagen == 1 and ins.stukken_werkdagen == 5


def test_clusters_days_and_times_are_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMENSPEL_AGENDA_PO", "PO Mobiliteit, PO Economie")
    monkeypatch.setenv("SAMENSPEL_AGENDA_PO_DAG", "donderdag")
    monkeypatch.setenv("SAMENSPEL_AGENDA_COLLEGE", "B&W")
    monkeypatch.setenv("SAMENSPEL_AGENDA_COLLEGE_TIJD", "09:30")
    monkeypatch.setenv("SAMENSPEL_AGENDA_CHANNEL", "teams:19:abc@thread.tacv2")
    ins = agenda_instellingen(load_settings())
    assert [(r.naam, r.weekdag, r.tijd) for r in ins.roosters] == [
        ("PO Mobiliteit", 3, dt.time(10, 0)), ("PO Economie", 3, dt.time(10, 0)), ("B&W", 1, dt.time(9, 30)),
    ]
    assert ins.kanaal == "teams:19:abc@thread.tacv2"


def test_wrong_day_or_channel_names_what_works(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMENSPEL_AGENDA_COLLEGE_DAG", "dinsdg")
    with pytest.raises(SettingsError, match="SAMENSPEL_AGENDA_COLLEGE_DAG.*maandag, dinsdag"):
        load_settings()
    monkeypatch.delenv("SAMENSPEL_AGENDA_COLLEGE_DAG")
    monkeypatch.setenv("SAMENSPEL_AGENDA_CHANNEL", "#bestuur")
    with pytest.raises(SettingsError, match="slack:<kanaal-id>"):
        load_settings()


def test_a_po_per_portefeuillehouder_names_its_owner(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMENSPEL_AGENDA_PO", "PO Mobiliteit=anna.devries@noordwaard.example, PO Economie")
    ins = agenda_instellingen(load_settings())
    assert [(r.naam, r.portefeuillehouder) for r in ins.roosters if r.soort is Soort.PO] == [
        ("PO Mobiliteit", "anna.devries@noordwaard.example"), ("PO Economie", ""),
    ]
