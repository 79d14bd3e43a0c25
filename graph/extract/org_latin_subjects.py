"""A committee's name cut short before the Latin words that name its subject: "คณะอนุกรรมการขับเคลื่อน| Big Data และ
Gov Tech", "คณะทำงานบริหารการดำเนินการตามมาตรการ| Social Distancing", "คณะกรรมการพัฒนานวัตกรรมการบริหารจัดการ
สถานศึกษาในรูปแบบ| Public School", "คณะกรรมการอำนวยการโครงการ| TO BE NUMBER ONE".

A committee (org_patterns type Committee: คณะกรรมการ, คณะอนุกรรมการ, คณะกรรมาธิการ, คณะทำงาน) is named by what it does,
and Thai writes what it does with the English name of a scheme, a system or a measure, after a space. A name found by
pattern stops at the space (a space ends a Thai name's run), and the judges call it cut short (round 19: "คณะอนุกรรมการ
ขับเคลื่อน" cut before "Big Data และ Gov Tech", "คณะทำงานบริหารการดำเนินการตามมาตรการ" before "Social Distancing").
The name runs on through the Latin words written after one space (words joined by single spaces, "และ", "and", "&",
"-") when they end the run: a space, a line's end or a punctuation mark after them, no Thai glued on.

Not when the name as cut is one of its own: the corpora name it in a few releases, more of them whole than continued
into a longer name (recurrence.ends_there: "คณะกรรมการนโยบายเขตพัฒนาพิเศษภาคตะวันออก| EEC", 21 releases and none
longer, the Latin words its abbreviation; not "คณะอนุกรรมการขับเคลื่อน", 4 and 41, a stem the corpora go on from), or
follow it by many different letters (recurrence.followed_variously); when the Latin words hold an English body's
head word (english_bodies.json heads: "คณะกรรมาธิการสากลว่าด้วยนโยบายยาเสพติด| Global Commission", the name's own
English name, not its subject); when the name ends on "ฯ" (a short form) or no Thai letter; when a person or place
mention overlaps them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.recurrence import ends_there, followed_variously
from phakhi.graph.text.thai import is_thai
from phakhi.ontology import load_english_bodies

_WORD = r"[A-Za-z0-9][A-Za-z0-9.\-/&'’+]*"
_DASHES = ("-", "–")
_JOINERS = ("และ", "and", "&") + _DASHES
_JOINER = "(?:" + "|".join(_JOINERS) + ")"
# one space, a Latin word, more joined by single spaces (a joiner between two words), ending at a space, a line's
# end or a mark: "Big Data และ Gov Tech", "COVID - 19", "EIA-EHIA"
_SUBJECT = re.compile(rf" ({_WORD}(?: (?:{_JOINER} )?{_WORD}){{0,5}})(?=[\s)”\",;:]|$)")
_LIST_NUMBER = re.compile(r"\d+\.")  # a list item's number written "2." (or "4" before ")")
MAX_SUBJECT = 40  # letters of Latin words a name runs on through at most
OWN_RELEASES = 3  # releases the corpora name a name in, more of them whole than continued, for it to be one of its own


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(load_english_bodies()["heads"])


def _list_number(text: str, at: int, words: list[str]) -> bool:
    """Is the last of `words` (ending at `at`) the number of a list's next item: "2." or "4" before ")" ("… Gov Tech
    2) …"), not a number of the subject ("COVID 19", "COVID - 19", "Thailand 4.0")?"""
    last = words[-1]
    return bool(_LIST_NUMBER.fullmatch(last) or last.isdigit() and text.startswith(")", at)) and words[-2] not in _DASHES


def latin_subject_run_on(doc: Doc, start: int, name: str) -> str:
    """`name`, a committee's found by pattern at `start`, run on through the Latin words that name its subject after
    one space; else `name` as it is."""
    if not name or not is_thai(name[-1]) or name.endswith("ฯ"):
        return name
    end = start + len(name)
    m = _SUBJECT.match(doc.text, end)
    if m is None or len(m.group(1)) > MAX_SUBJECT or not re.search(r"[A-Za-z]", m.group(1)):
        return name
    words = m.group(1).split()
    while len(words) > 1 and (words[-1] in _JOINERS or _list_number(doc.text, end + 1 + len(" ".join(words)), words)):
        words.pop()  # "…| E-commerce และ 4) …", "… Gov Tech 2. …": a list's number, no part of the subject
    subject_end = end + 1 + len(" ".join(words))
    if not any(re.search(r"[A-Za-z]", w) for w in words) or any(w in _heads() for w in words):
        return name  # "…ยาเสพติด| Global Commission": the body's English name, not its subject
    if ends_there("organization", name, OWN_RELEASES) or followed_variously("organization", name):
        return name  # "คณะกรรมการนโยบายเขตพัฒนาพิเศษภาคตะวันออก| EEC": a name of its own, the Latin its abbreviation
    if doc.covered(end, subject_end, ("person", "place")):
        return name
    return doc.text[start:subject_end]
