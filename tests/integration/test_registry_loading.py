"""Loading a registry into the database (SQLite and PostgreSQL): all or nothing, ids kept, escalation derived."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.app import App
from bot.demo.seed import REGISTER, load_people
from handlers.commands.register.opslaan import load_text
from handlers.domain.people import Rol
from handlers.domain.registry.problems import RegisterInvalid
from handlers.domain.registry.yamlfile import dump

ROOT = Path(__file__).resolve().parents[2]
DEMO_BOSSES = {
    "frank.smit": "els.mulder", "greetje.visser": "els.mulder", "hans.bakker": "frank.smit",
    "ingrid.deboer": "frank.smit", "jeroen.meijer": "greetje.visser", "karin.bos": "greetje.visser",
    "lars.dekker": "greetje.visser", "maaike.peters": "hans.bakker", "niels.vandijk": "ingrid.deboer",
    "els.mulder": None, "olga.brouwer": None, "anna.devries": None, "dirk.hoekstra": None,
}


def _email(handle: str) -> str:
    return f"{handle}@noordwaard.example"


def test_demo_people_keep_names_roles_and_escalation(app: App) -> None:
    with app.uow_factory() as uow:
        for handle, boss in DEMO_BOSSES.items():
            person = uow.people.by_email(_email(handle))
            assert person is not None and person.id is not None
            found = uow.people.ambtelijk_opdrachtgever(person.id)
            assert (found.email if found else None) == (_email(boss) if boss else None), handle
        assert {p.name for p in uow.people.with_role(Rol.CONCERNADVISEUR)} == {"Karin Bos", "Lars Dekker"}
        assert {p.name for p in uow.people.with_role(Rol.PORTEFEUILLEHOUDER)} >= {"Anna de Vries", "Bram Kuipers", "Carla Jansen", "Dirk Hoekstra"}
    assert {p.name for p in load_people()} >= {"Olga Brouwer", "Els Mulder", "Jeroen Meijer"}


def test_reloading_keeps_ids_and_people_who_left_keep_their_record(app: App) -> None:
    with app.uow_factory() as uow:
        ids = {p.email: p.id for p in uow.people.all()}
        text = REGISTER.read_text(encoding="utf-8").replace(
            "  - {naam: Lars Dekker, email: lars.dekker@noordwaard.example, functie: concernadviseur, rollen: [concernadviseur], eenheid: concernstaf}\n",
            "  - {naam: Wim Hendriks, email: wim.hendriks@noordwaard.example, rollen: [professional], eenheid: mobiliteit}\n",
        )
        lines = load_text(uow, text, "nieuw.yaml", app.clock.now(), None)
        uow.commit()
    assert lines[0].startswith("Register geladen: 18 personen (1 nieuw)")
    assert lines[1] == ("1 persoon staat niet meer in het register; hun rollen zijn vervallen "
                        "(de persoon blijft bekend): Lars Dekker.")
    with app.uow_factory() as uow:
        assert all(uow.people.by_email(email).id == pid for email, pid in ids.items())  # type: ignore[union-attr]
        lars = uow.people.by_email("lars.dekker@noordwaard.example")
        assert lars is not None and lars.roles == frozenset() and lars.opdrachtgever_id is None
        wim = uow.people.by_email("wim.hendriks@noordwaard.example")
        assert wim is not None and wim.id is not None
        assert uow.people.ambtelijk_opdrachtgever(wim.id).name == "Hans Bakker"  # type: ignore[union-attr]
        assert uow.audit.history("register", "register")[-1].reason == "nieuw.yaml"


def test_a_file_with_errors_changes_nothing(app: App) -> None:
    with app.uow_factory() as uow:
        before = uow.registry.snapshot()
    broken = REGISTER.read_text(encoding="utf-8").replace(
        "ambtelijk_opdrachtgever: frank.smit@noordwaard.example", "ambtelijk_opdrachtgever: hans.bakker@noordwaard.example", 1
    ).replace("personen:\n", "personen:\n  - {naam: Wim Hendriks, email: wim.hendriks@noordwaard.example}\n")
    with app.uow_factory() as uow, pytest.raises(RegisterInvalid) as raised:
        load_text(uow, broken, "fout.yaml", app.clock.now(), None)
    assert raised.value.message.startswith("Het register in fout.yaml is niet geladen: 2 problemen.")
    assert "ambtelijk_opdrachtgever: Hans Bakker (hans.bakker@noordwaard.example) is geen directielid" in raised.value.message
    with app.uow_factory() as uow:
        assert uow.registry.snapshot() == before
        assert uow.people.by_email("wim.hendriks@noordwaard.example") is None


def test_export_then_load_is_the_same_registry(app: App) -> None:
    with app.uow_factory() as uow:
        first = uow.registry.snapshot()
        load_text(uow, dump(first), "export.yaml", app.clock.now(), None)
        uow.commit()
    with app.uow_factory() as uow:
        assert uow.registry.snapshot() == first


def _env(tmp_path: Path) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.upper().startswith(("SLACK_", "MICROSOFTAPP", "SAMENSPEL_", "DATABASE_URL"))}
    return {**keep, "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}", "PYTHONPATH": str(ROOT)}


def test_command_line_export_load_and_refusal(tmp_path: Path) -> None:
    cli = [sys.executable, "-m", "bot.cli", "registry"]
    run = lambda *args: subprocess.run([*cli, *args], capture_output=True, text=True, timeout=60, env=_env(tmp_path), cwd=tmp_path)  # noqa: E731
    # Only run, chat and 'migrate --demo' bring the demo; the registry commands never do.
    seeded = subprocess.run([sys.executable, "-m", "bot.cli", "migrate", "--demo"], capture_output=True, text=True,
                            timeout=60, env=_env(tmp_path), cwd=tmp_path)
    assert seeded.returncode == 0, seeded.stderr
    exported = run("export", str(tmp_path / "register.yaml"))
    assert exported.returncode == 0, exported.stderr
    assert "Register geschreven naar" in exported.stdout and "18 personen, 6 opdrachten" in exported.stdout
    loaded = run("load", str(tmp_path / "register.yaml"))
    assert loaded.returncode == 0, loaded.stderr
    assert "Register geladen: 18 personen (0 nieuw), 8 eenheden, 4 portefeuilles, 6 opdrachten, 4 contactgebieden." in loaded.stdout
    broken = tmp_path / "fout.yaml"
    broken.write_text((tmp_path / "register.yaml").read_text().replace("rollen: [teamleider]", "rollen: [stagiair]", 1))
    refused = run("load", str(broken))
    assert refused.returncode == 1
    assert "niet geladen: 3 problemen. Er is niets veranderd." in refused.stderr
    assert "personen[7].rollen[0]: de rol 'stagiair' ken ik niet" in refused.stderr


def test_people_never_in_the_registry_keep_their_roles(app: App) -> None:
    from handlers.domain.people import Person

    with app.uow_factory() as uow:
        uow.people.add(Person(None, "Gast Griffie", "gast@noordwaard.example", roles=frozenset({Rol.GRIFFIER})))
        lines = load_text(uow, REGISTER.read_text(encoding="utf-8"), "register.yaml", app.clock.now(), None)
        uow.commit()
    assert len(lines) == 1  # nobody left the registry
    with app.uow_factory() as uow:
        gast = uow.people.by_email("gast@noordwaard.example")
        assert gast is not None and gast.roles == frozenset({Rol.GRIFFIER})


def test_platform_ids_from_the_registry_link_people_and_are_kept_when_omitted(app: App) -> None:
    text = REGISTER.read_text(encoding="utf-8").replace(
        "rollen: [teamleider], eenheid: mobiliteit}", "rollen: [teamleider], eenheid: mobiliteit, slack: U0HANS, teams: aad-hans}")
    with app.uow_factory() as uow:
        load_text(uow, text, "met-ids.yaml", app.clock.now(), None)
        uow.commit()
    with app.uow_factory() as uow:
        load_text(uow, REGISTER.read_text(encoding="utf-8"), "zonder-ids.yaml", app.clock.now(), None)
        uow.commit()
    with app.uow_factory() as uow:
        hans = uow.people.by_platform_id("slack", "U0HANS")
        assert hans is not None and hans.name == "Hans Bakker" and hans.teams_aad_id == "aad-hans"
        assert "{naam: Hans Bakker, email: hans.bakker@noordwaard.example" in dump(uow.registry.snapshot())
        assert "slack: U0HANS, teams: aad-hans}" in dump(uow.registry.snapshot())


@pytest.mark.parametrize("command", [("registry", "load", "kapot.yaml"), ("registry", "export", "uit.yaml"),
                                     ("ronde", "export", "--xlsx", "lijst.xlsx")])
def test_only_run_and_chat_bring_the_demo_into_an_empty_database(tmp_path: Path, command: tuple[str, ...]) -> None:
    """'Er is niets veranderd' is true: a broken registry into an empty database leaves it empty."""
    (tmp_path / "kapot.yaml").write_text("personen:\n  - {naam: Wim, rollen: [stagiair]}\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "bot.cli", *command], capture_output=True, text=True, timeout=60,
                   env=_env(tmp_path), cwd=tmp_path)
    from bot.app import build_app
    from bot.settings import Settings

    app = build_app(Settings(DATABASE_URL=f"sqlite:///{tmp_path / 'cli.db'}"))  # type: ignore[call-arg]
    try:
        with app.uow_factory() as uow:
            assert uow.people.count() == 0
    finally:
        app.close()
