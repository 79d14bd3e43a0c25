"""A name cut short before the words its own English name, in brackets after them, translates: "ศูนย์ความเป็นเลิศ
ด้านหุ่นยนต์| และระบบอัตโนมัติ (Center of Robotic Excellence : CORE)", "ศูนย์ส่งเสริมงานวิจัย|สู่อุตสาหกรรมในอนาคต
(Industry Transformation Center)".

A body's name found by pattern is cut where a word that usually goes on with the sentence begins ("สู่", "และ", "ที่"),
and the judges call the cut a boundary error when the release goes on with the name's own words. A release that
writes a new or foreign body's whole name often glosses it in English in brackets right after it, as it glosses an
abbreviation (org_abbreviated). Then the bracket tells where the Thai name ends: the Thai name runs on to it. The
gloss must be a body's name of the same kind as the Thai one: it holds an English head word (english_bodies.json
"heads": Center, Office, Committee, Institute, Association ...) whose type is the Thai prefix's type (org_patterns:
ศูนย์ and Center are both a Department, คณะกรรมการ and Committee a Committee), so a gloss of the sentence's last term
("คณะกรรมการสุขภาพแห่งชาติ ให้แนวคิด…ห่วงใยสุขภาพ (Health in All Policies)") or of another body begun between
("ศูนย์วิเคราะห์ทดสอบสิ่งทอ|และศูนย์วิจัยพัฒนาออกแบบผลิตภัณฑ์ (Pilot Plant)") runs nothing on. The words between are
Thai letters and spaces on the same line, begin no other body's name (no prefix word inside them), hold no word that
ends a name or marks a verb or clause (not_organizations "ends", "clause_markers", "verb_markers", "clause_ends"), no
title, no mention of a body, a person or a place, and no country's name (where a foreign body is, not its name).
"""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.extract.authority import title_at
from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.names import org_prefix
from phakhi.graph.extract.org_abbreviated import MAX_GAP, _stops
from phakhi.graph.text.patterns import literal_alternation
from phakhi.graph.text.thai import tokenize
from phakhi.ontology import load_english_bodies

_GAP = re.compile(r"[\u0e01-\u0e4e]+(?: {1,2}[\u0e01-\u0e4e]+)*")  # Thai letters and single (or double) spaces
_GLOSS = re.compile(r" ?\( ?([A-Z][A-Za-z0-9&,.'’\- ]*(?: ?[:\-–] ?[A-Z][A-Za-z0-9&.\-]*)?) ?\)")  # "(Center of … : CORE)"
_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1)
def _heads() -> dict[str, str]:
    return dict(load_english_bodies()["heads"])


@lru_cache(maxsize=1)
def _joiners() -> frozenset[str]:
    return frozenset(w for joiner in load_english_bodies()["joiners"] for w in joiner.split())


@lru_cache(maxsize=1)
def _countries() -> re.Pattern[str]:
    from pythainlp.corpus import countries

    return re.compile(literal_alternation(countries()))


def _names_a_body(gloss: str, kind: str) -> bool:
    """Does the English `gloss` open with a body's name of the type `kind`: a head word of that type among its
    capitalised words, before any lower-case word that is no joiner ("Center of Robotic Excellence", "Industry
    Transformation Center"; not "Memorandum of Understanding between the Ministry of …")?"""
    for word in _WORD.findall(gloss):
        if word.islower() and word not in _joiners():
            return False
        if _heads().get(word) == kind:
            return True
    return False


def glossed_run_on(doc: Doc, start: int, name: str, kind: str) -> str:
    """`name` (at `start`, of the pattern type `kind`) run on to the English name in brackets after it, when that
    English name is a body's of the same type and the words between are the name's; else `name` as it is."""
    end = start + len(name)
    gap = _GAP.match(doc.text, end + (1 if doc.text.startswith(" ", end) else 0), end + MAX_GAP + 2)
    if gap is None or gap.end() - end > MAX_GAP:
        return name
    gloss = _GLOSS.match(doc.text, gap.end())
    if gloss is None or not _names_a_body(gloss.group(1), kind):
        return name  # no English name of a body of this type: a term of the sentence, a document, or nothing
    if doc.covered(end, gap.end(), ("organization", "person", "place", "program")) \
            or _countries().search(doc.text, gap.start(), gap.end()):
        return name  # "…| มหาวิทยาลัยเทคโนโลยีพระจอมเกล้าธนบุรี (Institute of Field Robotics)": another body's gloss;
        # "สถาบันสุขภาพแห่งชาติ| สหรัฐอเมริกา (National Institute of Health)": where the body is, no part of its name
    tokens = tokenize(gap.group())
    words = [w for w in tokens if w.strip()]
    starts = [gap.start() + sum(map(len, tokens[:i])) for i, w in enumerate(tokens) if w.strip()]
    if any(w in _stops() or org_prefix(w) for w in words) or any(title_at(doc.text, at) for at in starts):
        return name  # another body begun between ("…|และศูนย์วิจัยพัฒนาออกแบบผลิตภัณฑ์ (Pilot Plant)"), or the
        # sentence goes on: a verb marker, a word that ends a name, a title
    return doc.text[start:gap.end()]
