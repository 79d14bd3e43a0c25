"""Quoted programme names: a name quoted right after a prefix ("โครงการ “…”"), a name the corpora quote after a
prefix written here unquoted after one ("โครงการบ้านนี้มีรัก ปลูกผักกินเอง", whose "นี้" and "มี" would end a
run) or quoted without one (ภายใต้ “ตลาดนำการผลิต”), all from the names mined by scripts/mine_programs.py
("quoted"), and a name the release itself quotes longer than the rules end it where it writes it unquoted
("โครงการวัด|ไม่ทิ้งโยม ถนนสายบุญ" beside “โครงการวัดไม่ทิ้งโยม ถนนสายบุญ”, "โครงการผักเกษตรปลอดภัย| เพื่อมวลชน" beside
โครงการ“ผักเกษตรปลอดภัย เพื่อมวลชน”), and a name a quote opens with its prefix and a space ("“โครงการ 10 คลองสวย
น้ำใส คนไทยมีสุข”"). Kept apart because a quote, not the words, bounds these names: none of the
rules of a run applies."""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.program_words import PATTERN_KEY, count_after, prefix_pattern, program_data
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.thai import is_thai, tokenize
from phakhi.ontology import load_mined


QUOTED = re.compile(r"\s?[“\"]([^”\"\n]{3,120})[”\"]")
QUOTE = re.compile(r"[“\"]([^”\"\n]{3,60})[”\"]")
# a name in single quotes right after its prefix ("นโยบาย ‘Learn to Earn’", "มาตรการ 'เราไม่ทิ้งกัน'"), read as QUOTED
# reads one in double quotes; kept apart from QUOTED, which scripts/mine_programs.py mines with. The closing quote is
# no apostrophe: no Latin letter follows it ("‘King’s …")
SINGLE_QUOTED = re.compile(r"\s?['‘]([^'‘’”“\"\n]{3,120})['’](?![A-Za-z])")
# a longer quote, a name only when a prefix opens it ("“โครงการจัดกิจกรรมเชื่อมโยงและส่งเสริมเครือข่ายตลาดสินค้าเกษตรและ
# บริการมูลค่าสูง”"): as long as a quoted name after a prefix may be (QUOTED); other long quotes are sentences. Its words
# touch both quotes: a straight quote closing one quote and another opening the next hold a space next to them
LONG_QUOTE = re.compile(r"[“\"](?=\S)([^”\"\n]{61,120})(?<=\S)[”\"]")


@lru_cache(maxsize=1)
def mined_quoted() -> frozenset[str]:
    """Names the corpora quote right after a program prefix in several releases (scripts/mine_programs.py)."""
    return frozenset(row[0] for row in load_mined("program_names.json").get("quoted", ()))


@lru_cache(maxsize=1)
def mined_loans() -> frozenset[str]:
    """Loan schemes the corpora quote with no prefix (“สินเชื่อเศรษฐกิจติดดาว”), not kinds of loan
    (scripts/mine_program_loans.py)."""
    return frozenset(row[0] for row in load_mined("program_loans.json").get("names", ()))


@lru_cache(maxsize=1)
def mined_slogans() -> frozenset[str]:
    """Slogans of several spaced phrases the corpora quote bare and write after a program prefix, quoted or not
    (“ทักษะดี มีงานทำ หลักประกันทางสังคมเด่น เน้นขับเคลื่อนเศรษฐกิจ”, scripts/mine_program_slogans.py): a programme's
    name, bounded by the quotes where the rules would end it at its first space."""
    return frozenset(row[0] for row in load_mined("program_slogans.json").get("names", ()))


QUOTED_KEY = 3  # characters of a quoted name its index is keyed by
LONG = 60  # characters of a quote (QUOTE) past which only a prefix at its opening makes it a name (LONG_QUOTE)


