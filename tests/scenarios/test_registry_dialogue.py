"""The registry questions and changes through the console, for several roles in the demo organisation."""
from __future__ import annotations

from bot.app import App
from tests.dialogue import ANNA, HANS, KARIN, ask, converse, say

MAAIKE = "maaike.peters@noordwaard.example"  # professional on three opdrachten
NIELS = "niels.vandijk@noordwaard.example"  # professional, Team Water
INGRID = "ingrid.deboer@noordwaard.example"  # teamleider; opdrachtnemer of the confidential verbouwing
BRON = "Bron: register van zo 1 november 2026 (versie 2026.11)."


def test_professional_gets_their_teamleider_and_per_opdracht_the_driehoek(app: App) -> None:
    out = say(app, "Wie is mijn opdrachtgever?", MAAIKE)
    assert out.startswith("Je ambtelijk opdrachtgever is Hans Bakker (hans.bakker@noordwaard.example). Per opdracht:")
    assert "• Verkeersveiligheid N-wegen\n    Jij bent: professional · Jouw opdrachtgever: Hans Bakker" in out
    assert ("• Regionale Energiestrategie\n    Jij bent: professional · Jouw opdrachtgever: Jeroen Meijer "
            "(jeroen.meijer@noordwaard.example) · Bestuurlijk opdrachtgever: Carla Jansen") in out
    assert "Ambtelijk opdrachtgever: Greetje Visser (greetje.visser@noordwaard.example)" in out
    assert out.endswith(BRON)


def test_the_answer_carries_mentions_for_slack_and_teams(app: App) -> None:
    reply = ask(app, "wie is mijn opdrachtgever", NIELS)
    assert reply.mentions[0].email == "ingrid.deboer@noordwaard.example"
    assert {"carla.jansen@noordwaard.example", "frank.smit@noordwaard.example"} <= {m.email for m in reply.mentions}


def test_opdrachtnemer_gets_the_ambtelijk_opdrachtgever_and_typos_are_forgiven(app: App) -> None:
    out = say(app, "wie is mijn opdrachgever", HANS)
    assert out.startswith("Je ambtelijk opdrachtgever is Frank Smit (frank.smit@noordwaard.example). Per opdracht:")
    assert "Jij bent: ambtelijk opdrachtnemer · Jouw opdrachtgever: Frank Smit" in out


def test_a_bestuurder_has_no_ambtelijk_opdrachtgever(app: App) -> None:
    out = say(app, "WIE IS MIJN OPDRACHTGEVER?", ANNA)
    assert out.startswith("Als bestuurder heb je geen ambtelijk opdrachtgever: je handelt namens het collegiaal bestuur.")
    assert "Jij bent: bestuurlijk opdrachtgever" in out


def test_someone_outside_the_registry_is_told_whom_to_ask(app: App) -> None:
    with app.uow_factory() as uow:
        from handlers.domain.people import Person

        uow.people.add(Person(None, "Stagiair Sam", "sam@noordwaard.example"))
        uow.commit()
    assert say(app, "wie is mijn opdrachtgever?", "sam@noordwaard.example") == (
        "Je staat niet in het rollenregister, dus ik weet niet wie je opdrachtgever is. "
        "Vraag het Karin Bos (concernadviseur), Lars Dekker (concernadviseur)."
    )


def test_opdrachtgever_and_driehoek_of_an_opdracht(app: App) -> None:
    out = converse(app, ["wie is de opdrachtgever van dijkversterking?", "driehoek Regionale Energiestratgie"], NIELS)
    assert ("De bestuurlijk opdrachtgever van 'Dijkversterking Oostpolder' is Carla Jansen (carla.jansen@noordwaard.example); "
            "de ambtelijk opdrachtgever is Frank Smit (frank.smit@noordwaard.example).") in out
    assert "Driehoek van 'Regionale Energiestrategie':" in out
    assert "Ambtelijk opdrachtnemer: Jeroen Meijer (jeroen.meijer@noordwaard.example)" in out


