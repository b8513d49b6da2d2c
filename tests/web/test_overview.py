"""The overview: per portefeuillehouder open / te laat / afgedaan this year, termijnen per month ahead; each chart
with its figures as a table, patterns as well as colour, and counted like the lists."""
from __future__ import annotations

import re

from bot.app import App
from tests.dialogue import KARIN, say
from tests.web.browser import Browser


def _table(html: str, table_id: str) -> dict[str, list[str]]:
    body = html.split(f'id="{table_id}"', 1)[1].split("</table>", 1)[0].split("<tbody", 1)[1]
    rows = {}
    for row in re.findall(r"<tr.*?</tr>", body, re.S):
        cells = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<t[hd][^>]*>.*?</t[hd]>", row, re.S)]
        rows[cells[0]] = cells[1:]
    return rows


def test_the_overview_counts_per_portefeuillehouder_and_per_month(app: App, browser: Browser) -> None:
    say(app, "toezegging nieuw Notitie over de veerdienst; portefeuillehouder: Kuipers; eigenaar: Bakker; "
             "deadline: 2-11-2026")
    say(app, "toezegging nieuw Brief over de haven; portefeuillehouder: Kuipers; eigenaar: Bakker; deadline: 15-2-2027")
    browser.sign_in(KARIN)
    page = browser.get("/overzicht")
    assert page.status == 200 and "Overzicht" in page.text
    html = page.response.text
    holders = _table(html, "toezeggingen-houders")
    assert holders["Bram Kuipers"] == ["3", "1", "0"]  # the demo's T-2026-002, the late veerdienst, the haven
    assert holders["Anna de Vries"] == ["1", "0", "0"]
    months = _table(html, "toezeggingen-maanden")
    # Today is 23 November 2026 (the tests' clock): this month and the eleven after it.
    assert list(months)[0] == "november 2026" and len(months) == 12 and list(months)[-1] == "oktober 2027"
    assert months["februari 2027"] == ["1"] and months["december 2026"] == ["1"] and months["november 2026"] == ["0"]
    assert months["maart 2027"] == ["1"] and months["juni 2027"] == ["1"]  # the late one's termijn is past: not ahead
    # The chart: an image with a title, described by its table; late and afgedaan drawn as patterns, each bar's number.
    chart = html.split('id="toezeggingen-houders-grafiek-titel"', 1)[0].rsplit("<svg", 1)[1]
    assert 'role="img"' in chart and 'aria-describedby="toezeggingen-houders"' in chart
    assert 'fill="url(#toezeggingen-houders-grafiek-late)"' in html and "<pattern" in html
    assert re.search(r">3</text>", html)


def test_afgedaan_counts_this_year_and_leaves_open(app: App, browser: Browser) -> None:
    say(app, "toezegging afgedaan T-2026-001 raadsinformatiebrief 2026-44")
    browser.sign_in(KARIN)
    holders = _table(browser.get("/overzicht").response.text, "toezeggingen-houders")
    assert holders["Anna de Vries"] == ["0", "0", "1"], say(app, "toezegging T-2026-001")
