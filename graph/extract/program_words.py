"""The prefix words and word lists of programme extraction, loaded once: program_patterns.json (prefixes, stops,
linking and generic words, law heads, offices), the tokenizer's dictionary and the words the corpora taught
(mined names and generic words, cut words, tails). Every stage of a programme's name (where its run ends, whether
its words name anything, its Latin and quoted forms, its aliases) and validity's questions about a name read
them, so they live apart from all of those stages and none has to import another for its words."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache

from phakhi.graph.extract.authority import organization_entries, program_entries
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import literal_alternation
from phakhi.graph.text.thai import tokenize
from phakhi.ontology import HERE, load_counts_data, load_mined, load_program_patterns, load_stopwords


PATTERN_KEY = "name:"
MAX_NAME = 300  # characters a program's name may run on for without a space (the longest seen is 170)
NAME_RUN = re.compile(f"[^\\s()\\[\\]“”\"',:;/]{{0,{MAX_NAME}}}")
MIN_REST = 3  # characters a name must hold after its prefix
MAX_TAIL = 24  # characters read after a Latin name for a modifier in Thai letters
OR = "หรือ"  # the word before another name of the same programme ("…หรือแฟคทอรี่แซนด์บ็อกซ์")


@lru_cache(maxsize=1)
def program_data() -> dict:
    """ontology/th/program_patterns.json: the hand-written prefixes and word lists of programme names."""
    return load_program_patterns()


@lru_cache(maxsize=1)
def prefix_pattern() -> re.Pattern[str]:
    """The prefixes a programme's name begins with (โครงการ, มาตรการ, นโยบาย …), longest first."""
    return re.compile(literal_alternation(program_data()["prefixes"]))


def split_prefix(name: str) -> tuple[str, str]:
    """(the program prefix a name begins with or "", the rest of the name): "โครงการเสนอ" -> ("โครงการ", "เสนอ")."""
    prefix = prefix_pattern().match(name)
    return (prefix.group(), name[prefix.end():]) if prefix else ("", name)


@lru_cache(maxsize=1)
def word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(words that end a name, linking words a name may hold, words a name may not end on)."""
    data = program_data()
    inside = frozenset(data["inside"])
    links = frozenset(data["links"])
    stops = (load_stopwords() | frozenset(data["stops"])) - inside - links
    return stops, links, frozenset(data["not_last"]) | links


@lru_cache(maxsize=1)
def generic_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(words that may not open a name, words that name nothing on their own: the data's and the mined, the same less
    the data's subject words: after a prefix named by any subject ("named_by_any_subject") they name it
    ("กองทุนหมู่บ้าน", "กองทุนพัฒนาไฟฟ้า"))."""
    data = program_data()
    heads = frozenset(data["modifiers"])
    functional = heads | frozenset(data["not_after"]) | frozenset(data["links"]) | mined_program_names()[1]
    return heads, functional | frozenset(data["generic"]), functional


@lru_cache(maxsize=1)
def _attributes() -> frozenset[str]:
    return frozenset(program_data()["attributes"]["words"])


def attributed(words: Sequence[str], i: int) -> bool:
    """Is the word `words[i]` a relative word with an attribute after it ("ระบบนิเวศ|ที่|เหมาะสม", "กิจการ|ที่|เกี่ยวเนื่อง";
    program_patterns.json "attributes"): the noun's, no clause begun?"""
    return words[i] in program_data()["relative"] and i + 1 < len(words) and words[i + 1] in _attributes()


@lru_cache(maxsize=1)
def stop_pairs() -> frozenset[tuple[str, str]]:
    """Two words that together end a name ("อย่าง" + "ต่อเนื่อง": an adverb, not part of it)."""
    return frozenset(tuple(pair) for pair in program_data()["stop_pairs"])


@lru_cache(maxsize=1)
def not_before() -> tuple[str, ...]:
    return tuple(program_data()["not_before"])


COUNTED_REACH = 24  # characters read before a prefix for the quantifier that may count it


