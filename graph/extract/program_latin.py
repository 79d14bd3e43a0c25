"""Programme names in Latin script in Thai text: a Latin name after a prefix ("นโยบาย MIND", "PGS ระยะพิเศษ Soft
Loan พลัส"), a Latin name the corpora write after a prefix written bare ("ใช้ Zero Covid", program_latin.json; one
they write mostly as an English phrase, "สินเชื่อ Soft Loan", only where the release names it after a prefix too),
a quoted name of capitalised words (“Enhanced Trade Partnership”) unless a word before it says it is an app, a
page, an event … ("quote_kinds"); and the scheme's Latin labels that are not the programme where written in Thai
prose: in lower case ("เป็น land bridge", the English words) or as a piece of a longer Latin name. Kept apart:
Latin names follow capitals and spaces, not Thai words, so none of the Thai rules of a run applies."""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.program_quoted import QUOTE
from phakhi.graph.extract.program_words import (LAW_HEAD, MAX_TAIL, NAME_RUN, PATTERN_KEY, canon, law_before,
                                                program_data, split_prefix)
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import literal_alternation
from phakhi.graph.text.thai import is_thai, tokenize
from phakhi.ontology import latin_legal_words, load_event_cues, load_mined


# a Latin-script name after the prefix: capitalised words, acronyms and numbers ("MIND", "Covid Free Setting") and
# the English words that join a name's words (program_patterns.json "latin_connectors": "Zoning by Agri-Map",
# "Strengthening Mechanism in Animal-Health for a Resilient ASEAN", "Buy with confidence"), a spaced dash between two
# of them a joint of the name ("Thailand - OECD Country Programme"), as "&" is
LATIN_NAME = re.compile(r" ?([A-Z][A-Za-z0-9&+.\-]*(?: (?:[A-Z0-9][A-Za-z0-9&+.\-]*|(?:"
                        + literal_alternation(program_data()["latin_connectors"]) + r")(?![A-Za-z])"
                        r"|[&\-–](?= [A-Z])))*)")
# a code of digits and capitals named after a prefix ("ยุทธศาสตร์ 5G", "มาตรการ 2U", "ยุทธศาสตร์ 3S"): LATIN_NAME
# begins with a capital, and a number alone after a prefix is a count or a phase, not a name
_CODE = re.compile(r" ?(\d{1,2}[A-Z][A-Za-z0-9]*)(?![A-Za-z0-9]|[.,]\d)")
_LATIN_LOWER = re.compile(r"(?: [a-z][a-z\-]*){1,2}(?=\s?[\u0e01-\u0e4e,()]|\s*$)")
# where a Latin name goes on past a word LATIN_NAME stops at, to more capitalised words after a space: a possessive's
# mark ("โครงการ SSI’s| Distribution Hub", "นโยบาย Ireland’s| Global Footprint 2025") or nothing after a code led by its
# number ("นโยบาย 2P| Safety", "โครงการ 5G| Smart Hospital"): the words after are the name's, as after any capitalised word
_LATIN_JOINT = re.compile(r"(?:[’']s)?(?= [A-Z])")


def latin_name_ok(name: str) -> bool:
    """A Latin name after a prefix: several words, an acronym ("MIND") or one long word ("Landbridge"), not a
    short common word ("โครงการ Thai – German …")."""
    return " " in name or sum(ch.isupper() for ch in name) >= 2 or len(name) >= 6


@lru_cache(maxsize=1)
def _latin_joints() -> tuple[re.Pattern[str], frozenset[str]]:
    """(a phase word between two Latin pieces of one name, the English modifiers in Thai letters that end one)."""
    bridge = re.compile(f" (?:{literal_alternation(program_data()['latin_bridges'])}) (?=[A-Z])")
    return bridge, frozenset(program_data()["latin_tails"])


def _latin_bridged_end(text: str, end: int) -> int:
    """Where a Latin name ending at `end` ends when it goes on across its spaces: a phase word and more Latin words
    ("PGS ระยะพิเศษ Soft Loan"), then an English modifier in Thai letters ("… Soft Loan พลัส"), a word of its own."""
    bridge, tails = _latin_joints()
    while (joint := bridge.match(text, end)) and (more := LATIN_NAME.match(text, joint.end())):
        end = more.end(1)
    if text.startswith(" ", end) and is_thai(text[end + 1:end + 2]):
        word = tokenize(text[end + 1:end + 1 + MAX_TAIL])[0]
        if word in tails:
            end += 1 + len(word)
    return end


