"""Policies and measures named by a code: two numbers ("นโยบาย 5x5 ฝ่าวิกฤตประชากร", "นโยบาย 5×5"), after the
prefix and a space, then the Thai title it runs on to, if written; or a number and a letter after the words of the
policy's field ("นโยบายส่งเสริมวัฒนธรรม 5F", "นโยบายการเกษตร 3S", "มาตรการลดเผา 3R"), the count of the aims
whose initial the letter is. The scan reads no name after a prefix and a space, and a bare number after a prefix
counts ("โครงการ 10 โครงการ"); a pair of numbers joined by a multiplication mark is a name's code, as "1 ตำบล 1
ผลิตภัณฑ์" is a name's pairing (program_ends.numbered_pair_end), and a field written before a code is the name the
code shortens, where alone it tells a kind ("มาตรการด้านสาธารณสุข"). Every spelling of the mark and its spaces is one
programme, titled or not (program_patterns.json "coded"). A code right after the prefix ("นโยบาย 3S", "มาตรการ
2U") is a Latin name after a prefix, the scan's (program_latin)."""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.extract.document import Doc, Mentions
from phakhi.graph.extract.program_ends import name_end
from phakhi.graph.extract.program_words import (NAME_RUN, PATTERN_KEY, counted, not_before, offices, program_data,
                                                word_sets)
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import literal_alternation
from phakhi.graph.text.thai import is_thai, tokenize

FIELD_WORDS = 40  # letters of the field's words between the prefix and a letter code
_CODE = re.compile(r" [2-9][A-Z]")


@lru_cache(maxsize=1)
def _coded() -> re.Pattern[str]:
    """A prefix, a space or none, two numbers of one or two digits joined by a mark (spaces either side or none),
    no digit, point, Latin letter or equals sign after; groups: the prefix and the numbers."""
    data = program_data()
    marks = literal_alternation(data["coded"]["marks"])
    return re.compile(f"({literal_alternation(data['prefixes'])}) ?(\\d{{1,2}}) ?(?:{marks}) ?(\\d{{1,2}})"
                      r"(?![\d.,A-Za-z]| ?=) ?")  # "4 แผน 4 x5 =20": a sum, no code


@lru_cache(maxsize=1)
def _pair() -> re.Pattern[str]:
    return re.compile(f"\\d ?(?:{literal_alternation(program_data()['coded']['marks'])}) ?\\d")


def find_coded_names(doc: Doc) -> None:
    """Names of a prefix and a code of two numbers, with the Thai title after it when the words there name
    something as a name's words do (`name_end`: "นโยบาย 5x5 ฝ่าวิกฤตประชากร| มุ่งเน้น…", "นโยบาย 5x5| ของกระทรวง"):
    keyed by the prefix and the code, so "5X5", "5 × 5" and the name with or without its title are one programme.
    Not after a body's head the prefix belongs to ("คณะกรรมการนโยบาย…") nor where another name is found."""
    text = doc.text
    if not _pair().search(text):
        return  # every match holds two numbers joined by a mark, and most releases write none
    for m in _coded().finditer(text):
        start, code_end = m.start(), m.end(3)
        if text.endswith(not_before(), 0, start) or text.startswith(offices(), start):
            continue
        end = code_end
        if m.end() < len(text) and is_thai(text[m.end()]):
            titled = name_end(text, start, m.end(), NAME_RUN.match(text, m.end()).end())
            end = titled if titled is not None and titled > m.end() else end
        if doc.covered(start, end):
            continue
        key = f"{m.group(1)} {m.group(2)}x{m.group(3)}"
        doc.add(doc.mention(start, end, "program", PATTERN_KEY + normalize_label(key), form="pattern"))


@lru_cache(maxsize=1)
def _field_coded() -> re.Pattern[str]:
    """A prefix, the field's Thai words (no space), a space, and a code of a number and a capital letter ("3S", "5F")
    with no Latin word or letter after it ("3P Safety", "3R Reduce": the code begins a Latin name) and no letter of a
    technology's or a format's code ("5G", "3D", "4K": program_patterns.json "coded" "not_letters"); groups: the
    prefix, the field's words."""
    data = program_data()
    not_letters = "".join(data["coded"]["not_letters"])
    prefixes = literal_alternation(data["prefixes"])  # no prefix among the field's words: the name begins at the last
    return re.compile(f"({prefixes})((?:(?!{prefixes})[ก-๛]){{2,{FIELD_WORDS}}}) "
                      f"[2-9](?![{not_letters}])[A-Z](?![A-Za-z0-9.]| ?[A-Za-z])")


def find_field_coded_names(doc: Doc) -> None:
    """Names of a prefix, the policy's field and a letter code ("นโยบายส่งเสริมวัฒนธรรม 5F", "นโยบายด้านการเกษตรและ
    อาหาร 3S", "มาตรการลดเผา 3R"), where the field's words hold no word that ends a name or opens a clause
    ("มาตรการให้|หลีกเลี่ยง 3C", "มาตรการของ|สาธารณสุข 2U", "แผนที่ 3D", "ยุทธศาสตร์บนพื้นฐานของ|หลักการ 3M";
    program_patterns.json "coded" "not_in_field"): the sentence going on, the code another's.
    Not a counted prefix, a body's ("คณะกรรมการนโยบาย…"), nor across a body, a person or a programme's bounds; a
    scheme programme inside the field's words is a piece of the name."""
    text = doc.text
    if not _CODE.search(text):
        return  # every match ends on a code after a space, and most releases write none
    stops = word_sets()[0] | frozenset(program_data()["relative"]) | frozenset(program_data()["coded"]["not_in_field"])
    not_after = frozenset(program_data()["not_after"])
    for m in _field_coded().finditer(text):
        start, end = m.span()
        tokens = tokenize(m.group(2))
        if not tokens or tokens[0] in not_after or any(t in stops for t in tokens) \
                or text.endswith(not_before(), 0, start) or text.startswith(offices(), start) or counted(text, start) \
                or doc.covered(start, end, ("organization", "person")):
            continue
        inner = [o for _, o in doc.mentions.kind("program").overlapping(start, end)]
        if any(o.nstart < start or o.nend > end for o in inner):
            continue
        if inner:
            gone = {id(o) for o in inner}
            doc.mentions = Mentions(o for o in doc.mentions if id(o) not in gone)
        doc.add(doc.mention(start, end, "program", PATTERN_KEY + normalize_label(m.group()), form="pattern"))