def counted(text: str, start: int) -> bool:
    """Is the prefix at `start` counted: written right after a quantifier, glued or after one space, that is a word of
    its own there ("เกือบ|ทุก|โครงการเกิดผลลัพธ์…", "หลาย |โครงการเรื่องปุ๋ย…", program_patterns.json "counted"; not the
    end of another word: "กลุ่ม|เปราะบาง| โครงการ…")? Then the prefix is a common noun, every or many projects, and
    the words after it are the sentence going on, no name."""
    words = tuple(program_data()["counted"]["words"])
    before = text[max(0, start - COUNTED_REACH):start]
    bare = before[:-1] if before.endswith(" ") else before
    if not bare.endswith(words):
        return False
    tokens = [token for token in tokenize(bare) if not token.isspace()]
    return bool(tokens) and tokens[-1] in words


# a host name's last labels, glued to the words before them: a dot, a Latin label, a dot and another Latin label
# (".cgd.go.th", ".thaigov.com"); a name's own dots stand between Thai letters or digits ("ฯ.", "3.5")
_HOST_TAIL = re.compile(r"[^\s\"“”'()\[\]<>]*?\.[A-Za-z][A-Za-z0-9-]*\.[A-Za-z]{2,}(?![A-Za-z0-9])")


def in_host_name(text: str, start: int) -> bool:
    """Is the prefix at `start` the first word of a web address's host name ("https://|โครงการกระตุ้นเศรษฐกิจ2567.cgd.
    go.th": the Thai domain the release tells readers to visit; judged round 19: "web address, not a name")? The words
    glued to it up to the host's labels are the address, no programme's name. An address written before the prefix
    and glued to it ("…status/159?s=20|กองทุนเงินให้กู้ยืม…") is not: the name starts where the address ends."""
    return _HOST_TAIL.match(text, start, min(len(text), start + MAX_NAME + 20)) is not None


@lru_cache(maxsize=1)
def offices() -> tuple[str, ...]:
    """Bodies named with a program's prefix ("โครงการส่งน้ำและบำรุงรักษา…", "โครงการชลประทาน…": offices of the Royal
    Irrigation Department): no program begins with one (program_patterns.json "offices")."""
    return tuple(program_data()["offices"])


@lru_cache(maxsize=1)
def _body_or_law_head() -> re.Pattern[str]:
    data = program_data()
    return re.compile(f"(?:{literal_alternation(data['body_heads'])}|(?:{literal_alternation(data['law_heads'])}) ?)$")


def named_in_body_or_law(text: str, start: int) -> bool:
    """Is a programme name of the authority scheme at `start` written right after a body's head word or a law's head
    ("สำนักงาน|กองทุนหมู่บ้านและชุมชนเมืองแห่งชาติ", "พระราชบัญญัติ|กองทุนหมู่บ้าน…"): a piece of that body's or law's
    name (program_patterns.json "body_heads", "law_heads"), left to the stages that name bodies?"""
    return _body_or_law_head().search(text, max(0, start - LAW_HEAD), start) is not None


LAW_HEAD = 20  # characters before a prefix read for the head of a law's name


@lru_cache(maxsize=1)
def law_before() -> re.Pattern[str]:
    """A law's head right before a prefix, glued or after one space ("พ.ร.บ. กองทุน…"): the name is the law's."""
    return re.compile(f"(?:{literal_alternation(program_data()['law_heads'])}) ?$")


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """The tokenizer's dictionary: a token outside it is a piece of letters newmm could not read as a word."""
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


@lru_cache(maxsize=1)
def mined_program_names() -> tuple[frozenset[str], frozenset[str]]:
    """(program names, generic words) mined from the corpora by scripts/mine_programs.py; names normalised."""
    data = load_mined("program_names.json")
    if not data:
        return frozenset(), frozenset()
    return frozenset(row[0] for row in data["names"]), frozenset(data["generic"])