def latin_name(text: str, pos: int) -> tuple[int, int] | None:
    """(where a Latin name written right after a prefix ending at `pos` begins, where it ends): capitalised words, an
    acronym or a long word ("นโยบาย MIND", "โครงการ Covid Free Setting") across a phase word and more Latin words, then
    lower-case words that end it ("SME Start up") and letters glued to it ("DriedYeast-เอมไซม์ไฟเตส"), or else a code
    led by its number ("ยุทธศาสตร์ 5G"); None when none is there or the prefix is itself in Latin letters."""
    latin = LATIN_NAME.match(text, pos)
    end = _latin_joined_end(text, latin.end(1)) if latin else pos  # "World's| Best Hospitals 2024"
    if not latin or not latin_name_ok(text[latin.start(1):end]) or text[pos - 1].isascii():
        code = _CODE.match(text, pos)  # "ยุทธศาสตร์ 5G", "มาตรการ 2U": a code led by its number
        if not code or text[pos - 1].isascii():
            return None
        end = _latin_joined_end(text, code.end(1))  # "นโยบาย 2P| Safety": capitalised words after it are its own
        return code.span(1) if end == code.end(1) else _latin_name_rest(text, code.start(1), end)
    return _latin_name_rest(text, latin.start(1), end)


def _latin_joined_end(text: str, end: int) -> int:
    """Where a Latin name ending at `end` ends when a possessive's mark joins it to more capitalised words
    ("SSI’s| Distribution Hub", "Fisherman’s| Village Resort") or a code led by its number ends there ("2P| Safety",
    "5G| Smart Hospital"): the words after are the name's (`_LATIN_JOINT`); `end` when none follow."""
    while (joint := _LATIN_JOINT.match(text, end)) and (more := LATIN_NAME.match(text, joint.end())):
        end = more.end(1)
    return end


def _latin_name_rest(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, where the Latin name whose capitalised words end at `end` ends): on across a phase word and more
    Latin words, then lower-case words that end it and letters glued to it (`latin_name`)."""
    end = _latin_bridged_end(text, end)
    lower = _LATIN_LOWER.match(text, end)  # "SME Start up": lower-case words end the name, not cut it
    if lower:
        end = lower.end()
    if end < len(text) and text[end - 1].isascii() and not text[end].isspace() and text[end] not in ",()\"”":
        end = NAME_RUN.match(text, end).end()  # "DriedYeast-เอมไซม์ไฟเตส" runs on
    while end > start and text[end - 1] in ".-&+":
        end -= 1
    return start, end


def latin_end_before(text: str, start: int, limit: int) -> int | None:
    """Where a Latin name beginning at `start` ends when it may not reach `limit` (a body or a person named there)
    and a joining word leads to it ("Green-city by| MOAC"): its words before the joining word; None when no joining
    word comes right before `limit` (the body is a piece of the name: "Thailand - OECD Country Programme") or what
    is left is no name (`latin_name_ok`)."""
    latin = LATIN_NAME.match(text, start, limit)
    if not latin:
        return None
    words, joined = latin.group(1).split(" "), False
    while words and (words[-1] in program_data()["latin_connectors"] or not words[-1]):
        joined |= bool(words.pop())
    name = " ".join(words)
    return latin.start(1) + len(name) if joined and name and latin_name_ok(name) else None


_THAI = re.compile("[\u0e01-\u0e4e]")
_LATIN_BEFORE = re.compile(r"[A-Za-z][ \-]$")
_LATIN_AFTER = re.compile(r"[ \-][A-Z]")


def partial_names(doc: Doc) -> set[int]:
    """A Latin name the scheme knows that is a piece of a longer Latin name in Thai text ("Digital Economy" in
    "(Digital Economy Hub)") names something else: drop it. In English text Latin words surround every name."""
    text = doc.text
    return {id(m) for m in doc.of_kind("program")
            if not m.key.startswith(PATTERN_KEY) and text[m.nstart:m.nend].isascii()
            and (_LATIN_BEFORE.search(text, max(0, m.nstart - 2), m.nstart) or _LATIN_AFTER.match(text, m.nend))
            and _THAI.search(text, max(0, m.nstart - 20), m.nstart)}


def prose_latin(doc: Doc) -> set[int]:
    """A scheme's Latin label written in lower case in Thai text, not as a bracketed gloss ("เสมือนเป็น land bridge",
    "ยกระดับเป็น smart farmer"), is the ordinary English phrase, not the programme's name."""
    text = doc.text
    return {id(m) for m in doc.of_kind("program")
            if not m.key.startswith(PATTERN_KEY) and text[m.nstart:m.nend].isascii()
            and not any(ch.isupper() for ch in text[m.nstart:m.nend])
            and _THAI.search(text, max(0, m.nstart - 20), m.nstart)
            and not text[max(0, m.nstart - 3):m.nstart].rstrip().endswith(("(", "["))}


