"""The Dutch words by which minutes and chat say that something was promised, decided or agreed.

Each cue carries its own reason, so the bot can say why it thinks a sentence is a promise.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Soort(StrEnum):
    TOEZEGGING = "toezegging"
    MOTIE = "motie"
    ACTIEPUNT = "actiepunt"


@dataclass(frozen=True)
class Cue:
    pattern: re.Pattern[str]
    soort: Soort
    reason: str
    # How sure the cue alone makes us: a literal "zegt toe" more than "komt terug op".
    weight: float


def _cue(pattern: str, soort: Soort, reason: str, weight: float) -> Cue:
    return Cue(re.compile(pattern, re.IGNORECASE), soort, reason, weight)


CUES: tuple[Cue, ...] = (
    _cue(r"\bzeg(t|gen|de|den)?\b.{0,80}?\btoe\b", Soort.TOEZEGGING, "'zegt toe'", 0.7),
    _cue(r"\b(heeft|hebben|is|wordt|werd)\b.{0,40}\btoegezegd\b|\btoegezegd\b.{0,20}\b(dat|om|te)\b",
         Soort.TOEZEGGING, "'toegezegd'", 0.65),
    _cue(r"^\s*toezegging\s*[:\-]", Soort.TOEZEGGING, "begint met 'toezegging:'", 0.8),
    _cue(r"\bbelo(ofd|oft|ven|ofde)\b", Soort.TOEZEGGING, "'belooft'", 0.6),
    _cue(r"\bkom(t|en|)\b.{0,50}?\b(op\b.{0,30}\bterug|terug\b.{0,15}\bop)\b", Soort.TOEZEGGING, "'komt terug op'", 0.55),
    _cue(r"\binformeer(t|en|)\b.{0,30}\b(de )?(raad|staten|commissie)\b|\b(raad|staten|commissie)\b.{0,40}\b(wordt|worden|zal|zullen)\b.{0,40}\bge[iï]nformeerd\b",
         Soort.TOEZEGGING, "'informeert de raad'", 0.6),
    _cue(r"\bstuur(t|en|)\b.{0,60}\b(raadsinformatiebrief|statenbrief|memo|brief|notitie)\b|\b(raadsinformatiebrief|statenbrief)\b.{0,40}\b(volgt|komt|sturen|gestuurd)\b"
         r"|\b(volgt|komt)\b.{0,40}\b(raadsinformatiebrief|statenbrief)\b",
         Soort.TOEZEGGING, "'stuurt een raadsinformatiebrief'", 0.6),
    _cue(r"\b(wordt|worden)\b.{0,40}\b(nagegaan|uitgezocht|onderzocht|bekeken)\b|\bgaa?t\b.{0,30}\bna\b\s*(of|hoe|wat|welke)\b",
         Soort.ACTIEPUNT, "'wordt nagegaan'", 0.5),
    _cue(r"^\s*(actie(punt)?|afspraak|afgesproken)\s*[:\-]", Soort.ACTIEPUNT, "begint met 'actie:'", 0.75),
    _cue(r"\bdraagt\b.{0,30}\b(het )?college\b.{0,10}\bop\b", Soort.MOTIE, "'draagt het college op'", 0.8),
    _cue(r"\b(verzoek(t|en)|roep(t|en))\b.{0,20}\b(het )?(college|gs|college van b(&|en)w)\b", Soort.MOTIE, "'verzoekt het college'", 0.75),
)

# Words that turn a cue around: a refusal, a question or a promise that was not made.
NEGATIONS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\b(niet|geen|nooit)\b.{0,25}\b(toe(zeggen|gezegd|zegging)|beloven)\b", re.IGNORECASE),
    re.compile(r"\bzeg(t|gen|de|den)?\b.{0,20}\bniets?\b.{0,20}\btoe\b", re.IGNORECASE),
    re.compile(r"\b(kan|wil|zal)\b.{0,30}\b(niet|geen)\b.{0,30}\b(toezeggen|beloven)\b", re.IGNORECASE),
)
QUESTION = re.compile(r"\?\s*$")
