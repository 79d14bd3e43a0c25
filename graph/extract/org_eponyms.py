"""A body named after a person, cut after the given name: "มูลนิธิพล.ต.อ.เภา| สารสิน", "มูลนิธินายแพทย์ประเวศ| วะสี".

A foundation (or any body) named after someone writes the prefix word, the person's titles (honorifics.jsonl: a
courtesy title, an academic title, a rank; not a royal one, whose names take no surname) and the given name glued,
then a space and the surname. A name found by pattern ends at the first space, so the surname was left out and the
judges call the cut a boundary error: a Thai name is a given name and a surname, so a name whose words after the prefix
are titles and one given name runs on through the one chunk after the space. The chunk is not read when another
mention begins in it, or it begins a body's name or a word of the sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.names import org_prefix, sentence_words
from phakhi.graph.text.patterns import literal_alternation
from phakhi.graph.text.thai import tokenize
from phakhi.ontology import load_honorifics, load_stopwords

TITLE_KINDS = ("honorific", "academic", "rank")  # honorifics.jsonl kinds written before a given name and a surname
_SURNAME = re.compile(r" ([\u0e01-\u0e4e]{2,30})(?![\u0e01-\u0e4e\w])")  # one space, one chunk of Thai letters


@lru_cache(maxsize=1)
def _titled() -> re.Pattern[str]:
    """Titles, one or more glued, then a given name of Thai letters to the end."""
    forms = {h["form"] for h in load_honorifics() if h["kind"] in TITLE_KINDS}
    return re.compile(r"((?:" + literal_alternation(forms) + r")+) ?[\u0e01-\u0e4e]{2,20}")


def _title_words(rest: str, titles: str) -> bool:
    """Do the words of `rest` begin with `titles` whole: "นายแพทย์|ประเวศ", not "นาย" read inside "นายกรัฐมนตรี"?"""
    length = 0
    for word in tokenize(rest):
        length += len(word)
        if length >= len(titles):
            return length == len(titles)
    return False


def eponym_run_on(doc: Doc, start: int, name: str, prefix: str) -> str:
    """`name` (at `start`, begun by the prefix word `prefix`) run on through the surname after its given name, or
    `name` as it is."""
    titled = _titled().fullmatch(name, len(prefix)) if name.startswith(prefix) else None
    if titled is None or not _title_words(name[len(prefix):], titled.group(1)):
        return name
    m = _SURNAME.match(doc.text, start + len(name))
    if m is None:
        return name
    surname = m.group(1)
    if org_prefix(surname) or doc.starting_in(m.start(1), m.end(), ("organization", "program", "place")):
        return name
    words = tokenize(surname)
    if words and (words[0] in sentence_words() or words[0] in load_stopwords()):
        return name  # "มูลนิธินายแพทย์ประเวศ| และ…": the sentence goes on
    return doc.text[start:m.end()]
