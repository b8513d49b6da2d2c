"""What in a sentence says that something was promised, asked of the college or agreed, and what says it was not.

Every signal is a rule over dictionary forms (handlers/listening/lemmas.py) with its own Dutch reason, so the bot
can say why it thinks a sentence is a promise. Acts say what is promised (toezeggen, informeren, sturen, nagaan,
verzoekt het college); supports make it surer (who promises, to whom, that it lies ahead); blockers turn it down
(a refusal, something already done, a question, a fractie's wish, a definition, a consideration).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from handlers.listening.lemmas import Woorden, lemma, woorden
from handlers.listening.sentences import Zin


class Soort(StrEnum):
    TOEZEGGING = "toezegging"
    MOTIE = "motie"
    ACTIEPUNT = "actiepunt"


Test = Callable[[Zin, Woorden], bool]


@dataclass(frozen=True)
class Signal:
    reason: str
    weight: float
    test: Test
    soort: Soort | None = None


def _re(pattern: str) -> Callable[[str], bool]:
    compiled = re.compile(pattern)
    return lambda text: compiled.search(text) is not None


def _plain(w: Woorden) -> str:
    return " ".join(w.words)


# --- the vocabulary of the register -------------------------------------------------------------------------
BESTUURDERS = frozenset({
    "wethouder", "wethouders", "gedeputeerde", "gedeputeerden", "burgemeester", "portefeuillehouder", "college",
    "gs", "commissaris", "dijkgraaf", "voorzitter", "bestuur", "dagelijks",
})
ORGANISATIE = frozenset({"griffie", "griffier", "organisatie", "ambtelijk", "ambtelijke", "ambtenaren", "ambtenaar",
                         "afdeling", "team", "secretaris", "directie", "concernadviseur", "bestuursadviseur"})
ONTVANGERS = frozenset({"raad", "gemeenteraad", "staten", "commissie", "u", "jullie", "leden", "fracties",
                        "raadsleden", "statenleden", "woordvoerders", "commissieleden", "ps"})
DOCUMENTEN = frozenset({
    "brief", "raadsinformatiebrief", "rib", "statenbrief", "memo", "notitie", "nota", "overzicht", "voorstel",
    "evaluatie", "rapportage", "rapport", "plan", "planning", "informatie", "antwoord", "reactie", "beantwoording",
    "presentatie", "stukken", "document", "analyse", "onderzoek", "update", "tijdlijn", "raadsvoorstel",
    "statenvoorstel", "uitwerking", "visie", "notitie", "collegebrief", "mededeling", "terugkoppeling", "bijeenkomst",
    "werksessie", "informatiebijeenkomst", "beeldvormende", "technische", "sessie", "rondleiding", "excursie",
    "actualisatie", "verantwoording", "verslag", "kaart", "lijst", "inventarisatie", "advies", "verkenning",
    "scenario", "scenarios", "raadsmemo", "factsheet", "monitor", "uitnodiging", "toelichting", "cijfers",
    "versie", "resultaten", "uitkomsten", "uitkomst", "bevindingen", "gegevens", "voortgang", "discussiepaper",
    "paper", "duidelijkheid", "raadsinformatieavond", "informatieavond", "memo", "antwoorden", "terugkoppeling",
})
INFORMEREN = frozenset({"mededelingdoen", "informeren", "inlichten", "berichten", "rapporteren", "terugkoppelen", "latenweten",
                        "hoogtestellen", "hoogtehouden", "terugkomen", "meenemen", "verantwoorden", "melden",
                        "vertellen", "bijpraten", "overbrengen"})
STUREN = frozenset({"sturen", "toesturen", "nasturen", "zenden", "toezenden", "nazenden", "verzenden", "versturen",
                    "verstrekken", "aanbieden", "voorleggen", "agenderen", "delen", "presenteren", "toelichten",
                    "komenmet", "leveren", "opleveren", "aanleveren", "doorsturen", "mailen", "rondsturen",
                    "beantwoorden", "voorzien", "geven", "terugleggen", "aanleveren", "toekomen", "beschikbaarstellen"})
UITZOEKEN = frozenset({"nagaan", "uitzoeken", "onderzoeken", "bekijken", "navragen", "nakijken", "verkennen",
                       "inkaartbrengen", "uitwerken", "opstellen", "organiseren", "plannen", "inventariseren",
                       "oppakken", "ingesprekgaan", "inoverlegtreden", "opzichnemen", "evalueren", "uitvoeren",
                       "uitzetten", "zorgen", "regelen", "voorbereiden", "benaderen", "contact", "checken",
                       "verduidelijken", "uitnodigen", "toetsen", "overleggen", "kijken", "bezien", "verkennen",
                       "opzetten", "opnemen"})
ONTVANGEN = frozenset({"ontvangen", "krijgen"})
TOEKOMST = frozenset({"zullen", "gaan", "worden", "volgen", "komen"})
# Finite verbs that show a sentence has its own subject: a dictum item on its own line has none.
FINIET = frozenset({"is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "heeft", "hebben", "had",
                    "zal", "zullen", "zou", "gaat", "komt", "zegt", "vraagt", "geeft", "stelt", "kan", "kunnen",
                    "moet", "moeten", "wil", "willen", "blijkt", "ziet", "vindt", "neemt", "meldt", "licht",
                    "lijken", "lijkt", "blijken", "dienen", "dient", "hoeven", "hoeft", "proberen", "probeert",
                    "trachten", "tracht", "menen", "meent", "weten", "weet", "gaan", "komen", "staan", "staat",
                    "bestaat", "bestaan", "heb", "hebt", "ben", "bent", "zult", "zou", "zouden", "wilt", "kunt",
                    "mag", "mogen", "verzoekt", "verzoeken", "besluit", "besluiten", "draagt", "roept", "spreekt"})
PAST = frozenset({"werd", "werden", "was", "waren", "had", "hadden", "zou", "zouden", "kwam", "bleek", "bleken", "trok",
                  "trokken", "zag", "zagen", "stond", "stonden", "liet", "lieten", "hield", "hielden", "bracht",
                  "brachten", "dacht", "vond", "vonden", "kreeg", "kregen", "sprak", "spraken", "schreef", "wilde", "aangaf",
                  "gaf", "gaven", "kwamen", "stuurde", "stuurden", "informeerde", "informeerden", "deed", "deden",
                  "gaf", "gaven", "nam", "namen", "vroeg", "vroegen", "ging", "gingen", "heeft", "hebben", "heb",
                  "hebt", "is", "zijn", "ben"})
PERFECT_AUX = frozenset({"heeft", "hebben", "heb", "hebt", "had", "hadden", "is", "zijn", "ben", "was", "waren"})
GEDAAN = frozenset({
    "afgedaan", "afgehandeld", "afgerond", "nagekomen", "voldaan", "vervallen", "ingetrokken", "uitgevoerd",
    "gerealiseerd", "verzonden", "toegezonden", "verstuurd", "aangeboden", "gestuurd", "gedeeld", "voorgelegd",
    "beantwoord", "geinformeerd", "ingelicht", "besproken", "gepresenteerd", "toegelicht", "opgeleverd",
    "gepubliceerd", "vastgesteld", "aangenomen", "verworpen", "ontvangen", "gehouden", "plaatsgevonden", "gedaan",
    "geleverd", "teruggekoppeld", "nagezonden", "nagestuurd", "geagendeerd", "georganiseerd", "behandeld", "opgenomen",
})

_TERMIJN_LABEL = _re(r"^\s*(toezegging|tz|t\d+)\s*[:\-]")
_ACTIE_LABEL = _re(r"^\s*(actie(punt)?|afspraak|afspraken|afgesproken|actiepunten)\s*[:\-]|\(\s*actie\b|\bactie\s*:\s*\w")
_AFGESPROKEN = _re(r"\b(afgesproken (wordt|is|werd)|wordt afgesproken|de afspraak is|spreken af|spreekt af)\b")
_MOTIE_HEAD = _re(r"\b(verzoekt|verzoeken|draagt|dragen|roept|roepen)\b[^;:.]{0,60}\b(college|gs|gedeputeerde staten"
                  r"|burgemeester en wethouders|b en w|dagelijks bestuur|het bestuur)\b"
                  # "het college wordt verzocht …", "het college te verzoeken …", "verzocht wordt het college …"
                  r"|\b(college|gs|gedeputeerde staten|burgemeester en wethouders)\b[^;:.]{0,20}\b(wordt|werd|worden|werden) "
                  r"(verzocht|opgeroepen|opgedragen)\b|\b(college|gs|gedeputeerde staten)\b (te )?(verzoeken|opdragen|"
                  r"op te dragen|oproepen|op te roepen)\b|\b(verzocht|opgedragen) wordt (het college|gs)\b"
                  r"|^(gevraagd|verzocht) (is|wordt) (om|aan het college)\b")
# A motie told about: "de motie vraagt het college om …", "in de motie wordt het college opgeroepen …".
_TOLD_VERB = (r"(vraagt|vroeg|vroegen|verzoekt|verzocht|verzoeken|roept|riep|riepen|opgeroepen|gevraagd|draagt|droeg|"
              r"opgedragen|geeft|gaf)")
_TOLD_BESTUUR = (r"(college|stadsbestuur|gs|gedeputeerde staten|burgemeester en wethouders|dagelijks bestuur|"
                 r"provinciebestuur|de gemeente|de provincie)")
_MOTIE_TOLD = _re(rf"\b(de|deze|die|onze|een aangenomen|een|hun)( nieuwe| aangenomen| eigen)? motie\b[^.;]{{0,40}}(\b{_TOLD_VERB}\b[^.;]{{0,40}}\b{_TOLD_BESTUUR}\b"
                  rf"|\b{_TOLD_BESTUUR}\b[^.;]{{0,20}}\b{_TOLD_VERB}\b|\bverzoek aan (het )?{_TOLD_BESTUUR}\b)"
                  # "met deze motie vroegen wij het college …", "verzoeken de gemeente in een motie om …"
                  rf"|\b{_TOLD_VERB}\b[^.;]{{0,30}}\b{_TOLD_BESTUUR}\b[^.;]*\bmotie\b|\bmotie\b[^.;]*\b(wij|we|fracties|"
                  rf"partijen)\b[^.;]{{0,30}}\b{_TOLD_BESTUUR}\b[^.;]{{0,20}}\b{_TOLD_VERB}\b"
                  rf"|\bmotie\b[^.;]{{0,40}}\b{_TOLD_VERB}\b[^.;]{{0,10}}\b(wij|we)\b[^.;]{{0,20}}\b{_TOLD_BESTUUR}\b")
# "De gemeenteraad wil dat het college onderzoekt …": the raad's will, as news tells a motie.
_RAAD_WIL = _re(r"\b(de (gemeente)?raad|provinciale staten|de staten|een (ruime )?meerderheid)( van [a-z]+)? (wil|wilde|willen|"
                r"wilden) dat (het college|de gemeente|gs|gedeputeerde staten|de provincie)\b")
_DICTUM_LEAD = _re(r"\b(verzoekt|verzoeken|draagt|dragen|roept|roepen|besluit|besluiten|vraagt|vragen|opdracht)\b")
_QUESTION = _re(r"\?\s*$|^(kan|kunnen|wil|wilt|is|zijn|heeft|hoe|wat|wanneer|waarom|welke|klopt|gaat) (de|het|u)\b")
_OVERWEGING = _re(r"^\s*(constaterende|overwegende|van mening|gehoord|gelet op|kennis genomen|spreekt uit|"
                  r"spreken uit|en gaat over|gaat over tot|roept op tot de orde|besluit:|de raad van|"
                  r"provinciale staten van|de gemeenteraad van|in vergadering bijeen)")
_WEIGERING = _re(
    r"\b(niet|niets|geen)\b[^.;]{0,30}\b(toe ?zeggen|toezegging|beloven|toegezegd)\b|\b(kan|wil|zal)\b[^.;]{0,30}\bniet\b"
    r"[^.;]{0,30}\b(toezeggen|beloven|toe)\b|\bontra(adt|den|ad)\b|\b(neemt|nemen)\b[^.;]{0,30}\bniet over\b"
    r"|\bwijst\b[^.;]{0,30}\baf\b|\bziet geen (aanleiding|reden|mogelijkheid)\b|\bgeen toezegging\b"
    r"|\b(kan|kunnen)\b[^.;]{0,40}\bniet\b(?![^.;]{0,20}\b(alleen|uitsluiten)\b)"
    r"|\bzeg\w*\b[^.;]{0,20}\bniet\b[^.;]{0,10}\btoe\b|\b(wil|willen|wilde)\b[^.;]{0,30}\bniet\b"
    r"|\bweiger(t|de|den|en)\b"
)
_DEFINITIE = _re(
    r"\b(een toezegging is|toezeggingen zijn|onder een toezegging|toezeggingen worden|lijst(en)? (van|met) "
    r"toezeggingen|toezeggingenlijst|de toezeggingen die|toezeggingen die|als toezegging (genoteerd|geregistreerd|opgenomen)|(genoteerd|geregistreerd|opgenomen) als toezegging|"
    r"wordt (genoteerd|geregistreerd|bijgehouden) (als|op)|noteert de griffie|de griffie noteert|"
    r"een (motie|toezegging|amendement) (is|wordt|kan)|(portefeuillehouders|wethouders|gedeputeerden)\b[^.;]{0,30}"
    r"\b(zeggen|toezeggingen)|(zeggen|doen)\b[^.;]{0,10}\b(portefeuillehouders|wethouders|gedeputeerden)|"
    r"toezeggingen van|wel of niet|toezegging genoteerd|genoteerd door de griffie|(heeft|hebben) (als|tot) taak|"
    r"in de praktijk betekent|betekent (het|dit) (meestal|vaak|in de praktijk))\b"
)
_FRACTIE = _re(
    r"\b(fractie|fracties|raadslid|raadsleden|statenlid|statenleden|inspreker|insprekers|indiener|indieners|"
    r"insprekende|de heer|mevrouw|dhr|mw)\b[^.;]{0,80}\b(vraagt|vragen|verzoekt|verzoeken|wil|willen|stelt voor|"
    r"pleit|pleiten|dient|dienen|roept|zegt|geeft aan|merkt op|vindt|stelt)\b|\((cda|vvd|d66|pvda|groenlinks|sp|"
    r"cu|christenunie|sgp|pvv|bbb|ja21|fvd|volt|pvdd|50plus|gl|glpvda|denk)\)"
)
# "… te verkennen, mocht de opgave niet gehaald worden": the 'niet' of a condition inside a dictum item is no refusal.
# Inside an order ("het college wordt verzocht … deze niet uit te nodigen") a 'niet' is what is ordered; only these
# refuse the motie itself.
_REFUSES_MOTIE = _re(r"\bontra(adt|den|ad)\b|\bniet over\b|\b(toe ?zeggen|toezegging|beloven)\b|\bweiger")
_NOT_IN_CONDITION = _re(r"\b(mocht|mochten|als|indien|wanneer|zodra|opdat|zodat|tenzij)\b[^.;]*\bniet\b")
# "wethouder Eric Faassen (VVD)": a bestuurder's party, not a fractie speaking.
_BESTUURDER_PARTY = re.compile(r"\b(wethouder|gedeputeerde|burgemeester)( [a-z'.-]+){1,4} \([a-z0-9 -]{1,15}\)")
_OP_ONS = _re(r"\bop (ons|mij|zich) (nemen|neemt|genomen)\b|\b(neemt|nemen|neem)\b[^.;]{0,25}\bop (ons|mij|zich)\b")
_MET_DE_RAAD = _re(r"\bmet de (raad|gemeenteraad|commissie|staten)\b[^.;]{0,40}\b(besproken|bespreken|bespreekt|"
                   r"gedeeld|delen|deelt)\b|\b(bespreekt|bespreken|deelt|delen)\b[^.;]{0,40}\bmet de (raad|gemeenteraad|"
                   r"commissie|staten)\b")
_HEDGE = _re(r"\b(onduidelijk|onzeker|hoopt|hopen|hoop|gehoopt|misschien|wellicht|eventueel|eventuele|staat gepland|staan "
             r"gepland|stond gepland|is gepland|zijn gepland|kunt u|u kunt|stelt voor|stellen voor|niet|momenteel|"
             r"inmiddels|op dit moment|op schema|in uitvoering|nog steeds|de verwachting is|planning is|reeds|"
             r"lijkt ons|goed idee)\b")
_TOEZEGGING_VAN = _re(r"\b(de|een|deze) toezegging (van|door) (de )?(wethouder|gedeputeerde|burgemeester|college|"
                       r"portefeuillehouder)\b[^.;]{0,60}\b(dat|om)\b")
_TOEZEGGING_GEDAAN = _re(r"\b(de|een|deze|die|mijn|zijn|haar) toezegging\b[^.;]{0,30}\b(gedaan|gegeven|doet|deed|"
                         r"krijgt|kreeg|gekregen)\b|\b(doet|deed|deden|geeft|gaf|kreeg|krijgt|kregen|heeft|hebben) "
                         r"([a-z]+ ){0,3}(de|een) toezegging\b|\b(doet|deed) ([a-z]+ ){0,2}(het|een) aanbod (om|te)\b")
_ALREADY = _re(r"\b(is|zijn|heeft|hebben)\b[^.;]{0,20}\b(al|reeds|inmiddels)\b[^.;]{0,40}\b(ge\w+[dt]|onderzocht|"
               r"verzonden|verstuurd|besproken|beantwoord|bekeken|verstrekt|behandeld)\b|\b(heeft|hebben)\b[^.;]{0,30}"
               r"\blaten weten\b")
_LIST_CLAUSE = _re(r"^[a-z][^;]*[;,]$|^[^;]*;$")
_REPORTED = _re(r"\b(liet|laat|lieten|laten)\b[^.;]{0,40}\bweten\b|\b(gaf|geeft|gaven|geven) (hierbij |daarbij |ook |tevens |verder |nog |daarnaast )?aan\b|"
                r"\b(antwoordt|antwoordde|antwoorden|deelt|deelde)\b|\b(zegt|zei|zegde|meldt|meldde)\b[^.;]{0,40}\bdat\b|"
                r"\b(heeft|hebben)\b[^.;]{0,30}\bgezegd\b")
# In a verslag written in the past tense the promise is told as 'zou': "antwoordde dat hij de raad zou informeren".
_REPORTED_AHEAD = _re(r"\bte (zullen|gaan)\b|\bdat\b[^.;]{0,80}\b(zal|zullen|gaat|gaan|volgt|komt|komen|wordt|worden|zou|zouden)\b"
                      r"|\b(nog|nader|"
                      r"alsnog|spoedig) (met|te)\b[^.;]{0,40}\b(komen|sturen|informeren|zenden)\b")
_WISH = _re(r"\b(hopen|hoopt|hoop|lijkt ons|lukt)\b")
_INTENTION = _re(r"^(de |het )?(inzet|voornemen|streven|intentie|insteek|bedoeling) is\b")
# "De wethouder verwacht de raad in maart een voorstel voor te leggen": a bestuurder who expects, means or aims to do
# an act toward the raad takes it on.
_INTENDS = _re(r"\b(verwacht|verwachten|streeft|streven|beoogt|beogen|(is|zijn) (voornemens|van plan)|neemt zich voor|"
               r"nemen zich voor)\b[^.;]{0,80}\b((voor|toe|na|aan|terug) te (leggen|sturen|zenden|bieden|komen|koppelen)|"
               r"te (informeren|sturen|presenteren|rapporteren|komen met|verstrekken)|met [^.;]{1,60} te komen)\b")
# Verbs that in the present tense tell what happens in the meeting itself: "de wethouder geeft een toelichting",
# "licht het voorstel toe", "beantwoordt de vragen". Only with a sign of later ('zal', a termijn, 'nog', 'na') are
# they something taken on.
_NOW_VERBS = frozenset({"geven", "toelichten", "presenteren", "beantwoorden", "delen", "vertellen", "melden"})
_LATER_WORDS = frozenset({"zal", "zullen", "zult", "gaat", "gaan", "te", "nog", "nader", "later", "na", "schriftelijk",
                          "alsnog", "binnenkort", "volgende", "komende", "wordt", "worden"})


def _only_now(w: Woorden, verbs: frozenset[str]) -> bool:
    acts = verbs & w.present
    return bool(acts) and acts <= _NOW_VERBS and not w.termijn and not _LATER_WORDS & set(w.words)
_VIA_DEZE = _re(r"^met de (raadsinformatiebrief|statenbrief|rib|raadsbrief|collegebrief)\b|"
                r"\b(via|met|in|middels|door middel van) (deze|dit|bijgaande|de bijgaande|bijgevoegde|de bijgevoegde|"
                r"onderstaande) ([a-z-]*brief|memo|notitie|"
                r"mededeling|nota|rib)\b|\bhierbij (informeren|informeer|"
                r"sturen|zenden|bieden)\b")
# A raadsvoorstel told from the raad's side: "in september wordt aan Provinciale Staten gevraagd … vast te stellen",
# or the college "doet de raad een voorstel".
_PUT_TO_COUNCIL = _re(r"\b(wordt|worden|zal|zullen)\b[^.;]{0,30}\b(de (gemeente)?raad|provinciale staten|ps|de staten|"
                      r"het algemeen bestuur) (wordt |worden )?gevraagd\b|\bgevraagd\b[^.;]{0,10}\b(aan )?(de (gemeente)?raad|"
                      r"provinciale staten)\b[^.;]{0,60}\bte (stellen|stemmen|besluiten)\b|\b(doet|doen|zal|zullen)\b[^.;]{0,40}"
                      r"\b(een|het) voorstel\b[^.;]{0,40}\bdoen\b|\b(doet|doen)\b[^.;]{0,40}\b(een|het) voorstel\b")
_U_ONTVANGT = _re(r"\b(u ontvangt|ontvangt u|u krijgt|krijgt u|ontvangen jullie|jullie ontvangen)\b")
_CONDITIONAL = _re(r"^(?:en |maar )?(als|indien|wanneer|mocht|mochten|ingeval)\b(?![^.;]*,\s*(dan|zal|zullen|wordt|worden)\b)")
_AFDOENING = _re(r"\b(afdoen|afdoening|afdoeningsvoorstel|af te doen|af te voeren|afgevoerd|afvoeren|als afgedaan)\b")
_BESLOTEN = _re(r"\b(heeft|hebben|is|zijn)\b[^.;]{0,30}\bbesloten\b|\bbesluit(en)?\s*:|\bstemt in met\b|"
                r"^(het )?(college|gs|gedeputeerde staten|burgemeester en wethouders|b&w|b en w|dagelijks bestuur)"
                r"( van [a-z]+)? (besluit|besluiten)\b|"
                r"\bneemt kennis van\b|\bstemmen in met\b")
_FRACTIE_START = _re(r"\b(wij|we|ik) (vragen|vraag|verzoeken|verzoek|roepen|roep)\b|\b(amendement|motie)\b[^.;]{0,30}"
                     r"\b(steunen|ondersteunen|indienen|steun)\b|\binitiatiefvoorstel\b|^(de |het |onze |namens de )?(heer|fractie|fracties|raadslid|raadsleden|statenlid|statenleden|"
                     r"ondertekenaars|indieners|inspreker|insprekers|oppositie|coalitie|cda|vvd|d66|pvda|groenlinks|"
                     r"sp|christenunie|sgp|pvv|bbb|ja21|volt|pvdd|50plus)\b|\bmet (de )?(wethouder|gedeputeerde|"
                     r"burgemeester)\b[^.;]{0,30}\bin gesprek\b|\b(vertelt|zegt|aldus|stelt|vindt|vertelde|zei) (het )?"
                     r"(raadslid|statenlid|fractievoorzitter|fractieleider|fractie)\b")
_RECALL = _re(r"\b(heeft|hebben|had|hadden|is|was|zijn|waren|werd|werden)\b[^.;]{0,40}\btoe ?gezegd\b[^.;]*\b(zou|zouden)\b"
              r"|\b(heb|hebben)\b[^.;]{0,30}\bbeloofd\b|\b(heeft|had|hadden)\b[^.;]{0,30}\bbeloofd\b[^.;]*\b(zou|zouden)\b"
              r"|\b(de|het|een) (beloofde|toegezegde)\b")
# A standing duty, not a new promise: "het college informeert de raad elk kwartaal", "stukken gaan tien dagen voor de
# vergadering uit". A promise to report periodically from now on says so ("zal", "voortaan", "te …").
_RECURRING = _re(r"\b(jaarlijks|maandelijks|wekelijks|driemaandelijks|halfjaarlijks|tweejaarlijks|per kwartaal|"
                 r"(elk|elke|ieder|iedere) (jaar|kwartaal|maand|week|twee weken|vergadering|commissievergadering|"
                 r"raadsvergadering|cyclus)|na afloop van (elk|elke|ieder|iedere)|telkens|elke keer|"
                 r"(twee|drie|vier|\d+) (keer|maal) per (jaar|kwartaal|maand)|"
                 r"(elk|elke|ieder|iedere) (twee|drie|vier|zes|acht|\d+) (weken|maanden|jaar))\b"
                 r"|\b\w+ (werk)?dagen (voor|voorafgaand aan|na) (de|elke|iedere) (\w+)?vergadering\b")
# "Verderop in dit voorstel komen we hierop terug", "daar kom ik in tweede termijn op terug": later in the same
# document or debate, nothing to register.
_LATER_HERE = _re(r"\b(verderop|hieronder|hierna|later in (dit|deze)|in (de )?(eerste|tweede|derde) termijn|zo meteen|"
                  r"zometeen|zo dadelijk|straks)\b|\b(kom|komt|komen) (ik|we|wij) zo\b|\b(ik|we|wij) (kom|komen) zo\b")
# How moties and toezeggingen work in general, not one of them: "een aangenomen motie wordt uitgevoerd", "de lijst
# van moties en toezeggingen".
_GENERIC = _re(r"\b(een|elke|iedere|alle) (aangenomen |openstaande )?(motie|moties|toezegging|toezeggingen)\b|"
               r"\bmoties en toezeggingen\b|\btoezeggingen en moties\b")
# How the college informs in general (an informatieprotocol), not what it takes on now: "informeert de raad tijdig
# en volledig", "in principe via een raadsinformatiebrief", "bij grote afwijkingen direct", "ter kennisname".
_AS_A_RULE = _re(r"\b(tijdig en volledig|actief|in principe|in de regel|altijd|steeds|standaard|waar nodig|indien nodig|"
                 r"zo nodig|relevante|ter kennisname|hoe het college|hoe de (raad|commissie)|bij (grote |belangrijke )?"
                 r"(afwijkingen|wijzigingen|ontwikkelingen))\b")
_PROCEDURE = _re(r"\b(inspreken|inspreker|insprekers)\b|\b(moet(en)?|dienen|kunnen|kan)\b[^.;]{0,60}\b(worden )?(ingediend|aangeleverd|aangemeld|"
                 r"aanmelden|indienen|ingeschreven)\b|\bspreektijd\b|\bvergadering (begint|start)\b")


_DOCUMENT_ENDINGS = ("overzicht", "brief", "notitie", "nota", "rapportage", "plan", "voorstel", "memo", "analyse",
                     "evaluatie", "onderzoek", "paper", "reactie", "rapport", "informatie", "visie", "agenda")


def _document(w: Woorden) -> bool:
    """A brief, notitie, plan …, also in a compound ('feitenoverzicht', 'uitvoeringsplan')."""
    return bool(DOCUMENTEN & w.present) or any(word.endswith(_DOCUMENT_ENDINGS) for word in w.words)


# What is sent to the raad itself; "de resultaten van het onderzoek worden in maart verwacht" is news about work.
_LETTERS = frozenset({"memo", "notitie", "raadsvoorstel", "statenvoorstel", "voorstel", "rib", "raadsmemo", "nota"})


def _letter(w: Woorden) -> bool:
    return bool(_LETTERS & set(w.words)) or any(word.endswith("brief") for word in w.words)


def _first_person(zin: Zin, w: Woorden) -> bool:
    return bool({"ik", "wij", "we", "ons", "onze", "mijn"} & set(w.words))


def _finite(word: str, lemma: str, before: str = "") -> bool:
    """A finite verb: a known one, a present singular ('stuurt', 'adviseert') or a simple past ('benoemde')."""
    if before == "te":
        return False  # "terug te mogen zetten": after 'te' an infinitive
    if word in FINIET or word in PAST:
        return True
    if lemma == word or not lemma.endswith("en") or len(word) < 4 or _participle(word) or before in _DETERMINERS \
            or word.endswith("ende"):
        return False
    return word.endswith("t") or word.endswith(("de", "te", "den", "ten")) and not _GE_INSIDE.match(word)


_DETERMINERS = frozenset({"de", "het", "een", "deze", "dit", "die", "dat", "onze", "zijn", "haar", "hun", "uw", "mijn",
                          "elke", "iedere", "alle", "geen", "nieuwe", "nader", "nadere", "meer", "extra"})
_GE_INSIDE = re.compile(r"^(uit|op|aan|voor|na|toe|mee|af|in|door|bij|terug|over|vast|vrij)?ge")


def _participle(word: str) -> bool:
    if word in GEDAAN:
        return True
    if len(word) <= 5 or not (word.startswith("ge") or word[:5] in _PARTICLE_GE) or not word.endswith(("d", "t", "en")):
        return False
    verb = lemma(word)  # "gemeenteraad" starts like a participle but is no verb
    return verb != word and verb.endswith("en")


_PARTICLE_GE = frozenset({"toege", "nagez", "nages", "terug", "meege", "uitge", "opges", "opged", "aange", "voorg",
                          "inges", "afgeh", "afger", "afged", "nagek", "nageg", "doorg", "bijge"})


def _past(zin: Zin, w: Woorden) -> bool:
    """Told as done or as a past promise: 'werd', 'stuurde', 'heeft … geïnformeerd', 'zou komen'."""
    words = w.words
    if any(word in PAST - PERFECT_AUX for word in words):
        return True
    aux = [i for i, word in enumerate(words) if word in PERFECT_AUX]
    after = any(_done_form(word, w.lemmas[i + 1 + j]) for i in aux for j, word in enumerate(words[i + 1:i + 14]))
    before = any(_done_form(words[i - 1], w.lemmas[i - 1]) for i in aux if i > 0)
    ahead = {"zal", "zullen", "wordt", "gaat", "gaan", "volgt", "komt"} & set(words) or any(
        word == "worden" and (i == 0 or words[i - 1] != "te") for i, word in enumerate(words))
    return (after or before) and not ahead


def _done_form(word: str, lemma: str) -> bool:
    """A past participle, also of verbs without ge- ('onderzocht', 'verzonden', 'besproken')."""
    return _participle(word) or (lemma != word and lemma.endswith("en") and _UNPREFIXED.match(word) is not None
                                 and word.endswith(("d", "t", "en")))


_UNPREFIXED = re.compile(r"^(be|ver|ont|her|er|onder|over)")


def _future(zin: Zin, w: Woorden) -> bool:
    words = set(w.words)
    return bool({"zal", "zullen", "zult", "wordt", "worden", "gaat", "gaan", "volgt", "volgen", "komt", "komen",
                 "ontvangt", "ontvangen", "krijgt", "krijgen"} & words)


def _speaker_is_bestuurder(zin: Zin) -> bool:
    speaker = (zin.speaker or "").lower()
    return any(word in speaker for word in ("wethouder", "gedeputeerde", "burgemeester", "commissaris",
                                            "portefeuillehouder", "dijkgraaf"))


def _agent_bestuur(zin: Zin, w: Woorden) -> bool:
    return bool(BESTUURDERS & w.present) or bool(ORGANISATIE & w.present) or (
        _speaker_is_bestuurder(zin) and _first_person(zin, w)) or _NAMED_ROW.search(zin.text) is not None


# A list row names who does it after its subject: "Energielandschap: Jan Dijkstra zal omwonenden betrekken …".
_NAMED_ROW = re.compile(r":\s*[A-Z][a-z]+(?: (?:van|de|der|den|ten|ter|van de|van der))? [A-Z][\w'-]+ "
                        r"(?:zal|zullen|gaat|komt|stuurt|informeert|zoekt|neemt|koppelt|pakt|werkt)\b")


def by_organisation(zin: Zin, w: Woorden, act: Signal) -> bool:
    """The griffie or the civil service takes it on, no bestuurder: an actiepunt rather than a toezegging.

    Something to find out ('wordt nagegaan') without a bestuurder in the sentence is work for the organisation too.
    """
    if (BESTUURDERS - {"voorzitter"}) & w.present or _speaker_is_bestuurder(zin) or _NAMED_ROW.search(zin.text):
        return False  # a person named in a row of a toezeggingenlijst is mostly its portefeuillehouder
    return bool(ORGANISATIE & w.present) or act.reason == "'zoekt uit'"


def _to_council(zin: Zin, w: Woorden) -> bool:
    return bool(ONTVANGERS & w.present)


def _ahead(zin: Zin, w: Woorden) -> bool:
    """Future, obligation or the infinitive a promise is written in: 'zal', 'gaat', 'wordt …', '… te sturen'."""
    return bool(TOEKOMST & w.present) or "te" in w.words or w.has("toezeggen", "beloven")


_FRONTED = frozenset({"in", "op", "na", "voor", "volgende", "volgend", "morgen", "dan", "daarna", "vervolgens", "straks",
                      "ook", "binnenkort", "begin", "eind", "medio", "rond", "tijdens", "bij", "nu", "daarom", "half"})
_COUNCIL_SUBJECTS = frozenset({"raad", "gemeenteraad", "gemeenteraden", "commissie", "fractie", "fracties", "raadsleden",
                               "raadslid", "statenleden", "presidium", "agendacommissie", "werkgroep"})


def _council_acts(zin: Zin, w: Woorden) -> bool:
    """The raad or a commissie is the subject and acts itself ('de raad gaat in gesprek'): no promise to it."""
    words = w.words
    finite = next((i for i, word in enumerate(words) if _finite(word, w.lemmas[i], words[i - 1] if i else "")), None)
    if finite is None:
        return False
    # "In september gaat de raad …": the subject follows the verb, and what stands before it ("in de volgende
    # commissie komt dit terug") is no subject.
    inverted = words[0] in _FRONTED
    before = set(words[finite + 1:finite + 3]) if inverted else set(words[:finite])
    passive = words[finite] in ("wordt", "worden") or "worden" in words[finite:]
    return bool(_COUNCIL_SUBJECTS & before) and not (BESTUURDERS & before) and not passive


def _weak_act_holds(zin: Zin, w: Woorden, receiving: bool = False) -> bool:
    """A verb like 'informeren' is only a promise when it lies ahead and the college, the council or a date is in it.

    `receiving`: the raad is the subject on purpose ('de raad ontvangt in maart een brief').
    """
    if _past(zin, w) or _CONDITIONAL(_plain(w)) or _HEDGE(_plain(w)) or not receiving and _council_acts(zin, w):
        return False
    words = set(w.words)
    passive = bool({"wordt", "worden"} & words) or ("zal" in words or "zullen" in words) and "worden" in words
    ahead = _future(zin, w) or "te" in words or _first_person(zin, w) or w.termijn or bool({"moet", "moeten"} & words)
    present = _agent_bestuur(zin, w) and any(_finite(word, lemma) for word, lemma in zip(w.words, w.lemmas))
    # "We houden u op de hoogte" is also what a fractie writes: the first person alone needs a date, a 'zal' or a
    # verb that only a bestuurder answering the raad uses ("ik stuur u de notitie na", "ik kom erop terug").
    first_person = _first_person(zin, w) and (w.termijn or _speaker_is_bestuurder(zin) or bool({"zal", "zullen"} & words)
                                              or _answers_later(w))
    agent = (bool(BESTUURDERS & w.present) or bool(ORGANISATIE & w.present) or _NAMED_ROW.search(zin.text) is not None) \
        and (receiving or not _council_acts(zin, w))
    return (ahead or present) and (agent or _to_council(zin, w) and not _first_person(zin, w) or first_person
                                   or passive or w.termijn or w.has("volgen"))


# Verbs with which a speaker takes something on toward the raad; 'meenemen' is not among them, since a fractie
# "neemt dat mee in de afweging" too.
_LATER_VERBS = ("nasturen", "nazenden", "terugkomen", "terugkoppelen", "nagaan", "uitzoeken", "navragen", "nakijken",
                "toesturen", "toezenden")


def _answers_later(w: Woorden) -> bool:
    return w.has(*_LATER_VERBS) or w.has("beantwoorden") and "schriftelijk" in w.words


_REPORTING_WORDS = frozenset({"antwoordt", "antwoordde", "antwoorden", "antwoordden", "geeft", "gaf", "gaven", "geven",
                              "aan", "liet", "laat", "lieten", "laten", "weten", "deelt", "deelde", "mee", "zegt",
                              "zei", "zegde", "meldt", "meldde", "gezegd"})


def _reported_work(w: Woorden) -> bool:
    """What the bestuurder said lies ahead is work toward the raad ("dat er een voorstel komt", "dat hij de raad zou
    informeren"), not what others will do ("dat de provincie zou besluiten")."""
    if w.has("toezeggen"):
        return True
    # only what was said: the reporting verb itself ('gaf aan', 'antwoordde') is no work
    said = woorden(" ".join(word for word in w.words if word not in _REPORTING_WORDS))
    return _document(said) or bool((INFORMEREN | STUREN | UITZOEKEN | ONTVANGEN) & said.present)


def _telegram_action(zin: Zin, w: Woorden) -> bool:
    """An action list's row: "Raad informeren over de uitkomst", "Informatiebijeenkomst organiseren over …" — an
    infinitive of an act and no finite verb, no 'te' (that is a dictum item)."""
    words = w.words
    if "te" in words or len(words) < 3 or words[0] in ("het", "dit", "dat") or _PRONOUNS & set(words) \
            or (FINIET | PAST) & set(words):
        return False
    # "Wethouder De Vries: raad informeren …" names who before the colon; after it a bestuurder would be the subject
    # of a plural verb ("Gedeputeerde Staten geven invulling"), which is no telegram.
    row = words[len(words) - 1 - words[::-1].index(":"):] if ":" in words else words
    if (BESTUURDERS | {"staten"}) & set(row):
        return False
    acts = INFORMEREN | STUREN | UITZOEKEN
    infinitive = any(word == lemma and word.endswith("en") and (lemma in acts) for word, lemma in zip(words, w.lemmas)) \
        or any(joined in acts and joined not in words for joined in w.present - set(w.lemmas))
    if not infinitive or not (_to_council(zin, w) or _document(w)):
        return False
    return not any(_finite(words[i], w.lemmas[i], words[i - 1] if i else "") and words[i] != w.lemmas[i]
                   for i in range(len(words)))


def _done(zin: Zin, w: Woorden) -> bool:
    """Already done: 'is afgedaan', 'de brief is verzonden', 'heeft de raad geïnformeerd' (and no new promise)."""
    if _infinitive_item(zin, w):
        return False  # "… te informeren over wat het college heeft gedaan": the done part is inside the order
    if _ALREADY(_plain(w)) or w.words and w.words[0] in GEDAAN:
        return True  # "Opgenomen in het beheerplan, raad juni 2024": a list's status, told as done
    if w.has("toezeggen", "beloven") or _TOEZEGGING_GEDAAN(_plain(w)):
        return any(word in ("afgedaan", "afgehandeld", "nagekomen", "voldaan", "afgerond") for word in w.words)
    perfect = w.has("zijn", "hebben") and not w.has("zullen", "worden", "gaan")
    return any(word in GEDAAN for word in w.words) and (perfect or "afgedaan" in w.words or "afgehandeld" in w.words)


_BESLUIT_ITEM = _re(r"\b(in te stemmen|kennis te nemen|af te doen|als afgedaan te beschouwen|(toe|door) te (zenden|sturen)"
                   r" aan|te verzenden|te mandateren|te machtigen|te bekrachtigen|geheimhouding|aan te wijzen als|"
                   r"te informeren over (dit|het|dat|deze) (collegebesluit|besluit)|"
                   r"te benoemen (tot|als)|te ontslaan|met ingang van|voor kennisgeving aan te nemen)\b")


def _infinitive_item(zin: Zin, w: Woorden) -> bool:
    """A dictum item on its own: '… een plan op te stellen;' with no finite verb before its 'te'."""
    words = w.words
    first = next((i for i in range(len(words) - 1) if words[i] == "te" and words[i + 1].endswith("n")), None)
    if first is None or _BESLUIT_ITEM(_plain(w)) or _WISH(_plain(w)):
        return False
    if words[0] in ("het", "dit", "dat") and len(words) > 1 and _finite(words[1], w.lemmas[1], words[0]) \
            and words[1] not in _DETERMINERS:
        return False  # "Het valt niet te verwachten dat …": a subject and its verb, no order
    if words[0] in _PRONOUNS and len(words) > 1 and words[1] != "te":
        return False  # "Het lukt niet om … te komen", "We hopen in 2022 … te hebben": a subject and its verb
    if first + 2 < len(words) and _finite(words[first + 2], w.lemmas[first + 2], words[first + 1]):
        return False  # "Om … te borgen is een team opgericht": the te-clause opens a main clause
    if words[0] == "dat" or any(words[i] in ("is", "zijn", "wordt", "worden", "heeft", "hebben") and words[i + 1] in
                                ("de", "het", "een", "er") for i in range(first + 2, len(words) - 1)):
        return False  # "Om aan te geven dat …, is de deadline gezet": inversion after a fronted clause
    for word in words[first + 2:]:
        if word in _SUBORDINATORS:
            break
        if word in ("is", "zijn", "wordt", "worden", "heeft", "hebben", "was", "werd"):
            return False  # "Ons voorstel om … te behandelen is aangenomen": the te-clause is the subject
    if words[0] == "om" and any(_finite(words[i], w.lemmas[i], words[i - 1]) for i in range(first + 2, len(words))) \
            and not (_SUBORDINATORS & set(words[first + 2:])):
        return False
    return not any(_finite(words[i], w.lemmas[i], words[i - 1] if i else "") for i in _main_clause(words, first))


def _main_clause(words: tuple[str, ...], end: int) -> list[int]:
    """Positions before `end` outside parentheses and before the first relative or subordinate clause."""
    kept: list[int] = []
    depth = 0
    for i, word in enumerate(words[:end]):
        if word == "(":
            depth += 1
        elif word == ")":
            depth = max(depth - 1, 0)
        elif word in _SUBORDINATORS:
            break
        elif depth == 0:
            kept.append(i)
    return kept


_PRONOUNS = frozenset({"ik", "je", "jij", "hij", "zij", "ze", "wij", "we", "u", "er", "men"})
_SUBORDINATORS = frozenset({"dat", "die", "waarin", "waarbij", "waarmee", "of", "zodat", "zodra", "wanneer", "als",
                            "hoe", "wat", "welke", "waar", "omdat", "indien", "voordat", "nadat", "hoeveel", "waarom",
                            "waarop", "waarvoor", "waardoor", "welk", "opdat", "zoals", "totdat", "mits", "tenzij",
                            "terwijl", "mocht"})


# --- acts: what is promised --------------------------------------------------------------------------------
ACTS: tuple[Signal, ...] = (
    Signal("'zegt toe'", 0.7, lambda z, w: w.has("toezeggen", "beloven"), Soort.TOEZEGGING),
    Signal("begint met 'toezegging:'", 0.8, lambda z, w: _TERMIJN_LABEL(_plain(w)), Soort.TOEZEGGING),
    Signal("'verzoekt het college'", 0.8, lambda z, w: _MOTIE_HEAD(_plain(w)), Soort.MOTIE),
    Signal("'de raad wil dat het college …'", 0.6, lambda z, w: _RAAD_WIL(_plain(w)), Soort.MOTIE),
    Signal("'de motie vraagt het college'", 0.6, lambda z, w: _MOTIE_TOLD(_plain(w)) and "te" in w.words, Soort.MOTIE),
    Signal("een punt onder 'verzoekt het college:'", 0.75,
           lambda z, w: z.lead is not None and _DICTUM_LEAD(z.lead.lower()) and "te" in w.words, Soort.MOTIE),
    Signal("een opdracht in de vorm van een dictum ('… op te stellen')", 0.6, _infinitive_item, Soort.MOTIE),
    Signal("'deed de toezegging'", 0.7, lambda z, w: (_TOEZEGGING_GEDAAN(_plain(w)) or _TOEZEGGING_VAN(_plain(w)))
           and not _RECALL(_plain(w)),
           Soort.TOEZEGGING),
    Signal("'u ontvangt van ons …'", 0.55, lambda z, w: _U_ONTVANGT(_plain(w)) and not _past(z, w), Soort.TOEZEGGING),
    Signal("'de wethouder antwoordt dat er … volgt'", 0.55, lambda z, w: _REPORTED(_plain(w)) and _agent_bestuur(z, w)
           and _REPORTED_AHEAD(_plain(w)) and _reported_work(w), Soort.TOEZEGGING),
    Signal("'inzet is om … voor te leggen'", 0.55, lambda z, w: _INTENTION(_plain(w)) and "te" in w.words,
           Soort.TOEZEGGING),
    Signal("'verwacht … voor te leggen'", 0.5, lambda z, w: _INTENDS(_plain(w)) and _agent_bestuur(z, w)
           and not _past(z, w), Soort.TOEZEGGING),
    Signal("'dat nemen wij op ons'", 0.6, lambda z, w: _OP_ONS(_plain(w)), Soort.TOEZEGGING),
    Signal("'bespreekt het met de raad'", 0.45, lambda z, w: _MET_DE_RAAD(_plain(w)) and not _past(z, w),
           Soort.TOEZEGGING),
    Signal("'wij zullen … in 2027'", 0.4, lambda z, w: _first_person(z, w) and bool({"zal", "zullen"} & set(w.words))
           and w.termijn and not _past(z, w), Soort.TOEZEGGING),
    Signal("'ik zal u …'", 0.5, lambda z, w: _first_person(z, w) and bool({"zal", "zullen"} & set(w.words))
           and bool({"u", "uw", "raad", "commissie", "staten"} & set(w.words)) and not _past(z, w), Soort.TOEZEGGING),
    Signal("een actie in telegramstijl ('raad informeren over …')", 0.5, _telegram_action, Soort.TOEZEGGING),
    Signal("'actie:'", 0.75, lambda z, w: _ACTIE_LABEL(_plain(w)), Soort.ACTIEPUNT),
    Signal("'afgesproken wordt'", 0.7, lambda z, w: _AFGESPROKEN(_plain(w)), Soort.ACTIEPUNT),
    Signal("'informeert de raad'", 0.45, lambda z, w: bool(INFORMEREN & w.present) and not _only_now(w, INFORMEREN)
           and _weak_act_holds(z, w),
           Soort.TOEZEGGING),
    Signal("'stuurt een brief'", 0.4, lambda z, w: (bool(STUREN & w.present) and (_document(w) or "schriftelijk" in w.words)
           or w.has("nazenden", "nasturen", "toezenden", "toesturen", "voorleggen", "toekomen")
           or _PUT_TO_COUNCIL(_plain(w)))
           and not _only_now(w, STUREN) and _weak_act_holds(z, w),
           Soort.TOEZEGGING),
    Signal("'zoekt uit'", 0.35, lambda z, w: bool(UITZOEKEN & w.present) and _weak_act_holds(z, w), Soort.TOEZEGGING),
    Signal("'de raad ontvangt een brief'", 0.4, lambda z, w: bool(ONTVANGEN & w.present) and _document(w)
           and _to_council(z, w) and _weak_act_holds(z, w, receiving=True), Soort.TOEZEGGING),
    Signal("'een brief wordt in juni verwacht'", 0.4, lambda z, w: "verwacht" in w.words and bool({"wordt", "worden"}
           & set(w.words)) and _letter(w) and w.termijn and not _past(z, w), Soort.TOEZEGGING),
    Signal("'er volgt een brief'", 0.4, lambda z, w: bool({"volgt", "volgen", "komt", "komen"} & set(w.words))
           and _document(w)
           and _weak_act_holds(z, w), Soort.TOEZEGGING),
)

# --- supports: what makes a weak act surer -----------------------------------------------------------------
SUPPORTS: tuple[Signal, ...] = (
    Signal("door het college, een bestuurder of de organisatie", 0.15, _agent_bestuur),
    Signal("aan de raad, de Staten of de commissie", 0.1, _to_council),
    Signal("het ligt nog in het verschiet", 0.1, _ahead),
    Signal("in de eerste persoon van een bestuurder", 0.15,
           lambda z, w: _speaker_is_bestuurder(z) and _first_person(z, w)),
    Signal("in de toekomende tijd ('zal', 'wordt nagegaan')", 0.1,
           lambda z, w: bool({"zal", "zullen", "wordt", "worden"} & set(w.words)) and not _past(z, w)),
)

# --- blockers: what turns a sentence down ------------------------------------------------------------------
BLOCKERS: tuple[Signal, ...] = (
    Signal("een weigering", 1.0, lambda z, w: _WEIGERING(_plain(w)) and not (_NOT_IN_CONDITION(_plain(w))
                                                                      and _infinitive_item(z, w))
           and not (_MOTIE_HEAD(_plain(w)) and not _REFUSES_MOTIE(_plain(w)))),
    Signal("een overweging, geen opdracht", 1.0, lambda z, w: _OVERWEGING(_plain(w)) and not _RAAD_WIL(_plain(w))
           or z.lead is not None and _OVERWEGING(_plain(woorden(z.lead)))),
    Signal("een punt uit een opsomming van overwegingen", 1.0,
           lambda z, w: _LIST_CLAUSE(z.text.strip()) and not _infinitive_item(z, w) and not _MOTIE_HEAD(_plain(w))
           and any(_finite(word, lemma) for word, lemma in zip(w.words, w.lemmas))),
    Signal("een vraag", 1.0, lambda z, w: _QUESTION(_plain(w))),
    Signal("uitleg over toezeggingen", 1.0, lambda z, w: _DEFINITIE(_plain(w))),
    Signal("een wens van een fractie of inspreker", 1.0,
           lambda z, w: _FRACTIE(_BESTUURDER_PARTY.sub(" ", _plain(w))) and not _speaker_is_bestuurder(z)
           and not w.has("toezeggen")),
    Signal("een regel van orde", 1.0, lambda z, w: _PROCEDURE(_plain(w))),
    Signal("verderop in hetzelfde stuk of debat", 1.0,
           lambda z, w: _LATER_HERE(_plain(w)) and w.has("terugkomen", "ingaan") and not w.has("toezeggen")),
    Signal("over moties of toezeggingen in het algemeen", 1.0,
           lambda z, w: _GENERIC(_plain(w)) and not w.has("toezeggen", "beloven") and z.lead is None
           and not _MOTIE_HEAD(_plain(w)) and not _MOTIE_TOLD(_plain(w))
           and not _infinitive_item(z, w)),
    Signal("hoe het college in het algemeen informeert", 1.0,
           lambda z, w: _AS_A_RULE(_plain(w)) and not w.termijn and not {"zal", "zullen", "te", "gaat"} & set(w.words)
           and not w.has("toezeggen", "beloven") and z.lead is None),
    Signal("een vaste werkwijze, geen nieuwe toezegging", 1.0,
           lambda z, w: _RECURRING(_plain(w)) and not {"zal", "zullen", "zult", "voortaan", "te"} & set(w.words)
           and not w.has("toezeggen", "beloven") and z.lead is None),
    Signal("het gebeurt met dit stuk zelf", 1.0, lambda z, w: _VIA_DEZE(_plain(w)) and not w.has("toezeggen")),
    Signal("een toezegging van vroeger, naverteld", 1.0, lambda z, w: _RECALL(_plain(w))),
    Signal("een voorwaarde, geen toezegging", 1.0, lambda z, w: _CONDITIONAL(_plain(w))),
    Signal("over het afdoen van een motie of toezegging", 1.0, lambda z, w: _AFDOENING(_plain(w))),
    Signal("een besluit dat hier al genomen wordt", 1.0,
           lambda z, w: (_BESLOTEN(_plain(w)) or _BESLUIT_ITEM(_plain(w))) and not w.has("toezeggen")
           and not _MOTIE_HEAD(_plain(w))),
    Signal("een fractie of raadslid aan het woord", 1.0, lambda z, w: _FRACTIE_START(_plain(w))),
    Signal("al gedaan", 1.0, _done),
)
