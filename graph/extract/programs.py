"""Program mentions outside the authority scheme: names that begin with โครงการ / มาตรการ / นโยบาย / …,
quoted ("โครงการ “…”"), in Latin script ("นโยบาย MIND"), or written on directly ("โครงการพัฒนาผู้ประกอบการใหม่").

Where a name written on directly ends is decided in three steps, all driven by data in
ontology/th/program_patterns.json and ontology/th/program_names.json:
1. names mined from the corpora (a name that recurs with the same boundaries in several releases) are taken
   whole, whatever words they hold;
2. otherwise the name runs on to the next space, across the words a program's name may hold ("เพื่อ", "จาก",
   "ส่งเสริม" …), and stops at a word that begins a clause ("ได้", "ซึ่ง" …); when such a word cut the run
   the name ends before the first linking word (the clause began there);
3. a name that begins with a generic word (นโยบายรัฐบาล, มาตรการเพิ่มเติม) or, once trimmed of function words
   at its end, is too short, is no name.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from phakhi.graph.extract.document import Doc, Mentions
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.thai import tokenize
from phakhi.ontology import HERE, load_not_names, load_stopwords

PATTERN_KEY = "name:"
_QUOTED = re.compile(r"\s?[“\"]([^”\"\n]{3,120})[”\"]")
MAX_NAME = 300  # characters a program's name may run on for without a space (the longest seen is 170)
_NAME_RUN = re.compile(f"[^\\s()\\[\\]“”\"',:;/]{{0,{MAX_NAME}}}")
# a Latin-script name after the prefix: capitalised words, acronyms and numbers ("MIND", "Covid Free Setting")
_LATIN_NAME = re.compile(r" ?([A-Z][A-Za-z0-9&+.\-]*(?: (?:[A-Z0-9][A-Za-z0-9&+.\-]*|of|and|for|the|in))*)")
# Latin words after a Thai name: one acronym ("SMEs", "LPG") or several capitalised words ("HUMAN MILK …")
_LATIN_TAIL = re.compile(r"\s([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9\-]*){0,5}"
                         r"|[A-Z][a-z0-9\-]+(?: [A-Z][A-Za-z0-9\-]*){1,5})(?=[\s,()]|$)")
_PHASE = re.compile(r" (?:ระยะที่|ฉบับที่|เฟส|รุ่นที่|ปี(?:งบประมาณ)?(?: พ\.ศ\.)?) ?\d{1,4}(?:/\d{2,4})?(?![\d.,])")
MIN_REST = 3  # characters a name must hold after its prefix
# marks that a name stands as a name: a list item ("2.มาตรการ…", "• มาตรการ…") or a bracketed gloss after it
_LIST_ITEM = re.compile(r"(?:^|\n|\s)(?:\d{1,2}[.)]|[•\-–*])\s*$")
_LIST_CUE = re.compile(r"(?:ประกอบด้วย|ได้แก่|อาทิ|เช่น|คือ|ดังนี้)\s*(?:\d{1,2}[.)])?\s*$")
_BETWEEN_ITEMS = re.compile(r"\s{1,3}(?:และ|หรือ)?\s?")
_GLOSS = re.compile(r"\s?\((?:[A-Za-z][^()\n]{1,60}|[ก-ฮ]{1,6}\.(?:[ก-ฮ]{1,6}\.)*|[ก-๛]{2,20})\)")


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads((HERE / "th" / "program_patterns.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _mined() -> tuple[frozenset[str], frozenset[str]]:
    """(program names, generic words) mined from the corpora by scripts/mine_programs.py; names normalised."""
    path = HERE / "th" / "program_names.json"
    if not path.exists():
        return frozenset(), frozenset()
    data = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(row[0] for row in data["names"]), frozenset(data["generic"])


@lru_cache(maxsize=1)
def _mined_quoted() -> frozenset[str]:
    """Names the corpora quote right after a program prefix in several releases (scripts/mine_programs.py)."""
    path = HERE / "th" / "program_names.json"
    if not path.exists():
        return frozenset()
    return frozenset(row[0] for row in json.loads(path.read_text(encoding="utf-8")).get("quoted", ()))


@lru_cache(maxsize=1)
def _stop_pairs() -> frozenset[tuple[str, str]]:
    """Two words that together end a name ("อย่าง" + "ต่อเนื่อง": an adverb, not part of it)."""
    return frozenset(tuple(pair) for pair in _data()["stop_pairs"])


@lru_cache(maxsize=1)
def _not_before() -> tuple[str, ...]:
    return tuple(_data()["not_before"])


@lru_cache(maxsize=1)
def _prefix_pattern() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(_data()["prefixes"], key=len, reverse=True))))


@lru_cache(maxsize=1)
def _word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(words that end a name, linking words a name may hold, words a name may not end on)."""
    data = _data()
    inside = frozenset(data["inside"])
    links = frozenset(data["links"])
    stops = (load_stopwords() | frozenset(data["stops"])) - inside - links
    return stops, links, frozenset(data["not_last"]) | links