def test_unknown_opdracht_suggests_close_names(app: App) -> None:
    out = say(app, "driehoek Dijkverzwaring Noordpolder", NIELS)
    assert out.startswith("De opdracht 'Dijkverzwaring Noordpolder' ken ik niet. Bedoel je: Dijkversterking Oostpolder")
    unknown = say(app, "driehoek Fietsbrug Noord", NIELS)
    assert unknown.startswith("De opdracht 'Fietsbrug Noord' ken ik niet. Bekend zijn: Verkeersveiligheid N-wegen")
    assert "Verbouwing" not in unknown  # a confidential opdracht's name is not given away
    assert "Zo werkt het wel: 'driehoek Verkeersveiligheid N-wegen'" in out


def test_wie_gaat_over_a_topic_or_synonym(app: App) -> None:
    out = say(app, "wie gaat over fietspaden?", NIELS)
    assert out.startswith("Over fiets gaat Anna de Vries (anna.devries@noordwaard.example) (portefeuille Mobiliteit). "
                          "Ambtelijk opdrachtnemer: Hans Bakker (hans.bakker@noordwaard.example) (Snelfietsroute Wadbrug-Oosterend).")
    assert say(app, "Wie gaat over de RES?", NIELS).startswith("Over energietransitie gaat Carla Jansen")
    assert "Er staat nog geen opdracht over dit onderwerp" in say(app, "wie gaat over klimaatadaptatie", NIELS)


def test_contactgedeputeerde_and_contactwethouder(app: App) -> None:
    assert say(app, "wie is contactgedeputeerde voor Wadbrug?", NIELS).startswith(
        "Contactgedeputeerde voor gemeente Wadbrug is Anna de Vries (anna.devries@noordwaard.example).")
    assert say(app, "wie is de contactwethouder van westerhove", NIELS).startswith(
        "Contactwethouder voor dorp Westerhoeve is Bram Kuipers (bram.kuipers@noordwaard.example).")
    assert "Bedoel je: Oosterend?" in say(app, "wie is contactgedeputeerde voor Oostereind-Zuid", NIELS)


def test_wie_is_shows_a_persons_card(app: App) -> None:
    out = say(app, "wie is Jeroen Meijer?", NIELS)
    assert "• Jeroen Meijer\n    E-mail: jeroen.meijer@noordwaard.example · Functie: opgavemanager Energietransitie" in out
    assert "Eenheid: Opgave Energietransitie (cluster) · Ambtelijk opdrachtgever: Greetje Visser" in out
    assert "Opdrachten: Regionale Energiestrategie (ambtelijk opdrachtnemer); Subsidieregeling MKB-innovatie (ambtelijk opdrachtnemer)" in out
    anna = say(app, "wie is de vries", NIELS)
    assert "Portefeuille: Mobiliteit (verkeersveiligheid, openbaar vervoer, fiets)" in anna
    assert "Contactbestuurder voor: gemeente Wadbrug" in anna


def test_mijn_opdrachten(app: App) -> None:
    out = say(app, "mijn opdrachten", MAAIKE)
    assert out.startswith("Je werkt aan 3 opdrachten:")
    assert say(app, "mijn opdrachten?", KARIN).startswith("Je hebt geen opdrachten in het register.")


def test_confidential_opdracht_only_for_those_involved_and_only_privately(app: App) -> None:
    refused = say(app, "driehoek verbouwing provinciehuis", NIELS)
    assert refused.startswith("De opdracht 'verbouwing provinciehuis' ken ik niet. 1 vertrouwelijke opdracht niet getoond")
    assert "Verbouwing provinciehuis  [vertrouwelijk]" in say(app, "driehoek verbouwing provinciehuis", INGRID)
    assert "Verbouwing provinciehuis  [vertrouwelijk]" in say(app, "driehoek verbouwing", "dirk.hoekstra@noordwaard.example")
    assert "[vertrouwelijk]" not in say(app, "driehoek verbouwing", INGRID, private=False)
    assert "Verbouwing provinciehuis (ambtelijk opdrachtnemer)" not in say(app, "wie is Ingrid de Boer", NIELS)


