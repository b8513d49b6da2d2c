"""The ways council documents phrase a promise, one test per class, and the hard negatives that must stay quiet.

The sentences here are written for the tests (the figures come from the real corpus, bench/recogniser.py); each
class is one that occurs in real besluitenlijsten, notulen and motie dictums.
"""
from __future__ import annotations

import datetime as dt

import pytest

from handlers.domain.people import Person
from handlers.listening.cues import Soort
from handlers.listening.recogniser import DOCUMENT_THRESHOLD, recognise

SAID = dt.date(2026, 12, 2)
PEOPLE = [Person(1, "Anna de Vries", "anna@x.nl"), Person(2, "Pieter van de Ven", "pieter@x.nl")]


def _kind(text: str) -> str:
    found = [c for c in recognise(text, SAID, PEOPLE) if c.confidence >= DOCUMENT_THRESHOLD]
    return found[0].soort.value if found else "geen"


@pytest.mark.parametrize(("text", "kind"), [
    # passive forms
    ("De raad wordt voor de zomer geïnformeerd over de stand van zaken.", "toezegging"),
    ("De notitie wordt nagezonden.", "toezegging"),
    ("De nota zal in maart aan de commissie verstrekt worden.", "toezegging"),
    ("In mei wordt de gemeenteraad op de hoogte gebracht van de te doorlopen stappen.", "toezegging"),
    # the first person in notulen
    ("Ik zal de commissie voor 1 maart informeren.", "toezegging"),
    ("U ontvangt van ons voor de zomer een brief.", "toezegging"),
    ("Dat nemen wij op ons.", "toezegging"),
    # reported speech
    ("De wethouder antwoordt dat er in het voorjaar een raadsinformatiebrief volgt.", "toezegging"),
    ("Na het debat liet de wethouder weten nog met een nadere reactie te komen.", "toezegging"),
    ("Gedeputeerde Van der Wal zegde toe dat er een onderzoek komt.", "toezegging"),
    # a dictum item on its own line, without its heading
    ("een plan van aanpak op te stellen en voor 1 juli aan de raad voor te leggen;", "motie"),
    ("Te onderzoeken of de regeling ook voor ondernemers kan gelden,", "motie"),
    # actions for the griffie and agreements
    ("De griffie plant een werksessie in (actie griffie).", "actiepunt"),
    ("Afgesproken wordt dat de griffie de stukken nastuurt.", "actiepunt"),
    ("De ambtelijke organisatie zoekt uit of dit kan.", "actiepunt"),
    # neemt mee, komt terug, laat weten, koppelt terug, gaat na
    ("De wethouder neemt dit mee in de evaluatie.", "toezegging"),
    ("De wethouder komt hier in de volgende commissie op terug.", "toezegging"),
    ("De gedeputeerde laat de commissie voor de zomer weten hoe het zit.", "toezegging"),
    ("De wethouder koppelt de uitkomst terug aan de commissie.", "toezegging"),
    ("De wethouder gaat na of de subsidie nog loopt.", "toezegging"),
    ("De gedeputeerde deed de toezegging dat de periode na 2030 wordt meegenomen.", "toezegging"),
    # reported in the past tense of a verslag: the promise is told with 'zou'
    ("De wethouder antwoordde dat hij de raad zou informeren over de uitkomsten.", "toezegging"),
    ("Wethouder Bakker gaf aan dat de commissie nog een overzicht zou ontvangen.", "toezegging"),
    ("De wethouder gaf aan dit zeker met de bewoners op te gaan pakken.", "toezegging"),  # particle, 'te', helper
    # the first person in the present, formal 'doen toekomen', a written answer, a fronted meeting
    ("Ik stuur u de notitie na.", "toezegging"),
    ("Ik ga dat na en kom er bij u op terug.", "toezegging"),
    ("Het college doet de raad voor de zomer een voorstel toekomen.", "toezegging"),
    ("De vraag wordt schriftelijk beantwoord.", "toezegging"),
    ("In de volgende commissie komt dit terug.", "toezegging"),
    # a raadsvoorstel told from the raad's side
    ("In september wordt aan Provinciale Staten gevraagd het cultuurbeleid vast te stellen.", "toezegging"),
    ("Het college zal de raad in het voorjaar een voorstel doen over de tarieven.", "toezegging"),
    # a row of an action list in telegram style
    ("Wethouder De Vries: raad informeren over voortgang bouw sporthal.", "toezegging"),
    ("Toezenden overzicht van de kosten van de inhuur.", "toezegging"),
    ("De wethouder informeert de raad voor de zomer over relevante ontwikkelingen.", "toezegging"),
    # a document made available, and what a bestuurder expects or means to do
    ("De memo zal voor de volgende commissie beschikbaar worden gesteld.", "toezegging"),
    ("De presentatie wordt beschikbaar gesteld aan de commissieleden.", "toezegging"),
    ("De wethouder verwacht de raad in het eerste kwartaal een voorstel voor te leggen.", "toezegging"),
    ("Energielandschap: Jan Dijkstra zal de compensatie voor weidevogels oppakken.", "toezegging"),
    ("Het college streeft ernaar om in september met een definitieve verdeling te komen.", "toezegging"),
    ("Begin juni wordt een brief met de stand van zaken verwacht.", "toezegging"),
    ("Het provinciebestuur moet onderzoeken hoe het incidenten met wolven kan voorkomen.", "toezegging"),
    ("Dit neemt het college op in de woonvisie.", "toezegging"),
    ("Nadat het college een besluit heeft genomen, zal daarvan mededeling worden gedaan aan de raad.", "toezegging"),
    # dictum items with a clause of their own: a question word or a condition with 'niet' inside the order
    ("om per wijk inzichtelijk te maken hoeveel bomen er zijn;", "motie"),
    ("te verkennen op welke punten de provincie meer regie kan nemen, mocht de opgave niet gehaald worden;", "motie"),
    # a motie told in passive, infinitive or news form
    ("Het college wordt verzocht een plan uit te werken en voor de voorjaarsnota in te voeren.", "motie"),
    ("Het college verzoeken voor 1 januari 2028 verslag uit te brengen.", "motie"),
    ("De motie geeft het college opdracht het kindpakket deel te laten uitmaken van het armoedebeleid.", "motie"),
    ("Met deze motie vroegen wij het college om voortaan vegetarische maaltijden aan te bieden.", "motie"),
    ("De gemeenteraad van Utrecht wil dat het college onderzoekt of er een natuurherstelfonds kan komen.", "motie"),
    ("om de gevraagde ontheffingen te verlenen om zwerfkatten weer terug te mogen zetten;", "motie"),
    # a promise told in news and verslagen
    ("Wethouder Van der Schaaf heeft beloofd dat er bij wijze van proef tiny houses in de stad komen.", "toezegging"),
    ("Wethouder Van den Bos gaf tevens aan dat er binnenkort via een raadsbrief nog informatie wordt verstrekt.",
     "toezegging"),
    ("De wethouder zegde tijdens de (online) begrotingsbehandeling toe hierover een memo naar de raad te sturen.",
     "toezegging"),
    ("Team Lokaal is blij met de toezegging van wethouder Hendriks dat de werkzaamheden in de zomer plaatsvinden.",
     "toezegging"),
    ("In deze nieuwe motie staat een verzoek aan het college om een feitenrelaas op te laten stellen.", "motie"),
    ("Ook kwam er een motie aan de orde waarin het college werd verzocht kansen mee te nemen in het onderzoek.", "motie"),
    ("De raad nam de motie aan waarmee het college wordt verzocht circussen met wilde dieren niet uit te nodigen.",
     "motie"),
    ("Gevraagd is om de resultaten van dit onderzoek terug te koppelen naar de raad.", "motie"),
])
def test_a_phrasing_class_of_real_documents_is_heard(text: str, kind: str) -> None:
    assert _kind(text) == kind


