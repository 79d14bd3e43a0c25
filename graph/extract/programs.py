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
The corpora decide where a run ends too: a name they show standing whole, that elsewhere runs on into a verb or a
linking word ("กองทุนฝนหลวง|มีเงิน…"), ends a run that goes on that way; and a name they write with a space inside
("มาตรการพักทรัพย์ พักหนี้") runs on across it; a name they quote after a prefix is taken whole when written
unquoted after one ("โครงการบ้านนี้มีรัก ปลูกผักกินเอง", whose "นี้" and "มี" would end a run). The numbered items of
a plan are named after their number ("ยุทธศาสตร์ที่ 4 การเติบโต…"); a prefix after the head of a law
("พ.ร.บ. กองทุน…") begins the law's name, not a program's.

Besides names after a prefix: trade agreements named by their parties ("FTA ไทย-EU", patterns as data); long scheme
names written with a stray space; and names of one program put together: scheme names chained and glossed by
another program ("เศรษฐกิจชีวภาพ – เศรษฐกิจหมุนเวียน - เศรษฐกิจสีเขียว หรือ Bio-Circular-Green Economy"), "X หรือ Y
(Latin gloss)", "X หรือ <a known program>", and mentions written alike. Lower-case Latin scheme labels in Thai prose
("เป็น land bridge") are the English words, not the programme; `abbreviation_fits` says which bracketed
abbreviations may be learned as another name of a program.

