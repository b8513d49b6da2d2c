"""Closed is closed over Slack: a signed slash command on an afgedaan toezegging gets the refusal that says what works."""
from __future__ import annotations

from tests.adapters.slack.harness import SlackHarness


def test_a_closed_toezegging_refuses_a_stand_and_says_to_reopen_first(slack: SlackHarness) -> None:
    standin = slack.standin
    slack.slash("toezegging afgedaan T-2026-001 raadsinformatiebrief 2026-45")
    standin.wait_for(lambda c: c.method == "response_url" and "status gewijzigd" in c.text)
    mark = standin.mark()
    slack.slash("toezegging stand T-2026-001 nog bezig")
    refused = standin.wait_for(lambda c: c.method == "response_url", after=mark)
    assert "T-2026-001 is afgedaan; heropen hem eerst: 'toezegging heropen T-2026-001 omdat …'" in refused.text
    mark = standin.mark()
    slack.slash("toezegging heropen T-2026-001")
    asked = standin.wait_for(lambda c: c.method == "response_url", after=mark)
    assert "Waarom wordt T-2026-001 heropend? Een reden is verplicht." in asked.text
    with slack.app.uow_factory() as uow:
        toezegging = uow.toezeggingen.get("T-2026-001")
        assert toezegging is not None and toezegging.status.value == "afgedaan"
