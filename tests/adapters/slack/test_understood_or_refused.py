"""The router is shared: a verb after the number, a bare number and 'volgende' work through /samenspel too."""
from __future__ import annotations

from tests.adapters.slack.harness import SlackHarness
from tests.scenarios.test_lists_that_fit import _seed


def _answer(slack: SlackHarness, text: str) -> str:
    mark = slack.standin.mark()
    slack.slash(text)
    return slack.standin.wait_for(lambda c: c.method == "response_url", after=mark).text


def test_words_after_the_number_are_understood_or_refused(slack: SlackHarness) -> None:
    assert "T-2026-001: status gewijzigd." in _answer(slack, "toezegging T-2026-001 afgedaan")
    refused = _answer(slack, "toezegging T-2026-002 naar Q3 2027")
    assert "er is niets veranderd" in refused and "toezegging verzet T-2026-002 naar &lt;deadline&gt; omdat &lt;reden&gt;" in refused
    assert "Toezegging T-2026-002" in _answer(slack, "T-2026-002")
    assert "is een" not in _answer(slack, "toezegging T-2026-999")


def test_volgende_and_vorige_page_on_as_typed_text(slack: SlackHarness) -> None:
    _seed(slack.app, 31)
    assert "Pagina 1 van 3." in _answer(slack, "toezeggingen verlopen")
    assert "Pagina 2 van 3." in _answer(slack, "volgende")
    assert "Pagina 3 van 3." in _answer(slack, "pagina 3")
    assert "Pagina 2 van 3." in _answer(slack, "vorige")