_GLOSSED = re.compile(r" ?\($")  # a bracket opening right before a name: the gloss of what precedes it


@lru_cache(maxsize=1)
def _latin_names() -> re.Pattern[str] | None:
    """The Latin names the corpora write after a program prefix ("นโยบาย Soft Power"), as whole Latin words
    (mined by scripts/mine_program_latin.py)."""
    names = [row[0] for row in load_mined("program_latin.json").get("names", [])]
    if not names:
        return None
    return re.compile(literal_alternation(names, r"[A-Za-z0-9&+.\-]") + r"(?![A-Za-z0-9&+\-])")


PHRASE_SHARE = 0.15  # releases writing a mined name after a prefix, as a share of those writing it at all, below
# which it is an English phrase of Thai prose as often as a name ("Soft Loan" 0.11, "Work From Home" 0.12, "Smart
# Hospital" 0.12; names sit above: "Social Distancing" 0.17, "Universal Prevention" 0.18, "Zero Covid" 0.82)


@lru_cache(maxsize=1)
def _phrases() -> frozenset[str]:
    """The mined Latin names the corpora write bare far more often than after a prefix (program_latin.json's counts:
    fewer than PHRASE_SHARE of the releases writing them name them after one): a soft loan, work from home, a smart
    hospital are kinds of thing a release speaks of, the programme only where the release itself names it so."""
    rows = load_mined("program_latin.json").get("names", [])
    return frozenset(name for name, prefixed, written in rows if prefixed < PHRASE_SHARE * written)


def find_latin_names(doc: Doc) -> None:
    """A Latin name the corpora write after a program prefix, written bare ("ต่อยอด Soft Power"): the program, under
    the key of the release's own prefixed mention of it when there is one. Not a piece of a longer Latin phrase, nor
    inside another name; and a name the corpora mostly write as a phrase (`_phrases`: "สินเชื่อ Soft Loan ดอกเบี้ย
    2%", a kind of loan) only in a release that names it after a prefix or glosses a programme with it."""
    pattern = _latin_names()
    if pattern is None:
        return
    text = doc.text
    by_rest = {canon(_after_prefix(text[m.nstart:m.nend])): m.key for m in doc.of_kind("program")}
    for m in pattern.finditer(text):
        start, end = m.span()
        if _LATIN_BEFORE.search(text, max(0, start - 2), start) or _LATIN_AFTER.match(text, end) \
                or doc.covered(start, end) or law_before().search(text, max(0, start - LAW_HEAD), start):
            continue  # "พ.ร.ก. Soft Loan": the law's name
        glossed = _GLOSSED.search(text, max(0, start - 2), start)  # "มาตรการเว้นระยะห่าง (Social Distancing)"
        before = doc.ending_at(glossed.start(), "program") if glossed else None
        named = by_rest.get(canon(m.group()))
        if before is None and named is None and m.group() in _phrases():
            continue  # "สินเชื่อดอกเบี้ยต่ำ (Soft Loan)": the kind of loan, no programme the release names
        key = before.key if before else named or PATTERN_KEY + normalize_label(m.group())
        doc.add(doc.mention(start, end, "program", key, form="pattern"))


def quoted_phrases(doc: Doc) -> set[int]:
    """A mined Latin name the corpora mostly write as a phrase (`_phrases`), quoted bare in a release that names no
    programme by it after a prefix ("การใช้ประโยชน์จาก “Soft Power” ของไทย": the country's soft power; the corpora
    write "Soft Power" in 1,366 releases, after a prefix in 98): the phrase, no programme, whichever rule took the
    quote (a name the corpora quote after a prefix, program_names.json "quoted"; a quoted Latin name). The ids of
    those mentions."""
    phrases = _phrases()
    if not phrases:
        return set()
    text, programs = doc.text, doc.of_kind("program")
    quoted = [m for m in programs if text[m.nstart:m.nend] in phrases
              and m.nstart > 0 and text[m.nstart - 1] in "“\"" and text[m.nend:m.nend + 1] in ("”", "\"")]
    if not quoted:
        return set()
    named = {canon(_after_prefix(text[m.nstart:m.nend])) for m in programs if split_prefix(text[m.nstart:m.nend])[0]}
    return {id(m) for m in quoted if canon(text[m.nstart:m.nend]) not in named}


def _after_prefix(name: str) -> str:
    return split_prefix(name)[1]


_TITLE_CASE = re.compile(r"[A-Z][A-Za-z&+]*(?: (?:[A-Z][A-Za-z&+]*|of|and|for|the|in|to|with))*? [A-Z][A-Za-z&+]*")


