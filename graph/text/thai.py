"""Character classes and word boundaries for Thai text, used by every matcher."""

from __future__ import annotations

import os
import re
from functools import lru_cache

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

THAI_LETTERS = "".join(chr(c) for c in range(0x0E01, 0x0E2F))  # ก..ฮ
LEADING_VOWELS = "\u0e40\u0e41\u0e42\u0e43\u0e44"  # เ แ โ ใ ไ
# marks and vowels that attach to the preceding consonant: a match may not end right before one
DEPENDENT = "".join(chr(c) for c in (0x0E30, 0x0E31, 0x0E32, 0x0E33, *range(0x0E34, 0x0E3B), *range(0x0E45, 0x0E4F)))
ABBREVIATION_MARK = "ฯ"  # paiyannoi: a word or name written short (its full form told before or known)
NAME_CHARS = "\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e45\u0e47-\u0e4e"  # Thai letters, vowels and marks (no ฯ ๆ digits)


def is_thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


_THAI = re.compile("[\u0e00-\u0e7f]")  # the characters is_thai accepts


def count_thai(text: str) -> int:
    """How many characters of `text` are Thai (is_thai), counted in one pass of the regex engine."""
    return len(_THAI.findall(text))


_THAI_LETTERS = re.compile("[\u0e01-\u0e4e]")  # Thai consonants, vowels and marks: no digits, no signs
_LATIN_LETTERS = re.compile("[A-Za-z]")


def script_letters(text: str) -> tuple[int, int]:
    """(Thai letters, Latin letters) in `text`, each counted in one pass of the regex engine: which script a line or a
    release is written in (english._english_line, english.english_release; every release is asked once)."""
    return len(_THAI_LETTERS.findall(text)), len(_LATIN_LETTERS.findall(text))


def has_thai(text: str) -> bool:
    """Does `text` hold a Thai character (is_thai)? A Latin key or name holds none."""
    return _THAI.search(text) is not None


def first_consonant(text: str) -> str:
    """The first Thai consonant of `text` (a leading vowel such as เ or โ skipped), or "": what a Thai abbreviation
    begins with ("กนอ." of การนิคมอุตสาหกรรม…)."""
    return next((ch for ch in text if "ก" <= ch <= "ฮ"), "")


def is_latin_word_char(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch == "_")


def thai_boundary_ok(text: str, start: int, end: int) -> bool:
    """A Thai match must not end inside a syllable nor start after a leading vowel."""
    if end < len(text) and text[end] in DEPENDENT:
        return False
    if start > 0 and text[start - 1] in LEADING_VOWELS:
        return False
    return True


def latin_boundary_ok(text: str, start: int, end: int) -> bool:
    if start > 0 and is_latin_word_char(text[start - 1]):
        return False
    if end < len(text) and is_latin_word_char(text[end]):
        return False
    return True


_DICTIONARY = "phakhi-newmm"


@lru_cache(maxsize=1)
def _segment():
    """nlpo3 (newmm in Rust, about 8x faster than pythainlp's Python newmm) with pythainlp's own word list,
    loaded once per process. nlpo3 through pythainlp's word_tokenize would ignore a custom dictionary, so
    the list is loaded with nlpo3's load_dict. Tokens agree with pythainlp newmm on Thai text; they differ
    only in how runs of Latin punctuation are split, which no matcher depends on."""
    import nlpo3
    from pythainlp.corpus import corpus_path

    nlpo3.load_dict(os.path.join(corpus_path(), "words_th.txt"), _DICTIONARY)
    return nlpo3.segment


def tokenize(text: str) -> list[str]:
    """newmm word tokens, offline; spaces kept as tokens so offsets add up. A new list each call (callers may
    change it), copied from the remembered tokens of the same text."""
    if len(text) > _REMEMBERED:
        return _segment()(text, _DICTIONARY)
    return list(_tokens(text)) if text else []


_REMEMBERED = 100  # characters of the longest text whose tokens are remembered (bounds the memory: 99.7% of the calls)


# windows remembered by each extraction worker: full, 16,384 hold 13 MB (65,536: 52 MB), and answer 50% of the calls
# after 8,000 releases (65,536: 56%; a miss costs 9 us of CPU) (benchmarks/README.md, "Extraction workers' caches")
TOKENS_REMEMBERED = 16384


@lru_cache(maxsize=TOKENS_REMEMBERED)
def _tokens(text: str) -> tuple[str, ...]:
    """The tokens of `text`, remembered: the extractor segments the same short windows again and again (the words
    around a candidate, a name, "กล่าวว่า"): on 1,000 releases 44% of the calls repeat an earlier one."""
    return tuple(_segment()(text, _DICTIONARY))


def starts_word(text: str, pos: int, before: int = 10, after: int = 8) -> bool:
    """Does a word start at `pos`? newmm segments a small window around it; used where a short name
    or an honorific glued to the previous word might instead be the middle of a word."""
    offset = max(0, pos - before)
    for token in tokenize(text[offset:pos + after]):
        if offset == pos:
            return True
        if offset > pos:
            return False
        offset += len(token)
    return offset == pos


WORD_WINDOW = 30  # characters before a position read to find the word that ends there


