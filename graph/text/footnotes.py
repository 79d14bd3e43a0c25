"""Footnote marks glued to the end of a name.

The cabinet summaries ("สรุปข่าวการประชุม ครม") mark the notes they add below a matter with one or two digits glued
to the word the note is about: "…อนุมัติให้ กษ. จัดตั้งกองทุนฝนหลวง1 ขึ้นตาม…", and below, after a rule of
underscores, "1กองทุนฝนหลวงได้เปลี่ยนชื่อเป็น …"; the same release writes "กองทุนฝนหลวง" plain elsewhere. The mark
is no part of the name. `footnote_end` tells where a programme's, an organization's or an event's name ends when its
last characters are such a mark; the extractors ask it where their names end.

A name's own number is left on it: one written apart ("เฟส 2", "ที่ 1"), one after a capital ("COP26", "G20",
"LAAB2"), one after a word that numbers what follows it (counts.json footnote_numbering: "กองพันทหารราบที่1",
"สำนักงานเขต1") and one the release never writes without (a numbered series, "รพ.บางนา1" beside "รพ.บางนา5").
"""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.text.thai import tokenize
from phakhi.ontology import load_counts_data

WORD_REACH = 20  # characters before a mark read to find the word it is glued to
NOTE_REACH = 4000  # characters after a rule of underscores in which the notes it opens are written
_MARK = re.compile(r"(?<=[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4ea-z])[0-9]{1,2}$")  # one or two digits: a mark
_RULE = re.compile(r"^[ \t]*_{3,}[ \t]*$", re.M)
_LATIN_WORDS = re.compile(r"[A-Za-z][A-Za-z'&-]*(?: [A-Za-z][A-Za-z'&-]*)*$")


@lru_cache(maxsize=1)
def _numbering() -> tuple[str, ...]:
    return tuple(load_counts_data()["footnote_numbering"]["words"])


def footnote_end(text: str, start: int, end: int) -> int:
    """Where the name `text[start:end]` ends: `end`, or before the one or two digits it ends on when they are a
    footnote mark: glued to a Thai letter or a small Latin letter (not after a word of counts.json
    footnote_numbering, read as a word: "…พื้นที่1" ends on "พื้นที่", area, no "ที่", not one digit of a longer number), and either the release writes the same words elsewhere
    without a number after them (the name from `start`, or the Latin words it ends on: "The International
    Horticultural Expo1" beside "The International Horticultural Expo (…)"), or a note list below the name, after a
    rule of underscores, has a line that begins with the mark ("1 โครงการจัดรูปที่ดินเพื่อพัฒนาพื้นที่ คือ …")."""
    mark = _MARK.search(text, start, end)
    if mark is None or mark.start() - start < 2 or text[end:end + 1].isdigit() \
            or text.startswith((".", ",", "/", ":", "-"), end) and text[end + 1:end + 2].isdigit():
        return end  # "…2.5", "…1/2567", "…1-3": a longer number, or a range
    words = text[start:mark.start()]
    if words.endswith(_numbering()) and tokenize(words[-WORD_REACH:])[-1] in _numbering():
        return end  # "กองพันทหารราบที่1", "ศูนย์อนามัยเขต1": the name's number
    forms = [words]
    latin = _LATIN_WORDS.search(words)
    if latin is not None and latin.start() > 0:
        forms.append(latin.group())  # "โครงการเข้าร่วมงาน The International Horticultural Expo1"
    if any(_written_plain(text, form, start + len(words) - len(form), mark.group()) for form in forms) \
            or _noted(text, end, mark.group()):
        return mark.start()
    return end


def _written_plain(text: str, words: str, at: int, mark: str) -> bool:
    """Does the text write `words` somewhere other than at `at` with no number right after them (one space, a dash
    or a dot may stand between: "โควิด-19", "โควิด 19" are the name's number), and nowhere with another number glued
    on ("รพ.บางนา5": a numbered series)?"""
    plain = False
    for found in re.finditer(re.escape(words), text):
        after = text[found.end():found.end() + 2]
        if found.start() == at:
            continue
        if after[:1].isdigit():
            if not text.startswith(mark, found.end()) or text[found.end() + len(mark):][:1].isdigit():
                return False  # "รพ.บางนา1" beside "รพ.บางนา5": a numbered series
            continue  # the same mark again
        if not re.match(r"[ \-–.]?[0-9]", after):
            plain = True
    return plain


def _noted(text: str, end: int, mark: str) -> bool:
    """Does a note list below `end` (a rule of underscores, then the notes) hold a line that begins with `mark`
    followed by the note's words ("1กองทุนฝนหลวงได้เปลี่ยนชื่อเป็น…", "1 โครงการ… คือ …"), not by a list's
    closing mark ("1. ", "1) ")?"""
    rule = _RULE.search(text, end)
    if rule is None:
        return False
    note = re.compile(r"^[ \t]*" + mark + r"(?![0-9.)/,:])[ \t]*[\u0e01-\u0e4eA-Za-z“\"(]", re.M)
    return note.search(text, rule.end(), rule.end() + NOTE_REACH) is not None
