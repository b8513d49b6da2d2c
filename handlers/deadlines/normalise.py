"""Turn a phrase into the plain lowercase form the recognisers match against.

Two steps: `basic` (case, accents, spaces) keeps every word, so that fixed phrases such as
"op korte termijn" or "tot nader order" can still be looked up; `strip_fillers` then drops
the words that carry no time meaning and the references to a meeting.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from handlers.deadlines.vocabulary import NUMBERS, WEEKDAY_RE

FILLERS: frozenset[str] = frozenset({
    "voor", "op", "per", "rond", "omstreeks", "circa", "ca", "in", "tot", "al", "pas",
    "deadline", "nieuwe", "bij", "de", "het", "van", "uiterlijk", "aanstaande", "as",
    "uiterste", "datum", "streefdatum", "einddatum", "graag", "loop", "behandeling", "vaststelling",
    "bespreking", "planning", "afronding", "nog", "debat", "aanleveren", "tijdig", "aan",
})

# "in de raad van 12 maart" means 12 maart: the meeting words go, the date stays.
MEETING = re.compile(
    r"(gemeente)?raad(s?vergadering|scommissie)?|commissie\w*|\w*vergadering(en)?"
    r"|(provinciale)?staten(commissie)?|ps|gs|college"
)

TIME_OF_DAY = re.compile(r"\b((om )?(\d{1,2}:\d{2}(\s*uur)?|\d{1,2}[.]\d{2}\s*uur)|om \d{1,2}\s*uur)\b")

# Phrases whose meaning hangs on a filler word are rewritten to one token before stripping.
KEEP: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"\bvoor (de|het) (zomer|zomerreces|zomervakantie)\b"), "voorzomer"),
    (re.compile(r"\bvoor zomerreces\b"), "voorzomer"),
    (re.compile(r"\bvoor (de |het )?kerst(mis|vakantie|reces)?\b"), "voorkerst"),
    (re.compile(r"\bna (de |het )?(kerst(mis|vakantie|reces)?|jaarwisseling)\b"), "nakerst"),
    (re.compile(r"\b(voor|rond|bij|tegen) (de )?jaarwisseling\b"), "eind jaar"),
    # School holidays name a month: the autumn one ends late October, the spring one ("krokus") late February, the
    # May one early May. "Na" is the month after, as "na de zomer" is September; "voor" is halfway the month.
    (re.compile(r"\bna (de |het )?herfst(vakantie|reces)\b"), "november"),
    (re.compile(r"\bvoor (de |het )?herfst(vakantie|reces)\b"), "half oktober"),
    (re.compile(r"\bna (de |het )?(voorjaars|krokus)(vakantie|reces)\b"), "maart"),
    (re.compile(r"\bvoor (de |het )?(voorjaars|krokus)(vakantie|reces)\b"), "half februari"),
    (re.compile(r"\bna (de |het )?mei(vakantie|reces)\b"), "eind mei"),
    (re.compile(r"\bvoor (de |het )?mei(vakantie|reces)\b"), "eind april"),
    # "het nieuwe jaar" is the coming one; "de eerste maanden / week van" is its beginning.
    (re.compile(r"\b(het )?nieuwe jaar\b"), "volgend jaar"),
    (re.compile(r"\b(de )?eerste (maanden|weken|week) van\b"), "begin"),
    # "begrotingsbehandeling", "voorjaarsnotabehandeling": the moment itself.
    (re.compile(r"\b(begroting|voorjaarsnota|kadernota|jaarrekening|najaarsnota|perspectiefnota)s?"
                r"(behandeling|vergadering|raad|debat)\b"), r"\1"),
    (re.compile(r"\bkalenderjaar\b"), "jaar"),
    (re.compile(r"\b(het )?jaareinde\b"), "einde van het jaar"),
    (re.compile(r"\bloop van het jaar\b"), "einde van het jaar"),
    # "in de week van 12 januari" is that week, not week 12
    (re.compile(r"\b(de )?week van (?=\d{1,2} [a-z])"), ""),
    (re.compile(r"\b(zomer|voorjaar|najaar|winter)periode\b"), r"\1"),
    (re.compile(r"\bwk\.? (?=\d)"), "week "),
    (re.compile(r"\bvoorafgaand(e)? aan\b"), "voor"),
    (re.compile(r"\bv&p[- ]?nota\b"), "voorjaarsnota"),  # Voorjaars- en Programmanota
    # "in de begrotingen van 2016, 2017 en 2018": the first of them comes first.
    (re.compile(r"\b(begroting|voorjaarsnota|kadernota|jaarrekening|najaarsnota|bestuursrapportage)en (van )?(?=\d{4})"), r"\1 "),
    (re.compile(r"\b(debat|discussie|behandeling|bespreking) (over|van) "), ""),
    (re.compile(r"\b(gemeente|provincie|programma)(begroting|rekening)\b"), lambda m: "jaarrekening" if m[2] == "rekening" else "begroting"),
    (re.compile(r"\bde maand (?=[a-z])"), ""),
    (re.compile(r"\b(over|binnen|na|komende) (een )?half ?jaar\b"), r"\1 6 maanden"),
    (re.compile(r"\b(over|binnen|na|komende) anderhalf jaar\b"), r"\1 18 maanden"),
    (re.compile(r"\b(over|binnen|na|komende) anderhalve maand\b"), r"\1 6 weken"),
)


def basic(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    return " ".join(plain.lower().split())


def fixed_key(text: str) -> str:
    """'Z.S.M.' and 'n. v. t.' both become 'zsm' / 'nvt' for the table of fixed phrases."""
    return re.sub(r"[\s.]+", " ", text.replace(".", "")).strip()


def without_fillers(text: str) -> str:
    """Only the filler words dropped, so that 'uiterlijk n.v.t.' still finds 'nvt'."""
    return " ".join(w for w in re.sub(r"[,;:]", " ", text).split() if w not in FILLERS)


def strip_fillers(text: str) -> str:
    text = text.replace("tot en met", " ").replace("t/m", " ").replace("a.s.", " ")
    text = re.sub(r"(\d[-/.])'(\d\d)\b", r"\1\2", text)  # "12-06-'27": the apostrophe only marks a shortened year
    for pattern, token in KEEP:
        text = pattern.sub(token, text)
    # The time of day does not move the due day: "15 december 17:00", "1-3-2027 om 12.00 uur".
    text = TIME_OF_DAY.sub(" ", text)
    # A dot between digits separates day, month and year; elsewhere it ends an abbreviation.
    text = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", text)
    text = re.sub(r"[,;:()!?\"]", " ", text)
    text = re.sub(r"\s*/\s*", "/", text)
    # A weekday in front of a date ("maandag 7 december") adds nothing to the date.
    text = re.sub(rf"\b{WEEKDAY_RE} (?=\d)", "", text)
    words = [NUMBERS.get(w, w) for w in text.split() if w not in FILLERS]
    return " ".join(str(w) for w in words if not MEETING.fullmatch(str(w)))
