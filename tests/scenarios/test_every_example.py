"""Every example is a test: each example command in the README and in `help <commando>` works on the demo.

The examples are collected, not copied: a new example in the README or in a command's help is tried here
automatically, in the order a reader meets them, on a fresh demo database (the way `make run` starts).
"""
from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.startup import prepare_database
from bot.clock import FixedClock
from bot.settings import Settings
from handlers.messages import OutgoingReply, ReplyKind
from tests.conftest import NOW
from tests.dialogue import ask

ROOT = Path(__file__).resolve().parents[2]
_PROMPT = "samenspel> "
# Commands that work in a channel only (the README says so where it shows them).
CHANNEL_ONLY = ("luister aan", "luister uit")
# README lines that show a refusal on purpose (the text around them says so).
MEANT_TO_REFUSE = {
    "toezegging verzet T-2026-005 naar Q3 2027",  # "afspraak is afspraak": no reason, no move
}


def command_words(app: App) -> set[str]:
    return {word.split()[0] for command in app.core.router.commands for word in (command.words, *command.aliases)}


def readme_examples(app: App) -> list[str]:
    """Chat lines from the README: 'samenspel> …' lines, chat commands in code blocks, concrete table commands."""
    words = command_words(app)
    docs = [ROOT / "README.md", *docs_pages()]
    found: list[str] = []
    for doc in docs:
        in_block = output = False
        for raw in doc.read_text(encoding="utf-8").splitlines():
            if raw.startswith("```"):
                # A block tagged ```output shows what a benchmark or command printed: nothing to run.
                in_block, output = not in_block, raw.strip() == "```output"
                continue
            if in_block and not output:
                found.extend(_block_line(raw, words, found))
            elif raw.startswith("| `"):
                found.extend(_table_cell(raw, words))
    return [line for line in found if line]


def docs_pages() -> list[Path]:
    """The docs pages in the order of the README's table *Waar lees je verder* (the manual's order), then any others."""
    rows = [line for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines() if line.startswith("| [")]
    linked = list(dict.fromkeys(ROOT / link for row in rows for link in re.findall(r"\]\((docs/[^)#]+\.md)\)", row)))
    return linked + [page for page in sorted((ROOT / "docs").glob("*.md")) if page not in linked]


def test_every_docs_page_is_linked_from_the_readme() -> None:
    rows = [line for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines() if line.startswith("| [")]
    linked = {ROOT / link for row in rows for link in re.findall(r"\]\((docs/[^)#]+\.md)\)", row)}
    assert linked == set((ROOT / "docs").glob("*.md")), "elke pagina in docs/ hoort in de tabel van de README"


def _block_line(raw: str, words: set[str], found: list[str]) -> list[str]:
    if raw.startswith(_PROMPT):
        return [raw[len(_PROMPT):].strip()]
    wrapped = found and not found[-1].startswith(_PROMPT) and found[-1].rstrip().endswith(";")
    if raw.startswith("  ") and wrapped:
        found[-1] = f"{found[-1]} {raw.strip()}"  # a command wrapped onto the next line
        return []
    line = re.split(r"\s{2,}(?:#|\()", raw)[0].strip()
    return [line] if line.split(" ")[:1] and line.split(" ")[0] in words else []


def _table_cell(raw: str, words: set[str]) -> list[str]:
    cell = raw.split("|")[1].strip()
    out: list[str] = []
    for span in re.findall(r"`([^`]+)`", cell):
        if span.split(" ")[0] in words and not re.search(r"[<\[…|]|\.\.\.", span):
            out.append(span)
    return out


def help_examples(app: App) -> list[str]:
    """Every 'Voorbeeld:' line of every `help <commando>`, in the order help lists the commands."""
    found: list[str] = []
    for command in app.core.router.commands:
        reply = ask(app, f"help {command.words}")
        text = "\n".join([reply.text, *(f.value for f in reply.fields), *reply.notes])
        found.extend(m.strip() for m in re.findall(r"Voorbeeld: (.+)", text))
    return list(dict.fromkeys(found))


def _run_all(app: App, examples: list[str], fresh: Path) -> list[str]:
    """Each example in order; one that clashes with an earlier one (already closed, already there) gets a
    second chance on a fresh copy of the demo, because that is where a reader would try it."""
    failures = []
    for example in examples:
        # Some commands only make sense in a channel ('luister aan'): there they are tried as a reader would.
        reply = ask(app, example, private=not example.startswith(CHANNEL_ONLY))
        if reply.kind is ReplyKind.ERROR and example not in MEANT_TO_REFUSE:
            reply = _on_fresh_demo(fresh, example)
        if reply.kind is ReplyKind.ERROR and example not in MEANT_TO_REFUSE:
            failures.append(f"{example!r} → {reply.text} {' '.join(reply.notes)}")
    return failures


def _on_fresh_demo(pristine: Path, example: str) -> OutgoingReply:
    copy = pristine.with_name("opnieuw.db")
    shutil.copyfile(pristine, copy)
    app = build_app(Settings(DATABASE_URL=f"sqlite:///{copy}"), clock=FixedClock(NOW))  # type: ignore[call-arg]
    try:
        return ask(app, example, private=not example.startswith(CHANNEL_ONLY))
    finally:
        app.close()


def demo(folder: Path) -> tuple[App, Path]:
    """The demo as the first `make run` seeds it, and a pristine copy of its database file."""
    app = build_app(Settings(DATABASE_URL=f"sqlite:///{folder / 'demo.db'}"), clock=FixedClock(NOW))  # type: ignore[call-arg]
    prepare_database(app, werk=True)
    app.close()
    shutil.copyfile(folder / "demo.db", folder / "pristine.db")
    return build_app(Settings(DATABASE_URL=f"sqlite:///{folder / 'demo.db'}"), clock=FixedClock(NOW)), folder / "pristine.db"  # type: ignore[call-arg]


@pytest.fixture
def first_run(tmp_path: Path) -> Iterator[tuple[App, Path]]:
    app, pristine = demo(tmp_path)
    yield app, pristine
    app.close()


def test_every_readme_example_works_on_the_demo(first_run: tuple[App, Path]) -> None:
    app, pristine = first_run
    examples = readme_examples(app)
    assert len(examples) >= 40, examples
    assert _run_all(app, examples, pristine) == []


def test_every_help_example_works_on_the_demo(first_run: tuple[App, Path]) -> None:
    app, pristine = first_run
    examples = help_examples(app)
    assert len(examples) >= 60, examples
    assert _run_all(app, examples, pristine) == []


@pytest.mark.parametrize("example", ["lobby nieuw Spoorverdubbeling in het MIRT; dossier: Nedersaksenlijn; "
                                     "target: ministerie van IenW; moment: voor de voorjaarsnota",
                                     "toezegging nieuw Notitie; portefeuillehouder: De Vries; deadline: bij de begroting"])
def test_the_demo_ships_a_calendar_so_calendar_deadlines_work(app: App, example: str) -> None:
    reply = ask(app, example)
    assert reply.kind is not ReplyKind.ERROR, reply.text


if __name__ == "__main__":  # pragma: no cover - a developer's look at what is collected and what fails
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        demo_app, fresh = demo(Path(folder))
        for name, collected in (("README", readme_examples(demo_app)), ("help", help_examples(demo_app))):
            print(f"== {name}: {len(collected)}")
            for failure in _run_all(demo_app, collected, fresh):
                print("  ", failure[:400])
        demo_app.close()
        sys.exit(0)