The corpora also say where a run ends in running text (program_tails.json): words written right after many
different recurring names end a run ("…อีกด้วย", "…ประจำปี"), and a word written with one number takes it ("…โคโรนา
2019"); a version number after a run ("โครงการอบรมหมอดิน 4.0") is the name's, unless a unit makes it a count. Latin names they write after a prefix ("นโยบาย Soft Power", program_latin.json) are programs where written
bare, and a quoted Latin name of capitalised words (“Enhanced Trade Partnership”) is one unless a word before it says
it is an app, a page, an event … ("quote_kinds").
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from phakhi.graph.extract.authority import organizations, program_entries
from phakhi.graph.extract.document import Doc, Mentions
from phakhi.graph.extract.gazetteer import Entry, Gazetteer
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import first_characters, led_by, literal_alternation
from phakhi.graph.text.thai import first_consonant, is_thai, starts_word, tokenize
from phakhi.ontology import HERE, load_counts_data, load_event_cues, load_not_names, load_stopwords

PATTERN_KEY = "name:"
_QUOTED = re.compile(r"\s?[“\"]([^”\"\n]{3,120})[”\"]")
MAX_NAME = 300  # characters a program's name may run on for without a space (the longest seen is 170)
_NAME_RUN = re.compile(f"[^\\s()\\[\\]“”\"',:;/]{{0,{MAX_NAME}}}")
# a Latin-script name after the prefix: capitalised words, acronyms and numbers ("MIND", "Covid Free Setting")
_LATIN_NAME = re.compile(r" ?([A-Z][A-Za-z0-9&+.\-]*(?: (?:[A-Z0-9][A-Za-z0-9&+.\-]*|of|and|for|the|in|to|with|&(?= [A-Z])))*)")
_LATIN_LOWER = re.compile(r"(?: [a-z][a-z\-]*){1,2}(?=\s?[\u0e01-\u0e4e,()]|\s*$)")
# Latin words after a Thai name: one acronym ("SMEs", "LPG") or several capitalised words ("HUMAN MILK …")
_LATIN_TAIL = re.compile(r"\s([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9\-]*){0,5}"
                         r"|[A-Z][a-z0-9\-]+(?: [A-Z][A-Za-z0-9\-]*){1,5})(?=[\s,()]|$)")
_PHASE_NUMBER = (r"(?:ระยะที่|ฉบับที่|เฟส|รุ่นที่|ปี(?:งบประมาณ)?(?: พ\.ศ\.)?) ?\d{1,4}(?:/\d{2,4})?"
                 r"(?: ?[-–] ?\d{2,4})?(?![\d.,])")  # and a range of years ("ปี 2562 – 2563")
_PHASE = re.compile(" " + _PHASE_NUMBER)
_DESIGNATION = re.compile(r" (\d{1,2}\.\d)(?![\d.,%])")  # "PM 2.5": a decimal with one digit after an acronym
_GLUED_PHASE = re.compile(_PHASE_NUMBER)  # the phase word the run ends on, its number after a space ("…มาบตาพุดเฟส 3")
# the number of an ordinal a name ends on ("โครงการท่อส่งก๊าซธรรมชาติเส้นที่ 4"): after "ที่" and a space
_ORDINAL = re.compile(r" ?(?:\d{1,3}|[๐-๙]{1,3})(?![\d.,]?\d)")
ORDINAL = "ที่"
# a number after the space a name's run ends at ("… โคโรนา 2019"): `_numbered` says which words take which
_NUMBER_AFTER = re.compile(r" (\d{1,4}(?:\.\d{1,2})?)(?![\d.,]?\d)")
MIN_REST = 3  # characters a name must hold after its prefix
# marks that a name stands as a name: a list item ("2.มาตรการ…", "• มาตรการ…") or a bracketed gloss after it
_LIST_ITEM = re.compile(r"(?:^|\n|\s)(?:\d{1,2}[.)]|[•\-–*])\s*$")
_LIST_CUE = re.compile(r"(?:ประกอบด้วย|ได้แก่|อาทิ|เช่น|คือ|ดังนี้)\s*(?:\d{1,2}[.)])?\s*$")
_BETWEEN_ITEMS = re.compile(r"\s{1,3}(?:และ|หรือ)?\s?")
# the number of an item of a plan after its prefix ("ยุทธศาสตร์ที่ 4 ", "แผนงานที่ ๓ : "): its name follows
_NUMBERED = re.compile(r"ที่ ?(?:\d{1,2}|[๐-๙]{1,2})(?:\.\d{1,2})? ?:? ?(?=[ก-๛A-Za-z])")
_GLOSS = re.compile(r"\s?\((?:[A-Za-z][^()\n]{1,60}|[ก-ฮ]{1,6}\.(?:[ก-ฮ]{1,6}\.)*|[ก-๛]{2,20})\)")


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads((HERE / "th" / "program_patterns.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def mined_program_names() -> tuple[frozenset[str], frozenset[str]]:
    """(program names, generic words) mined from the corpora by scripts/mine_programs.py; names normalised."""
    path = HERE / "th" / "program_names.json"
    if not path.exists():
        return frozenset(), frozenset()
    data = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(row[0] for row in data["names"]), frozenset(data["generic"])


@lru_cache(maxsize=1)
def _boundaries() -> frozenset[str]:
    """Names the corpora show standing whole (between spaces or punctuation in several releases) that elsewhere run
    on into a linking word or a verb with no space ("กองทุนฝนหลวง" / "กองทุนฝนหลวงมีเงิน…"): where a run reaches one
    and goes on with such a word, the name ends there (mined by scripts/mine_programs.py; normalised)."""
    path = HERE / "th" / "program_names.json"
    if not path.exists():
        return frozenset()
    return frozenset(json.loads(path.read_text(encoding="utf-8")).get("boundaries", ()))


@lru_cache(maxsize=1)
def _spaced() -> dict[str, tuple[str, ...]]:
    """Names the corpora write with one space inside ("โครงการออมขวัญ ปันสุข"), by their first piece (mined by
    scripts/mine_programs.py; normalised)."""
    path = HERE / "th" / "program_names.json"
    found: dict[str, list[str]] = {}
    if path.exists():
        for name in json.loads(path.read_text(encoding="utf-8")).get("spaced", ()):
            found.setdefault(name.split(" ", 1)[0], []).append(name)
    return {first: tuple(sorted(names, key=len, reverse=True)) for first, names in found.items()}


def spaced_end(text: str, start: int, end: int) -> int | None:
    """Where a name the corpora write with a space inside ends, when [start, end) is its first piece and the text
    goes on with the rest; None otherwise."""
    if not text.startswith(" ", end):
        return None
    for name in _spaced().get(normalize_label(text[start:end]), ()):
        rest = name.split(" ", 1)[1]
        if text.startswith(rest, end + 1) and not is_thai(text[end + 1 + len(rest):end + 2 + len(rest)]):
            return end + 1 + len(rest)
    return None


@lru_cache(maxsize=1)
def _continuations() -> tuple[frozenset[str], tuple[str, ...]]:
    """(words that may carry a run on past the end of a name into the sentence: the linking words, relative words,
    verbs a name may hold and predicates, but not the words that join two parts of one name ("joins": และ, หรือ);
    the function words among them, which the tokenizer may glue to the next word: "ใน|อัตรา", "มี|เงิน")."""
    data = _data()
    glued = (frozenset(data["links"]) | frozenset(data["relative"]) | frozenset(data["predicates"])) \
        - frozenset(data["joins"])
    return glued | frozenset(data["inside"]) - frozenset(data["joins"]), tuple(sorted(glued, key=len, reverse=True))


def continues(token: str) -> bool:
    """Does `token` carry a run on into the sentence: a continuation word, or a function word glued by the tokenizer to
    a word of the dictionary ("มีเงิน", not "มาตรฐาน" nor "ทุกข์")?"""
    words, glued = _continuations()
    if token in words:
        return True
    head = next((word for word in glued if token.startswith(word)), None)
    return head is not None and token[len(head):] in _words()


def corpus_boundary(text: str, start: int, ends: list[tuple[int, str]], end: int) -> int | None:
    """The end of the longest name the corpora attest whole (`_boundaries`) inside the run [start, end), when the run
    goes on past it with a linking word, verb or predicate (`continues`); None when there is none. `ends`: (where token i
    ends, token i) of the run after its prefix."""
    boundaries = _boundaries()
    if not boundaries:
        return None
    for i in range(len(ends) - 2, -1, -1):
        e, following = ends[i][0], ends[i + 1][1]
        if e < end and continues(following) and normalize_label(text[start:e]) in boundaries:
            return e
    return None


@lru_cache(maxsize=1)
def _continued() -> dict[str, frozenset[str]]:
    """{a name as the rules end it: the pieces the corpora write right after it in most of the releases that write it}
    ("โครงการเรา" -> "ไม่ทิ้งกัน", "โครงการรถไฟฟ้าสายสีเขียว" -> " ช่วงหมอชิต-สะพานใหม่-คูคต"), mined by
    scripts/mine_program_continuations.py; names normalised."""
    path = HERE / "th" / "program_continuations.json"
    found: dict[str, set[str]] = {}
    if path.exists():
        for name, piece, *_ in json.loads(path.read_text(encoding="utf-8"))["continuations"]:
            found.setdefault(name, set()).add(piece)
    return {name: frozenset(pieces) for name, pieces in found.items()}


MAX_CONTINUED = 3  # pieces a name may run on with, one after another ("โครงการโคก" + " หนอง" + " นา")
_PIECE_NUMBER = re.compile(r" ?\d[\d.]*$")
_NUMBER_GOES_ON = re.compile(r"[,.]?\d")


def continuation_piece(text: str, end: int) -> str | None:
    """The piece a name ending at `end` could run on with: the rest of the run it ends inside ("โครงการเรา|ไม่ทิ้งกัน"),
    or one space and the run after it ("โครงการเดิน| วิ่ง"); None at punctuation or a line's end, or where the piece
    is a number cut out of a longer one ("10|,000") or a count ("3 ล้านบาท")."""
    if end >= len(text):
        return None
    at = end + 1 if text[end] == " " else end
    if at >= len(text) or not (is_thai(text[at]) or text[at].isalnum()):
        return None
    piece = text[end:_NAME_RUN.match(text, at).end()]
    if piece.strip() and _PIECE_NUMBER.fullmatch(piece) and (_NUMBER_GOES_ON.match(text, end + len(piece))
                                                             or count_after().match(text, end + len(piece))):
        return None
    return piece if piece.strip() else None


def continued_end(text: str, start: int, end: int, tail_ok=lambda start, end: True) -> int:
    """Where a name the rules end at `end` ends when the text goes on with a piece the corpora write after that name
    in most of its releases (`_continued`), piece after piece; `end` when it does not."""
    continued = _continued()
    for _ in range(MAX_CONTINUED if continued else 0):
        pieces = continued.get(normalize_label(text[start:end]))
        piece = continuation_piece(text, end) if pieces else None
        if piece is None or piece not in pieces or not tail_ok(end + (piece[0] == " "), end + len(piece)):
            break
        end += len(piece)
    return end


@lru_cache(maxsize=1)
def _cut_words() -> frozenset[str]:
    """Words that continue the sentence right after a program's name (mined by scripts/mine_programs.py: written
    right after known names, rarely inside them): a name ends before one and none begins with one."""
    path = HERE / "th" / "program_names.json"
    if not path.exists():
        return frozenset()
    data = _data()
    keep = frozenset(data["inside"]) | frozenset(data["links"])
    return frozenset(json.loads(path.read_text(encoding="utf-8")).get("cut_words", ())) - keep


@lru_cache(maxsize=1)
def _tails() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """(words the corpora write right after many different recurring names: the sentence runs on there, so a run
    ends before one; {word a name ends on: the numbers the corpora write after it, "โคโรนา" -> 2019}), mined by
    scripts/mine_program_tails.py."""
    path = HERE / "th" / "program_tails.json"
    if not path.exists():
        return frozenset(), {}
    data = json.loads(path.read_text(encoding="utf-8"))
    numbered: dict[str, set[str]] = {}
    for word, number in data.get("numbered", ()):
        numbered.setdefault(word, set()).add(number)
    return frozenset(data.get("tails", ())), {word: frozenset(numbers) for word, numbers in numbered.items()}


@lru_cache(maxsize=1)
def _kinds() -> frozenset[str]:
    """Kinds of programme written after a prefix as if they were names: words the corpora write bare far more often
    than after a prefix ("โครงการ|พลังงานสะอาด", "ยุทธศาสตร์|การสื่อสาร", "มาตรการ|คัดกรอง"), mined by
    scripts/mine_program_kinds.py; normalised."""
    path = HERE / "th" / "program_kinds.json"
    if not path.exists():
        return frozenset()
    return frozenset(row[0] for row in json.loads(path.read_text(encoding="utf-8"))["kinds"])


_TRAILING_PHASE = re.compile(f" ?{_PHASE_NUMBER}$")


def kind_of_programme(prefix: str, words: str) -> bool:
    """Do `words` right after `prefix`, less a phase or year ("… ปี 2565"), tell a kind of programme rather than name
    one (`_kinds`)? Not after a prefix named by its subject ("กองทุน|อ้อยและน้ำตาลทราย": program_patterns.json
    "named_by_subject")."""
    return prefix not in _data()["named_by_subject"] \
        and normalize_label(_TRAILING_PHASE.sub("", words)) in _kinds()


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    """The tokenizer's dictionary: a token outside it is a piece of letters newmm could not read as a word."""
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


SHORT_PAIR = 4  # letters: a short token and a short stop glued together ("ภร" + "ณ") are pieces of one word
_NUMBER_NEXT = re.compile(r"\s?\d")


@lru_cache(maxsize=1)
def _mined_quoted() -> frozenset[str]:
    """Names the corpora quote right after a program prefix in several releases (scripts/mine_programs.py)."""
    path = HERE / "th" / "program_names.json"
    if not path.exists():
        return frozenset()
    return frozenset(row[0] for row in json.loads(path.read_text(encoding="utf-8")).get("quoted", ()))


QUOTED_KEY = 3  # characters of a quoted name its index is keyed by


@lru_cache(maxsize=1)
def _quoted_index() -> dict[str, tuple[str, ...]]:
    """The mined quoted names with their spaces left out, longest first, by their first QUOTED_KEY characters."""
    found: dict[str, set[str]] = {}
    for name in _mined_quoted():
        compact = name.replace(" ", "")
        if len(compact) > QUOTED_KEY and is_thai(compact[0]):
            found.setdefault(compact[:QUOTED_KEY], set()).add(compact)
    return {key: tuple(sorted(names, key=len, reverse=True)) for key, names in found.items()}


def _loose_end(text: str, pos: int, compact: str) -> int | None:
    """Where `compact` (a name with its spaces left out) ends when the text at `pos` spells it with or without single
    spaces between its letters; None when it does not."""
    i = pos
    for ch in compact:
        if i < len(text) and text[i] == " " and ch != " ":
            i += 1
        if i >= len(text) or text[i] != ch:
            return None
        i += 1
    return i


def quoted_name_end(text: str, pos: int) -> int | None:
    """Where a name the corpora quote after a prefix ends when the text writes it after the prefix unquoted
    ("โครงการบ้านนี้มีรัก ปลูกผักกินเอง", "โครงการทางนี้มีผลผู้คนรักกัน"): its words hold stops ("นี้", "มี") the
    rules would cut it at. None when no such name starts at `pos` and ends at a word's end."""
    for compact in _quoted_index().get(text[pos:pos + QUOTED_KEY], ()):
        end = _loose_end(text, pos, compact)
        if end is not None and (end == len(text) or not is_thai(text[end]) or _word_ends_at(text, pos, end)):
            return end
    return None


WINDOW = 8  # characters read on either side of a possible word's end


def _word_ends_at(text: str, pos: int, end: int) -> bool:
    """Does the tokenizer end a word at `end` (reading a few characters either side, none before `pos`)?"""
    begin, at = max(pos, end - WINDOW), 0
    for token in tokenize(text[begin:end + WINDOW]):
        at += len(token)
        if begin + at >= end:
            return begin + at == end
    return False


@lru_cache(maxsize=1)
def _stop_pairs() -> frozenset[tuple[str, str]]:
    """Two words that together end a name ("อย่าง" + "ต่อเนื่อง": an adverb, not part of it)."""
    return frozenset(tuple(pair) for pair in _data()["stop_pairs"])


@lru_cache(maxsize=1)
def _not_before() -> tuple[str, ...]:
    return tuple(_data()["not_before"])


@lru_cache(maxsize=1)
def _offices() -> tuple[str, ...]:
    """Bodies named with a program's prefix ("โครงการส่งน้ำและบำรุงรักษา…", "โครงการชลประทาน…": offices of the Royal
    Irrigation Department): no program begins with one (program_patterns.json "offices")."""
    return tuple(_data()["offices"])


LAW_HEAD = 20  # characters before a prefix read for the head of a law's name


@lru_cache(maxsize=1)
def _law_before() -> re.Pattern[str]:
    """A law's head right before a prefix, glued or after one space ("พ.ร.บ. กองทุน…"): the name is the law's."""
    return re.compile(f"(?:{literal_alternation(_data()['law_heads'])}) ?$")


@lru_cache(maxsize=1)
def _prefix_pattern() -> re.Pattern[str]:
    return re.compile(literal_alternation(_data()["prefixes"]))


@lru_cache(maxsize=1)
def _word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(words that end a name, linking words a name may hold, words a name may not end on)."""
    data = _data()
    inside = frozenset(data["inside"])
    links = frozenset(data["links"])
    stops = (load_stopwords() | frozenset(data["stops"])) - inside - links
    return stops, links, frozenset(data["not_last"]) | links


@lru_cache(maxsize=1)
def _generic_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(words that may not open a name, words that name nothing on their own: the data's and the mined, the same less
    the data's subject words: after a prefix named by any subject ("named_by_any_subject") they name it
    ("กองทุนหมู่บ้าน", "กองทุนพัฒนาไฟฟ้า"))."""
    data = _data()
    heads = frozenset(data["modifiers"])
    functional = heads | frozenset(data["not_after"]) | frozenset(data["links"]) | mined_program_names()[1]
    return heads, functional | frozenset(data["generic"]), functional


def name_end(text: str, start: int, pos: int, stop: int, *, mined: frozenset[str] | None = None,
             generic: frozenset[str] = frozenset(), tail_ok=lambda start, end: True) -> int | None:
    """Where a program's name that starts at `start`, its prefix ending at `pos`, ends (no further than `stop`);
    None when the words after the prefix name nothing. `mined`: names the corpora attest (default: the
    mined data file); `generic`: more words that name nothing on their own; `tail_ok(start, end)`: may a
    Latin acronym after the name ("มาตรการส่งเสริม SMEs"), or the rest of a name the corpora write with a space
    inside, join it?"""
    stops, links, not_last = _word_sets()
    heads, generic = _generic_sets()[0], (_generic_sets()[2] if text[start:pos] in _data()["named_by_any_subject"]
                                          else _generic_sets()[1]) | generic
    relative = _data()["relative"]
    if text.startswith(tuple(_data()["not_after"]), pos):  # a function word: a reference back, no name
        return None
    tokens = tokenize(text[pos:stop])
    cut_words = _cut_words()
    tails, numbered = _tails()
    if tokens and tokens[0] in cut_words:  # the sentence goes on right after the prefix ("โครงการใกล้จะ…")
        return None
    opening = ""
    for token in tokens[:3]:  # a reference or a modifier right after the prefix ("มาตรการดังกล่าว")
        opening += token
        if opening in heads:
            return None
    ends, end = [], pos  # (where token i ends, token i), the run's tokens up to the first stop
    first_link, cut = None, False
    pairs = _stop_pairs()
    for i, token in enumerate(tokens):
        if token in stops or token.isspace() or (token, tokens[i + 1] if i + 1 < len(tokens) else "") in pairs \
                or (ends and (token in cut_words or token in tails)):
            cut = not token.isspace()
            last = ends[-1][1] if ends else ""
            if cut and last and is_thai(last[-1]) and (last not in _words() or len(last) + len(token) <= SHORT_PAIR
                                                       or len(token) <= 2 and _NUMBER_NEXT.match(text, end + len(token))):
                return None  # the stop falls inside a word ("…จุฬาภร|ณราช…") or before a number ("…เดือน|ละ 999")
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
    ordinal = _ORDINAL.match(text, ends[-1][0]) if ends and ends[-1][1] == ORDINAL else None
    if ordinal and len(ends) > 1:  # "…เส้นที่ 4": the ordinal is the name's, not a relative clause
        ends.append((ordinal.end(), text[ends[-1][0]:ordinal.end()]))
    while ends and ends[-1][1] in not_last:
        ends.pop()
    end = ends[-1][0] if ends else pos
    number = _NUMBER_AFTER.match(text, end) if ends and end == stop else None
    if number and (number.group(1) in numbered.get(ends[-1][1], ()) or _version(text, number)):
        end = number.end()  # "…โคโรนา 2019", "…ไทยแลนด์ 4.0", "โครงการอบรมหมอดิน 4.0"
        ends.append((end, number.group(1)))
    attested = corpus_boundary(text, start, ends, end)  # "กองทุนฝนหลวง|มีเงินและทรัพย์สิน"
    if attested is not None:
        ends = [e for e in ends if e[0] <= attested]
        end = attested
    mined = mined_program_names()[0] if mined is None else mined
    if mined:  # a longer name the corpora attest with these boundaries wins over the rules
        e = pos
        for token in tokens:
            e += len(token)
            if e > end and normalize_label(text[start:e]) in mined:
                end, ends = e, [(e, "")]
    further = continued_end(text, start, end, tail_ok)  # "โครงการเรา|ไม่ทิ้งกัน", "โครงการรถไฟฟ้าสายสีเขียว ช่วง…"
    if further > end:
        end, stop, ends = further, max(stop, further), ends + [(further, text[end:further].strip())]
    spaced = spaced_end(text, start, end) if end == stop else None  # "โครงการออมขวัญ ปันสุข"
    if spaced is not None and tail_ok(end + 1, spaced):
        end, ends = spaced, ends + [(spaced, text[end + 1:spaced])]
    elif end == stop:  # a Latin acronym after the run joins it ("กองทุนฟื้นฟู SMEs", "ราคาก๊าซ LPG")
        tail = _LATIN_TAIL.match(text, end)
        if tail and tail_ok(tail.start(1), tail.end(1)):
            end, ends = tail.end(1), ends + [(tail.end(1), tail.group(1))]
            designation = _DESIGNATION.match(text, end) if tail.group(1).split()[-1].isupper() else None
            if designation and not count_after().match(text, designation.end()):
                end = designation.end()  # "…ฝุ่นละออง PM 2.5": a decimal after an acronym designates, counts nothing
                ends.append((end, designation.group(1)))
    phase = _PHASE.match(text, end)  # a phase, edition or year after the name ("… ระยะที่ 12", "… ปี 2560")
    if not phase and ends and end == ends[-1][0] and ends[-1][1]:  # or glued to it ("…เฟส 3", "…ปีงบประมาณ 2566")
        phase = _GLUED_PHASE.match(text, end - len(ends[-1][1]))
        phase = phase if phase and phase.end() > end else None
    named = end  # where the words that may name something end: before the phase, edition or year
    if phase:
        named, end = phase.start(), phase.end()
    abbreviated = len(ends) > 2 and ends[-1][1] == "ฯ"  # a longer name cut short: a name all the same
    if not abbreviated and all(token in generic or _bare(token) in generic or _NUMBERS.fullmatch(token)
                               for e, token in ends if e <= named):
        return None  # generic words, numbers and a phase ("มาตรการระยะที่ 3", "โครงการปีงบประมาณ 2561") name nothing
    return end


_NUMBERS = re.compile(r"[\s.,/\-–]*[\d๐-๙][\s\d๐-๙.,/\-–]*")  # a token of numbers alone ("3", " 4.0"): no word of a name


_VERSION = re.compile(r"\d{1,2}\.0")


@lru_cache(maxsize=1)
def count_after() -> re.Pattern[str]:
    """A word that makes the number before it a count or a measure ("4.0 ล้านบาท", "2.0 %"): counts.json's multipliers,
    currencies, units and durations and the words it says follow no count's number."""
    data = load_counts_data()
    words = [*data["multipliers"], *data["currencies"], *data["units"], *data["durations"], *data["not_count_after"]]
    return re.compile(f"\\s?(?:{literal_alternation(words)})")


def _version(text: str, number: re.Match[str]) -> bool:
    """Is the number after a name's run a version the name ends on ("… 4.0", "… 2.0"): a whole number and ".0",
    not a count or a measure?"""
    return bool(_VERSION.fullmatch(number.group(1))) and not count_after().match(text, number.end())


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


@lru_cache(maxsize=1)
def _latin_joints() -> tuple[re.Pattern[str], frozenset[str]]:
    """(a phase word between two Latin pieces of one name, the English modifiers in Thai letters that end one)."""
    bridge = re.compile(f" (?:{literal_alternation(_data()['latin_bridges'])}) (?=[A-Z])")
    return bridge, frozenset(_data()["latin_tails"])


def _latin_bridged_end(text: str, end: int) -> int:
    """Where a Latin name ending at `end` ends when it goes on across its spaces: a phase word and more Latin words
    ("PGS ระยะพิเศษ Soft Loan"), then an English modifier in Thai letters ("… Soft Loan พลัส"), a word of its own."""
    bridge, tails = _latin_joints()
    while (joint := bridge.match(text, end)) and (more := _LATIN_NAME.match(text, joint.end())):
        end = more.end(1)
    if text.startswith(" ", end) and is_thai(text[end + 1:end + 2]):
        word = tokenize(text[end + 1:end + 1 + MAX_TAIL])[0]
        if word in tails:
            end += 1 + len(word)
    return end


MAX_TAIL = 24  # characters read after a Latin name for a modifier in Thai letters


def _named(doc: Doc, start: int, end: int) -> bool:
    """Does a program the authority scheme knows fill [start, end) (a quoted name it already holds)?"""
    return any(m.nstart <= start and m.nend >= end for m in doc.starting_in(start - 1, start + 1, ("program",)))


def _evidence(text: str, start: int, end: int, headline_end: int) -> bool:
    """Does the text mark [start, end) as a name: the headline, a list item or a list cue before it, a bracketed
    gloss after it, a name the corpora attest, or the phase or year it ends on ("มาตรการสนับสนุนการใช้ยานยนต์ไฟฟ้า
    ระยะที่ 2", "…ข้าวโพดเลี้ยงสัตว์ ปี 2566/67": a description is not dated, one measure is)? Measures and policies
    (มาตรการ…, นโยบาย…) written on directly are mostly descriptions, not names."""
    return bool(start < headline_end or _LIST_ITEM.search(text, max(0, start - 8), start)
                or _LIST_CUE.search(text, max(0, start - 16), start) or _GLOSS.match(text, end)
                or normalize_label(text[start:end]) in mined_program_names()[0]
                or _TRAILING_PHASE.search(text, start, end) is not None)


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


@lru_cache(maxsize=1)
def _agreement_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(Thai, Latin) patterns of a trade agreement named by its parties (program_patterns.json "agreements")."""
    from pythainlp.corpus import countries

    data = _data()["agreements"]
    partner = f"(?:{literal_alternation(list(countries()) + data['partners'])}|[A-Z]{{2,6}})"
    dash = r" ?[-–] ?"  # spaces, never a line break: a name stays on its line
    thai = re.compile(f"(?:{literal_alternation(data['heads'])})(?: ?\\((?:{literal_alternation(data['glosses'])})\\))?"
                      f" ?(?:ระหว่าง)?(?:{literal_alternation(data['first'])})(?:{dash}{partner}){{1,3}}"
                      r"(?: ?\([A-Z]{2,6}\))?")
    latin_partner = r"[A-Z][A-Za-z]*(?: [A-Z][a-z]+)?"
    latin = re.compile(led_by(first_characters(data["latin_first"]),
                              f"(?<![A-Za-z])(?:{literal_alternation(data['latin_first'])})(?:{dash}{latin_partner}){{1,3}}"
                              f" (?:{literal_alternation(data['latin_kinds'])})(?![A-Za-z])"))
    return thai, latin


def _find_agreements(doc: Doc) -> None:
    """Trade agreements named by their parties ("ความตกลงการค้าเสรี (FTA) ไทย-สหภาพยุโรป (EU)", "FTA ไทย-EU",
    "Thailand-EU FTA"): programs the guideline counts that begin with no program prefix."""
    for pattern in _agreement_patterns():
        for m in pattern.finditer(doc.text):
            start, end = m.span()
            if doc.covered(start, end, ("person", "program", "place")):
                continue  # a partner may be a body the release names too ("สหภาพยุโรป"): both are mentioned
            doc.add(doc.mention(start, end, "program", PATTERN_KEY + normalize_label(m.group()), form="pattern"))


@lru_cache(maxsize=1)
def _place_models() -> re.Pattern[str]:
    """A province named as a model of a scheme ("จันทบุรีโมเดล", "น่านแซนด์บ็อกซ์", "บุรีรัมย์ โมเดล"): the
    provinces of pythainlp's corpus and the words of program_patterns.json "place_models"."""
    from pythainlp.corpus import provinces

    return re.compile(f"(?:{literal_alternation(sorted(provinces()))}) ?"
                      f"(?:{literal_alternation(_data()['place_models'])})(?![A-Za-z])")


def _find_place_models(doc: Doc) -> None:
    """Schemes named after the province that models them ("แนวทางน่านโมเดล", "ภูเก็ตแซนด์บ็อกซ์"): programs the
    guideline counts (models, initiatives) that no prefix announces. The province begins a word and the model word
    ends one ("แนวทางน่านโมเดล|สร้าง…")."""
    text = doc.text
    for m in _place_models().finditer(text):
        start, end = m.span()
        if doc.covered(start, end, ("organization", "person", "program")) or not starts_word(text, start) \
                or end < len(text) and is_thai(text[end]) and not starts_word(text, end):
            continue
        if start and text[start - 1] in "“\"" \
                and text[:start - 1].rstrip(" ").endswith(tuple(_data()["prefixes"])):
            continue  # quoted after a prefix (โครงการ “ชัยนาทโมเดล”): the prefix's quoted name, found with it
        prefix = next((p for p in _data()["prefixes"] if text.endswith(p, 0, start)), "")  # "นโยบายพะเยาโมเดล"
        if prefix:  # the prefix's name may run on ("โครงการขอนแก่นโมเดลสู่…")
            end = max(end, name_end(text, start - len(prefix), start, _NAME_RUN.match(text, start).end()) or end)
        doc.add(doc.mention(start - len(prefix), end, "program", PATTERN_KEY + normalize_label(text[start:end]),
                            form="pattern"))


SPACED_MIN = 14  # characters (spaces left out) a scheme label needs to be matched across stray spaces


@lru_cache(maxsize=1)
def _spaced_gazetteer() -> Gazetteer:
    """The scheme's long Thai labels with their spaces left out."""
    entries = [Entry(e.kind, e.key, e.label.replace(" ", ""), e.form) for e in program_entries()
               if any(is_thai(ch) for ch in e.label) and len(e.label.replace(" ", "")) >= SPACED_MIN]
    return Gazetteer(entries)


def _find_spaced_names(doc: Doc) -> None:
    """A long scheme name written with a stray space inside ("แผนพัฒนาเศรษฐกิจและสังคม แห่งชาติฉบับที่ 12"): match
    the text with its spaces left out; a shorter program found inside the span is a piece of it."""
    text = doc.text
    if " " not in text:
        return
    # where each space falls in the text without spaces: compact position c is text position c + (spaces before)
    spaces = [m.start() - k for k, m in enumerate(re.finditer(" ", text))]
    hits = _spaced_gazetteer().find(text.replace(" ", ""))
    for hit in hits:
        start = hit.start + bisect_right(spaces, hit.start)
        end = hit.end - 1 + bisect_right(spaces, hit.end - 1) + 1
        if " " not in text[start:end] or doc.covered(start, end, ("organization", "person", "place")):
            continue
        inner = doc.mentions.kind("program").overlapping(start, end)
        if any(o.nstart < start or o.nend > end or o.key == hit.entry.key for _, o in inner):
            continue  # found already, or a program runs across the span
        if inner:
            gone = {id(o) for _, o in inner}
            doc.mentions = Mentions(m for m in doc.mentions if id(m) not in gone)
        doc.add(doc.mention(start, end, "program", hit.entry.key, form=hit.entry.form))


_CHAIN_SEP = re.compile(r"\s{0,2}(?:[-–,]\s{0,2}|และ\s?)?")
_CHAIN_GLOSS = re.compile(r"\s{0,2}(?:หรือ(?:ที่เรียกว่า)?\s{0,2}|[(\[]\s?)")
MIN_CHAIN = 3


def _merge_chains(doc: Doc) -> None:
    """Scheme programs written one after another ("เศรษฐกิจชีวภาพ – เศรษฐกิจหมุนเวียน - เศรษฐกิจสีเขียว") and
    glossed by another program ("หรือ Bio-Circular-Green Economy", "(BCG Model)") are the pieces of that
    program's name: the chain is one more name of it, not MIN_CHAIN programs."""
    text = doc.text
    programs = [m for m in doc.of_kind("program") if not m.key.startswith(PATTERN_KEY)]
    drop: set[int] = set()
    i = 0
    while i < len(programs):
        j = i
        while j + 1 < len(programs) and _CHAIN_SEP.fullmatch(text, programs[j].nend, programs[j + 1].nstart):
            j += 1
        chain, i = programs[i:j + 1], j + 1
        if len(chain) < MIN_CHAIN:
            continue
        gloss = _CHAIN_GLOSS.match(text, chain[-1].nend)
        after = [m for m in doc.of_kind("program") if gloss and m.nstart == gloss.end()]
        if not after or after[0].key in {m.key for m in chain}:
            continue
        drop |= {id(m) for m in chain}
        doc.add(doc.mention(chain[0].nstart, chain[-1].nend, "program", after[0].key, form="name"))
    if drop:
        doc.mentions = Mentions(m for m in doc.mentions if id(m) not in drop)


def _prose_latin(doc: Doc) -> set[int]:
    """A scheme's Latin label written in lower case in Thai text, not as a bracketed gloss ("เสมือนเป็น land bridge",
    "ยกระดับเป็น smart farmer"), is the ordinary English phrase, not the programme's name."""
    text = doc.text
    return {id(m) for m in doc.of_kind("program")
            if not m.key.startswith(PATTERN_KEY) and text[m.nstart:m.nend].isascii()
            and not any(ch.isupper() for ch in text[m.nstart:m.nend])
            and _THAI.search(text, max(0, m.nstart - 20), m.nstart)
            and not text[max(0, m.nstart - 3):m.nstart].rstrip().endswith(("(", "["))}


def abbreviation_fits(name: str, abbreviation: str) -> bool:
    """May `abbreviation`, in brackets after the program `name`, be learned as another name of it? It must look
    like an abbreviation: a Latin one holds two capitals ("EEC", "PointPay"; not "Drone", "Zoning"), a Thai one
    a dot ("กฟก."; not "(ภาคตะวันออก)", "(สายสีแดง)") and begins with the first consonant of the name or of the
    name after its prefix ("กคช." is no abbreviation of "โครงการคุณภาพของการเคหะแห่งชาติ": it names the body)."""
    if abbreviation.isascii():  # not after a term with its number ("…โคโรนา 2019 (COVID-19)"): it glosses the term
        return sum(ch.isupper() for ch in abbreviation) >= 2 and not _ends_on_term(name)
    if "." not in abbreviation:  # a short name in brackets shares words with the name ("(นาแปลงใหญ่)")
        return _common_run(name, abbreviation) >= max(MIN_SHARED, len(abbreviation) // 2)
    prefix = _prefix_pattern().match(name)
    heads = [name] + ([name[prefix.end():].lstrip()] if prefix else [])
    return any(first_consonant(head) == abbreviation[0] for head in heads)


MIN_SHARED = 5  # characters a short name in brackets shares with the name it shortens
_LAST_NUMBER = re.compile(r" (\d{1,4}(?:\.\d{1,2})?)$")


def _ends_on_term(name: str) -> bool:
    """Does `name` end on a word and the number the corpora write after it ("โคโรนา 2019", `_tails`)?"""
    number = _LAST_NUMBER.search(name)
    if not number or not name[:number.start()]:
        return False
    return number.group(1) in _tails()[1].get(tokenize(name[max(0, number.start() - MAX_TAIL):number.start()])[-1], ())


def _common_run(a: str, b: str) -> int:
    """Length of the longest run of characters `a` and `b` share (short strings: a plain table)."""
    best, row = 0, [0] * (len(b) + 1)
    for ch in a:
        previous, row = row, [0] * (len(b) + 1)
        for j, other in enumerate(b, 1):
            if ch == other:
                row[j] = previous[j - 1] + 1
                best = max(best, row[j])
    return best


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


_TITLE_CASE = re.compile(r"[A-Z][A-Za-z&+]*(?: (?:[A-Z][A-Za-z&+]*|of|and|for|the|in|to|with))*? [A-Z][A-Za-z&+]*")


@lru_cache(maxsize=1)
def _event_words() -> frozenset[str]:
    """The Latin event cues (events.jsonl: "Forum", "Expo", "Summit" …): a quoted name holding one names an event."""
    return frozenset(cue["cue"].casefold() for cue in load_event_cues() if cue["cue"].isascii())


@lru_cache(maxsize=1)
def _quote_kinds() -> re.Pattern[str]:
    """A word saying what a quoted name is, right before its quote ("แอป “…”", "ในงาน “…”"): no program."""
    return re.compile(f"(?:{literal_alternation(_data()['quote_kinds'])})\\s{{0,3}}$")


def _find_quoted_latin(doc: Doc) -> None:
    """A quoted Latin name of several capitalised words in Thai text (“Enhanced Trade Partnership”, “New Normal”,
    “BOI DIGITAL TRANSFORMATION”): a program, unless an event cue or a number is in it (“OIE FORUM 2018 …”), it is
    punctuated like a theme or a title (“Future of life : Living in Harmony, …”), a person or program fills it, or a
    word before it says it is an app, a page, an event … (program_patterns.json "quote_kinds")."""
    events, kinds = _event_words(), _quote_kinds()
    for m in _QUOTE.finditer(doc.text):
        start, end = m.start(1), m.end(1)
        name = m.group(1)
        if not _TITLE_CASE.fullmatch(name) or any(word.casefold() in events for word in name.split()) \
                or doc.covered(start, end, ("person", "program")) \
                or not _THAI.search(doc.text, max(0, start - 20), start) or kinds.search(doc.text, 0, m.start()):
            continue
        doc.add(doc.mention(start, end, "program", PATTERN_KEY + normalize_label(name), form="pattern"))


OR = "หรือ"
_LATIN_GLOSS = re.compile(r"\s?\(([A-Z][A-Za-z0-9&\-. ]{2,60})\)")


def _alias_after(doc: Doc, pos: int, stop: int):
    """A program the scheme knows, written right after "หรือ" inside the run of a name (pos..stop): the name
    before it is another name of that program."""
    for _, other in doc.mentions.kind("program").starting_in(pos + MIN_REST + len(OR), stop + 1):
        if doc.text.endswith(OR, 0, other.nstart) and not other.key.startswith(PATTERN_KEY):
            return other
    return None


def _glossed_alternative(doc: Doc, start: int, pos: int, end: int) -> bool:
    """"มาตรการ…พื้นที่เฉพาะหรือบับเบิลแอนด์ซีล (Bubble & Seal)": a name, "หรือ", another name and its Latin
    gloss of several words (an acronym such as "(BEV)" glosses the last words only): three names of one program. Adds them and says so; False when the name is not of that form."""
    text = doc.text
    gloss = _LATIN_GLOSS.match(text, end)
    split = text.rfind(OR, pos + MIN_REST, end - MIN_REST)
    if not gloss or " " not in gloss.group(1).strip() or split < 0 \
            or doc.covered(gloss.start(1), gloss.end(1), ("organization", "person")):
        return False
    spans = ((start, split), (split + len(OR), end), (gloss.start(1), gloss.end(1)))
    known = [m for s, e in spans[1:] for _, m in doc.mentions.kind("program").overlapping(s, e)]
    if any(m.key.startswith(PATTERN_KEY) for m in known):
        return False
    key = known[0].key if known else PATTERN_KEY + normalize_label(text[start:split])
    for s, e in spans:
        if not doc.covered(s, e, ("program",)):
            doc.add(doc.mention(s, e, "program", key, form="pattern"))
    return True


_DASH_PIECE = re.compile(r"\s?[-–]\s?([ก-๙]{2,30})(?=[\s,()]|$)")
MAX_PIECES = 4


def _dash_pieces_end(doc: Doc, end: int) -> int:
    """Thai words joined to a name by dashes belong to it: a route ("โครงการก่อสร้างรถไฟสายเด่นชัย – เชียงราย –
    เชียงของ") or a paired slogan ("โครงการรักษ์ทาง - รักถิ่น"); not another program ("- โครงการ…"), nor a
    body or person."""
    for _ in range(MAX_PIECES):
        piece = _DASH_PIECE.match(doc.text, end)
        if not piece or _prefix_pattern().match(piece.group(1)) \
                or doc.covered(piece.start(1), piece.end(1), ("organization", "person", "program", "place")):
            break
        end = piece.end(1)
        phase = _PHASE.match(doc.text, end)  # "… ไทย – จีน ระยะที่ 1"
        if phase:
            return phase.end()
    return end


def _canon(name: str) -> str:
    return re.sub(r"[\s\-–]", "", normalize_label(name).lower())


def _unify_keys(doc: Doc) -> None:
    """Program mentions of one release written the same way name one program: a name found by pattern takes
    the key of another mention with the same surface (the scheme's key first), so "มาตรการ…พื้นที่เฉพาะ หรือ
    บับเบิลแอนด์ซีล" and "มาตรการป้องกัน…พื้นที่เฉพาะหรือบับเบิลแอนด์ซีล" are one program."""
    mentions = doc.of_kind("program")
    if len(mentions) < 2:
        return
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.get(key, key) != key:
            key = parent[key]
        return key

    by_surface: dict[str, str] = {}
    for m in mentions:
        surface = _canon(doc.text[m.nstart:m.nend])
        other = by_surface.setdefault(surface, m.key)
        a, b = find(other), find(m.key)
        if a != b:
            if a.startswith(PATTERN_KEY) and not b.startswith(PATTERN_KEY):
                a, b = b, a
            parent[b] = a  # the scheme's key, else the first found, represents the group
    if parent:
        doc.mentions = Mentions(replace(m, key=find(m.key)) if m.kind == "program" and m.key in parent else m
                                for m in doc.mentions)


_GLOSSED = re.compile(r" ?\($")  # a bracket opening right before a name: the gloss of what precedes it


@lru_cache(maxsize=1)
def _latin_names() -> re.Pattern[str] | None:
    """The Latin names the corpora write after a program prefix ("นโยบาย Soft Power"), as whole Latin words
    (mined by scripts/mine_program_latin.py)."""
    path = HERE / "th" / "program_latin.json"
    names = [row[0] for row in json.loads(path.read_text(encoding="utf-8"))["names"]] if path.exists() else []
    if not names:
        return None
    return re.compile(led_by(first_characters(names),
                             f"(?<![A-Za-z0-9&+.\\-])(?:{literal_alternation(names)})(?![A-Za-z0-9&+\\-])"))


def _find_latin_names(doc: Doc) -> None:
    """A Latin name the corpora write after a program prefix, written bare ("ต่อยอด Soft Power"): the program, under
    the key of the release's own prefixed mention of it when there is one. Not a piece of a longer Latin phrase, nor
    inside another name."""
    pattern = _latin_names()
    if pattern is None:
        return
    text = doc.text
    by_rest = {_canon(_after_prefix(text[m.nstart:m.nend])): m.key for m in doc.of_kind("program")}
    for m in pattern.finditer(text):
        start, end = m.span()
        if _LATIN_BEFORE.search(text, max(0, start - 2), start) or _LATIN_AFTER.match(text, end) \
                or doc.covered(start, end) or _law_before().search(text, max(0, start - LAW_HEAD), start):
            continue  # "พ.ร.ก. Soft Loan": the law's name
        glossed = _GLOSSED.search(text, max(0, start - 2), start)  # "มาตรการเว้นระยะห่าง (Social Distancing)"
        before = doc.ending_at(glossed.start(), "program") if glossed else None
        key = before.key if before else by_rest.get(_canon(m.group()), PATTERN_KEY + normalize_label(m.group()))
        doc.add(doc.mention(start, end, "program", key, form="pattern"))


def _after_prefix(name: str) -> str:
    return split_prefix(name)[1]


def split_prefix(name: str) -> tuple[str, str]:
    """(the program prefix a name begins with or "", the rest of the name): "โครงการเสนอ" -> ("โครงการ", "เสนอ")."""
    prefix = _prefix_pattern().match(name)
    return (prefix.group(), name[prefix.end():]) if prefix else ("", name)


def generic_word(word: str) -> bool:
    """Does `word` (or it without การ / ความ) name nothing on its own as a program (the data's and the mined
    generic words, modifiers, links)?"""
    generic = _generic_sets()[1]
    return word in generic or _bare(word) in generic


def cut_word(word: str) -> bool:
    """Is `word` one the corpora write right after program names, continuing the sentence (mined cut words)?"""
    return word in _cut_words()


def _crossed(doc: Doc, pos: int, inside: list, stop: int) -> dict[int, object]:
    """The bodies named inside a program's run that the run goes on across: ones the organization patterns found
    (no authority body), ending inside the run, right after the prefix or after words of the program's own with no
    linking word among them ("โครงการ[ธนาคารขยะ]", "โครงการจัดตั้ง[ศูนย์ทดสอบยานยนต์และยางล้อแห่งชาติ]"): a program
    named after what it makes or runs is the program, the body a piece of its name. After a linking word the body
    is another party ("โครงการชะลอการขายยางของ|สถาบันเกษตรกร", "นโยบายการค้าจาก|มหาวิทยาลัย…"): the run ends there.
    By id."""
    found = {}
    for o in inside:
        if o.kind != "organization" or o.key in organizations() or o.nend > stop:
            break  # a body after one that ends the run is past its end
        if o.nstart > pos and not _own_words(doc.text[pos:o.nstart]):
            break
        found[id(o)] = o
    return found


def _own_words(run: str) -> bool:
    """Are the words of `run` (between a prefix and a body) all the program's own: no linking, relative or joining
    word (program_patterns.json "links", "relative", "joins") nor a stop?"""
    parting = _parting_words()
    return not any(token in parting or token.isspace() for token in tokenize(run))


@lru_cache(maxsize=1)
def _parting_words() -> frozenset[str]:
    data = _data()
    return frozenset(data["links"]) | frozenset(data["relative"]) | frozenset(data["joins"]) | _word_sets()[0]


def _scheme_pieces(doc: Doc, start: int, pos: int, end: int, crossed: set[int] = frozenset()) -> set[int] | None:
    """The scheme programs named inside a name written on directly, after words of its own ("โครงการจิตอาสาพัฒนา
    [เศรษฐกิจหมุนเวียน]"): pieces of that name (their ids, to drop). None when anything else is named across
    [start, end) (a body, a person, a place, a program the name does not hold whole, or one right after the prefix:
    "โครงการ[เศรษฐกิจหมุนเวียน]" is the scheme's own name)."""
    if not doc.covered(start, end):
        return set()
    if any(id(o) not in crossed for kind in ("organization", "person", "place")
           for _, o in doc.mentions.kind(kind).overlapping(start, end)):
        return None
    inner = [m for _, m in doc.mentions.kind("program").overlapping(start, end)]
    if any(m.nstart <= pos or m.nend > end or m.key.startswith(PATTERN_KEY) for m in inner):
        return None
    return {id(m) for m in inner}


def find_programs(doc: Doc) -> None:
    _find_spaced_names(doc)
    _find_agreements(doc)
    _find_place_models(doc)
    drop = _partial_names(doc) | _prose_latin(doc)
    text = doc.text
    headline_end = doc.line_bounds(0)[1]
    items: list[tuple[int, int, str]] = []  # names written on directly, in order
    pending: set[int] = set()  # indexes of measures and policies that still need evidence of being names
    for m in _prefix_pattern().finditer(text):
        start, pos = m.start(), m.end()
        if doc.covered(start, pos) or text.endswith(_not_before(), 0, start) or text.startswith(_offices(), start) \
                or _law_before().search(text, max(0, start - LAW_HEAD), start):
            continue  # "คณะกรรมการนโยบาย…", "แผนยุทธศาสตร์…", "พ.ร.บ. กองทุน…": part of a body's, plan's or law's name
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
            end = _latin_bridged_end(text, latin.end(1))
            lower = _LATIN_LOWER.match(text, end)  # "SME Start up": lower-case words end the name, not cut it
            if lower:
                end = lower.end()
            if end < len(text) and text[end - 1].isascii() and not text[end].isspace() and text[end] not in ",()\"”":
                end = _NAME_RUN.match(text, end).end()  # "DriedYeast-เอมไซม์ไฟเตส" runs on
            while end > latin.start(1) and text[end - 1] in ".-&+":
                end -= 1
            if not doc.covered(latin.start(1), end, ("organization", "person", "program")):
                doc.add(doc.mention(start, end, "program", PATTERN_KEY + normalize_label(text[start:end]),
                                    form="pattern"))
            continue
        numbered = _NUMBERED.match(text, pos) if m.group() in _data()["numbered"] else None
        if numbered:  # "ยุทธศาสตร์ที่ 4 การเติบโตที่เป็นมิตรกับสิ่งแวดล้อม…": the item's name after its number
            pos = numbered.end()
        if text[pos].isspace():
            continue
        known = quoted_name_end(text, pos)
        if known is not None and not doc.covered(pos, known, ("organization", "person")):
            drop |= {id(inner) for inner in doc.starting_in(pos, known, ("program",)) if inner.nend <= known}
            doc.add(doc.mention(start, known, "program", PATTERN_KEY + normalize_label(text[pos:known]),
                                form="pattern"))
            items.append((start, known, m.group()))  # a name: evidence for a measure written beside it
            continue
        stop = _NAME_RUN.match(text, pos).end()
        inside = doc.starting_in(pos, stop, ("organization", "person"))  # a body or person named there ends it
        crossed = _crossed(doc, pos, inside, stop)  # ... unless the rules made it of the words after the prefix
        stop = min((other.nstart for other in inside if id(other) not in crossed), default=stop)
        alias = _alias_after(doc, pos, stop)
        if alias is not None:  # "โครงการนำร่อง…หรือแฟคทอรี่แซนด์บ็อกซ์": the name ends at หรือ, one more name of it
            stop = alias.nstart - len(OR)
        end = name_end(text, start, pos, stop,
                       tail_ok=lambda s, e: not doc.covered(s, e, ("organization", "person", "program")))
        if end is None or end - pos < MIN_REST:
            continue
        within = {i for i, o in crossed.items() if o.nstart < end}
        if any(o.nstart < end < o.nend for o in crossed.values()):
            continue  # the name ends inside the body's name
        pieces = _scheme_pieces(doc, start, pos, end, within)
        if pieces is None:
            continue
        drop |= within
        if alias is not None and end == stop:
            doc.add(doc.mention(start, end, "program", alias.key, form="name"))
            continue
        if _glossed_alternative(doc, start, pos, end):
            continue
        end = _dash_pieces_end(doc, end)
        items.append((start, end, m.group()))
        if not numbered and kind_of_programme(m.group(), text[pos:end]):
            pending.add(len(items) - 1)  # "โครงการพลังงานสะอาด": a kind, unless listed beside another name of its kind
            continue
        if m.group() in _data()["need_evidence"] and not _evidence(text, start, end, headline_end):
            pending.add(len(items) - 1)
            continue
        drop |= pieces
        doc.add(doc.mention(start, end, "program", PATTERN_KEY + normalize_label(text[start:end]), form="pattern"))
    _find_quoted_names(doc, drop)
    _find_quoted_latin(doc)
    if drop:  # one pass over the mentions, however many are dropped
        doc.mentions = Mentions(m for m in doc.mentions if id(m) not in drop)
    for i in sorted(pending & _enumerated(text, items)):
        start, end, _ = items[i]
        if not doc.covered(start, end):
            doc.add(doc.mention(start, end, "program", PATTERN_KEY + normalize_label(text[start:end]),
                                form="pattern"))
    _merge_chains(doc)
    _find_latin_names(doc)
    _unify_keys(doc)
