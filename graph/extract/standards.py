"""Named standards, certifications and labels: the guideline counts them as programmes ("มาตรฐาน มอก.", "มาตรฐาน อย.",
"มาตรฐาน GAP", "ฉลาก GMP", "มาตรฐานผลิตภัณฑ์ชุมชน (มผช.)"), and they begin with no program prefix.

A standard is named by a head word (program_patterns.json "standard_heads": มาตรฐาน, ฉลาก, เครื่องหมาย …) and a
proper part right after it: a Thai abbreviation ("อย.", "มผช.") or a Latin name ("GAP", "ISO 14001", "SHA Plus").
A Thai word after the head is most often the ordinary phrase ("มาตรฐานสากล", "มาตรฐานการผลิต", "ฉลากสินค้า"): a Thai
name is taken only where the release glosses it with its own abbreviation ("มาตรฐานผลิตภัณฑ์ชุมชน (มผช.)", which the
organization stage then learns for the rest of the release) or with a mark ("มาตรฐานการผลิตพืช (GAP)"); a Latin gloss
that is no mark glosses the thing, not the standard ("มาตรฐานสากล (ECO Sticker)").

The corpora decide the rest (ontology/th/program_standards.json, mined by scripts/mine_program_standards.py):
- "generic": parts written after a head in a small share of the many releases that write them (dates "พ.ศ.", "PM 2",
  "QR Code", "GDP"): after a head they are no standard's name;
- "marks": parts written after a head in several releases: a part that is also an organization's label ("อย.")
  is a standard after a head only with that evidence ("มาตรฐาน OECD" is the body's rule, "มาตรฐาน อย." its mark);
- "bare": marks written after a head in a large share of their releases ("GAP"): a standard also where written bare.
Every form of one standard takes one key, its proper part: "มาตรฐาน GAP", "การรับรอง GAP" and "GAP" are one programme.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from phakhi.graph.extract.authority import organization_entries
from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.program_words import PATTERN_KEY, count_after
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import literal_alternation
from phakhi.graph.text.thai import letters_in_order, starts_word
from phakhi.ontology import load_mined, load_months, load_program_patterns

_THAI_ABBREVIATION = r"[ก-ฮ]{1,6}\.(?:[ก-ฮ]{1,6}\.)*"
_LATIN = r"[A-Z][A-Za-z0-9\-/&+]*(?: (?:[A-Z][A-Za-z0-9\-/&+]*|\d{1,6}(?:[\-:]\d{1,4})*))*"
# a proper part, whole: not followed by a number (an era or a law's number: "พ.ศ. 2560", "พ.ศ. ..."), more of a decimal ("PM 2.5")
# or more of an abbreviation
_PART = re.compile(f"(?P<part>{_THAI_ABBREVIATION}(?![ก-ฮ]{{1,6}}\\.|\\.| ?[\\d๐-๙.…])"
                   f"|{_LATIN}(?![A-Za-z0-9]|[.,]\\d| ?\\d))")
_TRIM = "/-&+"
_GLOSSED_NAME = re.compile(r"[ก-๛]{2,40}(?= ?\()")
_GLOSS = re.compile(f" ?\\((?P<abbr>{_THAI_ABBREVIATION}|[A-Z][A-Za-z0-9\\- ]{{1,60}})\\)")
_COUNTED = re.compile(r" \d+$")  # a number ending a Latin part: a count when a unit or Thai follows ("GHH 34แห่ง")


@lru_cache(maxsize=1)
def _heads() -> re.Pattern[str]:
    heads = load_program_patterns()["standard_heads"]
    return re.compile(literal_alternation(heads))


@lru_cache(maxsize=1)
def mined() -> dict[str, frozenset[str]]:
    """{"marks" | "bare" | "generic": the parts the corpora write so (program_standards.json); normalised}."""
    data = load_mined("program_standards.json")
    return {key: frozenset(normalize_label(row[0]) for row in data.get(key, ())) for key in ("marks", "bare", "generic")}


@lru_cache(maxsize=1)
def _organization_labels() -> frozenset[str]:
    return frozenset(normalize_label(e.label) for e in organization_entries())


def _initials_fit(name: str, abbreviation: str) -> bool:
    """Are the letters of a Thai `abbreviation` those of `name` in order, its first the name's first ("มผช." of
    "มาตรฐานผลิตภัณฑ์ชุมชน")? A bracketed word that is no abbreviation of the name ("(ภาคตะวันออก)") is not."""
    letters = abbreviation.replace(".", "")
    return bool(letters) and letters[0] == name[0] and letters_in_order(name, letters)


def _counted(text: str, end: int) -> bool:
    """Is a number right before `end` counted: a unit, a percent sign or a Thai word glued after it?"""
    return bool(text[end:end + 1] == "%" or text[end:end + 1] and "\u0e01" <= text[end] <= "\u0e4e"
                or count_after().match(text, end))


@lru_cache(maxsize=1)
def _latin_date() -> re.Pattern[str]:
    """A Latin month name and a day (months.json): "October 3" after a head is a date, no mark's name."""
    names = [name for name in load_months()["months"] if name.isascii()]
    return re.compile(literal_alternation(names) + r"\.? \d")