@lru_cache(maxsize=1)
def _generic_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(words that may not open a name, words that name nothing on their own: the data's and the mined)."""
    data = _data()
    heads = frozenset(data["modifiers"])
    return heads, heads | frozenset(data["not_after"]) | frozenset(data["generic"]) | frozenset(data["links"]) \
        | _mined()[1]


def name_end(text: str, start: int, pos: int, stop: int, *, mined: frozenset[str] | None = None,
             generic: frozenset[str] = frozenset(), tail_ok=lambda start, end: True) -> int | None:
    """Where a program's name that starts at `start`, its prefix ending at `pos`, ends (no further than `stop`);
    None when the words after the prefix name nothing. `mined`: names the corpora attest (default: the
    mined data file); `generic`: more words that name nothing on their own; `tail_ok(start, end)`: may a
    Latin acronym after the name ("มาตรการส่งเสริม SMEs") join it?"""
    stops, links, not_last = _word_sets()
    heads, generic = _generic_sets()[0], _generic_sets()[1] | generic
    relative = _data()["relative"]
    if text.startswith(tuple(_data()["not_after"]), pos):  # a function word: a reference back, no name
        return None
    tokens = tokenize(text[pos:stop])
    opening = ""
    for token in tokens[:3]:  # a reference or a modifier right after the prefix ("มาตรการดังกล่าว")
        opening += token
        if opening in heads:
            return None
    ends, end = [], pos  # (where token i ends, token i), the run's tokens up to the first stop
    first_link, cut = None, False
    pairs = _stop_pairs()
    for i, token in enumerate(tokens):
        if token in stops or token.isspace() or (token, tokens[i + 1] if i + 1 < len(tokens) else "") in pairs:
            cut = not token.isspace()
            break
        if ends and ends[-1][1] in links and _prefix_pattern().match(token):  # "…และโครงการ…": two names
            ends.pop()
            break
        if token == "ฯ":  # an abbreviated name ends at its mark ("โครงการยกระดับศักยภาพหมู่บ้านฯ")
            end += 1
            ends.append((end, token))
            break
        if token in relative and first_link is None and ends:
            first_link = end
        end += len(token)
        ends.append((end, token))
    if cut and first_link is not None:  # a clause began at the first relative word ("ที่")
        ends = [e for e in ends if e[0] <= first_link]
    while ends and ends[-1][1] in not_last:
        ends.pop()
    end = ends[-1][0] if ends else pos
    mined = _mined()[0] if mined is None else mined
    if mined:  # a longer name the corpora attest with these boundaries wins over the rules
        e = pos
        for token in tokens:
            e += len(token)
            if e > end and normalize_label(text[start:e]) in mined:
                end, ends = e, [(e, "")]
    if end == stop:  # a Latin acronym after the run joins it ("กองทุนฟื้นฟู SMEs", "ราคาก๊าซ LPG")
        tail = _LATIN_TAIL.match(text, end)
        if tail and tail_ok(tail.start(1), tail.end(1)):
            end, ends = tail.end(1), ends + [(tail.end(1), tail.group(1))]
    phase = _PHASE.match(text, end)  # a phase, edition or year after the name ("… ระยะที่ 12", "… ปี 2560")
    if phase:
        end = phase.end()
    abbreviated = len(ends) > 2 and ends[-1][1] == "ฯ"  # a longer name cut short: a name all the same
    if not abbreviated and all(token in generic or _bare(token) in generic for e, token in ends if e <= end):
        return None
    return end


def _bare(word: str) -> str:
    """A word without the nominalising การ / ความ (การลงทุน -> ลงทุน)."""
    for head in ("การ", "ความ"):
        if word.startswith(head) and len(word) > len(head):
            return word[len(head):]
    return word


def _latin_name_ok(name: str) -> bool:
    """A Latin name after a prefix: several words, an acronym ("MIND") or one long word ("Landbridge"), not a
    short common word ("โครงการ Thai – German …")."""
    return " " in name or sum(ch.isupper() for ch in name) >= 2 or len(name) >= 6


def _named(doc: Doc, start: int, end: int) -> bool:
    """Does a program the authority scheme knows fill [start, end) (a quoted name it already holds)?"""
    return any(m.nstart <= start and m.nend >= end for m in doc.starting_in(start - 1, start + 1, ("program",)))


def _evidence(text: str, start: int, end: int, headline_end: int) -> bool:
    """Does the text mark [start, end) as a name: the headline, a list item or a list cue before it, a bracketed
    gloss after it, or a name the corpora attest? Measures and policies (มาตรการ…, นโยบาย…) written on directly
    are mostly descriptions, not names."""
    return bool(start < headline_end or _LIST_ITEM.search(text, max(0, start - 8), start)
                or _LIST_CUE.search(text, max(0, start - 16), start) or _GLOSS.match(text, end)
                or normalize_label(text[start:end]) in _mined()[0])


def _enumerated(text: str, items: list[tuple[int, int, str]]) -> set[int]:
    """Indexes of items next to another item with the same prefix ("มาตรการปีแห่งการลงทุน มาตรการระบบราง")."""
    found = set()
    for i in range(len(items) - 1):
        (_, end, prefix), (start, _, other) = items[i], items[i + 1]
        if prefix == other and _BETWEEN_ITEMS.fullmatch(text, end, start):
            found |= {i, i + 1}
    return found


_THAI = re.compile("[\u0e01-\u0e4e]")
_LATIN_BEFORE = re.compile(r"[A-Za-z][ \-]$")
_LATIN_AFTER = re.compile(r"[ \-][A-Z]")


def _partial_names(doc: Doc) -> set[int]:
    """A Latin name the scheme knows that is a piece of a longer Latin name in Thai text ("Digital Economy" in
    "(Digital Economy Hub)") names something else: drop it. In English text Latin words surround every name."""
    text = doc.text
    return {id(m) for m in doc.of_kind("program")
            if not m.key.startswith(PATTERN_KEY) and text[m.nstart:m.nend].isascii()
            and (_LATIN_BEFORE.search(text, max(0, m.nstart - 2), m.nstart) or _LATIN_AFTER.match(text, m.nend))
            and _THAI.search(text, max(0, m.nstart - 20), m.nstart)}


_QUOTE = re.compile(r"[“\"]([^”\"\n]{3,60})[”\"]")


def _find_quoted_names(doc: Doc, drop: set[int]) -> None:
    """A name the corpora quote after a program prefix, quoted here without one (ภายใต้ “ตลาดนำการผลิต”); a
    shorter program named inside it is a piece of it (added to `drop`)."""
    known = _mined_quoted()
    for m in _QUOTE.finditer(doc.text):
        start, end = m.start(1), m.end(1)
        if normalize_label(m.group(1)) not in known or doc.covered(start, end, ("organization", "person", "place")) \
                or _named(doc, start, end):
            continue
        inner = doc.mentions.kind("program").overlapping(start, end)
        if any(o.nstart < start or o.nend > end for _, o in inner):
            continue  # a program runs across the quote
        drop |= {id(o) for _, o in inner}
        doc.add(doc.mention(start, end, "program", PATTERN_KEY + normalize_label(m.group(1)), form="pattern"))


def find_programs(doc: Doc) -> None:
    drop = _partial_names(doc)
    text = doc.text
    headline_end = doc.line_bounds(0)[1]
    items: list[tuple[int, int, str]] = []  # names written on directly, in order
    pending: set[int] = set()  # indexes of measures and policies that still need evidence of being names
    for m in _prefix_pattern().finditer(text):
        start, pos = m.start(), m.end()
        if doc.covered(start, pos) or text.endswith(_not_before(), 0, start):
            continue  # "คณะกรรมการนโยบาย…", "แผนยุทธศาสตร์…": part of a body's or plan's name
        quoted = _QUOTED.match(text, pos)
        if quoted:
            name_start, end = quoted.start(1), quoted.end(1)
            if doc.covered(name_start, end, ("organization", "person")) or _named(doc, name_start, end) \
                    or quoted.group(1).startswith(load_not_names()):
                continue  # a body, a person, a name the scheme holds, or a title ("นโยบาย “นายกฯ”")
            drop |= {id(inner) for inner in doc.starting_in(name_start, end, ("program",))  # "ธนารักษ์[ประชารัฐ]"
                     if inner.nend <= end and (inner.nstart, inner.nend) != (name_start, end)}
            doc.add(doc.mention(start, quoted.end(), "program", PATTERN_KEY + normalize_label(quoted.group(1)),
                                form="pattern", name=(name_start, end)))
            continue
        if pos >= len(text):
            continue
        latin = _LATIN_NAME.match(text, pos)
        if latin and _latin_name_ok(latin.group(1)) and not text[pos - 1].isascii():
            end = latin.end(1)
            if end < len(text) and not text[end].isspace() and text[end] not in ",()\"”":
                end = _NAME_RUN.match(text, end).end()  # "DriedYeast-เอมไซม์ไฟเตส" runs on
            while end > latin.start(1) and text[end - 1] in ".-&+":
                end -= 1
            if not doc.covered(latin.start(1), end, ("organization", "person", "program")):
                doc.add(doc.mention(start, end, "program", PATTERN_KEY + normalize_label(text[start:end]),
                                    form="pattern"))
            continue
        if text[pos].isspace():
            continue
        stop = _NAME_RUN.match(text, pos).end()
        inside = doc.starting_in(pos, stop, ("organization", "person"))  # a body or person named there ends it
        stop = min((other.nstart for other in inside), default=stop)
        end = name_end(text, start, pos, stop,
                       tail_ok=lambda s, e: not doc.covered(s, e, ("organization", "person", "program")))
        if end is None or end - pos < MIN_REST or doc.covered(start, end):
            continue
        items.append((start, end, m.group()))
        if m.group() in _data()["need_evidence"] and not _evidence(text, start, end, headline_end):
            pending.add(len(items) - 1)
            continue
        doc.add(doc.mention(start, end, "program", PATTERN_KEY + normalize_label(text[start:end]), form="pattern"))
    _find_quoted_names(doc, drop)
    if drop:  # one pass over the mentions, however many are dropped
        doc.mentions = Mentions(m for m in doc.mentions if id(m) not in drop)
    for i in sorted(pending & _enumerated(text, items)):
        start, end, _ = items[i]
        if not doc.covered(start, end):
            doc.add(doc.mention(start, end, "program", PATTERN_KEY + normalize_label(text[start:end]),
                                form="pattern"))
