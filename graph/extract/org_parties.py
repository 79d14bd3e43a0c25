"""The parties a body's name is between, and one party's side. A body's name that lists the countries it joins:
"คณะกรรมการบูรณาการการเชื่อมโยงทางรถไฟระหว่างไทย| ลาว และจีน", "สำนักงานแรงงานระหว่างประเทศไทย| กัมพูชา และลาว".

Thai writes the parties after "ระหว่าง" (not_organizations `parties`) with spaces, the last after "และ"; the mined cut
words end the name at the first space, after the first party, and the judges call the cut a boundary error. The list
is read only when every item is a country (foreign.country_end) and it closes with "และ" and one more: a list of
countries written right after a name's first party is that name's, not the sentence's. A name that ends on a side
word and a country ("คณะกรรมการฝ่ายไทย") is one party's side, no body (country_side). Two parties joined by a dash
are one name however the dash is spaced ("หอการค้าไทย - จีน", "หอการค้าไทย-จีน"); a name that ends on the dash, glued
to the first party, with a space after it, is cut before the second ("คณะทำงานไทย-| กวางตุ้ง", "มูลนิธิเอ-| ทเวนตี้วัน"):
a dash joins, it ends no name, so the word after the space is the name's (dashed_pair).
"""

from __future__ import annotations

import re

from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.foreign import country_end
from phakhi.ontology import load_not_organizations

MAX_SECOND = 30  # letters of the word after a dash a name runs on through
MAX_PARTIES = 4  # countries listed after the first, "และ" and the last among them
_AND = re.compile(r" ?และ ?")
_DASH_END = re.compile(r"[^\s][-–—]$")
_SECOND = re.compile(r" {1,2}([\u0e01-\u0e4eA-Za-z][\u0e01-\u0e4eA-Za-z0-9.]{0,%d})" % (MAX_SECOND - 1))


def dashed_pair(doc: Doc, start: int, name: str) -> str:
    """`name` (at `start`) run on through the word after the dash it ends on ("คณะทำงานไทย-| กวางตุ้ง"), unless another
    body or a person begins there; else `name` as it is."""
    at = start + len(name)
    second = _SECOND.match(doc.text, at) if _DASH_END.search(name) else None
    if second is None or doc.starting_in(at, second.end(), ("organization", "person")):
        return name
    return doc.text[start:second.end()]


def listed_parties(doc: Doc, start: int, name: str) -> str:
    """`name` (at `start`) run on through the countries listed after its first party, or `name` as it is."""
    text, at = doc.text, start + len(name)
    words = load_not_organizations()["parties"]
    first = max((name.rfind(w) + len(w) for w in words if w in name), default=-1)
    if first < 0 or not text.startswith(" ", at) or country_end(name[first:], 0) != len(name) - first:
        return name
    pos = at
    for _ in range(MAX_PARTIES):
        joined = _AND.match(text, pos)
        if joined:
            end = country_end(text, joined.end())
            return text[start:end] if end and not doc.starting_in(at, end, ("organization", "person")) else name
        end = country_end(text, pos) if text.startswith(" ", pos) else None
        if end is None:
            return name
        pos = end
    return name


def country_side(name: str) -> bool:
    """Does `name` end on one party's side, a side word and a country, Thailand too (not_organizations `sides`:
    "คณะกรรมการฝ่ายไทย", "คณะกรรมการฝ่ายกัมพูชา", "ฝ่ายกัมพูชา")? The side of a joint committee or of talks
    between two states names no body of its own: the body is the joint one, or each state's government."""
    name = name.rstrip()
    for word in load_not_organizations()["sides"]:
        at = name.rfind(word)
        if at >= 0 and country_end(name, at + len(word)) == len(name):
            return True
    return False