def marks_after_heads(text: str) -> Iterator[tuple[int, int, int]]:
    """(where the head starts, where the proper part after it starts and ends) for each head written with an
    abbreviation or a Latin name right after it, glued or after one space."""
    for head in _heads().finditer(text):
        at = head.end() + (text[head.end():head.end() + 1] == " ")
        part = _PART.match(text, at)
        if part and not _latin_date().match(text, at):
            end = part.end()
            while end > at and text[end - 1] in _TRIM:
                end -= 1
            counted = _COUNTED.search(text, at, end)
            if counted and _counted(text, end):  # "มาตรฐาน GHH 34แห่ง", "GHH 100%": the number counts
                end = counted.start()
            if end > at:
                yield head.start(), at, end


@lru_cache(maxsize=1)
def _bare() -> re.Pattern[str] | None:
    """The marks the corpora write bare as standards, as whole words."""
    names = sorted(mined()["bare"])
    if not names:
        return None
    return re.compile(f"{literal_alternation(names, '[A-Za-z0-9ก-๛.]')}(?![A-Za-z0-9])")


def find_standards(doc: Doc) -> None:
    """Standards named by a head and a proper part, glossed Thai names of standards, and the mined marks written bare."""
    text, data, organizations = doc.text, mined(), _organization_labels()
    for start, at, end in marks_after_heads(text):
        part = normalize_label(text[at:end])
        if part in data["generic"] or (part in organizations and part not in data["marks"]) \
                or doc.covered(start, at, ("organization", "person", "place", "program")) \
                or doc.covered(at, end, ("person", "program")) or not starts_word(text, start):
            continue  # "สำนักงานมาตรฐาน…": a body's name; "มาตรฐาน พ.ศ.": no part; "มาตรฐาน OECD": the body's
        doc.add(doc.mention(start, end, "program", PATTERN_KEY + part, form="pattern"))
    for head in _heads().finditer(text):
        name = _GLOSSED_NAME.match(text, head.end())
        gloss = _GLOSS.match(text, name.end()) if name else None
        if not gloss or doc.covered(head.start(), name.end()) or not starts_word(text, head.start()):
            continue
        abbr = gloss.group("abbr").strip()
        if abbr.isascii() and normalize_label(abbr) not in data["marks"] \
                or not abbr.isascii() and not _initials_fit(text[head.start():name.end()], abbr):
            continue  # "มาตรฐานสากล (ECO Sticker)": a Latin gloss of the thing, not of the standard
        doc.add(doc.mention(head.start(), name.end(), "program", PATTERN_KEY + normalize_label(abbr), form="pattern"))
    pattern = _bare()
    for m in pattern.finditer(text) if pattern else ():
        if not doc.covered(m.start(), m.end()):
            doc.add(doc.mention(m.start(), m.end(), "program", PATTERN_KEY + normalize_label(m.group()),
                                form="pattern"))
