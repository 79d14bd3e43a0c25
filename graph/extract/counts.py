"""Count mentions: a number (digits with commas and decimals, Thai digits already normalised, Thai
multipliers หมื่น/แสน/ล้าน/พันล้าน) followed by a unit or currency, with its qualifier (กว่า, ประมาณ,
ไม่ต่ำกว่า, ตั้งเป้า, ...). Dates, years, ordinals, percentages, times and list numbers are not counts."""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from functools import lru_cache

from phakhi.graph.text.dates import find_dates
from phakhi.graph.extract.document import Doc
from phakhi.graph.text.patterns import literal_alternation
from phakhi.graph.text.patterns import not_after as not_following
from phakhi.graph.text.numbers import NUMBER, NUMBER_REST, NumberTooLarge, multiplier_pattern, multiplier_value, parse_number, scale
from phakhi.graph.text.thai import tokenize
from phakhi.ontology import HERE, load_counts_data

MAX_PHRASE = 40
MAX_PHRASE_SCAN = 200  # characters read back for the phrase (the longest word group seen is 116)
_NUMBER = re.compile(r"\d" + not_following(r"[\d.,/]") + r"(?:" + NUMBER_REST + r")(?![\d])")  # NUMBER, not after these


@lru_cache(maxsize=1)
def _units() -> list[tuple[str, str]]:
    """(surface, canonical unit), longest first: currencies, the classifiers of counts.json and those mined from
    the corpus (count_units.json, scripts/mine_count_units.py), and currencies that carry a multiplier."""
    data = load_counts_data()
    mined = json.loads((HERE / "th" / "count_units.json").read_text(encoding="utf-8"))["units"]
    pairs = list(data["currencies"].items()) + [(u, u) for u in data["units"]] + [(u, u) for u in mined] \
        + [(s, row["unit"]) for s, row in data["scaled_currencies"].items()]
    return sorted(pairs, key=lambda p: -len(p[0]))


@lru_cache(maxsize=1)
def _qualifiers() -> list[dict]:
    return sorted(load_counts_data()["qualifiers"], key=lambda q: -len(q["cue"]))


_RANGE_FIRST = re.compile(r"[\d๐-๙][\d๐-๙,.]*\s*[-–]\s*$")  # the first number of a range, up to its dash


