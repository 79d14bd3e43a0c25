"""Concepts presented as a policy: GUIDELINE.md counts a concept ("ซอฟต์พาวเวอร์", "เศรษฐกิจฐานราก") as a programme
when a release presents it as a policy or strategy, not when it only mentions it. The concepts the corpora present so
again and again are mined (ontology/th/policy_concepts.json, scripts/mine_policy_concepts.py); one of them is a
programme in a release only where that release writes it right after a policy frame ("ผลักดัน|ซอฟต์พาวเวอร์",
program_patterns.json "policy_concepts" "frames"), the frame not a word of a body's name ("กรมส่งเสริม|…"). A concept
mentioned in passing stays out: that is what keeps precision where the annotators left it out."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.program_words import PATTERN_KEY, program_data
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import literal_alternation
from phakhi.graph.text.thai import is_thai, starts_word
from phakhi.ontology import HERE, load_org_patterns

FRAME_GAP = 1  # characters (a space) between a frame and its concept


@lru_cache(maxsize=1)
def concepts() -> frozenset[str]:
    """The mined concepts the corpora present as a policy (normalised)."""
    path = HERE / "th" / "policy_concepts.json"
    if not path.exists():
        return frozenset()
    return frozenset(row[0] for row in json.loads(path.read_text(encoding="utf-8"))["concepts"])


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str]]:
    """(the concepts, a frame ending right before a concept)."""
    frames = literal_alternation(program_data()["policy_concepts"]["frames"])
    framed = re.compile(f"(?:{frames}) ?$")
    return (re.compile(literal_alternation(sorted(concepts()))) if concepts() else None), framed


def in_body_name(text: str, start: int) -> bool:
    """Is the word at `start` a word of a body's name ("กรมส่งเสริม|การปกครองท้องถิ่น"): does the run of Thai letters
    before it hold an organization prefix (org_patterns.jsonl)? The miner asks it too."""
    run = start
    while run > 0 and is_thai(text[run - 1]):
        run -= 1
    return any(p["prefix"] in text[run:start] for p in load_org_patterns())


def framed_at(text: str, start: int) -> bool:
    """Is the concept at `start` written right after a policy frame that begins a word and is no body's word?"""
    frame = _patterns()[1].search(text, max(0, start - 16), start)
    return frame is not None and starts_word(text, frame.start()) and not in_body_name(text, frame.start())


def find_policy_concepts(doc: Doc) -> None:
    """Add each mined concept a release frames as a policy as a programme, once per place it is framed."""
    pattern = _patterns()[0]
    if pattern is None:
        return
    text = doc.text
    for m in pattern.finditer(text):
        start, end = m.span()
        if end < len(text) and is_thai(text[end]) and not starts_word(text, end):
            continue  # the concept's words run on into a longer word
        if not framed_at(text, start) or doc.covered(start, end, ("organization", "person", "program")):
            continue
        doc.add(doc.mention(start, end, "program", PATTERN_KEY + normalize_label(m.group()), form="pattern"))