@pytest.mark.parametrize("text", [
    "De wethouder kan niet toezeggen dat het voor de zomer klaar is.",  # refused
    "Het college neemt de motie niet over.",
    "De wethouder ontraadt de motie.",
    "De toezegging is afgedaan met de raadsinformatiebrief van 3 maart.",  # fulfilled
    "De raad is op 3 maart met een brief geïnformeerd.",
    "Volgens de wethouder is al onderzocht of de gebouwen geschikt zijn.",
    "Een toezegging is een belofte van een portefeuillehouder aan de raad.",  # a definition
    "Tijdens vergaderingen zeggen portefeuillehouders soms wat toe.",
    "De fractie van de VVD zegt toe met een initiatiefvoorstel te komen.",  # a fractie
    "Wij vragen het college om de raad voor de zomer te informeren.",
    "Kan de wethouder toezeggen dat de raad voor de zomer wordt geïnformeerd?",  # a question
    "Moties moeten uiterlijk 12.00 uur worden ingediend.",  # procedure with a date
    "Een inspreker meldt zich uiterlijk 24 uur voor aanvang bij de griffie.",
    "Constaterende dat het college de raad niet tijdig heeft geïnformeerd;",  # a consideration
    "De motie wordt momenteel uitgevoerd.",  # a status update
    "Zo werd toegezegd dat omwonenden betrokken zouden worden.",  # an old promise told again
    "In september gaat de raad in gesprek over de nieuwe visie.",  # the raad acts itself
    "de statenbrief vast te stellen en met het verbeterplan toe te zenden aan Provinciale Staten.",  # a decision
    "Het college besluit de raadsinformatiebrief vast te stellen en aan de raad te zenden.",
    "Het college informeert de raad elk kwartaal over de voortgang van de toezeggingen.",  # a standing duty
    "De stukken voor de raadsvergadering worden uiterlijk tien dagen voor de vergadering verzonden.",
    "Verderop in dit voorstel komen we hierop terug.",  # later in the same document or debate
    "Ik kom zo nog terug op de motie van de VVD.",
    "De wethouder antwoordde dat de provincie zou besluiten over de subsidie.",  # what others will do
    "Een aangenomen motie wordt door het college uitgevoerd.",  # how moties work in general
    "De raad wordt geïnformeerd over de stand van zaken van alle toezeggingen via de termijnagenda.",
    "Het college zendt de raad twee keer per jaar de voortgangsrapportage.",
    "De gemeenteraad middels een raadsinformatiebrief te informeren over dit besluit.",  # part of a decision
    "De commissie Ruimte te informeren door middel van de bijgevoegde memo.",
    "De fractie doet een voorstel voor een andere aanpak.",
    "Het informeren van de raad over de begroting.",  # a noun, not an action
    "Gedeputeerde Staten geven hiermee tevens invulling aan de motie.",
    "Voorstel om af te voeren.",
    "Daarom hebben we wethouder Boland gevraagd toe te zeggen dat de raad in juli kan besluiten.",  # asked, not given
    "Daarom willen we dat de wethouder hiermee aan de slag gaat, vertelt raadslid Nieuwenhuijsen.",
    "Het college informeert de raad tijdig en volledig over de voortgang van grote projecten.",  # a protocol's rule
    "Bij grote afwijkingen informeert het college de raad direct.",
    "Het college stuurt de raad de stukken ter kennisname.",
    # what happens in the meeting itself, money made available, a noun that looks like a verb
    "De wethouder geeft een toelichting op het voorstel.",
    "Het college stelt € 50.000 beschikbaar voor het project.",
    "De wethouder zegt dat het college de zorgen deelt.",
    "De resultaten van het onderzoek worden in het voorjaar verwacht.",
    "Opgenomen in het beheerplan groen, raad juni 2024.",
    "Dit zal in het verslag worden opgenomen als toezegging.",
    "Vandaar sterk ontraden verder te gaan dan de voorgestelde 50.000.",
    "De motie is opgenomen in een brief van GS aan PS.",
    "Het beloofde buitenruimteplan is nooit ontvangen.",
    "We hebben beloofd dit te zullen doen.",
    "De fractie wil dat het college meer doet.",
    "Hij kon dus niets beloven.",
    "Dit bestuur heeft als taak het beleid vast te stellen en te controleren of dat goed wordt uitgevoerd.",
    "In de praktijk betekent het meestal dat de wethouder een voorstel doet voor de uitvoering van de motie.",
])
def test_a_hard_negative_stays_negative(text: str) -> None:
    assert _kind(text) == "geen"


