"""Identifying tails: what a name of an organization or an event is written with right after its own words when the
name alone names a kind, not one body or one event. Four kinds of tail, one mechanism:

- number: a number, bare or after a number word ("…ภาคที่ 7", "กองร้อยตำรวจตระเวนชายแดน 336"), Thai or Arabic digits;
- area: a number after a word for one of a body's areas ("สำนักงาน คปภ. ภาค 8", "สพป.ยะลา เขต 1", "ททท.เขต 7");
- place: a province, with or without "จังหวัด"/"จ." ("สำนักงานพาณิชย์จังหวัด|เชียงใหม่", "สอจ.|พระนครศรีอยุธยา");
- partner: a hyphen and a country or region ("การประชุมรัฐมนตรีอาเซียน|-ญี่ปุ่น", "หอการค้าไทย|-จีน");
- country: another country or a region glued to an organization's name ("กระทรวงการต่างประเทศ|สหราชอาณาจักร",
  "คณะทำงานกรอบคุณวุฒิอ้างอิง|อาเซียน"), or another country joined to it by "แห่ง" after up to two spaces, its state
  words optional ("กระทรวงวัฒนธรรม| แห่งสาธารณรัฐประชาชนจีน", "กระทรวงมหาดไทย| แห่งกัมพูชา"): that country's body,
  not the Thai one the first words name.

Whether a name takes a tail the text writes after it is the corpora's to say, not a list of names': a name takes
- a number, a place or a partner when its own last word asks for one (a number word, "จังหวัด", a country before a
  hyphen), or when the corpora write it
  followed by that tail, with different tails, in most of the releases naming it (mined by scripts/mine_name_tails.py
  into ontology/th/name_tails.json: "กองร้อยตำรวจตระเวนชายแดน" + a number, "ศูนย์อนามัยที่#" + a province): "กระทรวง
  สาธารณสุข จ.นนทบุรี" (an address, written so in few of its releases) stays the ministry;
- an area number always: the area word says the number is one of a body's offices; a glued country always (Thailand,
  the own country, aside: "กระทรวงพาณิชย์ไทย" is the ministry);
unless the body is of a type that takes no tail of that kind (name_tails.json `not_for_types`: a ministry's area
number is an inspector's zone, "ผู้ตรวจราชการกระทรวงเกษตรและสหกรณ์ เขต 4"; a company's province is a plant's address),
or its name follows the title of a holder assigned an area (`zone_titles`: "ผู้ตรวจราชการกรม… เขต 3", the zone is
the inspector's).
"""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.extract.authority import organizations
from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.foreign import country_end, foreign_mention, national
from phakhi.graph.extract.names import partners, provinces
from phakhi.graph.extract.organizations import PATTERN_KEY
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import literal_alternation
from phakhi.graph.text.thai import thai_boundary_ok
from phakhi.ontology import load_counts_data, load_mined, load_months, load_not_organizations, own_country

KINDS = ("number", "area", "place", "partner", "country")  # read in this order, again while one is taken, each once:
# "ศูนย์ป้องกันฯ เขต 12 สงขลา", "สำนักงานสวัสดิการและคุ้มครองแรงงานกรุงเทพมหานคร พื้นที่ 6"
NUMBERED = "#"  # a name's numbers, as the tail table writes them


def _data() -> dict:
    return load_mined("name_tails.json")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    data = _data()
    digits = r"[\d๐-๙]{1,3}(?![\d๐-๙/.,:%)\-–])"  # not "1/2560", "2)" (a list), "1-7" (several)
    return {
        "number": re.compile(r"[ ]?(?:(?:" + literal_alternation(data["number_words"]) + r")[ ]?)?" + digits),
        "area": re.compile(r"[ ]?(?:" + literal_alternation(data["area_words"]) + r")[ ]?" + digits),
        "place": re.compile(r"[ ]?(?:(?:" + literal_alternation(data["province_words"]) + r")[ ]?)?(?:"
                            + literal_alternation(provinces()) + ")"),
        "partner": re.compile(r"[ ]?[-–][ ]?(?:" + literal_alternation(partners()) + ")"),
        "country": re.compile(literal_alternation(partners() - set(own_country()))),
    }


@lru_cache(maxsize=1)
def _asking() -> dict[str, tuple[str, ...]]:
    """The endings by which a name asks for its tail: a number word ("…ภาค", "…เขตที่"), a province word
    ("…จังหวัด", "…จ."), a country or region (before a hyphen and a partner)."""
    data = _data()
    return {"number": tuple(data["number_words"]), "area": (), "place": tuple(data["province_words"]),
            "partner": tuple(partners()), "country": ()}


