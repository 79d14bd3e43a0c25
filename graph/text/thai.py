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
