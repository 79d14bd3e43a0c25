"""Organization mentions: authority names and abbreviations, abbreviations a release defines for itself
("การนิคมอุตสาหกรรมแห่งประเทศไทย (กนอ.)"), and organizations outside the authority file found by their
name patterns (กรม…, สำนักงาน…, บริษัท … จำกัด (มหาชน), …)."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from phakhi.graph.authority import gazetteer
from phakhi.graph.document import Doc
from phakhi.graph.gazetteer import Entry, Gazetteer, select_longest
from phakhi.graph.normalize import normalize_label
from phakhi.graph.thai import NAME_CHARS, thai_boundary_ok, tokenize
from phakhi.ontology import HERE, load_not_organizations, load_org_patterns, load_stopwords

_ABBREVIATION = re.compile(r"\s?\(\s?(?P<abbr>[" + NAME_CHARS + r"\.]{2,12}\.?|[A-Z][A-Za-z0-9&\-\.]{1,11})\s?\)")
_COMPANY_END = re.compile(r"จำกัด(?:\s?\(มหาชน\)|\s?มหาชน)?")
_LATIN_NAME = re.compile(r"\s?[A-Z][\w&\.\-]*(?:\s[A-Z][\w&\.\-]*){0,4}")
PATTERN_KEY = "name:"
OF = "แห่ง"


@lru_cache(maxsize=1)
def _place_pattern() -> re.Pattern[str]:
    words = sorted(_json("places.json")["prefixes"], key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + r")[^\s()“”\",]*")


@lru_cache(maxsize=None)
def _json(name: str) -> dict:
    return json.loads((HERE / "th" / name).read_text(encoding="utf-8"))


def mask_places(doc: Doc) -> None:
    """A venue ("ศูนย์การประชุมสหประชาชาติ", "โรงแรม…") is a place: it becomes a `place` mention, and the
    organizations, programs and event cues its name contains are not matched."""
    for m in _place_pattern().finditer(doc.text):
        doc.add(doc.mention(m.start(), m.end(), "place", "place:" + normalize_label(m.group())))


def find_authority_names(doc: Doc) -> None:
    """Organizations and programs of the authority files, by every label they are known by. A body
    named inside another's name ("สำนักงานภูมิภาคองค์การพัฒนาอุตสาหกรรมแห่งสหประชาชาติ") is mentioned too."""
    candidates = gazetteer().candidates(doc.text)
    chosen = select_longest(candidates)
    places = _json("places.json")
    regions, region_cues = set(places["regions"]), tuple(places["region_cues"])
    for hit in chosen:
        if doc.covered(hit.start, hit.end, ("place",)):
            continue
        if doc.text[hit.start:hit.end] in regions and doc.text[max(0, hit.start - 10):hit.start].rstrip(" ").endswith(
                tuple(c.strip() for c in region_cues)):
            continue  # "SMEs ของอาเซียน": the region, not the body
        doc.add(doc.mention(hit.start, hit.end, hit.entry.kind, hit.entry.key, form=hit.entry.form))
        nested = [c for c in candidates if c.entry.kind == "organization" == hit.entry.kind and c.entry.form == "name"
                  and c.entry.key != hit.entry.key and hit.start < c.start and c.end <= hit.end
                  and not doc.text.endswith(OF, hit.start, c.start)]  # "…แห่งสหประชาชาติ" names the body, not the UN
        for inner in select_longest(nested):
            doc.add(doc.mention(inner.start, inner.end, "organization", inner.entry.key, form="name", nested=True))


def learn_abbreviations(doc: Doc) -> None:
    """"FULL NAME (ABBR)" teaches that ABBR names the same thing in this release; later bare uses of
    ABBR are then resolved to it."""
    learned: list[Entry] = []
    for m in list(doc.of_kind("organization")) + list(doc.of_kind("program")):
        a = _ABBREVIATION.match(doc.text, m.nend)
        if not a or doc.covered(a.start("abbr"), a.end("abbr")):
            continue
        abbr = a.group("abbr")
        if abbr.isdigit() or len(abbr.rstrip(".")) < 2:
            continue
        doc.add(doc.mention(a.start("abbr"), a.end("abbr"), m.kind, m.key, form="abbr", learned=True))
        learned.append(Entry(m.kind, m.key, abbr, "abbr"))
    if learned:
        local = Gazetteer(learned, load_stopwords())
        for hit in local.find(doc.text):
            if not doc.covered(hit.start, hit.end, ("organization", "program", "person")):
                doc.add(doc.mention(hit.start, hit.end, hit.entry.kind, hit.entry.key, form="abbr", learned=True))


