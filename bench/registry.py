"""Benchmark: loading a 2,000-person role registry (target: under a second).

Run with `.venv/bin/python bench/registry.py [DATABASE_URL]` (default: a fresh SQLite file).
Generates a fictional registry (units, people, portefeuilles, opdrachten, contact areas), then times
the whole `samenspel registry load` path: YAML parsing with line numbers, validation, deriving every
opdrachtgever and writing it in one transaction. It loads twice: into an empty database and again
over the loaded one (the usual case: a corrected file, existing people kept by e-mail).
"""
from __future__ import annotations

import sys
import tempfile
import time

from scratch import scratch_database  # noqa: E402
from bot.app import build_app
from bot.settings import Settings
from handlers.commands.register.opslaan import load_text

PEOPLE = 2000
TEAMS = 100
BESTUURDERS = 7


def generate(people: int = PEOPLE) -> str:
    lines = ["register: {organisatie: Gemeente Benchstad, datum: 2026-11-01, versie: bench}", "eenheden:",
             "  - {code: concern, naam: Gemeente Benchstad, niveau: concern, leider: secretaris@bench.example}"]
    lines += [f"  - {{code: d{d}, naam: Domein {d}, niveau: domein, leider: directeur{d}@bench.example, onder: concern}}"
              for d in range(5)]
    lines += [f"  - {{code: t{t}, naam: Team {t}, niveau: team, leider: teamleider{t}@bench.example, onder: d{t % 5}}}"
              for t in range(TEAMS)]
    lines += ["personen:", "  - {naam: Sam Secretaris, email: secretaris@bench.example, rollen: [secretaris, directielid], eenheid: concern}"]
    lines += [f"  - {{naam: Wethouder {b}, email: wethouder{b}@bench.example, rollen: [portefeuillehouder]}}" for b in range(BESTUURDERS)]
    lines += [f"  - {{naam: Directeur {d}, email: directeur{d}@bench.example, rollen: [directielid], eenheid: d{d}}}" for d in range(5)]
    lines += [f"  - {{naam: Teamleider {t}, email: teamleider{t}@bench.example, rollen: [teamleider], eenheid: t{t}}}" for t in range(TEAMS)]
    rest = people - 1 - BESTUURDERS - 5 - TEAMS
    lines += [f"  - {{naam: Medewerker {p}, email: medewerker{p}@bench.example, functie: adviseur, rollen: [professional], "
              f"eenheid: t{p % TEAMS}}}" for p in range(rest)]
    lines += ["portefeuilles:"]
    lines += [f"  - {{houder: wethouder{b}@bench.example, naam: Portefeuille {b}, onderwerpen: "
              f"[{{onderwerp: onderwerp {b}, synoniemen: [thema {b}]}}]}}" for b in range(BESTUURDERS)]
    lines += ["opdrachten:"]
    for t in range(TEAMS * 2):
        team = t % TEAMS
        workers = ", ".join(f"medewerker{(team + TEAMS * k)}@bench.example" for k in range(3))
        lines += [f"  - naam: Opdracht {t}", f"    onderwerpen: [onderwerp {t % BESTUURDERS}]",
                  f"    driehoek: {{bestuurlijk_opdrachtgever: wethouder{t % BESTUURDERS}@bench.example, "
                  f"ambtelijk_opdrachtgever: directeur{team % 5}@bench.example, ambtelijk_opdrachtnemer: teamleider{team}@bench.example}}",
                  f"    professionals: [{workers}]"]
    lines += ["contactgebieden:"]
    lines += [f"  - {{gebied: Wijk {w}, soort: wijk, contact: wethouder{w % BESTUURDERS}@bench.example}}" for w in range(40)]
    return "\n".join(lines) + "\n"


def timed_load(url: str, text: str) -> tuple[float, list[str]]:
    app = build_app(Settings(DATABASE_URL=url, SAMENSPEL_DEMO=False))  # type: ignore[call-arg]
    app.database.migrate()
    try:
        started = time.perf_counter()
        with app.uow_factory() as uow:
            summary = load_text(uow, text, "bench.yaml", app.clock.now(), None)
            uow.commit()
        return time.perf_counter() - started, summary
    finally:
        app.close()


def main() -> int:
    if sys.argv[1:] == ["--postgres"]:
        with scratch_database() as url:
            return run(url)
    return run(f"sqlite:///{tempfile.mkdtemp()}/bench.db")


def run(url: str) -> int:
    text = generate()
    print(f"registry: {PEOPLE} personen, {TEAMS * 2} opdrachten, {len(text) // 1024} KiB YAML; database {url.split(':')[0]}")
    first, summary = timed_load(url, text)
    print(summary[0])
    again, _summary = timed_load(url, text)
    print(f"load into empty database: {first:.3f} s")
    print(f"reload over loaded registry: {again:.3f} s")
    worst = max(first, again)
    print(f"{'OK' if worst < 1.0 else 'TOO SLOW'}: target under 1 s")
    return 0 if worst < 1.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
