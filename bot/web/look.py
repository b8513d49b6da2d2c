"""The pages' look: the NL Design System's Utrecht CSS (npm, put in build/ by `make web-assets`), the organisation's
brand colour as CSS custom properties, and our own samenspel.css on top.

Everything is a stylesheet from this server, so the CSP stays `style-src 'self'` (no inline style). Without the npm
CSS the pages still work on samenspel.css alone; the log says so once at start.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

# build/web/node_modules of this checkout, where `make web-assets` installs the npm packages.
DEFAULT_ASSETS = Path(__file__).resolve().parents[2] / "build" / "web" / "node_modules"
# The served name → the file in the npm package (the tokens scoped to .utrecht-theme, the components).
NLDS_FILES = {
    "utrecht-tokens.css": Path("@utrecht/design-tokens/dist/theme.css"),
    "utrecht-components.css": Path("@utrecht/component-library-css/dist/index.css"),
}
WHITE, BLACK = "#ffffff", "#000000"
AA_TEXT = 4.5  # WCAG 2.1 AA contrast for normal text


@dataclass(frozen=True)
class Look:
    """What base.html links and shows: the NL Design System files that are present, the header's name."""

    nlds: tuple[str, ...]  # served names under /static/nlds/, in link order
    site: str
    brand_css: str

    def nlds_path(self, assets: Path, name: str) -> Path | None:
        return assets / NLDS_FILES[name] if name in self.nlds else None


def look_of(assets: Path, organisatie: str, huiskleur: str, site: str) -> Look:
    present = tuple(name for name, file in NLDS_FILES.items() if (assets / file).is_file())
    if len(present) < len(NLDS_FILES):
        log.warning("web: de NL Design System-CSS ontbreekt in %s (draai `make web-assets`); de pagina's gebruiken "
                    "alleen samenspel.css", assets)
    name = f"{site} · {organisatie}" if organisatie.strip() else site
    return Look(present, name, brand_stylesheet(huiskleur))


def brand_stylesheet(huiskleur: str) -> str:
    """The brand colour as custom properties, with a text colour on it that meets AA whatever the colour is (one of
    white and black always does); links use the brand colour only where it is readable on white."""
    on_brand = WHITE if contrast(huiskleur, WHITE) >= AA_TEXT else BLACK
    link = huiskleur if contrast(huiskleur, WHITE) >= AA_TEXT else "#154273"
    return (
        "/* De huiskleur van de organisatie (SAMENSPEL_HUISKLEUR), gemaakt door bot/web/look.py. */\n"
        ":root, .utrecht-theme {\n"
        f"  --samenspel-huiskleur: {huiskleur};\n"
        f"  --samenspel-op-huiskleur: {on_brand};\n"
        f"  --samenspel-link: {link};\n"
        "  --utrecht-button-primary-action-background-color: var(--samenspel-huiskleur);\n"
        "  --utrecht-button-primary-action-border-color: var(--samenspel-huiskleur);\n"
        "  --utrecht-button-primary-action-color: var(--samenspel-op-huiskleur);\n"
        "  --utrecht-button-primary-action-hover-background-color: var(--samenspel-huiskleur);\n"
        "  --utrecht-button-primary-action-hover-color: var(--samenspel-op-huiskleur);\n"
        "  --utrecht-link-color: var(--samenspel-link);\n"
        "  --utrecht-link-visited-color: var(--samenspel-link);\n"
        "  --utrecht-link-hover-color: var(--samenspel-link);\n"
        "  --utrecht-page-header-background-color: var(--samenspel-huiskleur);\n"
        "  --utrecht-page-header-color: var(--samenspel-op-huiskleur);\n"
        "}\n"
    )


def contrast(one: str, other: str) -> float:
    """The WCAG contrast ratio of two #rrggbb colours."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _luminance(colour: str) -> float:
    def channel(hex_pair: str) -> float:
        c = int(hex_pair, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(colour[i:i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