def tail_at(text: str, pos: int, kind: str) -> int | None:
    """End of a tail of `kind` written right at `pos`, if one is (and it ends on a syllable's end, its number not
    one that counts, measures or dates: "… 12 แห่ง", "… 45 ไร่", "… 7 พฤศจิกายน")."""
    m = _patterns()[kind].match(text, pos)
    if not m or not thai_boundary_ok(text, pos, m.end()) or kind in ("number", "area") and _counted(text, m.end()):
        return None
    return m.end()


def tail_core(tail: str) -> str:
    """What a tail says once its number or province word is set aside: " จังหวัดราชบุรี" and "ราชบุรี" are one."""
    return _marker().sub("", "".join(tail.split()))


@lru_cache(maxsize=1)
def _marker() -> re.Pattern[str]:
    data = _data()
    return re.compile(r"^[-–]?" + literal_alternation(data["number_words"] + data["area_words"] + data["province_words"])
                      + "?")


def _counted(text: str, pos: int) -> bool:
    """Does a unit, a measure or a month follow a number ending at `pos`? Then it counts, measures or dates."""
    return text[pos:pos + 12].lstrip(" ").startswith(_after_numbers())


@lru_cache(maxsize=1)
def _after_numbers() -> tuple[str, ...]:
    words = set(load_not_organizations()["classifiers"]) | set(load_counts_data()["units"]) | \
        set(load_months()["months"]) | set(_data()["measures"])
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=65536)
def head(name: str) -> str:
    """A name as the tail table keys it: normalised, without spaces, its numbers written "#" (what follows
    "สำนักศิลปากรที่ 3" follows "สำนักศิลปากรที่ 5")."""
    return _DIGITS.sub(NUMBERED, "".join(normalize_label(name).split()))


_DIGITS = re.compile(r"[\d๐-๙]+")


def asks_for(name: str, kind: str) -> bool:
    """Does the name's own ending ask for a tail of `kind` ("ศูนย์ส่งเสริมอุตสาหกรรมภาคที่", "…จังหวัด",
    "การประชุมรัฐมนตรีอาเซียน")? A country or region alone ("อาเซียน-ฮ่องกง") is no name that takes a partner."""
    squeezed = head(name)
    return squeezed.endswith(_asking()[kind]) and (kind != "partner" or not _countries_only().fullmatch(squeezed))


@lru_cache(maxsize=1)
def _mined() -> dict[str, frozenset[str]]:
    return {kind: frozenset(_data()["heads"].get(kind, ())) for kind in KINDS}


def refuses(kind: str, type_: str | None) -> bool:
    """Does an organization of type `type_` take no tail of `kind` (name_tails.json `not_for_types`)?"""
    return type_ in _data()["not_for_types"].get(kind, ())


def takes(name: str, kind: str, type_: str | None = None) -> bool:
    """Does a name (of an organization of type `type_`, if one) take a tail of `kind`?"""
    if refuses(kind, type_):
        return False
    if kind == "country":  # a country or region alone takes none: "อาเซียน|จีน" are two, "การค้าเสรีอาเซียน|จีน" one
        return not _countries_only().fullmatch(head(name))
    return kind == "area" or asks_for(name, kind) or head(name) in _mined()[kind]


@lru_cache(maxsize=1)
def _countries_only() -> re.Pattern[str]:
    return re.compile("(?:" + literal_alternation(partners()) + ")+")


def tailed_end(text: str, start: int, end: int, kinds: tuple[str, ...] = KINDS, type_: str | None = None) -> int:
    """`end` carried over the identifying tails the name text[start:end] takes and the text writes after it, each
    kind at most once and one number at most (a partner may have partners of its own: "อาเซียน-จีน-ญี่ปุ่น"), in the
    order of KINDS and again while one is taken ("สพป.เชียงราย| เขต 3", "…แรงงาน|กรุงเทพมหานคร| พื้นที่ 6"), else `end`."""
    return tails_taken(text, start, end, kinds, type_)[0]


def tails_taken(text: str, start: int, end: int, kinds: tuple[str, ...] = KINDS,
                type_: str | None = None) -> tuple[int, list[str]]:
    """`tailed_end` and the kinds of tail taken, in order."""
    left, taken, done = list(kinds), True, []
    while taken:
        taken = False
        for kind in list(left):
            if kind not in left or (after := tail_at(text, end, kind)) is None or not takes(text[start:end], kind, type_):
                continue  # (the tail first: most names have none, and reading the text there is the cheaper test)
            end, taken = after, True
            done.append(kind)
            while kind == "partner" and (after := tail_at(text, end, kind)) is not None:  # "อาเซียน-จีน-ญี่ปุ่น"
                end = after
            left = [k for k in left if k != kind and not (kind in NUMBERS and k in NUMBERS)]
    return end, done


