"""Help as a menu of sections and lists with Vorige beside Volgende, through signed requests and Slack's Web API."""
from __future__ import annotations

from tests.adapters.slack.harness import SlackHarness, buttons, click
from tests.dialogue import ask


def _accessories(blocks: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    return {b["accessory"]["text"]["text"]: b["accessory"] for b in blocks if isinstance(b.get("accessory"), dict)}  # type: ignore[index]


def test_help_is_a_menu_with_a_button_per_section_and_each_shows_its_section(slack: SlackHarness) -> None:
    slack.slash("help")
    menu = slack.standin.wait_for(lambda c: c.method == "response_url")

    assert "Dit kan ik voor je doen" in menu.text
    assert "toezegging niet-uitgevoerd" not in menu.text and "agendapunt intrekken" not in menu.text
    sections = _accessories(menu.blocks)
    assert list(sections)[:3] == ["Toezeggingen", "Moties", "Lobby"] and len(sections) == 9

    mark = slack.standin.mark()
    slack.interaction(click(slack, sections["Moties"]))
    shown = slack.standin.wait_for(lambda c: c.method == "response_url", after=mark)
    assert "Moties: moties en hun uitvoering" in shown.text
    assert "motie overnemen als toezegging" in shown.text


def test_a_later_page_has_vorige_beside_volgende_and_each_opens_its_page(slack: SlackHarness) -> None:
    for n in range(30):  # with the demo's four: three pages of fifteen
        ask(slack.app, f"toezegging nieuw Brief {n}; portefeuillehouder: De Vries; deadline: Q3 2027")

    slack.slash("toezeggingen pagina 2")
    second = slack.standin.wait_for(lambda c: c.method == "response_url")

    assert "Pagina 2 van 3" in second.text
    paging = buttons(second.blocks)
    assert paging["Vorige"]["value"] == "toezeggingen" and paging["Volgende"]["value"] == "toezeggingen pagina 3"
    mark = slack.standin.mark()
    slack.interaction(click(slack, paging["Vorige"]))
    first = slack.standin.wait_for(lambda c: c.method == "response_url", after=mark)
    assert "Pagina 1 van 3" in first.text and "Vorige" not in buttons(first.blocks)
