"""Dutch words to their dictionary form, so that one rule hears "informeert", "geïnformeerd" and "informeren".

simplemma (its Dutch word list ships inside the package) gives most lemmas; a few forms minutes use all the time
are added where it leaves them as written. Separable verbs are put back together within a clause: "zegt ... toe"
is toezeggen, "komt er in Q2 op terug" is terugkomen.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import simplemma

from handlers.deadlines.normalise import basic

_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*|[;:,.!?()]")
_CLAUSE_END = frozenset(";:.!?,")  # a parenthesis ("zegde tijdens de (online) behandeling toe") stays inside
# Forms simplemma leaves as they are, or gets wrong for this register.
_OWN: dict[str, str] = {
    "geinformeerd": "informeren", "uitgezocht": "uitzoeken", "afgedaan": "afdoen", "nagezonden": "nazenden",
    "toegezonden": "toezenden", "toegestuurd": "toesturen", "nagestuurd": "nasturen", "teruggekoppeld": "terugkoppelen",
    "meegenomen": "meenemen", "nagegaan": "nagaan", "voorgelegd": "voorleggen", "aangeboden": "aanbieden",
    "opgesteld": "opstellen", "uitgewerkt": "uitwerken", "opgedragen": "opdragen", "toegezegd": "toezeggen",
    "geagendeerd": "agenderen", "verzonden": "verzenden", "verstuurd": "versturen", "opgepakt": "oppakken",
    "uitgevoerd": "uitvoeren", "afgehandeld": "afhandelen", "afgerond": "afronden", "nagekomen": "nakomen",
    "ingelicht": "inlichten", "teruggekomen": "terugkomen", "onderzocht": "onderzoeken", "bekeken": "bekijken",
    "verstrekt": "verstrekken", "gedeeld": "delen", "gestuurd": "sturen", "ontvangen": "ontvangen",
    "ontraadt": "ontraden", "ontraden": "ontraden", "zegt": "zeggen", "zeg": "zeggen", "zeggen": "zeggen",
    "zegde": "zeggen", "zegden": "zeggen", "komt": "komen", "kom": "komen", "kwam": "komen", "gaat": "gaan",
    "ga": "gaan", "neemt": "nemen", "neem": "nemen", "nam": "nemen", "zoekt": "zoeken", "zoek": "zoeken",
    "koppelt": "koppelen", "koppel": "koppelen", "stuurt": "sturen", "stuur": "sturen", "zendt": "zenden",
    "legt": "leggen", "leg": "leggen", "biedt": "bieden", "bied": "bieden", "vraagt": "vragen", "vraag": "vragen",
    "stelt": "stellen", "stel": "stellen", "werkt": "werken", "werk": "werken", "pakt": "pakken", "pak": "pakken",
    "draagt": "dragen", "roept": "roepen", "kijkt": "kijken", "kijk": "kijken", "laat": "laten", "wordt": "worden",
    "worden": "worden", "werd": "worden", "werden": "worden", "zal": "zullen", "zullen": "zullen", "zult": "zullen",
    "zou": "zullen", "zouden": "zullen", "informeert": "informeren", "informeer": "informeren", "volgt": "volgen",
    "toezegging": "toezegging", "toezeggingen": "toezegging", "is": "zijn", "zijn": "zijn", "was": "zijn",
    "waren": "zijn", "heeft": "hebben", "hebben": "hebben", "had": "hebben", "hadden": "hebben", "heb": "hebben",
    "brengt": "brengen", "breng": "brengen", "houdt": "houden", "houd": "houden", "wij": "wij", "we": "wij",
    "gs": "gs", "raad": "raad", "staten": "staten", "u": "u", "ons": "ons", "onderzoeken": "onderzoeken",
    "onderzoekt": "onderzoeken", "gegeven": "geven", "geeft": "geven", "gepresenteerd": "presenteren",
    "geevalueerd": "evalueren", "gebracht": "brengen", "levert": "leveren", "vertellen": "vertellen",
    "besproken": "bespreken", "bespreekt": "bespreken", "opgezet": "opzetten", "provinciebestuur": "bestuur",
    "stadsbestuur": "bestuur", "gemeentebestuur": "bestuur", "opgenomen": "opnemen",
}
# (verb, particle) -> the separable verb they form when the particle follows in the same clause.
_PARTICLE_VERBS: dict[tuple[str, str], str] = {
    ("zeggen", "toe"): "toezeggen", ("komen", "terug"): "terugkomen", ("koppelen", "terug"): "terugkoppelen",
    ("nemen", "mee"): "meenemen", ("gaan", "na"): "nagaan", ("zoeken", "uit"): "uitzoeken",
    ("sturen", "na"): "nasturen", ("sturen", "toe"): "toesturen", ("zenden", "na"): "nazenden",
    ("zenden", "toe"): "toezenden", ("leggen", "voor"): "voorleggen", ("bieden", "aan"): "aanbieden",
    ("vragen", "na"): "navragen", ("stellen", "op"): "opstellen", ("werken", "uit"): "uitwerken",
    ("pakken", "op"): "oppakken", ("dragen", "op"): "opdragen", ("roepen", "op"): "oproepen",
    ("kijken", "na"): "nakijken", ("brengen", "kaart"): "inkaartbrengen", ("houden", "hoogte"): "hoogtehouden",
    ("stellen", "hoogte"): "hoogtestellen", ("nemen", "zich"): "opzichnemen", ("nemen", "ons"): "opzichnemen",
    ("komen", "met"): "komenmet", ("voeren", "uit"): "uitvoeren", ("zetten", "uit"): "uitzetten",
    ("laten", "weten"): "latenweten", ("brengen", "hoogte"): "hoogtestellen", ("leveren", "aan"): "aanleveren",
    ("zetten", "op"): "opzetten", ("geven", "terugkoppeling"): "terugkoppelen", ("brengen", "kennis"): "informeren", ("gaan", "gesprek"): "ingesprekgaan", ("nemen", "op"): "opnemen",
    ("doen", "mededeling"): "mededelingdoen", ("worden", "mededeling"): "mededelingdoen", ("stellen", "beschikbaar"): "beschikbaarstellen", ("stellen", "beschikking"): "beschikbaarstellen", ("treden", "overleg"): "inoverlegtreden",
}
_PARTICLES = frozenset(p for _v, p in _PARTICLE_VERBS)
# Particles that may also stand before their verb ("op de hoogte gebracht", "met een voorstel komen"); "na" or "op"
# before a verb are too often a preposition ("na de zomer gaan we").
_BEFORE = frozenset({"mededeling", "beschikbaar", "beschikking", "kennis", "terug", "hoogte", "kaart", "gesprek", "overleg", "met", "ons", "zich", "mij", "terugkoppeling"})


@dataclass(frozen=True)
class Woorden:
    """A sentence as plain lowercase words, their lemmas, and every lemma (separable verbs joined) as a set.

    `termijn` says whether the deadline layer found a termijn in it: in a list, a termijn is what makes
    "Raadsinformatiebrief over de fietsroute" a promise.
    """

    words: tuple[str, ...]
    lemmas: tuple[str, ...]
    present: frozenset[str]
    termijn: bool = False

    def has(self, *lemmas: str) -> bool:
        return any(lemma in self.present for lemma in lemmas)


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    own = _OWN.get(word)
    if own is not None:
        return own
    if not word.isalpha():
        return word
    return simplemma.lemmatize(word, lang="nl").replace("_", "").lower()


def woorden(text: str) -> Woorden:
    words = tuple(_WORD.findall(basic(text)))
    # "de zorgen": after a determiner a noun, not the verb 'zorgen (voor)'.
    nouns = {i for i, w in enumerate(words) if w in _NOUNS_TOO and i and words[i - 1] in _NOUN_MARKERS}
    lemmas = tuple(_NOUNS_TOO[w] if i in nouns else lemma(w) for i, w in enumerate(words))
    present = set(lemmas) | {w for i, w in enumerate(words) if i not in nouns}
    for i, verb in enumerate(lemmas):
        for j in range(i + 1, min(i + 16, len(words))):
            if words[j] in _CLAUSE_END:
                break
            joined = _PARTICLE_VERBS.get((verb, words[j])) if words[j] in _PARTICLES else None
            if joined is not None:
                present.add(joined)
        for j in range(i - 1, max(i - 9, -1), -1):
            if words[j] in _CLAUSE_END:
                break
            joined = _PARTICLE_VERBS.get((verb, words[j])) if words[j] in _BEFORE else None
            if joined is not None:
                present.add(joined)
        # "op te gaan pakken", "uit te zullen voeren": a particle before 'te' and a future helper. A bare "toe te
        # zeggen" or "op te stellen" stays apart: that is what is asked or ordered, not what is taken on.
        j = i - 1
        while j > 0 and words[j] in _INFINITIVE_HELPERS:
            j -= 1
        if j < i - 2 and words[j + 1] == "te" and words[j] in _PARTICLES:
            # an infinitive is its own dictionary form ("pakken", where the lemmatiser reads the noun "pak")
            joined = _PARTICLE_VERBS.get((verb, words[j])) or _PARTICLE_VERBS.get((words[i], words[j]))
            if joined is not None:
                present.add(joined)
    return Woorden(words, lemmas, frozenset(present))


_INFINITIVE_HELPERS = frozenset({"te", "gaan", "zullen"})
_NOUNS_TOO: dict[str, str] = {"zorgen": "zorg"}
# Only the words that make the next one a noun for sure: "die zorgen voor" is a relative clause with the verb.
_NOUN_MARKERS = frozenset({"de", "deze", "hun", "uw", "onze", "mijn"})
