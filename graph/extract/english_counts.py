"""Counts written in English, in releases written in English (thaigov's English desk): the same facts the Thai count
reader (counts.py) takes from "โรงงานกว่า 34,000 กิจการ", in the order English writes them: a qualifier, the number,
a multiplier word, then the counted noun or the currency ("more than 34,000 factories", "127 people", "3 goals",
"22 financial institutions", "a budget of 1,200 million Baht", "US$ 5 million"), the number in digits or in words
("three goals", "two countries"; english_counts.json number_words; "five-year plan" is no count).

- unit: a plural noun of ontology/th/english_counts.json `units` right after the number, or after at most
  `max_modifiers` lower-case words describing it ("1,039,729 village health volunteers": unit "volunteers", the
  phrase keeps the words); or a currency after the number or before it, with the Thai releases' unit (บาท, USD).
- qualifier: the guideline's, from the English cue right before the number ("more than", "over", "about", "up to",
  "at least", "target of") or after the unit ("or more"); else exact.
- not a count: a number joined to a word ("COVID-19"), after a word that numbers a thing ("Section 3", "No. 7"),
  followed by "%" or "/", a year written bare before a counted noun ("2022 projects"), a fraction of a whole thing.
- about: the counted words and what the words after them join them to ("3 goals of the UNDP Country Programme
  Document (2022-2026) for Thailand"), up to a clause break.

Only releases written in English are read (english_release): a Thai release's English words stay as the Thai reader
takes them. A Thai-read count whose number this reader also reads is replaced (the Thai reader sees "1,200 million
Baht" as nothing, "Baht" alone after a number as บาท without the multiplier)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.english import english_release
from phakhi.graph.text.patterns import literal_alternation
from phakhi.ontology import load_english_counts

_NUMBER = re.compile(r"(?<![\w.,/$\-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\d,]\d|[\w%/\-]|\.\d)")
_WORD = re.compile(r"[a-z][a-z\-]*")
_YEAR = re.compile(r"(?:19|20)\d\d")
_CLAUSE_END = re.compile(r"[,.;:!?\n]|\s(?:and|which|while|who|that|with)\s")


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_english_counts()


@lru_cache(maxsize=1)
def _after_number() -> re.Pattern[str]:
    """What may follow the number: a multiplier, then a currency, or modifiers and a unit."""
    d = _data()
    mult = literal_alternation(list(d["multipliers"]), r"[a-z]")
    cur = literal_alternation(list(d["currencies"]), r"[A-Za-z$.]")
    unit = literal_alternation(d["units"], r"[A-Za-z\-]")
    mods = r"(?:[a-z][a-z\-]* ){0,%d}" % d["max_modifiers"]
    return re.compile(rf"(?: (?P<mult>{mult}))?[ \t]?(?:(?P<cur>{cur})|(?P<mods>{mods})(?P<unit>{unit}))(?![A-Za-z\-])")


@lru_cache(maxsize=1)
def _currency_before() -> re.Pattern[str]:
    return re.compile("(?:" + literal_alternation(_data()["currencies_before"], r"[A-Za-z$]") + r") ?$")


@lru_cache(maxsize=1)
def _not_modifiers() -> frozenset[str]:
    return frozenset(_data()["not_modifiers"])


def find_english_counts(doc: Doc) -> None:
    if not english_release(doc):
        return
    d = _data()
    text = doc.text
    not_before = tuple(w + " " for w in d["not_count_before"])
    restating = tuple(f" {w} " for w in d["words_not_count_before"])
    currencies = d["currencies"]
    for start, number_end, value, bare in _numbers(text):
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - 40):start]
        if before.endswith(not_before):
            continue
        if bare is None and not text[start].isdigit() and (" " + before.lower()).endswith(restating):
            continue  # "the two countries": the ones named before; "every one hundred employees": a ratio
        after = _after_number().match(text, number_end)
        cur_before = _currency_before().search(before)
        if after is None and cur_before is None:
            continue
        end, mods = number_end, ""
        if after is not None and after.group("mods"):
            mods = after.group("mods")
            if any(w in _not_modifiers() for w in mods.split()):
                after = None  # "20 days in projects": the modifiers are no description of the unit
        if after is not None:
            if after.group("mult"):
                value *= d["multipliers"][after.group("mult")]
            end = after.end()
            written = after.group("cur") or after.group("unit")
            unit = currencies.get(written, written)
            is_money = bool(after.group("cur"))
        else:
            if cur_before is None:
                continue
            mult = re.match(r" (" + "|".join(d["multipliers"]) + r")(?![a-z])", text[number_end:])
            if mult:
                value *= d["multipliers"][mult.group(1)]
                end = number_end + mult.end()
            unit, is_money = currencies[cur_before.group().strip()], True
        if not is_money:
            if value != value.to_integral_value():
                continue  # "2.5 persons" averages; a classifier counts whole things
            if bare is not None and _YEAR.fullmatch(bare):
                continue  # "2022 projects": a year before a counted noun, no count written that way in the samples
        value = int(value) if value == value.to_integral_value() else float(value)
        qualifier, span_start = _qualifier_before(text, line_start, start)
        if cur_before is not None and (after is None or after.group("cur") is None):
            span_start = min(span_start, start - len(cur_before.group()))
        tail = _qualifier_after(text, end)
        if tail:
            qualifier, end = tail
        about = _about(text, number_end + (len(after.group("mult")) + 1 if after is not None and after.group("mult") else 0),
                       end, is_money)
        for old in doc.starting_in(max(0, start - 60), end, ("count",)):
            if old.data.get("number") == start:
                doc.mentions.remove(old)  # the Thai reader's reading of the same number
        doc.add(doc.mention(span_start, end, "count", "", value=value, qualifier=qualifier or "exact", unit=unit,
                            about=about, number=start))


def _numbers(text: str) -> list[tuple[int, int, Decimal, str | None]]:
    """Each number the text writes: (start, end, value, its digits when a whole number written bare), in digits
    ("1,039,729", "2,100.61": exact decimals) or in words (english_counts.json number_words: "three", "Two",
    "twenty-five"; not one joined by a hyphen to what follows: "five-year plan")."""
    found = [(m.start(), m.end(), Decimal(m.group(1).replace(",", "") + (m.group(2) or "")),
              None if m.group(2) else m.group(1)) for m in _NUMBER.finditer(text)]
    words = _data()["number_words"]
    for m in _number_words().finditer(text):
        parts = m.group().lower().split("-")
        if len(parts) == 2 and not (words[parts[0]] % 10 == 0 and words[parts[0]] >= 20 and words[parts[1]] < 10):
            continue  # "five-ten": no number
        if len(parts) == 1 and parts[0] in _data()["number_words_not_alone"] \
                and not re.match(r" (?:" + "|".join(_data()["multipliers"]) + r")(?![a-z])", text[m.end():]):
            continue  # "ranked number one among foreign tourists": "one" alone (not "one hundred") counts nothing
        found.append((m.start(), m.end(), Decimal(sum(words[p] for p in parts)), None))
    return sorted(found, key=lambda f: f[0])


@lru_cache(maxsize=1)
def _number_words() -> re.Pattern[str]:
    word = literal_alternation(list(_data()["number_words"]))
    return re.compile(rf"(?<![\w\-])(?i:{word})(?:-(?i:{word}))?(?![\w\-])")


@lru_cache(maxsize=None)
def _qualifiers(where: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    rows = [q for q in _data()["qualifiers"] if q["where"] == where]
    return tuple((q["cue"], q["qualifier"], tuple(q.get("not_after", ()))) for q in sorted(rows, key=lambda q: -len(q["cue"])))


def _qualifier_before(text: str, line_start: int, start: int) -> tuple[str | None, int]:
    """The qualifier cue ending one space before the number (a whole word), and where the count's phrase starts."""
    before = text[max(line_start, start - 40):start]
    for cue, qualifier, not_after in _qualifiers("before"):
        if before.endswith(cue + " "):
            at = len(before) - len(cue) - 1
            if at > 0 and before[at - 1].isalnum():
                continue  # "moreover 5"
            if not_after and before[:at].rstrip().endswith(not_after):
                continue  # "not exceeding": another cue's
            return qualifier, start - len(cue) - 1
    return None, start


def _qualifier_after(text: str, end: int) -> tuple[str, int] | None:
    for cue, qualifier, _ in _qualifiers("after_unit"):
        if text.startswith(" " + cue, end) and not text[end + len(cue) + 1:end + len(cue) + 2].isalnum():
            return qualifier, end + len(cue) + 1
    return None


def _about(text: str, unit_start: int, end: int, is_money: bool) -> str | None:
    """The counted words and the phrase a linking word joins to them, up to a clause break; money: None (what the
    amount is for is written before it in as many ways as after)."""
    if is_money:
        return None
    counted = text[unit_start:end].strip()
    rest = text[end:end + 200]
    for link in _data()["about_links"]:
        if rest.startswith(" " + link + " "):
            stop = _CLAUSE_END.search(rest, len(link) + 2)
            phrase = rest[:stop.start() if stop else len(rest)]
            words = phrase.split()[:_data()["about_words"]]
            while words and words[-1] in _not_modifiers():  # "… in the United States in": cut before a dangling word
                words.pop()
            phrase = " ".join(words)
            return (counted + " " + phrase.strip()).strip()
    return counted or None