@lru_cache(maxsize=1)
def quoted_index() -> dict[str, tuple[str, ...]]:
    """The mined quoted names and slogans with their spaces left out, longest first, by their first QUOTED_KEY characters."""
    found: dict[str, set[str]] = {}
    for name in mined_quoted() | mined_slogans():
        compact = name.replace(" ", "")
        if len(compact) > QUOTED_KEY and is_thai(compact[0]):
            found.setdefault(compact[:QUOTED_KEY], set()).add(compact)
    return {key: tuple(sorted(names, key=len, reverse=True)) for key, names in found.items()}


MARKS = frozenset("\u0e47\u0e48\u0e49\u0e4a\u0e4b")  # maitaikhu and the four tone marks: "ช็อป" / "ช้อป"


def loose_end(text: str, pos: int, compact: str) -> int | None:
    """Where `compact` (a name with its spaces left out) ends when the text at `pos` spells it with or without single
    spaces between its letters, a tone mark or maitaikhu written for another ("ชิม ช็อป ใช้" for "ชิม ช้อป ใช้": the
    releases spell loan words either way); None when it does not."""
    i = pos
    for ch in compact:
        if i < len(text) and text[i] == " " and ch != " ":
            i += 1
        if i >= len(text) or text[i] != ch and not (text[i] in MARKS and ch in MARKS):
            return None
        i += 1
    return i


def quoted_name_end(text: str, pos: int) -> int | None:
    """Where a name the corpora quote after a prefix ends when the text writes it after the prefix unquoted
    ("โครงการบ้านนี้มีรัก ปลูกผักกินเอง", "โครงการทางนี้มีผลผู้คนรักกัน"): its words hold stops ("นี้", "มี") the
    rules would cut it at. None when no such name starts at `pos` and ends at a word's end."""
    for compact in quoted_index().get(text[pos:pos + QUOTED_KEY], ()):
        end = loose_end(text, pos, compact)
        if end is not None and compact in slogan_keys() and text.startswith(" ", end) \
                and is_thai(text[end + 1:end + 2]):
            continue  # a slogan the text goes on from across a space ("โครงการเดิน วิ่ง ปั่น| ธงตราสัญลักษณ์"): the
            # name is longer than the slogan, and the rules end it
        if end is not None and (end == len(text) or not is_thai(text[end]) or word_ends_at(text, pos, end)):
            return end
    return None


@lru_cache(maxsize=1)
def slogan_keys() -> frozenset[str]:
    """The mined slogans that are no mined quoted name, their spaces left out (as `quoted_index` keys them)."""
    return frozenset(name.replace(" ", "") for name in mined_slogans() - mined_quoted())


# the title a name is quoted under, written right after it: a curly quote glued or after a space, a straight one only
# after a space (glued, it is more often the quote closing the name itself); its words touch both quotes
TITLE = re.compile(r"(?:“| [“\"])(?=\S)([^”\"\n]{3,60})(?<=\S)[”\"]")


def title_after(text: str, end: int) -> re.Match[str] | None:
    """The quoted title a name ending at `end` is written with ("โครงการบำบัดผู้ติดยาเสพติด| “หัวโทนโมเดล”",
    "โครงการค้ำประกันสินเชื่อเช่าซื้อรถกระบะใหม่| “บสย. SMEs PICK-UP”"), or None: which of its kind it is, as a route
    or the parties tell; the caller rejects a title that names a body, a person or a kind."""
    return TITLE.match(text, end)


_QUOTES = str.maketrans("", "", "“”\"")


def unquoted(words: str) -> str:
    """`words` without their quotes: a name keyed the same whichever quotes a release writes its title in."""
    return words.translate(_QUOTES)


_GLOSS = re.compile(r"\s?\(")  # a quoted name's gloss in brackets is its alias, not its words
_NUMBER = re.compile(r"\d[\d.,]*")