@lru_cache(maxsize=1)
def dictionary() -> frozenset[str]:
    """The tokenizer's word list (pythainlp's, which nlpo3 loads): what counts as a word (here, before a glued one;
    the extractor's stages ask it through names.dictionary)."""
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


def word_before(text: str, end: int, words: tuple[str, ...]) -> str | None:
    """The first of `words` that `text` ends on at `end` as a word, not only as letters, else None. Thai writes no
    space between words, so `str.endswith` also finds a word's letters at the end of another word: "นี้" (this) in
    "แก้หนี้" (to settle debt), "ว่า" in "มากกว่า" (more than). The tokenizer is asked only where the letters
    already matched (ends_as_word)."""
    return next((w for w in words if text.endswith(w, 0, end) and ends_as_word(text, end, w)), None)


def ends_as_word(text: str, end: int, word: str) -> bool:
    """Does `word`, whose letters `text` ends on at `end`, stand there as a word? Yes when newmm, reading the words
    before it with it, begins a token where it begins (it may span tokens: "ครั้ง|นี้"), or when the words before it,
    read alone, end on a dictionary word, a space or no Thai letter: newmm may read the word inside a compound
    ("ในเวลานี้", one token) or read its letters with the word before ("บอ|กว่า" of "บอกว่า"). "แก้ห|นี้" ends on no
    word ("ห"): "หนี้" (debt) is one word. A Latin word is told apart by case and spaces: always true."""
    if not word or not is_thai(word[0]):
        return True
    begins = end - len(word)
    low = max(0, begins - WORD_WINDOW)
    at = low
    for token in tokenize(text[low:end]):
        if at + len(token) > begins:  # the token the word begins in
            if at == begins:
                return True
            break
        at += len(token)
    before = tokenize(text[low:begins])
    if before and is_thai(before[-1][-1]) and before[-1] not in dictionary():
        return False
    return not _tail_of_a_word(text, low, begins, end, word, len(before))


def _ends_on_a_word(tokens: list[str]) -> bool:
    return not tokens or not is_thai(tokens[-1][-1]) or tokens[-1] in dictionary()


def _tail_of_a_word(text: str, low: int, begins: int, end: int, word: str, before: int) -> bool:
    """Are the letters of `word` ending at `end` the tail of a longer dictionary word that reads the text better:
    "ว่า" (that) in "มากกว่า" (more than), where "มากก" read alone also ends on a word ("มา|กก", came|reed) but
    "มาก|กว่า" reads the letters in fewer words? The longer word is one whose head is no word nor words ("ก" of
    "กว่า"; "เวลา" of "เวลานี้" is a word: "นี้" closes that compound), it begins where the words before it end,
    and those words with it are fewer than the words before `word` with it; at a tie the word stands ("บอก|ว่า",
    "บอ|กว่า")."""
    for longer in _words_ending_in(word):
        starts = end - len(longer)
        if starts < low or not text.endswith(longer, 0, end):
            continue
        ahead = tokenize(text[low:starts])
        if _ends_on_a_word(ahead) and len(ahead) < before:
            return True
    return False


@lru_cache(maxsize=256)
def _words_ending_in(word: str) -> tuple[str, ...]:
    """The dictionary words that end on the letters of `word` after a head that is no word nor words (tokenized,
    some token outside the dictionary): "กว่า" for "ว่า", not "เวลานี้" for "นี้"."""
    words = dictionary()
    return tuple(sorted((w for w in words if len(w) > len(word) and w.endswith(word)
                         and not all(t in words for t in tokenize(w[:-len(word)]))), key=len))


def begins_as_word(text: str, pos: int, word: str) -> bool:
    """Does `word`, whose letters begin `text` at `pos` (a word's start), end there as a word, not as the first letters
    of a longer one ("ของ", of, in "ของขวัญ", a gift; "ว่า", that, in "ว่าด้วย", on)? Yes when newmm, reading it with
    the words after it, ends a token where it ends (it may span tokens) or no Thai letter follows it. A Latin word
    is told apart by case and spaces: always true."""
    end = pos + len(word)
    if not word or not is_thai(word[0]) or end >= len(text) or not is_thai(text[end]):
        return True
    at = pos
    for token in tokenize(text[pos:end + WORD_WINDOW]):
        at += len(token)
        if at >= end:
            return at == end
    return True


def word_in(text: str, words: tuple[str, ...]) -> str | None:
    """The first of `words` written in `text` as a word (ends_as_word and begins_as_word), not only as letters
    inside another word, else None: "ว่า" (that) is in "รัฐมนตรีว่าการ…" (minister) as letters only. The text's own
    ends count as a word's ends: give the window the test is about."""
    for word in words:
        at = text.find(word)
        while at >= 0:
            if ends_as_word(text, at + len(word), word) and begins_as_word(text, at, word):
                return word
            at = text.find(word, at + 1)
    return None


def letters_in_order(name: str, letters: str) -> bool:
    """Are all of `letters` found in `name`, in order? The test an abbreviation's letters pass against the name they
    abbreviate (Thai abbreviations take letters from inside words and skip words: "พก." of
    "กรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ")."""
    at = 0
    for letter in letters:
        at = name.find(letter, at) + 1
        if not at:
            return False
    return True