@lru_cache(maxsize=1)
def _known_labels() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The corpora's recurring programme names and the names they show standing whole (program_names.json "names",
    "boundaries") and the authority files' programme and organization labels: the names whose words say which words
    a name may end on: (names and labels, names standing whole)."""
    whole = tuple(load_mined("program_names.json").get("boundaries", ()))
    return tuple(mined_program_names()[0]) + tuple(e.label for e in program_entries() + organization_entries()), whole


@lru_cache(maxsize=1)
def _labels_text() -> str:
    return "\n".join(_known_labels()[0] + _known_labels()[1])


@lru_cache(maxsize=1)
def function_words_never_last() -> frozenset[str]:
    """Function words a name written on directly never ends on: pythainlp's Thai stop words ("เอง", "จน",
    "แต่อย่างใด") less the words the known names (`_known_labels`) end on ("ใหม่", "น้อย", "ฯ"). A run that ends
    on one ran on into the sentence ("โครงการรับจำนำข้าว|แต่อย่างใด"). Kept apart from word_sets, which the
    miners filter their names by: the exceptions come from those names."""
    from pythainlp.corpus import thai_stopwords

    ending = set()
    for name in _known_labels()[0]:
        tokens = [t for t in tokenize(name) if not t.isspace()]
        if tokens:
            ending.add(tokens[-1])
    return frozenset(thai_stopwords()) - ending


def function_word(tokens: list[str]) -> bool:
    """Does pythainlp's part-of-speech tagger (ORCHID, offline) read the last of `tokens` as a function word
    (program_patterns.json "function_tags": adverbs, conjunctions, prepositions, particles, "เอง"), not a noun or a
    verb a name may end on ("โครงการรักษ์|ทาง")? Asked only of a run that ends on a stop word, with the run as its
    context."""
    from pythainlp.tag import pos_tag

    return pos_tag(tokens, corpus="orchid")[-1][1] in frozenset(program_data()["function_tags"])


def known_phrase(words: str) -> bool:
    """Do the known names write `words` inside one of them ("…จังหวัดชายแดนใต้")?"""
    return words in _labels_text()


@lru_cache(maxsize=1)
def mined_cut_words() -> frozenset[str]:
    """Words that continue the sentence right after a program's name (mined by scripts/mine_programs.py: written
    right after known names, rarely inside them): a name ends before one and none begins with one."""
    mined = load_mined("program_names.json")
    if not mined:
        return frozenset()
    data = program_data()
    keep = frozenset(data["inside"]) | frozenset(data["links"])
    return frozenset(mined.get("cut_words", ())) - keep


def cut_word(word: str) -> bool:
    """Is `word` one the corpora write right after program names, continuing the sentence (mined cut words)?"""
    return word in mined_cut_words()


@lru_cache(maxsize=1)
def mined_tails() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
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


def bare(word: str) -> str:
    """A word without the nominalising การ / ความ (การลงทุน -> ลงทุน)."""
    for head in ("การ", "ความ"):
        if word.startswith(head) and len(word) > len(head):
            return word[len(head):]
    return word


def generic_word(word: str) -> bool:
    """Does `word` (or it without การ / ความ) name nothing on its own as a program (the data's and the mined
    generic words, modifiers, links)?"""
    generic = generic_sets()[1]
    return word in generic or bare(word) in generic


@lru_cache(maxsize=1)
def count_after() -> re.Pattern[str]:
    """A word that makes the number before it a count or a measure ("4.0 ล้านบาท", "2.0 %"): counts.json's multipliers,
    currencies, units and durations and the words it says follow no count's number."""
    data = load_counts_data()
    words = [*data["multipliers"], *data["currencies"], *data["units"], *data["durations"], *data["not_count_after"]]
    return re.compile(f"\\s?(?:{literal_alternation(words)})")


_SPACES_AND_DASHES = re.compile(r"[\s\-–]")


def canon(name: str) -> str:
    """A name as compared with another: normalised, lower case, spaces and dashes left out (the pattern compiled once:
    `canon` is asked of every programme and organization name, 33 times a release)."""
    return _SPACES_AND_DASHES.sub("", normalize_label(name).lower())
