"""Concepts presented as a policy: GUIDELINE.md counts a concept as a programme "when presented as a policy/strategy"
("เศรษฐกิจหมุนเวียน", "BCG Model", "Smart City"), not when it is only a noun of the sentence. The concepts the
corpora present so, often and in many sentences, are mined (ontology/th/program_concepts.json,
scripts/mine_program_concepts.py: framed by several policy verbs, called a policy after a policy noun, framed in a fair
share of the releases writing them at all; "ซอฟต์พาวเวอร์", "เศรษฐกิจฐานราก", "ศาสตร์พระราชา"); one of them is a
programme, bare, only where a release writes it right after a policy verb ("มุ่งมั่นขับเคลื่อน|เศรษฐกิจฐานราก|เพื่อ…",
program_patterns.json "policy_concepts" "frames"), the verb no word of a body's or a programme's name ("กรมส่งเสริม|…",
"นโยบายผลักดัน|…"), the concept's words ending there (a stop word or the run's end after it), and the release not
naming it after a prefix too ("โครงการโรงเรียนคุณธรรม": that programme). Written as an ordinary noun ("ชุมชนมีรายได้
จากเศรษฐกิจฐานราก") it is no programme."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.program_words import PATTERN_KEY, prefix_pattern, program_data
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import literal_alternation
from phakhi.graph.text.thai import is_thai, tokenize
from phakhi.ontology import HERE, load_org_patterns, load_stopwords


@lru_cache(maxsize=1)
def frame_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What the miner counts: (the policy verbs a concept is framed by, the evidence frames among them, "ส่งเสริม";
    the policy nouns that call it a policy)."""
    data = program_data()["policy_concepts"]
    return (re.compile(literal_alternation(data["frames"] + data["evidence_frames"])),
            re.compile(literal_alternation(data["policy_nouns"])))


@lru_cache(maxsize=1)
def _body_heads() -> tuple[str, ...]:
    data = program_data()["policy_concepts"]
    heads = {p["prefix"] for p in load_org_patterns()} | set(data["body_heads"]) | set(program_data()["prefixes"])
    return tuple(sorted(heads - set(data["subjects"])))


def in_body_name(text: str, start: int) -> bool:
    """Is the frame at `start` a word of a body's or a programme's name ("กรมส่งเสริม|การเกษตร", "โรงพยาบาลส่งเสริม|
    สุขภาพตำบล", "คณะกรรมการขับเคลื่อน|…", "นโยบายผลักดัน|…": the prefix scan reads that name or leaves it): does an
    organization prefix (org_patterns.jsonl), another body's head (program_patterns.json "policy_concepts"
    "body_heads") or a programme prefix end right before it ("รัฐบาลมุ่ง|ขับเคลื่อน" is the
    sentence's verb, and so is one right after a prefix that is a sentence's subject, "subjects": "รัฐบาล|ผลักดัน")? The miner asks it too."""
    return text.endswith(_body_heads(), 0, start)


@lru_cache(maxsize=1)
def concepts() -> frozenset[str]:
    """The mined concepts the corpora present as a policy."""
    path = HERE / "th" / "program_concepts.json"
    return frozenset(row[0] for row in json.loads(path.read_text(encoding="utf-8"))["names"]) if path.exists() \
        else frozenset()


@lru_cache(maxsize=1)
def _framed() -> re.Pattern[str] | None:
    """A policy verb, then (glued, after a space or an opening quote) a mined concept."""
    if not concepts():
        return None
    frames = literal_alternation(program_data()["policy_concepts"]["frames"])
    return re.compile(f"(?:{frames})[ “\"]?({literal_alternation(sorted(concepts()))})")


def _ends_words(text: str, end: int) -> bool:
    """Do the concept's words end at `end`: no Thai letter follows, or a stop word begins there
    ("อุตสาหกรรมเป้าหมาย|ที่ใช้…"; not "…|เป้าหมายรอง")?"""
    if end >= len(text) or not is_thai(text[end]):
        return True
    following = tokenize(text[end:end + 12])
    return bool(following) and following[0] in load_stopwords()


def _named_after_prefix(text: str) -> set[str]:
    """The mined concepts `text` writes right after a programme prefix ("โครงการโรงเรียนคุณธรรม"): the release names
    that programme in full, and the prefix scan has read it so; the bare concept framed elsewhere in it is that
    programme, no second one (nor a bare label for it)."""
    return {c for c in concepts() if c in text and re.search(f"(?:{prefix_pattern().pattern}) ?{re.escape(c)}", text)}


def find_policy_concepts(doc: Doc) -> None:
    """Each mined concept a release writes right after a policy verb, as a programme (after the prefix scan: a
    concept a prefixed name holds is that name's)."""
    pattern = _framed()
    if pattern is None:
        return
    text = doc.text
    named = None  # read once, and only in a release that frames a concept at all
    for m in pattern.finditer(text):
        start, end = m.span(1)
        if named is None:
            named = _named_after_prefix(text)
        if m.group(1) in named or in_body_name(text, m.start()) or not _ends_words(text, end) \
                or doc.covered(start, end, ("organization", "person", "program")):
            continue
        doc.add(doc.mention(start, end, "program", PATTERN_KEY + normalize_label(m.group(1)), form="pattern"))
