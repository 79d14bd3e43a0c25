"""A name cut short before the words its own abbreviation, in brackets after them, stands for: "คณะกรรมการบริหาร
สำนักงานความร่วมมือพัฒนาเศรษฐกิจ|กับประเทศเพื่อนบ้าน (คพพ.)", "คณะกรรมการบริหารราชการแผ่นดิน ตามกรอบการปฏิรูปประเทศ|
ยุทธศาสตร์ชาติ และการสร้างความปรองดอง (ป.ย.ป.)".

A long committee's or office's name holds words that usually go on with the sentence ("กับ", "ตาม", "เพื่อ") or a
space, so a name found by pattern is cut there, and the judges call the cut a boundary error. A release that writes the
whole name often writes its abbreviation in brackets right after it: the abbreviation's letters are the first letters
of the name's words, in order, and some of them are the first letters of words after the cut. Then those words are
the name's: the name runs on to the bracket. Only when the words between are Thai letters and spaces on the same
line, begin no other body's name and hold no word that ends a name or marks a verb (not_organizations "ends",
"clause_markers", "verb_markers", "clause_ends"), no title and no other mention. The abbreviation must need the
words after the cut (its letters are not all found in the name as cut), its last letter must begin one of the last
words before the bracket (it abbreviates the whole run, not an earlier part of the sentence), and after a space it
must not spell the words after the space alone from their first word on (a name of its own begun there). A word's
letter is its first consonant, or that of the second part of a compound the tokenizer keeps whole ("คณะ|กรรมการ",
"ความ|ปรองดอง").
"""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.extract.authority import title_at
from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.names import dictionary, org_prefix
from phakhi.graph.text.thai import first_consonant, tokenize
from phakhi.ontology import load_not_organizations

MAX_GAP = 80  # letters between the cut and the bracket a name is run on across
LAST_WORDS = 3  # the abbreviation's last letter begins one of this many words before the bracket
_GAP = re.compile(r"[\u0e01-\u0e4e]+(?: {1,2}[\u0e01-\u0e4e]+)*")  # Thai letters and single (or double) spaces
_ABBREVIATION = re.compile(r" ?\( ?([\u0e01-\u0e2e][\u0e01-\u0e2e.]{0,10}\.) ?\)")  # "(คพพ.)", "(ป.ย.ป.)"


@lru_cache(maxsize=1)
def _stops() -> frozenset[str]:
    data = load_not_organizations()
    return frozenset(data["ends"]) | frozenset(data["clause_markers"]) | frozenset(data["verb_markers"]) \
        | frozenset(data["clause_ends"])


def _letters(word: str) -> frozenset[str]:
    """The letters an abbreviation may take from the token `word`: its first consonant, or the first of the second
    word of a compound the tokenizer keeps whole, both parts dictionary words ("คณะ|กรรมการ" gives ก to กขร.,
    "ความ|ปรองดอง" ป to ป.ย.ป., "คน|ต่างด้าว" ต to คบต.)."""
    words = dictionary()
    return frozenset({first_consonant(word)} | {first_consonant(word[i:]) for i in range(2, len(word) - 1)
                                                 if word[:i] in words and word[i:] in words} - {""})


def _initials(text: str) -> list[frozenset[str]]:
    """The letters each word of `text` (spaces skipped) may give an abbreviation."""
    return [_letters(w) for w in tokenize(text) if w.strip()]


def _subsequence(letters: str, initials: list[frozenset[str]]) -> bool:
    """Are `letters`, in order, each given by a later word (the earliest that can: no later choice does better)?"""
    it = iter(initials)
    return all(any(ch in options for options in it) for ch in letters)


def abbreviated_run_on(doc: Doc, start: int, name: str) -> str:
    """`name` (at `start`) run on to its abbreviation in brackets, when the abbreviation stands for the words between
    too; else `name` as it is."""
    end = start + len(name)
    gap = _GAP.match(doc.text, end + (1 if doc.text.startswith(" ", end) else 0), end + MAX_GAP + 2)  # bounded: a
    # line of words and spaces is read once per name, not to its end (tests/test_hostile.py)
    if gap is None or gap.end() - end > MAX_GAP:
        return name
    bracket = _ABBREVIATION.match(doc.text, gap.end())
    if bracket is None or doc.covered(end, gap.end(), ("organization", "person", "place")):
        return name
    letters = bracket.group(1).replace(".", "")
    tokens = tokenize(gap.group())
    words = [w for w in tokens if w.strip()]
    initials = _initials(name)
    if len(letters) < 2 or not words or _subsequence(letters, initials):
        return name  # "(สพพ.)" the name as cut already stands for
    starts = [gap.start() + sum(map(len, tokens[:i])) for i, w in enumerate(tokens) if w.strip()]
    if any(w in _stops() or org_prefix(w) for w in words) or any(title_at(doc.text, at) for at in starts):
        return name  # "กรมราชทัณฑ์| ได้มอบ…หลักสูตรนักบริหาร… (นรส.)", "…| เลขาธิการ…": the sentence goes on (a verb
        # marker, a word that ends a name), another body, a title
    after = [_letters(w) for w in words]
    if not _subsequence(letters, initials + after):
        return name
    if gap.start() > end and letters[0] in after[0] and _subsequence(letters, after):
        return name  # "สภาวิศวกร| วิศวกรรมสถานแห่งประเทศไทย ในพระบรมราชูปถัมภ์ (วสท.)": the bracket abbreviates a
        # name of its own begun after the space
    if not any(letters[-1] in _letters(w) for w in words[-LAST_WORDS:]):
        return name  # the bracket abbreviates something else: its last letter begins none of the last words
    return doc.text[start:gap.end()]
