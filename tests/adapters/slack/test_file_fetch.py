"""A shared file is fetched with the bot token: the token reaches only Slack's file server, whatever the event says."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from bot.clock import FixedClock
from bot.origins import Origin
from bot.settings import SettingsError, load_settings
from tests.adapters.slack.conftest import _harness
from tests.adapters.slack.harness import KARIN, TOKEN, SlackHarness, payload
from tests.standins.file_host import FileHost

MB = 1024 * 1024
VERSLAG = b"Toezegging: de gedeputeerde stuurt voor de zomer een brief over het fietspad.\n"


@pytest.fixture
def slack_files() -> Iterator[FileHost]:
    host = FileHost("127.0.0.1").start()
    yield host
    host.stop()


@pytest.fixture
def elders() -> Iterator[FileHost]:
    """Another host on this machine: the token must never arrive here."""
    host = FileHost("127.0.0.2").start()
    yield host
    host.stop()


@pytest.fixture
def slack(sqlite_url: str, clock: FixedClock, monkeypatch: pytest.MonkeyPatch, slack_files: FileHost) -> Iterator[SlackHarness]:
    yield from _harness(sqlite_url, clock, monkeypatch, file_hosts=slack_files.origin)


def _shared(url: str, name: str = "verslag.txt", size: int = 100) -> dict[str, Any]:
    body = payload("slack_message_im.json")
    body["event"].update(user=KARIN, subtype="file_share", text="", files=[{
        "id": "F1", "name": name, "size": size, "url_private": url, "url_private_download": url}])
    body["event_id"] = f"Ev-{abs(hash(url))}"
    return body


def _answer(slack: SlackHarness, words: str) -> str:
    return slack.standin.wait_for(lambda c: c.method == "chat.postMessage" and words in c.text).text


def test_the_token_goes_to_slacks_file_server_and_the_verslag_is_read(slack: SlackHarness, slack_files: FileHost) -> None:
    slack_files.files["verslag.txt"] = VERSLAG
    slack.event(_shared(slack_files.url("verslag.txt")))
    assert "mogelijk punt" in _answer(slack, "mogelijk punt")
    assert [s.authorization for s in slack_files.seen] == [f"Bearer {TOKEN}"]


def test_an_address_elsewhere_is_refused_in_dutch_and_nothing_reaches_it(slack: SlackHarness, elders: FileHost) -> None:
    elders.files["verslag.txt"] = VERSLAG
    slack.event(_shared(elders.url("verslag.txt")))
    answer = _answer(slack, "niet de bestandsserver van Slack")
    assert "verslag.txt" in answer and "127.0.0.2" in answer
    assert elders.seen == []


@pytest.mark.parametrize("url", [
    "https://files.slack.com.elders.example/files-pri/T1-F1/verslag.txt",
    "http://files.slack.com/files-pri/T1-F1/verslag.txt",  # the right host, but the token would travel unencrypted
    "https://evil.example/?https://files.slack.com/",
    "file:///etc/passwd",
    "/files-pri/T1-F1/verslag.txt",
])
def test_lookalike_unencrypted_and_odd_addresses_are_refused(slack: SlackHarness, url: str) -> None:
    slack.event(_shared(url))
    assert "Mijn Slack-sleutel gaat alleen naar Slack zelf" in _answer(slack, "Ik haal verslag.txt niet op")


def test_a_redirect_to_another_host_is_not_followed_with_the_token(
    slack: SlackHarness, slack_files: FileHost, elders: FileHost,
) -> None:
    elders.files["verslag.txt"] = VERSLAG
    slack_files.redirects["verslag.txt"] = elders.url("verslag.txt")
    slack.event(_shared(slack_files.url("verslag.txt")))
    answer = _answer(slack, "doorgestuurd naar 127.0.0.2")
    assert "SAMENSPEL_SLACK_FILE_HOSTS" in answer
    assert elders.seen == []


def test_a_redirect_within_slacks_file_server_is_followed(slack: SlackHarness, slack_files: FileHost) -> None:
    slack_files.files["echt.txt"] = VERSLAG
    slack_files.redirects["verslag.txt"] = "/files-pri/T1-F1/echt.txt"
    slack.event(_shared(slack_files.url("verslag.txt")))
    _answer(slack, "mogelijk punt")
    assert [s.path.rsplit("/", 1)[1] for s in slack_files.seen] == ["verslag.txt", "echt.txt"]


def test_a_file_larger_than_it_claims_is_cut_off_while_it_streams(slack: SlackHarness, slack_files: FileHost) -> None:
    slack_files.endless.add("verslag.txt")
    slack.event(_shared(slack_files.url("verslag.txt"), size=2_000))
    assert "groter dan 10 MB" in _answer(slack, "groter dan")
    # The download stopped near the limit (plus what the sockets buffer), not at the 200 MB the host would send.
    assert slack_files.sent.get("verslag.txt", 0) < 30 * MB


def test_a_file_that_claims_to_be_too_large_is_not_fetched(slack: SlackHarness, slack_files: FileHost) -> None:
    slack_files.files["verslag.txt"] = VERSLAG
    slack.event(_shared(slack_files.url("verslag.txt"), size=50 * MB))
    assert "groter dan 10 MB" in _answer(slack, "groter dan")
    assert slack_files.seen == []


def test_by_default_only_slacks_file_server_over_https_gets_the_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SAMENSPEL_SLACK_FILE_HOSTS", raising=False)
    assert load_settings().slack_file_origins == {Origin("https", "files.slack.com", 443)}
    with pytest.raises(SettingsError, match="gebruikt geen https"):
        load_settings(SAMENSPEL_SLACK_FILE_HOSTS="http://files.slack.com")
    with pytest.raises(SettingsError, match="geen adres van een server"):
        load_settings(SAMENSPEL_SLACK_FILE_HOSTS="https://files.slack.com/files-pri")
    # Plain http only for a stand-in on this machine, named explicitly.
    assert load_settings(SAMENSPEL_SLACK_FILE_HOSTS="http://127.0.0.1:8080").slack_file_origins == {
        Origin("http", "127.0.0.1", 8080)}
