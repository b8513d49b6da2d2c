"""Teams only when configured, only from the organisation's tenant, and nobody takes over a linked person (issue 12)."""
from __future__ import annotations

import logging
from collections.abc import Iterator
from functools import partial

import pytest

from bot.clock import FixedClock
from tests.adapters.teams.activities import card_text, personal, same_person
from tests.adapters.teams.conftest import DEV
from tests.adapters.teams.connector import Connector
from tests.adapters.teams.harness import Build, harnesses
from tests.dialogue import KARIN

OWN_TENANT = str(personal("")["channelData"]["tenant"]["id"])
OTHER_TENANT = "11111111-2222-3333-4444-555555555555"


@pytest.fixture
def harness_for(sqlite_url: str, clock: FixedClock, connector: Connector) -> Iterator[Build]:
    with harnesses(sqlite_url, clock) as build:
        yield partial(build, connector)


def test_without_an_app_id_or_the_development_switch_there_is_no_teams_endpoint(harness_for: Build, connector: Connector) -> None:
    teams = harness_for()
    status, _ = teams.post(personal("toezeggingen"))
    assert status == 404
    assert connector.sent == [] and connector.member_lookups == 0


def test_the_development_switch_warns_at_every_start(harness_for: Build, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="bot.teams")
    harness_for(**DEV)
    harness_for(**DEV)
    warnings = [r for r in caplog.records if "ONTWIKKELMODUS" in r.getMessage() and r.levelno == logging.WARNING]
    assert len(warnings) == 2


def test_another_tenant_is_refused(harness_for: Build, connector: Connector, caplog: pytest.LogCaptureFixture) -> None:
    teams = harness_for(SAMENSPEL_TEAMS_TENANTS=f"{OTHER_TENANT.upper()}, {OWN_TENANT}", **DEV)
    assert teams.post(personal("wie ben ik"))[0] in (200, 201)
    assert "Je bent Karin Bos" in card_text(connector.sent[-1].card)

    teams = harness_for(SAMENSPEL_TEAMS_TENANTS=OTHER_TENANT, **DEV)
    before = len(connector.sent)
    status, _ = teams.post(personal("toezeggingen"))
    assert status == 403 and len(connector.sent) == before
    assert any(OWN_TENANT in r.getMessage() and "geweigerd" in r.getMessage() for r in caplog.records)


def test_an_app_without_a_tenant_says_so_at_start(harness_for: Build, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="bot.teams")
    harness_for(MicrosoftAppId="8f6a4b2e-1c3d-4e5f-9a7b-0c1d2e3f4a5b", MicrosoftAppPassword="geheim")
    assert any("SAMENSPEL_TEAMS_TENANTS" in r.getMessage() for r in caplog.records)


def test_a_linked_teams_id_is_never_replaced(harness_for: Build, connector: Connector, caplog: pytest.LogCaptureFixture) -> None:
    teams = harness_for(**DEV)
    teams.post(personal("wie ben ik"))
    assert "Je bent Karin Bos" in card_text(connector.sent[-1].card)
    linked = same_person()["aadObjectId"]

    intruder = {"id": "29:intruder", "name": "Karin?", "aadObjectId": "99999999-aaaa-bbbb-cccc-dddddddddddd"}
    connector.emails[intruder["aadObjectId"]] = KARIN  # a serviceUrl of its own choosing says "I am Karin"
    connector.emails[intruder["id"]] = KARIN
    teams.post(personal("wie ben ik", **{"from": intruder}))

    answer = str(connector.sent[-1].activity)
    assert "Je bent Karin Bos" not in answer and "al aan een ander account gekoppeld" in answer
    with teams.app.uow_factory() as uow:
        karin = uow.people.by_email(KARIN)
    assert karin is not None and karin.teams_aad_id == linked
    warning = [r.getMessage() for r in caplog.records if "beveiliging" in r.getMessage()]
    assert warning and linked in warning[0] and intruder["aadObjectId"] in warning[0]
