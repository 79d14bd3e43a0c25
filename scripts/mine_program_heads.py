"""Mine the programme labels written as the head of many different longer names -> ontology/th/program_heads.json.

    python scripts/mine_program_heads.py /path/v1.tar /path/v2.tar [--out FILE] [--limit N]

A real programme's name recurs whole, with the same boundaries, release after release ("โครงการราชทัณฑ์ปันสุข",
"มาตรการค้ำประกันสินเชื่อ"); a kind of project or measure ("โครงการวิจัย", "มาตรการคัดกรอง", "โครงการพัฒนาท่าเรือ") is
written mostly as the head of many different longer names, each going on with a word of its own ("โครงการพัฒนาท่าเรือ|
แหลมฉบัง", "…|ชายฝั่ง", "…|น้ำลึก"), and whole only now and then, where a sentence speaks of projects of that kind.
Word lists do not reach such kinds: most have a form of their own. This script takes every name the extractor's rules
bound after a prefix (`program_ends.name_end`, the whole run after the prefix, at most MAX_REST characters), counts the
releases writing each whole, and keeps a name written whole in at least one release (only such a name is ever given
where the kinds are told) as a head of many when:

- longer names go on from it, at a word boundary, with at least MIN_NEXT different next words;
- it is written whole in at most WHOLE_SHARE of the releases writing it whole or as such a head;
- no one next word makes up more than TOP_SHARE of the longer names' releases (one dominant continuation is the
  name's own fuller form, "โครงการราชทัณฑ์ปันสุข|ทำความดีด้วยหัวใจ", not a kind's many kinds);
- it is never written whole in quotes (a name's mark: "“โครงการแก้มลิง”", the royal monkey-cheek water scheme, judged
  a name twice, the head of 27 different longer names);
- its prefix is one of PREFIXES: a measure (มาตรการ) already stands as a name only on evidence (program_patterns.json
  "need_evidence"); under แผน, ยุทธศาสตร์, นโยบาย and กองทุน the same form names real plans, policies and funds by their
  subject ("แผนปฏิบัติการโครงสร้างพื้นฐาน", a gold name; "นโยบายเปิดประเทศ"; "กองทุนหมู่บ้านและชุมชนเมือง", whole in
  166 releases and the head of 47 longer names).

Read by program_evidence.head_of_many: such a label, undated, is held back as a measure is, unless the text marks it
as a name (program_evidence.evidence: a list cue or item, the headline, a gloss) or lists it beside another name of
its kind. Run on the whole record (v1.tar and v2.tar, 91,704 releases; one pass, a few minutes). Only data goes
out.
"""

from __future__ import annotations

import bisect
from collections import Counter

from mining import release_texts, run_miner

from phakhi.graph.extract import program_ends, program_words
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.thai import tokenize

MAX_REST = 100  # characters after the prefix read as a name
MIN_REST = 3  # characters: shorter runs are no name (program_words.MIN_REST)
PREFIXES = ("โครงการ",)
MIN_NEXT = 10  # different next words of the longer names
WHOLE_SHARE = 0.2  # releases writing it whole, at most this share of those writing it whole or as a head
TOP_SHARE = 0.5  # the commonest next word's share of the longer names' releases, at most
OPENING, CLOSING = "“\"'", "”\"'"  # quotes around a name written whole
WINDOW = 12  # characters tokenized either side of a head's end to tell a word boundary


def names(text: str):
    """(each name the extractor's rules bound after a program prefix, prefix included; whether it is written in
    quotes, whole: "“โครงการแก้มลิง”")."""
    for m in program_words.prefix_pattern().finditer(text):
        start, pos = m.start(), m.end()
        stop = program_words.NAME_RUN.match(text, pos).end()
        if stop == pos:
            continue
        end = program_ends.name_end(text, start, pos, stop)
        if end is not None and MIN_REST <= end - pos <= MAX_REST:
            yield m.group() + text[pos:end], text[start - 1:start] in OPENING and text[end:end + 1] in CLOSING


def count(paths: list[str], limit: int | None) -> tuple[Counter[str], Counter[str]]:
    """(releases writing each name whole, releases writing it whole in quotes), names normalised."""
    counts: Counter[str] = Counter()
    quoted: Counter[str] = Counter()
    for text in release_texts(paths, limit):
        found = {(normalize_label(name), marked) for name, marked in names(text)}
        counts.update({name for name, _ in found})
        quoted.update({name for name, marked in found if marked})
    return counts, quoted


def word_boundary(name: str, at: int) -> bool:
    """Does a word start at `at` in `name` (newmm on a window around it)?"""
    offset = max(0, at - WINDOW)
    for token in tokenize(name[offset:at + WINDOW]):
        if offset >= at:
            return offset == at
        offset += len(token)
    return offset == at


def head_stats(counts: Counter[str], keys: list[str], head: str) -> tuple[int, int, Counter[str]]:
    """(releases writing `head` whole, releases writing a longer name from it, those releases by next word)."""
    nexts: Counter[str] = Counter()
    i = bisect.bisect_right(keys, head)
    while i < len(keys) and keys[i].startswith(head):
        longer = keys[i]
        if word_boundary(longer, len(head)):
            rest = tokenize(longer[len(head):].strip()[:WINDOW])
            nexts[rest[0] if rest else ""] += counts[longer]
        i += 1
    return counts[head], sum(nexts.values()), nexts


def select(counts: Counter[str], quoted: Counter[str]) -> list[list]:
    """[head, releases whole, releases longer, next words] of each head of many (see the docstring)."""
    keys = sorted(counts)
    heads = []
    for head in keys:
        prefix = program_words.prefix_pattern().match(head)
        if prefix is None or prefix.group() not in PREFIXES:
            continue
        if quoted[head]:
            continue
        whole, longer, nexts = head_stats(counts, keys, head)
        if (len(nexts) >= MIN_NEXT and whole / (whole + longer) <= WHOLE_SHARE
                and max(nexts.values()) <= TOP_SHARE * longer):
            heads.append([head, whole, longer, len(nexts)])
    return heads


def mine(paths: list[str], limit: int | None) -> dict:
    heads = select(*count(paths, limit))
    return {"_doc": "Programme labels the corpora write as the head of many different longer names and seldom whole, "
                    "mined by scripts/mine_program_heads.py: after โครงการ, written whole in at least one "
                    f"release and in at most {WHOLE_SHARE:.0%} of those writing it whole or longer, going on with at "
                    f"least {MIN_NEXT} different next words, none of them over {TOP_SHARE:.0%} of the longer names, "
                    "never whole in quotes; "
                    "[head, releases whole, releases longer, next words]. A kind of project: the extractor holds such "
                    "a label back unless marked as a name or listed beside another name of its kind.",
            "heads": heads}


if __name__ == "__main__":
    run_miner(__doc__, "program_heads.json", mine, lambda data: f"{len(data['heads'])} heads")