def test_concernadviseur_adds_an_opdracht_and_a_person_and_the_answer_says_so(app: App) -> None:
    out = converse(app, [
        "register persoon nieuw Wim Hendriks; email: wim.hendriks@noordwaard.example; functie: verkeerskundige; "
        "rollen: professional; eenheid: mobiliteit",
        "register opdracht nieuw Provinciale fietsstrategie; bestuurlijk: Anna de Vries; ambtelijk: Frank Smit; "
        "opdrachtnemer: Hans Bakker; professionals: Wim Hendriks; onderwerpen: fiets",
    ], KARIN)
    assert "Wim Hendriks staat in het register." in out
    assert "Opdracht 'Provinciale fietsstrategie' staat in het register." in out
    mine = say(app, "wie is mijn opdrachtgever?", "wim.hendriks@noordwaard.example")
    assert mine.startswith("Je ambtelijk opdrachtgever is Hans Bakker")
    assert "• Provinciale fietsstrategie" in mine
    assert mine.endswith("Bron: register van zo 1 november 2026 (versie 2026.11), bijgewerkt ma 23 november 2026 10:00 door Karin Bos.")
    with app.uow_factory() as uow:
        actions = [e.action for e in uow.audit.history("register", "register")]
    assert actions == ["geladen", "persoon nieuw", "opdracht nieuw"]


def test_a_change_that_breaks_a_rule_is_refused_with_the_reason(app: App) -> None:
    out = say(app, "register opdracht nieuw Fietsstrategie; bestuurlijk: Anna de Vries; ambtelijk: Hans Bakker; "
                   "opdrachtnemer: Hans Bakker", KARIN)
    assert out.startswith("Deze wijziging past niet in het register; er is niets veranderd:")
    assert "Hans Bakker (hans.bakker@noordwaard.example) is geen directielid of secretaris" in out
    assert "zit op twee stoelen van de driehoek (ambtelijk opdrachtgever en ambtelijk opdrachtnemer)" in out
    assert "De opdracht 'Fietsstrategie' ken ik niet." in say(app, "driehoek Fietsstrategie", KARIN)


def test_only_concernadviseurs_change_the_registry(app: App) -> None:
    out = say(app, "register rol Hans Bakker: opgavemanager", HANS)
    assert out == ("Alleen concernadviseurs mogen het rollenregister wijzigen. "
                   "Vraag het aan Karin Bos (concernadviseur), Lars Dekker (concernadviseur).")
    changed = say(app, "register rol Hans Bakker: teamleider, opgavemanager", KARIN)
    assert changed.startswith("Hans Bakker heeft nu de rollen: opgavemanager, teamleider.")


def test_changing_an_opdracht_moves_the_escalation(app: App) -> None:
    say(app, "register opdracht wijzig Dijkversterking Oostpolder; professionals: Niels van Dijk, Maaike Peters", KARIN)
    out = say(app, "driehoek dijkversterking", KARIN)
    assert "Professionals: Niels van Dijk (niels.vandijk@noordwaard.example), Maaike Peters (maaike.peters@noordwaard.example)" in out
    with app.uow_factory() as uow:
        entry = uow.audit.history("register", "register")[-1]
    assert entry.action == "opdracht wijzig" and entry.changes["professionals"] == ("niels.vandijk@noordwaard.example", "Niels van Dijk, Maaike Peters")


def test_help_lists_the_questions(app: App) -> None:
    out = say(app, "help", NIELS)
    for words in ("wie is mijn opdrachtgever", "driehoek", "wie gaat over", "wie is contactgedeputeerde", "mijn opdrachten"):
        assert words in out


def test_a_role_change_that_empties_a_chair_is_refused(app: App) -> None:
    out = say(app, "register rol Hans Bakker: professional", KARIN)
    assert out.startswith("Deze wijziging past niet in het register; er is niets veranderd:")
    assert "Hans Bakker (hans.bakker@noordwaard.example) is geen teamleider of opgavemanager (rollen: professional)" in out
    assert "Rollen: teamleider" in say(app, "wie is Hans Bakker", KARIN)


def test_typos_in_the_question_words_are_forgiven(app: App) -> None:
    assert say(app, "wie is contactgedeputerde voor wadbrug?", NIELS).startswith(
        "Contactgedeputeerde voor gemeente Wadbrug is Anna de Vries")
    assert say(app, "Wie is de opdrachtgeber van Dijkversterking?", NIELS).startswith(
        "De bestuurlijk opdrachtgever van 'Dijkversterking Oostpolder' is Carla Jansen")
    assert say(app, "wie is maaike", NIELS).startswith("Maaike Peters:")
