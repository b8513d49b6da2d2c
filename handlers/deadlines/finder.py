"""Finding termijnen inside running text: "de raad wordt na het zomerreces geïnformeerd; planning Q3".

A phrase only counts when it is introduced the way Dutch writes a termijn ("voor", "uiterlijk", "in",
"na", "binnen", "eind", a quarter …) and every word of it means something to the deadline layer; a
bare date is left alone, because in minutes and stand-van-zaken texts bare dates are meeting dates and
update stamps, not promises.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from handlers.deadlines.calendar import Calendar
from handlers.deadlines.model import Deadline, DeadlineKind
from handlers.deadlines.fixed import fixed_kind
from handlers.deadlines.normalise import FILLERS, MEETING, basic, fixed_key, without_fillers
from handlers.deadlines.parser import parse_deadline
from handlers.deadlines.vocabulary import KNOWN_WORDS, MONTHS, NUMBERS, SEASON_END

# Words that open a termijn in running text.
HEADS: frozenset[str] = frozenset({
    "voor", "uiterlijk", "binnen", "over", "in", "na", "eind", "einde", "begin", "medio", "bij", "rond",
    "tegen", "per", "q1", "q2", "q3", "q4", "volgende", "volgend", "komende", "deze", "dit", "zo", "zsm",
    "halverwege", "nog", "half", "midden", "ultimo", "aanvang", "tijdig", "tot", "voorafgaand", "komend",
})
# How surely a head introduces the deadline: 'uiterlijk' and a label surest, then 'voor', 'binnen', 'eind', a quarter;
# 'in', 'na' or 'over' also name when something happens. The surest phrase is the proposal, the later one on a tie.
STRONG_HEADS: frozenset[str] = frozenset({
    "voor", "binnen", "eind", "einde", "ultimo", "begin", "medio", "half", "midden", "halverwege", "q1", "q2", "q3",
    "q4", "tijdig", "bij", "zsm", "voorafgaand",
})
SUREST_HEADS: frozenset[str] = frozenset({"uiterlijk"})
# "met een deadline van 1 augustus": after these 'van' names the termijn, not a meeting.
DEADLINE_OF: frozenset[str] = frozenset({"deadline", "termijn", "streefdatum", "einddatum"})
# A weekday or a month opens a termijn only with a date or a year after it: "donderdag 24 oktober", "december 2017".
_DATED_HEAD = re.compile(r"^(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)$")
_MONTH_HEAD = re.compile(r"^(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
                         r"|voorjaar|zomer|najaar|winter|herfst|lente)$")
# "1e kwartaal 2025", "tweede helft 2024": an ordinal opens a termijn when a year closes it.
_ORDINAL_HEAD = re.compile(r"^(?:eerste|tweede|derde|vierde|[1-4]e|[1-4]ste|[1-4]de)$")
# "op" opens only the fixed phrases ("op korte termijn"): "op 14 januari" in minutes is a meeting date.
FIXED_ONLY_HEADS: frozenset[str] = frozenset({"op", "zo", "zsm", "z.s.m", "per", "spoedig", "met"})
# A list or a stand van zaken labels its termijn: "Termijn: 15 mrt. 2027", "Planning: Q1", "Deadline: 1 februari".
LABELS: frozenset[str] = frozenset({
    "termijn", "deadline", "planning", "streefdatum", "einddatum", "gereed", "afdoening", "afdoeningstermijn",
    "uiterste", "verwacht", "verwachte", "datum", "nieuwe",
})
# 'Datum:' labels a termijn only with one of these before it ("Nieuwe datum:", "Uiterste datum:").
DATE_QUALIFIERS: frozenset[str] = frozenset({
    "nieuwe", "uiterste", "verwachte", "beoogde", "gewenste", "geplande", "streef", "afdoening", "afgesproken",
})
# Words after which a date names a meeting or a stamp, not a termijn ("raad van 12 maart", "update 8/9/22").
NOT_AFTER: frozenset[str] = frozenset({"van", "d.d.", "dd", "update", "op", "sinds", "vanaf", "datum"})
# 'tot' names a termijn only after a move: "uitgesteld tot december".
POSTPONED: frozenset[str] = frozenset({
    "uitgesteld", "verschoven", "doorgeschoven", "verlengd", "verzet", "opgeschort", "aangehouden", "uitstel",
})
LONGEST = 14
_ARTICLES = frozenset({"een", "de", "het"})
_TOKEN = re.compile(r"[^\s;:!?()\[\]\"“”„]+|[;:!?()\[\]\"“”„]")
_STOP = frozenset(";:!?()[]\"“”„")
_BARE_YEAR = re.compile(r"voor (het jaar )?\d{4}")
_YEAR_WRITTEN = re.compile(r"\b(19|20)\d\d\b|\b[a-z]+\.? '?\d\d\b", re.IGNORECASE)
# "op 6 juli aanstaande": 'aanstaande' makes a date after 'op' one that is still to come, not a meeting held.
_COMING = re.compile(r"(aanstaande|a\.?s\.?)$")
_DATE_LIKE = re.compile(r"^('\d\d|\d{1,4}([-/.]\d{1,4}){0,2}|\d{1,2}[-/.]\d{1,2}[-/.]'\d\d|q[1-4]|kw[1-4]|h[12]|\d{4}-?q[1-4])$")


@dataclass(frozen=True)
class FoundTermijn:
    """A termijn as it stands in the text (`phrase`, at `start`), and what it means."""

    phrase: str
    start: int
    deadline: Deadline
    proposal: bool = False
    # How surely the words before it make it the deadline (see STRONG_HEADS); the surest is proposed.
    sureness: int = 1

    def as_json(self) -> dict[str, object]:
        meaning = self.deadline
        return {"phrase": self.phrase, "kind": meaning.kind.value, "due": meaning.due.isoformat() if meaning.due else None,
                "precision": meaning.precision.value if meaning.precision else None, "proposal": self.proposal}


def find_termijnen(text: str, today: dt.date, calendar: Calendar | None = None) -> list[FoundTermijn]:
    """Every termijn in `text`, in order; the one that falls last is marked as the proposal."""
    tokens = [(m.group(), m.start()) for m in _TOKEN.finditer(text)]
    labelled = {i + 1 for i in range(1, len(tokens)) if tokens[i][0] == ":" and _labels_termijn(tokens, i - 1)
                or _word(tokens[i][0]) == "van" and _word(tokens[i - 1][0]) in DEADLINE_OF}
    found: list[FoundTermijn] = []
    i = 0
    while i < len(tokens):
        hit = _longest_at(text, tokens, i, today, calendar, i in labelled)
        if hit is None:
            i += 1
            continue
        found.append(hit[0])
        i = hit[1]
    if found:
        # On a tie a phrase with its year written out wins ("in januari …, besluit in febr 22"), then the later date:
        # in a stand van zaken the newest line comes last.
        best = max(found, key=lambda f: (f.sureness, _YEAR_WRITTEN.search(f.phrase) is not None,
                                         f.deadline.due or dt.date.min, f.start))
        found = [FoundTermijn(f.phrase, f.start, f.deadline, f is best, f.sureness) for f in found]
    return found


def _longest_at(
    text: str, tokens: list[tuple[str, int]], i: int, today: dt.date, calendar: Calendar | None, labelled: bool
) -> tuple[FoundTermijn, int] | None:
    head = _word(tokens[i][0])
    fixed_only = head in FIXED_ONLY_HEADS and head not in HEADS
    coming = head == "op" and _coming_date_at(tokens, i)
    after = _word(tokens[i + 1][0]) if i + 1 < len(tokens) else ""
    before = _word(tokens[i - 1][0]) if i > 0 else ""
    dated = bool(_DATED_HEAD.match(head) and after[:1].isdigit()
                 or _MONTH_HEAD.match(head) and re.fullmatch(r"\d{4}|'\d\d", after) and not before[:1].isdigit()
                 and before not in ("de", "het", "deze", "die", "afgelopen", "vorige")
                 or _ORDINAL_HEAD.match(head) and after in ("kwartaal", "helft", "halfjaar")
                 and re.fullmatch(r"\d{4}", _word(tokens[i + 2][0]) if i + 2 < len(tokens) else "") is not None)
    opens = head in HEADS or dated
    if not labelled and not fixed_only and (not opens or (i > 0 and _word(tokens[i - 1][0]) in NOT_AFTER)):
        return None
    if head in ("dit", "deze") and before in MONTHS:
        return None  # "op 26 januari dit jaar heeft de raad …": the year of a date told, not a termijn
    if head == "tot" and before not in POSTPONED:
        return None  # "open tot de zomer", "van 2021 tot 2024" say how long, not when it is due
    end = i
    while end < len(tokens) and end - i < LONGEST and tokens[end][0] not in _STOP:
        end += 1
    for stop in range(end, i, -1):
        last_token, last_start = tokens[stop - 1]
        phrase = text[tokens[i][1]:last_start + len(last_token)].rstrip(",.")
        if stop - 1 > i and _counts_what_follows(tokens, stop):
            continue  # "in maart drie notities", "eind maart 12 woningen": a number of things, not a day or year
        if stop - 1 > i and (_word(last_token) in FILLERS or _word(last_token) in _ARTICLES):
            # "in Q2 op" and "in Q2" mean the same; the phrase ends where the meaning does, and "in november een
            # voorstel" is no 1 november: the article begins what comes next
            continue
        # A fixed phrase ("zo snel mogelijk") is known as a whole; anything else word by word, before the
        # parser runs, so that running text never reaches the slow dateparser fallback.
        meant = _without_meeting_name(phrase)
        fixed = fixed_kind(fixed_key(basic(phrase))) or fixed_kind(fixed_key(without_fillers(basic(phrase))))
        if fixed is None and (fixed_only and not coming or not _all_known(meant)):
            continue
        if head == "voor" and _BARE_YEAR.fullmatch(basic(phrase)):
            if not phrase.lower().startswith("vóór"):
                continue  # "aanbevelingen voor 2018", "middelen voor 2023": for that year, not before it
            meant = f"eind {int(phrase.split()[-1]) - 1}"  # "vóór 2025": before the year begins
        deadline = parse_deadline(meant, today, calendar)
        # A date in the past only with its year written out: old lists keep "september 2019" as it was.
        if deadline.kind in (DeadlineKind.DATE, DeadlineKind.ASAP) and deadline.due:
            sureness = 0 if deadline.kind is DeadlineKind.ASAP else 3 if labelled or head in SUREST_HEADS \
                else 2 if head in STRONG_HEADS or dated else 1
            return FoundTermijn(phrase, tokens[i][1], deadline, sureness=sureness), stop
    return None


def _labels_termijn(tokens: list[tuple[str, int]], i: int) -> bool:
    """'Termijn:', 'Planning:', 'Nieuwe datum:' label a termijn; a bare 'Datum:' heads a meeting or a letter."""
    word = _word(tokens[i][0])
    if word != "datum":
        return word in LABELS
    return i > 0 and _word(tokens[i - 1][0]) in DATE_QUALIFIERS


def _counts_what_follows(tokens: list[tuple[str, int]], stop: int) -> bool:
    """The phrase ends in a number that counts the noun after it: a number word ('drie'), or digits after a month
    or a year with a word following ('maart 12 woningen', 'mei 2024 20 bomen'); 'in febr 22.' keeps its year."""
    last = _word(tokens[stop - 1][0])
    if last in NUMBERS:
        return True
    if not re.fullmatch(r"\d{1,2}", last) or stop < 2:
        return False
    before = _word(tokens[stop - 2][0])
    following = _word(tokens[stop][0]) if stop < len(tokens) else ""
    return (before in MONTHS or before in SEASON_END or re.fullmatch(r"\d{4}|q[1-4]", before) is not None) \
        and following.isalpha()


def _word(token: str) -> str:
    return basic(token).strip(",.")


def _without_meeting_name(phrase: str) -> str:
    """'vóór de raad van 2 oktober' means 2 oktober; 'uiterlijk op commissievergadering Landelijk Gebied van 17 juni'
    means 17 juni: before a meeting, its name means nothing and its date everything ('in de raad van oktober' too)."""
    words = phrase.split()
    plain = [_word(w) for w in words]
    if not plain or plain[0] not in ("voor", "uiterlijk", "tijdig", "voorafgaand", "in", "bij"):
        return phrase
    meeting = next((i for i, w in enumerate(plain) if MEETING.fullmatch(w)), None)
    link = next((w for w in plain[meeting:] if w in ("van", "op")), None) if meeting is not None else None
    if meeting is None or link is None or link == "op" and plain[0] in ("in", "bij"):
        return phrase  # "voor de bespreking in de commissie Bestuur op 17 juni" is linked by 'op' too
    after_van = [w for w in plain[plain.index(link, meeting) + 1:] if not _DATED_HEAD.match(w)]  # "van woensdag 15 juni"
    if plain[0] in ("in", "bij") and (not after_van or after_van[0][:1].isdigit()):
        # "in de vergadering van 12 maart is besproken" names a meeting held; "in de vergadering van oktober 2024
        # terug te komen" one that is planned: only a month names the meeting still to come.
        return phrase
    return " ".join(words[:meeting] + words[plain.index(link, meeting):])


def _coming_date_at(tokens: list[tuple[str, int]], i: int) -> bool:
    words = [_word(t) for t, _ in tokens[i + 1:i + 5]]
    return bool(words) and words[0][:1].isdigit() and any(_COMING.fullmatch(w) for w in words)


def _all_known(phrase: str) -> bool:
    # "april / mei", "september/oktober", "april of mei": a range of months is known when each side is.
    words = [part for w in phrase.split() for part in _word(w).split("/") if part]
    words = [w for i, w in enumerate(words) if not (w == "of" and 0 < i < len(words) - 1 and words[i - 1] in MONTHS
                                                    and words[i + 1] in MONTHS)]
    meaningful = [w for w in words if w not in FILLERS]
    if not meaningful:
        return False
    return all(w in KNOWN_WORDS or w in FILLERS or _DATE_LIKE.match(w) for w in words)


def proposal(found: list[FoundTermijn]) -> FoundTermijn | None:
    return next((f for f in found if f.proposal), None)
