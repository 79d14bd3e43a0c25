"""Programmes that no prefix announces: trade agreements named by their parties ("FTA ไทย-EU", "Thailand-EU FTA";
program_patterns.json "agreements"), schemes named after the province that models them ("น่านแซนด์บ็อกซ์"), and
the scheme's long names written with a stray space ("แผนพัฒนาเศรษฐกิจและสังคม แห่งชาติฉบับที่ 12"). Kept apart
from the scan: each is a pattern of its own found before the prefixes are read, so the names they find bound the
runs after a prefix."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

from phakhi.graph.extract.authority import program_entries
from phakhi.graph.extract.document import Doc, Mentions
from phakhi.graph.extract.gazetteer import Entry, Gazetteer
from phakhi.graph.extract.program_ends import name_end
from phakhi.graph.extract.program_words import NAME_RUN, PATTERN_KEY, program_data
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import first_characters, led_by, literal_alternation
from phakhi.graph.text.thai import is_thai, starts_word


@lru_cache(maxsize=1)
def _agreement_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(Thai, Latin) patterns of a trade agreement named by its parties (program_patterns.json "agreements")."""
    from pythainlp.corpus import countries

    data = program_data()["agreements"]
    partner = f"(?:{literal_alternation(list(countries()) + data['partners'])}|[A-Z]{{2,6}})"
    dash = r" ?[-–] ?"  # spaces, never a line break: a name stays on its line
    thai = re.compile(f"(?:{literal_alternation(data['heads'])})(?: ?\\((?:{literal_alternation(data['glosses'])})\\))?"
                      f" ?(?:ระหว่าง)?(?:{literal_alternation(data['first'])})(?:{dash}{partner}){{1,3}}"
                      r"(?: ?\([A-Z]{2,6}\))?")
    latin_partner = r"[A-Z][A-Za-z]*(?: [A-Z][a-z]+)?"
    latin = re.compile(led_by(first_characters(data["latin_first"]),
                              f"(?<![A-Za-z])(?:{literal_alternation(data['latin_first'])})(?:{dash}{latin_partner}){{1,3}}"
                              f" (?:{literal_alternation(data['latin_kinds'])})(?![A-Za-z])"))
    return thai, latin


def find_agreements(doc: Doc) -> None:
    """Trade agreements named by their parties ("ความตกลงการค้าเสรี (FTA) ไทย-สหภาพยุโรป (EU)", "FTA ไทย-EU",
    "Thailand-EU FTA"): programs the guideline counts that begin with no program prefix."""
    for pattern in _agreement_patterns():
        for m in pattern.finditer(doc.text):
            start, end = m.span()
            if doc.covered(start, end, ("person", "program", "place")):
                continue  # a partner may be a body the release names too ("สหภาพยุโรป"): both are mentioned
            doc.add(doc.mention(start, end, "program", PATTERN_KEY + normalize_label(m.group()), form="pattern"))


@lru_cache(maxsize=1)
def _place_models() -> re.Pattern[str]:
    """A province named as a model of a scheme ("จันทบุรีโมเดล", "น่านแซนด์บ็อกซ์", "บุรีรัมย์ โมเดล"): the
    provinces of pythainlp's corpus and the words of program_patterns.json "place_models"."""
    from pythainlp.corpus import provinces

    return re.compile(led_by(first_characters(provinces()),  # most positions of a release rejected at once
                             f"(?:{literal_alternation(sorted(provinces()))}) ?"
                             f"(?:{literal_alternation(program_data()['place_models'])})(?![A-Za-z])"))


@lru_cache(maxsize=1)
def _model_words() -> re.Pattern[str]:
    return re.compile(literal_alternation(program_data()["place_models"]))


def find_place_models(doc: Doc) -> None:
    """Schemes named after the province that models them ("แนวทางน่านโมเดล", "ภูเก็ตแซนด์บ็อกซ์"): programs the
    guideline counts (models, initiatives) that no prefix announces. The province begins a word and the model word
    ends one ("แนวทางน่านโมเดล|สร้าง…")."""
    text = doc.text
    if not _model_words().search(text):
        return  # every match ends on a model word, and most releases write none
    for m in _place_models().finditer(text):
        start, end = m.span()
        if doc.covered(start, end, ("organization", "person", "program")) or not starts_word(text, start) \
                or end < len(text) and is_thai(text[end]) and not starts_word(text, end):
            continue
        if start and text[start - 1] in "“\"" \
                and text[:start - 1].rstrip(" ").endswith(tuple(program_data()["prefixes"])):
            continue  # quoted after a prefix (โครงการ “ชัยนาทโมเดล”): the prefix's quoted name, found with it
        prefix = next((p for p in program_data()["prefixes"] if text.endswith(p, 0, start)), "")  # "นโยบายพะเยาโมเดล"
        if prefix:  # the prefix's name may run on ("โครงการขอนแก่นโมเดลสู่…")
            end = max(end, name_end(text, start - len(prefix), start, NAME_RUN.match(text, start).end()) or end)
        doc.add(doc.mention(start - len(prefix), end, "program", PATTERN_KEY + normalize_label(text[start:end]),
                            form="pattern"))


SPACED_MIN = 14  # characters (spaces left out) a scheme label needs to be matched across stray spaces


@lru_cache(maxsize=1)
def _spaced_gazetteer() -> Gazetteer:
    """The scheme's long Thai labels with their spaces left out."""
    entries = [Entry(e.kind, e.key, e.label.replace(" ", ""), e.form) for e in program_entries()
               if any(is_thai(ch) for ch in e.label) and len(e.label.replace(" ", "")) >= SPACED_MIN]
    return Gazetteer(entries)


def find_spaced_names(doc: Doc) -> None:
    """A long scheme name written with a stray space inside ("แผนพัฒนาเศรษฐกิจและสังคม แห่งชาติฉบับที่ 12"): match
    the text with its spaces left out; a shorter program found inside the span is a piece of it."""
    text = doc.text
    if " " not in text:
        return
    # where each space falls in the text without spaces: compact position c is text position c + (spaces before)
    spaces = list(accumulate(map(len, text.split(" ")[:-1])))  # the letters before each space
    hits = _spaced_gazetteer().find(text.replace(" ", ""))
    for hit in hits:
        start = hit.start + bisect_right(spaces, hit.start)
        end = hit.end - 1 + bisect_right(spaces, hit.end - 1) + 1
        if " " not in text[start:end] or doc.covered(start, end, ("organization", "person", "place")):
            continue
        inner = doc.mentions.kind("program").overlapping(start, end)
        if any(o.nstart < start or o.nend > end or o.key == hit.entry.key for _, o in inner):
            continue  # found already, or a program runs across the span
        if inner:
            gone = {id(o) for _, o in inner}
            doc.mentions = Mentions(m for m in doc.mentions if id(m) not in gone)
        doc.add(doc.mention(start, end, "program", hit.entry.key, form=hit.entry.form))
