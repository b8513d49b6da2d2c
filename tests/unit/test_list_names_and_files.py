"""Names as council lists write them, and reading a CSV the way its maker wrote it (issue 15)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from handlers.deadlines.finder import find_termijnen
from handlers.domain.listdetails import external_nummer, nummer_sleutel, vingerafdruk
from handlers.domain.people import Person
from handlers.domain.registry.names import match_name
from storage.importers.sheet import encoding_of, sniff_delimiter
from storage.importers.values import day

PEOPLE = [Person(i, name, email) for i, (name, email) in enumerate([
    ("Gerda Gringhuis", "gerda@x.example"), ("Carla van der Meij", "carla@x.example"), ("Ingrid Zaal", "ingrid@x.example"),
    ("Pieter van de Ven", "pieter@x.example"), ("Ruud Vennema", "ruud@x.example"), ("Karel Jansen", "karel@x.example"),
    ("Kees Jansen", "kees@x.example"), ("Anna de Vries", "anna@x.example"),
], start=1)]


@pytest.mark.parametrize(("written", "meant"), [
    ("G. Gringhuis", "Gerda Gringhuis"),
    ("C.F.M. van der Meij", "Carla van der Meij"),
    ("Zaal, I.", "Ingrid Zaal"),
    ("Meij, C. van der", "Carla van der Meij"),
    ("wethouder Van de Ven", "Pieter van de Ven"),
    ("dhr. P. van de Ven", "Pieter van de Ven"),
    ("mw. De Vries", "Anna de Vries"),
    ("mevrouw A. de Vries", "Anna de Vries"),
    ("burgemeester Gringhuis", "Gerda Gringhuis"),
    ("anna@x.example", "Anna de Vries"),
])
def test_names_as_lists_write_them_find_the_person(written: str, meant: str) -> None:
    found = match_name(written, PEOPLE)
    assert found.person is not None and found.person.name == meant


def test_an_ambiguous_name_names_the_candidates_and_a_name_map_settles_it() -> None:
    found = match_name("gedeputeerde Jansen", PEOPLE)
    assert found.person is None and found.ambiguous
    assert {p.name for p in found.candidates} == {"Karel Jansen", "Kees Jansen"}
    settled = match_name("gedeputeerde Jansen", PEOPLE, {"gedeputeerde jansen": "kees@x.example"})
    assert settled.person is not None and settled.person.name == "Kees Jansen"


def test_initials_that_do_not_fit_are_no_match_and_a_typo_gets_a_suggestion() -> None:
    assert match_name("K. Gringhuis", PEOPLE).person is None
    typo = match_name("Anna de Vreis", PEOPLE)
    assert typo.person is None and not typo.ambiguous and typo.candidates[0].name == "Anna de Vries"


def test_a_title_is_not_part_of_the_suggestion() -> None:
    # 'wethouder Van de Vem' (a typo) must suggest Van de Ven, not someone whose name resembles 'wethouder'.
    assert match_name("wethouder Van de Vem", PEOPLE).candidates[0].name == "Pieter van de Ven"


def test_list_numbers_compare_without_case_and_spaces() -> None:
    assert nummer_sleutel("ID 59") == nummer_sleutel("id59") == "ID59"
    assert external_nummer("  M179-2020 ") == "M179-2020" and external_nummer("") is None
    assert vingerafdruk("Nota  Grondbeleid", dt.date(2023, 2, 2)) == vingerafdruk("nota grondbeleid", dt.date(2023, 2, 2))


def test_semicolon_file_with_commas_in_free_text_is_read_as_semicolon() -> None:
    text = ("Nr;Onderwerp;Stand van zaken\n"
            "1;Brief over de N-weg, de Wadbrug en de veerpont;Loopt, brief volgt, na overleg, in Q3\n"
            "2;Notitie, met bijlagen;Gereed, verstuurd\n")
    assert sniff_delimiter(text) == ";"
    assert sniff_delimiter("Nr\tOnderwerp\n1\tIets, met komma\n") == "\t"
    assert sniff_delimiter('Nr,Onderwerp\n1,"Iets; met puntkomma"\n') == ","


@pytest.mark.parametrize(("raw", "shown"), [
    ("geïnformeerd".encode("utf-8"), "UTF-8"),
    (b"\xef\xbb\xbf" + "geïnformeerd".encode("utf-8"), "UTF-8 (met BOM)"),
    ("geïnformeerd".encode("cp1252"), "Windows-1252"),
    # Past the first chunk the checker reads: one é far into a large file still makes it Windows-1252.
    (b"x" * (1024 * 1024 + 5) + "é".encode("cp1252"), "Windows-1252"),
    # A UTF-8 character split over two chunks is still UTF-8.
    (b"x" * (1024 * 1024 - 1) + "ï".encode("utf-8"), "UTF-8"),
])
def test_encodings_utf8_with_and_without_bom_and_windows_1252(tmp_path: Path, raw: bytes, shown: str) -> None:
    path = tmp_path / "lijst.csv"
    path.write_bytes(raw)
    codec, named = encoding_of(path)
    assert named == shown
    assert path.read_text(encoding=codec).endswith(raw.decode(codec)[-1])


@pytest.mark.parametrize(("written", "date_format", "meant"), [
    ("10/5/2017", "MDY", dt.date(2017, 10, 5)),
    ("10/5/2017", "DMY", dt.date(2017, 5, 10)),
    ("5-12-2022", "DMY", dt.date(2022, 12, 5)),
    ("05.12.2022", "DMY", dt.date(2022, 12, 5)),
    ("5dec22", "DMY", dt.date(2022, 12, 5)),
    ("28 mrt 23", "DMY", dt.date(2023, 3, 28)),
    ("2020-06-30", "MDY", dt.date(2020, 6, 30)),
    ("P.M.", "DMY", None),
])
def test_dates_as_lists_write_them(written: str, date_format: str, meant: dt.date | None) -> None:
    assert day(written, date_format) == meant


def test_dates_that_are_not_termijnen_are_not_proposed() -> None:
    today = dt.date(2023, 5, 1)
    assert find_termijnen("Toegezegd in de commissie van 12 maart 2023.", today) == []
    assert find_termijnen("Update 5-4-2023: de brief is verstuurd.", today) == []
    assert find_termijnen("Besproken op 3 november; raadsinformatiebrief 2023-45 verstuurd", today) == []
    found = find_termijnen("Toegezegd op 12-3-2023; de raad ontvangt uiterlijk 1 oktober 2023 een brief", today)
    assert [(f.phrase, f.proposal) for f in found] == [("uiterlijk 1 oktober 2023", True)]