@lru_cache(maxsize=1)
def release_quotes(text: str) -> dict[str, tuple[str, ...]]:
    """The names quoted in one release (`QUOTE`, or `LONG_QUOTE` when a prefix opens it; up to a gloss in brackets, a
    prefix the quote opens with left out),
    their spaces left out, longest first, by their first QUOTED_KEY characters: a quote bounds a name, and the
    release writes the same name unquoted with the same words."""
    found: dict[str, set[str]] = {}
    for m in (*QUOTE.finditer(text), *LONG_QUOTE.finditer(text)):
        name = _GLOSS.split(m.group(1), 1)[0].strip()
        prefix = prefix_pattern().match(name)
        if len(m.group(1)) > LONG and (prefix is None or _second_name(name, prefix.end())):
            continue  # a long quote no prefix opens, or holding two names: a sentence or a list, not one name
        compact = name[prefix.end() if prefix else 0:].replace(" ", "")
        if len(compact) > QUOTED_KEY and "“" not in compact:
            found.setdefault(compact[:QUOTED_KEY], set()).add(compact)
    return {key: tuple(sorted(names, key=len, reverse=True)) for key, names in found.items()}


def _second_name(name: str, pos: int) -> bool:
    """Does a prefix after a joining word (program_patterns.json "joins": หรือ, และ …) open a second name in `name`
    from `pos` ("โครงการสินเชื่อเพื่อที่อยู่อาศัยแห่งรัฐ หรือโครงการบ้านล้านหลัง ระยะที่ 3")?"""
    joins = tuple(program_data()["joins"])
    return any(name[:m.start()].rstrip().endswith(joins) for m in prefix_pattern().finditer(name, pos))


def release_quoted_end(text: str, pos: int, end: int) -> int:
    """Where a name the rules end at `end` (its words from `pos`) ends when the release quotes it longer elsewhere
    (or around it) and the text here goes on with the rest of the quoted words ("โครงการสืบสาน| อนุรักษ์ศิลป์ผ้าถิ่นไทย
    ดำรงไว้ในแผ่นดิน"): the quote's end, at a word's end; `end` when no quote says so, or the rest holds a count
    ("…ให้ประชาชน| 1.38 ล้านไร่": a sentence quoted whole, not a name)."""
    have = text[pos:end].replace(" ", "")
    for compact in release_quotes(text).get(have[:QUOTED_KEY], ()) if len(have) >= QUOTED_KEY else ():
        if len(compact) <= len(have) or not compact.startswith(have):
            continue
        further = loose_end(text, pos, compact)
        if further is None or further < len(text) and is_thai(text[further]) and not word_ends_at(text, pos, further):
            continue
        if any(count_after().match(text, n.end()) for n in _NUMBER.finditer(text, end, further)):
            continue
        return further
    return end


# the rest of a quote a prefix opens, after the prefix and a space: up to the closing quote, as long as QUOTED's
_OPENED = re.compile(r" ([^”\"\n]{2,120})[”\"]")


def opened_quote_end(text: str, start: int, pos: int) -> int | None:
    """Where a name ends that a quote opens with its prefix and a space ("“โครงการ 80 ปีกระทรวงอุตสาหกรรม 8,000
    กิโลกรัม รีไซเคิลสู่สังคม”", "“โครงการ ธอส. ช่วยคนไทย ร่วมสร้างชาติ”", "“นโยบาย 3 ต.”"): the quote bounds the
    whole name, where a prefix and a space elsewhere end a clause ("โครงการ วงเงิน…"). None when no quote opens right
    before the prefix at `start` (its end `pos`), the quote runs past a line or QUOTED's length, or the words after the
    space list kinds (another prefix or a joining word first: "“นโยบาย มาตรการ และแนวทางปฏิบัติ…”", "“แผนงาน โครงการ
    และกิจกรรม…”") or join a second name."""
    if not start or text[start - 1] not in "“\"":
        return None
    m = _OPENED.match(text, pos)
    if m is None:
        return None
    first = tokenize(m.group(1)[:WINDOW * 2])[0]
    if prefix_pattern().match(m.group(1)) or first in program_data()["joins"] \
            or _second_name(text[start:m.end(1)], pos - start):
        return None
    return m.end(1)


WINDOW = 8  # characters read on either side of a possible word's end


def word_ends_at(text: str, pos: int, end: int) -> bool:
    """Does the tokenizer end a word at `end` (reading a few characters either side, none before `pos`)?"""
    begin, at = max(pos, end - WINDOW), 0
    for token in tokenize(text[begin:end + WINDOW]):
        at += len(token)
        if begin + at >= end:
            return begin + at == end
    return False