@lru_cache(maxsize=1)
def _prefix_pattern() -> re.Pattern[str]:
    prefixes = sorted((p["prefix"] for p in load_org_patterns()), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, prefixes)))


@lru_cache(maxsize=1)
def _pattern_types() -> dict[str, list[dict]]:
    table: dict[str, list[dict]] = {}
    for p in load_org_patterns():
        table.setdefault(p["prefix"], []).append(p)
    return table


@lru_cache(maxsize=1)
def _countries() -> re.Pattern[str]:
    from pythainlp.corpus import countries

    names = sorted(countries(), key=len, reverse=True)
    return re.compile(r"\s?(?:แห่ง)?(?:ประเทศ|สาธารณรัฐ|ราชอาณาจักร|สหพันธรัฐ|สหพันธ์สาธารณรัฐ)?\s?(?:" + "|".join(map(re.escape, names)) + ")")


def find_by_pattern(doc: Doc) -> None:
    """Organizations not in the authority file, from the words that begin their names."""
    data = load_not_organizations()
    for m in _prefix_pattern().finditer(doc.text):
        start = m.start()
        if doc.covered(start, m.end(), ("organization", "program", "person", "place")) or not thai_boundary_ok(doc.text, start, m.end()):
            continue
        if doc.text.startswith(tuple(data["words"]), start) or doc.text[:start].endswith(tuple(data["not_after"])):
            continue
        for pattern in _pattern_types()[m.group()]:
            end = _name_end(doc, start, m.end(), pattern["end"])
            if end is None:
                continue
            name = doc.text[start:end].strip()
            if doc.covered(start, end, ("person", "place")):
                break
            key = PATTERN_KEY + normalize_label(name)
            inner = [o for o in doc.mentions if o.kind == "organization" and start <= o.nstart and o.nend <= end]
            if pattern["type"] == "Company" and len(inner) == 1 and inner[0].key.startswith("org:"):
                key = inner[0].key  # "บริษัท เอสซีจี จำกัด (มหาชน)" is the authority's เอสซีจี
                doc.mentions.remove(inner[0])
            doc.add(doc.mention(start, start + len(name), "organization", key, type=pattern["type"], form="pattern"))
            break


def _name_end(doc: Doc, start: int, prefix_end: int, rule: str) -> int | None:
    text = doc.text
    line_end = doc.line_bounds(start)[1]
    if rule == "จำกัด":
        m = _COMPANY_END.search(text, prefix_end, min(line_end, prefix_end + 80))
        return m.end() if m and m.start() > prefix_end + 1 else None
    if rule == "latin":  # "บริษัท SAP", "บริษัท Lenzing Group"
        m = _LATIN_NAME.match(text, prefix_end)
        return m.end() if m else None
    if rule == "country":  # "รัฐบาลญี่ปุ่น", "รัฐบาลแห่งสาธารณรัฐเกาหลี"
        m = _countries().match(text, prefix_end)
        return m.end() if m else None
    stop = prefix_end
    while stop < line_end and not text[stop].isspace() and text[stop] not in "()[]“”\"',:;":
        stop += 1
    # a known organization or program right after the prefix ends the name there ("สำนักงานกระทรวง…" aside)
    for other in doc.mentions:
        if other.kind in ("organization", "program", "person") and prefix_end <= other.nstart < stop:
            stop = other.nstart
    if stop - prefix_end < 2:
        return None
    tokens = tokenize(text[prefix_end:stop])
    function_words = set(load_not_organizations()["inside_ok"])
    verbs = set(load_not_organizations()["inside_ok_verbs"])
    stopwords = load_stopwords() | function_words
    kept: list[str] = []
    for index, token in enumerate(tokens):
        if token in verbs:
            kept.append(token)
            continue
        if index == 0 and token in stopwords:
            return None  # "ธนาคารและ…", "วิสาหกิจชุมชนใน…": a generic word, not a name
        if token.isspace() or token in stopwords and token not in function_words:
            break
        kept.append(token)
    while kept and kept[-1] in function_words:  # a name never ends on "และ", "ใน"
        kept.pop()
    pos = prefix_end + sum(len(t) for t in kept)
    return pos if pos - prefix_end >= 2 else None
