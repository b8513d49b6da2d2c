"""A real Chromium (Debian's package, `make chromium`) driven by Playwright for Python, with axe-core (npm, `make
web-assets`) injected into each page: the accessibility tests' browser.

Playwright launches /usr/bin/chromium itself (executable_path): no browser download. Missing pieces skip the tests
on a developer's machine and fail them when CI=true, like the Playground tests (tests/adapters/teams/playground.py).
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from bot.web.look import DEFAULT_ASSETS, NLDS_FILES

AXE = DEFAULT_ASSETS / "axe-core" / "axe.min.js"
# WCAG 2.1 level A and AA, the level the Dutch government's web pages must meet.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _missing(what: str, fix: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{what} ontbreekt: {fix}")
    pytest.skip(f"browsertest overgeslagen: {what} ontbreekt ({fix})")


def chromium_path() -> str:
    path = os.environ.get("SAMENSPEL_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        _missing("Chromium", "draai `make chromium` (apt-get install chromium chromium-driver, als root)")
    return str(path)


def require_nlds() -> None:
    """The NL Design System CSS the pages link: a check of the contrast and the look needs the real one."""
    missing = [str(DEFAULT_ASSETS / f) for f in NLDS_FILES.values() if not (DEFAULT_ASSETS / f).is_file()]
    if missing:
        _missing("de NL Design System-CSS", f"draai `make web-assets` ({missing[0]})")


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    executable = chromium_path()
    if not AXE.is_file():
        _missing("axe-core", f"draai `make web-assets` ({AXE})")
    require_nlds()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("Playwright voor Python", "pip install -c constraints.txt -e '.[test]'")
        raise
    with sync_playwright() as playwright:
        # --no-sandbox: CI and the development machines run the tests as root, where Chromium's sandbox cannot start.
        browser = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield browser
        browser.close()


def axe_violations(page: Any) -> list[str]:
    """axe-core's WCAG 2.1 A/AA violations on the page as it is now, one line each (rule, impact, where)."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS)
    return [f"{v['id']} ({v['impact']}): {v['help']} · {', '.join(str(n['target']) for n in v['nodes'][:3])}"
            for v in result["violations"]]


def visible_focus(page: Any) -> dict[str, Any]:
    """What has the keyboard focus and whether a person can see it (an outline or a ring of at least 2px)."""
    return dict(page.evaluate("""() => {
        const e = document.activeElement, s = getComputedStyle(e);
        return {tag: e.tagName.toLowerCase(), id: e.id, name: e.getAttribute('name') || '',
                text: (e.innerText || e.value || '').trim().slice(0, 80), href: e.getAttribute('href') || '',
                visible: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none'};
    }"""))


def nlds_applied(page: Any) -> bool:
    """Whether the Utrecht component CSS styles this page (its table class sets a custom property chain)."""
    return bool(page.evaluate(
        "() => [...document.styleSheets].some(s => (s.href || '').includes('/static/nlds/utrecht-components.css') "
        "&& s.cssRules.length > 100)"))