@lru_cache(maxsize=1)
def _event_words() -> frozenset[str]:
    """The Latin event cues (events.jsonl: "Forum", "Expo", "Summit" …): a quoted name holding one names an event."""
    return frozenset(cue["cue"].casefold() for cue in load_event_cues() if cue["cue"].isascii())


@lru_cache(maxsize=1)
def _quote_kinds() -> tuple[re.Pattern[str], int]:
    """A word saying what a quoted name is, right before its quote ("แอป “…”", "ในงาน “…”"): no program; and how far
    before the quote it can begin (its longest form, three spaces and the line break `$` may stand before), which is
    all of the text a search for it needs to read."""
    kinds = program_data()["quote_kinds"]
    return re.compile(f"(?:{literal_alternation(kinds)})\\s{{0,3}}$"), max(map(len, kinds), default=0) + 4


@lru_cache(maxsize=1)
def _copula_quote() -> re.Pattern[str]:
    """The copula right before a quote, not as the end of a list cue (program_patterns.json "copula_quotes": "เป็น",
    not "ไม่ว่าจะเป็น")."""
    data = program_data()["copula_quotes"]
    return re.compile(f"(?<!{')(?<!'.join(map(re.escape, data['list_cues']))})"
                      f"(?:{literal_alternation(data['copulas'])})\\s{{0,3}}$")


def _after_copula(text: str, quote_start: int) -> bool:
    """Is the quote opening at `quote_start` written right after the copula ("ข้าราชการต้องเป็น “Smart Officer”"):
    the quoted words are what something is or becomes, a role or a class, not a programme's name?"""
    return _copula_quote().search(text, max(0, quote_start - COPULA_REACH), quote_start) is not None


COPULA_REACH = 16  # characters read before a quote for the copula and the list cue it may end
DAY_REACH = 60  # characters read before a quote for the Thai name of a day it glosses and its occasion word


@lru_cache(maxsize=1)
def _day_quote() -> re.Pattern[str]:
    """The Thai name of a day given as the occasion, ending right before a quote (program_patterns.json "quote_days":
    เนื่องในวัน + Thai letters)."""
    return re.compile(f"(?:{literal_alternation(program_data()['quote_days']['heads'])})[ก-๛]+\\s{{0,3}}$")


def _after_day(text: str, quote_start: int) -> bool:
    """Is the quote opening at `quote_start` written right after the Thai name of a day given as the occasion
    ("เนื่องในวันป้องกันการจมน้ำโลก “World Drowning Prevention”")? The quoted words are the day's English name, an
    observance, not a programme's."""
    return _day_quote().search(text, max(0, quote_start - DAY_REACH), quote_start) is not None


@lru_cache(maxsize=1)
def _legal_forms() -> frozenset[str]:
    """The legal forms a Latin company's name ends with (org_patterns.jsonl `legal_words`: "Limited", "Ltd", "Inc" …)."""
    return frozenset(w.casefold() for w in latin_legal_words())


def _company_name(name: str) -> bool:
    """Does a quoted Latin name end on a company's legal form ("ชื่อภาษาอังกฤษว่า “National Broadband Network Company
    Limited”")? Then it is the company's English name, no programme's."""
    return name.split()[-1].rstrip(".").casefold() in _legal_forms()


def find_quoted_latin(doc: Doc) -> None:
    """A quoted Latin name of several capitalised words in Thai text (“Enhanced Trade Partnership”, “New Normal”,
    “BOI DIGITAL TRANSFORMATION”): a program, unless an event cue or a number is in it (“OIE FORUM 2018 …”), it is
    punctuated like a theme or a title (“Future of life : Living in Harmony, …”), a person or program fills it, a
    word before it says it is an app, a page, an event … (program_patterns.json "quote_kinds"), or the copula
    before it makes it what something is (`_after_copula`: "ประชาชนก็เป็น “Smart People”"), or it glosses the Thai
    name of a day before it (`_after_day`: "วันป้องกันการจมน้ำโลก “World Drowning Prevention”"), or it ends on a company's
    legal form (`_company_name`: “… Company Limited”)."""
    events, (kinds, reach) = _event_words(), _quote_kinds()
    for m in QUOTE.finditer(doc.text):
        start, end = m.start(1), m.end(1)
        name = m.group(1)
        if not _TITLE_CASE.fullmatch(name) or any(word.casefold() in events for word in name.split()) \
                or doc.covered(start, end, ("person", "program")) \
                or not _THAI.search(doc.text, max(0, start - 20), start) \
                or kinds.search(doc.text, max(0, m.start() - reach), m.start()) \
                or _after_copula(doc.text, m.start()) or _after_day(doc.text, m.start()) or _company_name(name):
            continue
        doc.add(doc.mention(start, end, "program", PATTERN_KEY + normalize_label(name), form="pattern"))
