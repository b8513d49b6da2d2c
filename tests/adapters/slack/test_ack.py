"""Slack gets its acknowledgement at once; slow work (here a slow users.info) answers afterwards."""
from __future__ import annotations

import time

from tests.adapters.slack.harness import HANS, SlackHarness, submission


def test_slash_command_is_acknowledged_before_the_slow_work(slack: SlackHarness) -> None:
    slack.standin.delays["users.info"] = 2.0
    started = time.monotonic()
    status, body = slack.slash("wie ben ik", user=HANS)
    assert status == 200 and body == ""
    assert time.monotonic() - started < 1.0
    answer = slack.standin.wait_for(lambda c: c.method == "response_url")
    assert "Je bent Hans Bakker" in answer.text


def test_a_slow_modal_submission_closes_the_modal_and_answers_afterwards(slack: SlackHarness) -> None:
    slack.slash("toezegging nieuw", user=HANS)
    opened = slack.standin.wait_for(lambda c: c.method == "views.open").view
    slack.standin.delays["users.info"] = 2.5
    started = time.monotonic()
    status, body = slack.interaction(submission(slack, opened, {
        "omschrijving": "Brief over de N-weg", "portefeuillehouder": "De Vries", "deadline": "Q3 2027"}, user=HANS))
    assert status == 200 and "errors" not in body
    assert time.monotonic() - started < 2.5  # Slack allows 3 seconds
    answer = slack.standin.wait_for(lambda c: c.method == "response_url" and "geregistreerd" in c.text)
    assert answer.args["response_type"] == "ephemeral"