def test_dictum_items_under_their_heading_are_each_a_motie_and_the_considerations_are_not() -> None:
    motie = ("Constaterende dat:\n- de fietsenstalling vol is;\n"
             "Verzoekt het college:\n- een plan voor extra stallingen op te stellen;\n"
             "- de raad voor 1 juli 2027 over de kosten te informeren,\nen gaat over tot de orde van de dag.")
    found = [c for c in recognise(motie, SAID, PEOPLE) if c.confidence >= DOCUMENT_THRESHOLD]
    assert [(c.soort, c.sentence) for c in found] == [
        (Soort.MOTIE, "een plan voor extra stallingen op te stellen;"),
        (Soort.MOTIE, "de raad voor 1 juli 2027 over de kosten te informeren,"),
    ]
    assert found[1].termijn is not None and found[1].termijn.deadline.due == dt.date(2027, 7, 1)


def test_every_suggestion_says_why() -> None:
    found = recognise("De wethouder antwoordt dat er in het voorjaar een raadsinformatiebrief volgt.", SAID, PEOPLE)
    assert found and found[0].reasons[0].startswith("'de wethouder antwoordt dat er … volgt' wijst op een toezegging")
    assert "termijn 'in het voorjaar'" in found[0].reasons


def test_who_comes_from_a_speaker_turn_a_title_and_name_or_the_registry() -> None:
    minutes = ("Wethouder Van de Ven: ik zal de commissie voor 1 maart informeren.\n"
               "Gedeputeerde De Vries laat de Staten voor de zomer weten hoe het zit.\n"
               "Anna de Vries komt hier in de volgende commissie op terug.")
    found = recognise(minutes, SAID, PEOPLE)
    assert [c.person.name if c.person else None for c in found] == ["Pieter van de Ven", "Anna de Vries",
                                                                    "Anna de Vries"]


def test_who_carries_over_to_hij_and_de_wethouder_and_a_list_row_names_its_subject() -> None:
    minutes = ("Wethouder Van de Ven licht het voorstel toe.\n"
               "Hij zegt toe de commissie voor 1 maart te informeren.\n"
               "Naar aanleiding van een vraag van de heer Bakker (VVD) zegt de wethouder toe de cijfers na te sturen.")
    found = recognise(minutes, SAID, PEOPLE)
    assert [(c.who, c.person.name if c.person else None) for c in found] == [
        ("Wethouder Van de Ven", "Pieter van de Ven"), ("Wethouder Van de Ven", "Pieter van de Ven")]
    row = recognise("Kernteam Wonen: Kees Arendz zal een evaluatie naar de raad sturen.", SAID, PEOPLE)
    assert row[0].who == "Kees Arendz" and row[0].person is None  # as written: not in the registry