def find_counts(doc: Doc) -> None:
    text = doc.text
    data = load_counts_data()
    date_spans = [(s, e) for s, e, _ in find_dates(text, doc.release.published)]
    date_starts = [s for s, _ in date_spans]
    not_before = tuple(data["not_count_before"])
    range_cues = tuple(data["range_not_counts"])
    amount_before = tuple(data["amount_before"])
    currencies = set(data["currencies"].values())
    for m in _NUMBER.finditer(text):
        start, pos = m.start(), m.end()
        inside = bisect_right(date_starts, start) - 1  # date spans do not overlap: the last one starting here
        if inside >= 0 and start < date_spans[inside][1]:
            continue
        before = text[max(0, start - 12):start].rstrip()
        range_end = before.endswith(("-", "–")) and before[:-1].rstrip()[-1:].isdigit()  # "5,000-50,000": 50,000
        if before.endswith(not_before) and not before.endswith(amount_before):
            continue
        if range_end:  # "พ.ศ. 2560-2579": the end of a range of what its first number is ("ครั้งที่ 3-4")
            first = _RANGE_FIRST.search(text, max(0, start - 30), start)
            if first and text[max(0, first.start() - 12):first.start()].rstrip().endswith(range_cues):
                continue
        if start > 1 and text[start - 1] in "-–" and text[start - 2].isalpha():
            continue  # "โควิด-19", "COVID-19": a number joined to a word is part of a name
        mult = multiplier_pattern().match(text, pos)
        try:
            value = parse_number(m.group())
            if mult:
                value = scale(value, multiplier_value(mult.group(1)))
        except NumberTooLarge:
            continue  # a run of digits no release reports as an amount
        if mult:
            pos = mult.end()
        after_number = pos
        qualifier = None
        upper = _RANGE.match(text, pos) if not range_end else None  # "5,000-50,000 บาท": the unit follows 50,000
        if upper:
            upper_mult = multiplier_pattern().match(text, upper.end())
            if upper_mult and not mult:  # "1-2 ล้านบาท": the multiplier is both numbers'
                try:
                    value = scale(value, multiplier_value(upper_mult.group(1)))
                except NumberTooLarge:
                    continue
            pos = upper_mult.end() if upper_mult else upper.end()
        word = _qualifier_at(text, pos, "after")  # "500 กว่าราย"
        if word:
            qualifier, pos = word[0], word[1]
        gap = text[pos:pos + 3]
        pos += len(gap) - len(gap.lstrip(" "))  # up to three spaces before the unit ("จำนวน 24  โรงงาน")
        unit = _unit_at(text, pos)
        if unit is None:
            continue
        surface, canonical = unit
        end = pos + len(surface)
        scaled = data["scaled_currencies"].get(surface)
        if scaled:  # "7 หมื่นลบ.": ล้านบาท
            try:
                value = scale(value, scaled["factor"])
            except NumberTooLarge:
                continue
        if canonical not in currencies and not float(value).is_integer():
            continue  # a classifier counts whole things: "1.1 กิจการ", "9.2 กองทุน" number a section, "2.5 คน" averages
        if any(text.startswith(word, end) for word in data["never_units_after_ordinal"]) and canonical not in currencies:
            continue
        if text.startswith(tuple(data["not_count_after"]), after_number):
            continue
        if canonical in data["durations"] and not any(before.endswith(cue) for cue in data["duration_count_cues"]):
            continue
        word = _qualifier_at(text, end, "after_unit")  # "500 รายเศษ", "100 คนขึ้นไป"
        if word:
            qualifier, end = word[0], word[1]
        chunk_start = _chunk_start(text, start, before)
        explicit = _qualifier_before(text[chunk_start:start])
        if upper and not (explicit or qualifier):
            qualifier = "at-least"  # a range: at least its first number, at most its last
        elif range_end and not (explicit or qualifier):
            qualifier = "at-most"
        qualifier = explicit or qualifier or _target(doc, start) or "exact"
        about = text[chunk_start:start].strip() or None
        doc.add(doc.mention(chunk_start, end, "count", "", value=value, qualifier=qualifier, unit=canonical,
                            about=about, number=start))


@lru_cache(maxsize=1)
def _units_by_first_character() -> dict[str, tuple[tuple[str, str], ...]]:
    index: dict[str, list[tuple[str, str]]] = {}
    for surface, canonical in _units():  # longest first, kept within each first character
        index.setdefault(surface[:1], []).append((surface, canonical))
    return {first: tuple(rows) for first, rows in index.items()}


def _unit_at(text: str, pos: int) -> tuple[str, str] | None:
    """The unit written at `pos`, unless it begins a longer word counts.json calls no unit ("5 อันดับ" is a rank,
    not five "อัน"; "3 ตัวอย่าง")."""
    for surface, canonical in _units_by_first_character().get(text[pos:pos + 1], ()):
        if text.startswith(surface, pos):
            longest = _not_unit_pattern().match(text, pos)
            if longest and len(longest.group()) > len(surface):
                return None
            return surface, canonical
    return None


def _unit_after(text: str, end: int) -> tuple[int, tuple[str, str]] | None:
    """Where the unit or classifier after a number ending at `end` begins (up to three spaces between them), and
    the unit (_unit_at), or None."""
    gap = text[end:end + 3]
    pos = end + len(gap) - len(gap.lstrip(" "))
    unit = _unit_at(text, pos)
    return (pos, unit) if unit is not None else None


def count_unit_at(text: str, end: int) -> int | None:
    """Where the unit or classifier after a number ending at `end` ends (up to three spaces between them), or None."""
    after = _unit_after(text, end)
    return after[0] + len(after[1][0]) if after is not None else None