def _joined_country(text: str, pos: int) -> int | None:
    """The end of a country other than Thailand joined by "แห่ง" (not_organizations `of_words`) to a name ending at
    `pos`, after at most two spaces, its state words optional (" แห่งสาธารณรัฐประชาชนจีน", "แห่งกัมพูชา"), or None
    (none there, or the own country: "กระทรวงการต่างประเทศ แห่งราชอาณาจักรไทย" is the ministry). A country after a
    space without the joiner may be the next item of a list ("กระทรวงพาณิชย์ จีน ญี่ปุ่น"): not read here."""
    joiners = tuple(load_not_organizations()["of_words"])
    if not text[pos:pos + JOINER_SPACES + max(map(len, joiners))].lstrip(" ").startswith(joiners):
        return None
    end = country_end(text, pos)
    if end is None or text[pos:end].endswith(own_country()):
        return None
    return end


JOINER_SPACES = 2  # spaces between a name and the "แห่ง" that joins a country to it, at most (as foreign.country_end)


NUMBERS = ("number", "area")  # "…ภาคที่ 7 เขต 2" is not one office's name


def _after_zone_title(doc: Doc, pos: int) -> bool:
    """Does a title whose holder is assigned an area stand right before `pos` ("ผู้ตรวจราชการกรม… เขต 3": the
    inspector's zone, not an office of the department)?"""
    before = doc.text[max(doc.line_bounds(pos)[0], pos - ZONE_TITLE_REACH):pos].rstrip(" ")
    return before.endswith(_zone_titles())


@lru_cache(maxsize=1)
def _zone_titles() -> tuple[str, ...]:
    """The titles of holders assigned an area, bare and with "ประจำ" ("ผู้ตรวจราชการ", "ผู้ตรวจราชการประจำ")."""
    titles = _data()["zone_titles"]
    return tuple(titles) + tuple(t + "ประจำ" for t in titles)


ZONE_TITLE_REACH = 24  # characters before a name in which its holder's title ends


def extend_organizations(doc: Doc) -> None:
    """Every organization mention run on over the tails its name takes: the longer name is its own body ("ศูนย์
    ส่งเสริมอุตสาหกรรมภาคที่ 7"), keyed by its words like a name found by pattern, of the type its head has."""
    for m in list(doc.of_kind("organization")):
        if m.data.get("nested"):
            continue
        type_ = m.data.get("type") or organizations().get(m.key, {}).get("type")
        joined = _joined_country(doc.text, m.nend)
        if joined is not None and not doc.covered(m.nend, joined, ("person", "program")) \
                and not doc.starting_in(m.nend, joined, ("organization",)):
            doc.mentions.remove(m)  # "กระทรวงวัฒนธรรม| แห่งสาธารณรัฐประชาชนจีน": China's ministry, not Thailand's
            if national(m):
                doc.add(foreign_mention(doc, m.nstart, joined, tail=True))
            else:  # "คณะกรรมการต่อสู้ยาเสพติดแห่งชาติ| แห่งราชอาณาจักรกัมพูชา": that country's body, named whole
                doc.add(doc.mention(m.nstart, joined, "organization",
                                    PATTERN_KEY + normalize_label(doc.text[m.nstart:joined]),
                                    **{**m.data, "type": type_, "form": "pattern", "tail": True}))
            continue
        kinds = KINDS if not _after_zone_title(doc, m.nstart) else tuple(k for k in KINDS if k != "area")
        end, taken = tails_taken(doc.text, m.nstart, m.nend, kinds, type_)
        if end == m.nend or doc.covered(m.nend, end, ("person", "program")):
            continue
        inner = [o for o in doc.starting_in(m.nend, end, ("organization",)) if o is not m]
        if any(o.nend > end for o in inner):
            continue  # another body's name runs on past the tail: the tail is its, not this name's
        for o in inner:  # "คณะทำงานกรอบคุณวุฒิอ้างอิง|อาเซียน": ASEAN is named inside the longer name
            doc.mentions.remove(o)
            doc.add(doc.mention(o.nstart, o.nend, o.kind, o.key, **{**o.data, "nested": True}))
        doc.mentions.remove(m)
        if "country" in taken and national(m):  # "กระทรวงการต่างประเทศ|เกาหลีใต้": Korea's ministry, not Thailand's
            doc.add(foreign_mention(doc, m.nstart, end, tail=True))
            continue
        name = doc.text[m.nstart:end]
        doc.add(doc.mention(m.nstart, end, "organization", PATTERN_KEY + normalize_label(name),
                            **{**m.data, "type": type_, "form": "pattern", "tail": True}))
