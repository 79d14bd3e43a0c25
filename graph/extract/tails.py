"""Identifying tails: what a name of an organization or an event is written with right after its own words when the
name alone names a kind, not one body or one event. Three kinds of tail, one mechanism:

- number: a number word and a number ("…ภาคที่ 7", "…เขต 3", "…พื้นที่ 4", "สคร.ที่ 6"), Thai or Arabic digits;
- place: a province, with or without "จังหวัด"/"จ." ("สำนักงานพาณิชย์จังหวัด|เชียงใหม่", "สอจ.|พระนครศรีอยุธยา");
- partner: a hyphen and a country or region ("การประชุมรัฐมนตรีอาเซียน|-ญี่ปุ่น", "หอการค้าไทย|-จีน").

Whether a name takes its tail is the corpora's to say, not a word list's: a name whose own last word asks for the tail
(a number word, "จังหวัด", a country before a hyphen) always takes it, and a name the corpora write followed by that
tail in most releases naming it (mined by scripts/mine_name_tails.py into ontology/th/name_tails.json) takes it where
the text has it; "กระทรวงสาธารณสุข จ.นนทบุรี" (the ministry's address, written so in few of its releases) does not.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.names import provinces
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.thai import thai_boundary_ok
from phakhi.ontology import HERE, load_counts_data, load_months, load_not_organizations

KINDS = ("number", "place", "partner")
PATTERN_KEY = "name:"  # organizations.PATTERN_KEY: a name found by its words, not in the authority file


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads((HERE / "th" / "name_tails.json").read_text(encoding="utf-8"))


def _alternation(words) -> str:
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    from pythainlp.corpus import countries

    return frozenset(countries()) | frozenset(_data()["regions"])


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    data = _data()
    digits = r"[\d๐-๙]{1,3}(?![\d๐-๙/.,:%)\-–])"  # not "1/2560", "2)" (a list), "1-7" (several)
    return {
        "number": re.compile(r"[ ]?(?:(?:" + _alternation(data["number_words"]) + r")[ ]?)?" + digits),
        "place": re.compile(r"[ ]?(?:(?:" + _alternation(data["province_words"]) + r")[ ]?)?(?:"
                            + _alternation(provinces()) + ")"),
        "partner": re.compile(r"[ ]?[-–][ ]?(?:" + _alternation(_countries()) + ")"),
    }


@lru_cache(maxsize=1)
def _asking() -> dict[str, re.Pattern[str]]:
    """What a name ending asks for its tail by: a number word ("…ภาค", "…เขตที่"), a province word ("…จังหวัด",
    "…จ."), a country or region (before a hyphen and a partner)."""
    data = _data()
    return {"number": re.compile("(?:" + _alternation(data["number_words"]) + ")$"),
            "place": re.compile("(?:" + _alternation(data["province_words"]) + ")$"),
            "partner": re.compile("(?:" + _alternation(_countries()) + ")$")}


def tail_at(text: str, pos: int, kind: str) -> int | None:
    """End of a tail of `kind` written right at `pos`, if one is (and it ends on a syllable's end, not before a
    unit that makes its number a count: "… 12 แห่ง")."""
    m = _patterns()[kind].match(text, pos)
    if not m or not thai_boundary_ok(text, pos, m.end()) or kind == "number" and _counted(text, m.end()):
        return None
    return m.end()


def tail_core(tail: str) -> str:
    """What a tail says once its number or province word is set aside: " จังหวัดราชบุรี" and "ราชบุรี" are one."""
    return _marker().sub("", "".join(tail.split()))


@lru_cache(maxsize=1)
def _marker() -> re.Pattern[str]:
    data = _data()
    return re.compile(r"^[-–]?(?:" + _alternation(data["number_words"] + data["province_words"]) + ")?")


def _counted(text: str, pos: int) -> bool:
    """Does a unit or a month follow a number ending at `pos` ("… 12 แห่ง", "… 7 พฤศจิกายน")? Then it counts
    or dates, and names nothing."""
    return text[pos:pos + 12].lstrip(" ").startswith(_after_numbers())


@lru_cache(maxsize=1)
def _after_numbers() -> tuple[str, ...]:
    words = set(load_not_organizations()["classifiers"]) | set(load_counts_data()["units"]) | set(load_months()["months"])
    return tuple(sorted(words, key=len, reverse=True))


def head(name: str) -> str:
    """A name as the tail table keys it: normalised, without spaces, its numbers written "#" (what follows
    "สำนักศิลปากรที่ 3" follows "สำนักศิลปากรที่ 5")."""
    return _DIGITS.sub("#", "".join(normalize_label(name).split()))


_DIGITS = re.compile(r"[\d๐-๙]+")


def asks_for(name: str, kind: str) -> bool:
    """Does the name's own last word ask for a tail of `kind` ("ศูนย์ส่งเสริมอุตสาหกรรมภาคที่", "…จังหวัด",
    "การประชุมรัฐมนตรีอาเซียน")? A country or region alone ("อาเซียน-ฮ่องกง") is no name that takes a partner."""
    squeezed = head(name)
    m = _asking()[kind].search(squeezed)
    return bool(m) and (kind != "partner" or m.start() > 0)


@lru_cache(maxsize=1)
def _mined() -> dict[str, frozenset[str]]:
    return {kind: frozenset(_data()["heads"].get(kind, ())) for kind in KINDS}


def takes(name: str, kind: str) -> bool:
    """Does a name take a tail of `kind`: its last word asks for one, or the corpora mostly write one after it?"""
    return asks_for(name, kind) or head(name) in _mined()[kind]


def tailed_end(text: str, start: int, end: int, kinds: tuple[str, ...] = KINDS) -> int:
    """`end` carried over the identifying tails the name text[start:end] takes and the text writes after it (a
    place, then a number: "สพป.เชียงราย เขต 3"), else `end`."""
    for kind in kinds:
        while takes(text[start:end], kind) and (after := tail_at(text, end, kind)) is not None:
            end = after  # a partner may have partners of its own: "อาเซียน-จีน-ญี่ปุ่น"
            if kind != "partner":
                break
    return end


def extend_organizations(doc: Doc) -> None:
    """Every organization mention run on over the tails its name takes: the longer name is its own body ("ศูนย์
    ส่งเสริมอุตสาหกรรมภาคที่ 7"), keyed by its words like a name found by pattern, of the type its head has."""
    from phakhi.graph.extract.authority import organizations

    for m in list(doc.of_kind("organization")):
        if m.data.get("nested"):
            continue
        end = tailed_end(doc.text, m.nstart, m.nend)
        if end == m.nend or doc.covered(m.nend, end, ("organization", "person", "program")):
            continue
        name = doc.text[m.nstart:end]
        record = organizations().get(m.key, {})
        data = {**m.data, "type": m.data.get("type") or record.get("type"), "form": "pattern", "tail": True}
        doc.mentions.remove(m)
        doc.add(doc.mention(m.nstart, end, "organization", PATTERN_KEY + normalize_label(name), **data))