def counted_number(text: str, start: int, end: int) -> bool:
    """Is the number text[start:end] one `find_counts` reads as a count: a unit or classifier after it (up to three
    spaces: "99 รูป", "6 รอบ"), not an ordinal's ("รอบที่") nor after a word that makes it no count ("ครั้งที่ 3")?
    (Other readers ask it of a number before taking it into a name.)"""
    data = load_counts_data()
    before = text[max(0, start - 12):start].rstrip()
    if before.endswith(tuple(data["not_count_before"])) and not before.endswith(tuple(data["amount_before"])):
        return False
    after = _unit_after(text, end)
    if after is None or text.startswith(tuple(data["not_count_after"]), end):
        return False
    pos, unit = after
    currency = unit[1] in set(data["currencies"].values())
    return currency or not any(text.startswith(word, pos + len(unit[0])) for word in data["never_units_after_ordinal"])


@lru_cache(maxsize=1)
def _not_unit_pattern() -> re.Pattern[str]:
    """The words of _not_units as one trie: its match at a position is the longest of them written there (one C
    call, not a pass over the list at every unit found)."""
    return re.compile(literal_alternation(_not_units()))


@lru_cache(maxsize=1)
def _not_units() -> tuple[str, ...]:
    return tuple(load_counts_data()["not_units"])


def _chunk_start(text: str, start: int, before: str) -> int:
    """The count's phrase starts with the word group just before the number ("โรงงานอุตสาหกรรมกว่า")."""
    end = start
    while end > 0 and text[end - 1] == " ":
        end -= 1
    pos, limit = end, max(0, end - MAX_PHRASE_SCAN)  # a run with no space is not read back beyond the limit
    while pos > limit and not text[pos - 1].isspace() and text[pos - 1] not in "()“”\",":
        pos -= 1
    if end - pos > MAX_PHRASE:  # keep the last words only, cut at a word boundary
        for token in tokenize(text[pos:end]):
            if end - pos <= MAX_PHRASE:
                break
            pos += len(token)
    return pos


_RANGE = re.compile(r"\s?[-–]\s?(?:" + NUMBER + r")(?![\d])")


def _qualifier_before(phrase: str) -> str | None:
    phrase = phrase.rstrip()
    for q in _qualifiers():
        if q["where"] == "before" and phrase.endswith(q["cue"]) \
                and not phrase.endswith(tuple(w + q["cue"] for w in q.get("not_after", ()))):
            return q["qualifier"]
    return None


def _qualifier_at(text: str, pos: int, where: str) -> tuple[str, int] | None:
    """The qualifier word at `pos` (after one space at most) of the kind `where`, and where it ends."""
    at = pos + 1 if text.startswith(" ", pos) else pos
    for cue, qualifier in _qualifiers_at(where):
        if text.startswith(cue, at):
            return qualifier, at + len(cue)
    return None


@lru_cache(maxsize=None)
def _qualifiers_at(where: str) -> tuple[tuple[str, str], ...]:
    """(cue, qualifier) of the qualifiers of one `where`, longest first as _qualifiers: asked at every number."""
    return tuple((q["cue"], q["qualifier"]) for q in _qualifiers() if q["where"] == where)


@lru_cache(maxsize=1)
def _target_cues() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(cue, words it is no target cue after): "เป้าหมาย" is a goal, "กลุ่มเป้าหมาย" a target group."""
    return tuple((c, ()) if isinstance(c, str) else (c["cue"], tuple(c.get("not_after", ())))
                 for c in load_counts_data()["target_cues"])


def _target(doc: Doc, start: int) -> str | None:
    line_start, _ = doc.line_bounds(start)
    low = max(line_start, start - 60)
    window = doc.text[low:start]
    for cue, not_after in _target_cues():
        at = window.find(cue)
        while at >= 0:
            if not (not_after and doc.text[max(0, low + at - 12):low + at].endswith(not_after)):
                return "target"
            at = window.find(cue, at + 1)
    return None