def scheme_fills(doc: Doc, start: int, end: int) -> bool:
    """Does a program the authority scheme knows fill [start, end) (a quoted name it already holds)?"""
    return any(m.nstart <= start and m.nend >= end for m in doc.starting_in(start - 1, start + 1, ("program",)))


@lru_cache(maxsize=1)
def _quoted_pair() -> re.Pattern[str]:
    """The opening of a quote that pairs (program_patterns.json "paired"): one, a Thai word, one again and a second
    word, in digits ("1 ท้องถิ่น 1 สินค้า…") or words ("หนึ่งจังหวัด หนึ่งโรงพยาบาล"); the second word's start is
    group "second", the first word group "first"."""
    paired = program_data()["paired"]
    one = "|".join(map(re.escape, paired["numbers"] + paired["words"]))
    return re.compile(rf"(?:{one}) ?(?P<first>[ก-๛][ก-๛.]{{1,30}}?) ?(?:{one}) ?(?P<second>[ก-๛A-Za-z])")


def paired_quote(words: str) -> bool:
    """Do the quoted `words` open with a pairing, one X, one Y ("“1 ท้องถิ่น 1 สินค้าเกษตรมูลค่าสูง”", "“หนึ่งจังหวัด
    หนึ่งโรงพยาบาล”"): a programme's name, as after a prefix (program_ends.numbered_pair_end), the quotes bounding it?
    Not when the second word is a count ("“1 เดือน 1 แสนราย”": units or multipliers only, as after a prefix) or the first ends on a ratio
    word ("“1 ผู้เสพต่อ 1 ผู้ค้า”", program_patterns.json "paired" "ratios")."""
    pair = _quoted_pair().match(words)
    if pair is None or pair.group("first").endswith(tuple(program_data()["paired"]["ratios"])):
        return False
    second = words[pair.start("second"):].split(" ", 1)[0]
    return re.fullmatch(f"(?:{count_after().pattern})+", second) is None  # "แสนราย", not "โรงพยาบาล"


def find_quoted_names(doc: Doc, drop: set[int]) -> None:
    """A name the corpora quote after a program prefix, quoted here without one (ภายใต้ “ตลาดนำการผลิต”), a loan scheme
    they quote (`mined_loans`: “สินเชื่อเศรษฐกิจติดดาว”), a slogan they quote and name after a prefix (`mined_slogans`:
    “ทักษะดี มีงานทำ หลักประกันทางสังคมเด่น เน้นขับเคลื่อนเศรษฐกิจ”, as long as QUOTED's), or a quote
    that pairs (`paired_quote`: "ภายใต้…“1 ท้องถิ่น 1 สินค้าเกษตรมูลค่าสูง”"); a shorter program named inside it is a
    piece of it (added to `drop`)."""
    slogans = mined_slogans()
    known = mined_quoted() | mined_loans() | slogans
    longer = (m for m in QUOTED.finditer(doc.text) if len(m.group(1)) > LONG)  # a slogan of several phrases past
    # QUOTE's length ("“ทักษะดี มีงานทำ หลักประกันทางสังคมเด่น เน้นขับเคลื่อนเศรษฐกิจ”"), as long as a name quoted after
    # a prefix may be (QUOTED, read here for its quoted words only)
    for m in (*QUOTE.finditer(doc.text), *(m for m in longer if normalize_label(m.group(1)) in slogans)):
        start, end = m.start(1), m.end(1)
        label = normalize_label(m.group(1))
        if label not in known and not paired_quote(m.group(1)) \
                or doc.covered(start, end, ("organization", "person", "place")) or scheme_fills(doc, start, end):
            continue
        inner = doc.mentions.kind("program").overlapping(start, end)
        if any(o.nstart < start or o.nend > end for _, o in inner):
            continue  # a program runs across the quote
        drop |= {id(o) for _, o in inner}
        doc.add(doc.mention(start, end, "program", PATTERN_KEY + label, form="pattern"))
