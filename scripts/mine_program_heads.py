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

- longer names go on from it, at a word boundary, with at least MIN_NEXT different next words, and it is written
  whole in at most WHOLE_SHARE of the releases writing it whole or as such a head, and in fewer than MIN_NAME releases
  (a label the corpora write whole again and again names a programme whatever its longer names: "โครงการบ้าน
  เอื้ออาทร", whole in 22 releases and the head of 38 estates' names); or, written whole in any number of releases, it
  goes on with at least STRICT_NEXT different next words and is whole in at most STRICT_SHARE of them ("โครงการบ้าน",
  "โครงการขุดลอก");
- no one next word makes up more than TOP_SHARE of the longer names' releases (one dominant continuation is the
  name's own fuller form, "โครงการราชทัณฑ์ปันสุข|ทำความดีด้วยหัวใจ", not a kind's many kinds);
- its longer names go on with the words of its own fuller forms (program_patterns.json "own_forms": its owner, "…|แห่ง
  ประเทศไทย", "…|ของ…", its phase, "…|ระยะที่ 2", the abbreviation mark ฯ) in at most OWN_SHARE of their releases:
  "โครงการผลิตแพทย์เพิ่ม|เพื่อชาวชนบท", "…|แห่งประเทศไทย", "…|ระยะที่ 2" is one programme written in full (judged a
  name in self7), not a kind of project;
- it is never written whole in quotes (a name's mark: "“โครงการแก้มลิง”", the royal monkey-cheek water scheme, judged
  a name twice, the head of 27 different longer names), and written whole with a year, a phase or a gloss right after
  it ("… ปี 2565", "… ระยะที่ 2", "… (Smart Farmer)", a name's marks) in at most MARK_SHARE of the releases writing it
  whole: a real programme's name recurs with the marks of a name, a kind bare;
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
import re
from collections import Counter

from mining import release_texts, run_miner

from phakhi.graph.extract import program_ends, program_words
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.thai import tokenize

MAX_REST = 100  # characters after the prefix read as a name
MIN_REST = 3  # characters: shorter runs are no name (program_words.MIN_REST)
PREFIXES = ("โครงการ",)
MIN_NEXT = 5  # different next words of the longer names
WHOLE_SHARE = 0.34  # releases writing it whole, at most this share of those writing it whole or as a head
MIN_NAME = 10  # releases writing it whole that make it a name all the same (mine_program_kinds.py's measure) ...
STRICT_NEXT, STRICT_SHARE = 10, 0.2  # ... unless it is the head of this many next words and whole this seldom
TOP_SHARE = 0.5  # the commonest next word's share of the longer names' releases, at most
OWN_SHARE = 0.5  # the longer names' releases going on with the words of its own fuller forms, at most this share
MARK_SHARE = 0.1  # releases writing it whole and marked as a name (a year, a phase, a gloss after it), at most
OPENING, CLOSING = "“\"'", "”\"'"  # quotes around a name written whole
MARKED = re.compile(r" ?(?:\((?:[A-Za-z]|[ก-ฮ]{1,6}\.)|(?:ปี ?(?:พ\.ศ\. ?)?)?25[4-7]\d|ระยะที่|เฟส|ครั้งที่)")
WINDOW = 12  # characters tokenized either side of a head's end to tell a word boundary


def names(text: str):
    """(each name the extractor's rules bound after a program prefix, prefix included; whether it is written in
    quotes, whole: "“โครงการแก้มลิง”"; whether a year, a phase or a gloss follows it: "… ปี 2565")."""
    for m in program_words.prefix_pattern().finditer(text):
        start, pos = m.start(), m.end()
        stop = program_words.NAME_RUN.match(text, pos).end()
        if stop == pos:
            continue
        end = program_ends.name_end(text, start, pos, stop)
        if end is not None and MIN_REST <= end - pos <= MAX_REST:
            yield (m.group() + text[pos:end], text[start - 1:start] in OPENING and text[end:end + 1] in CLOSING,
                   MARKED.match(text, end) is not None)


def count(paths: list[str], limit: int | None) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """(releases writing each name whole, releases writing it whole in quotes, releases writing it whole with a year,
    a phase or a gloss after it), names normalised."""
    counts: Counter[str] = Counter()
    quoted: Counter[str] = Counter()
    marked: Counter[str] = Counter()
    for text in release_texts(paths, limit):
        found = {(normalize_label(name), in_quotes, dated) for name, in_quotes, dated in names(text)}
        counts.update({name for name, _, _ in found})
        quoted.update({name for name, in_quotes, _ in found if in_quotes})
        marked.update({name for name, _, dated in found if dated})
    return counts, quoted, marked


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


def select(counts: Counter[str], quoted: Counter[str], marked: Counter[str] | None = None) -> list[list]:
    """[head, releases whole, releases longer, next words] of each head of many (see the docstring)."""
    keys = sorted(counts)
    marked = marked or Counter()
    own = set(program_words.program_data()["own_forms"]["words"])
    heads = []
    for head in keys:
        prefix = program_words.prefix_pattern().match(head)
        if prefix is None or prefix.group() not in PREFIXES:
            continue
        if quoted[head] or marked[head] > MARK_SHARE * counts[head]:
            continue
        whole, longer, nexts = head_stats(counts, keys, head)
        share = whole / (whole + longer)
        if ((len(nexts) >= MIN_NEXT and share <= WHOLE_SHARE and whole < MIN_NAME
             or len(nexts) >= STRICT_NEXT and share <= STRICT_SHARE)
                and max(nexts.values()) <= TOP_SHARE * longer
                and sum(n for word, n in nexts.items() if word in own) <= OWN_SHARE * longer):
            heads.append([head, whole, longer, len(nexts)])
    return heads


def mine(paths: list[str], limit: int | None) -> dict:
    heads = select(*count(paths, limit))
    return {"_doc": "Programme labels the corpora write as the head of many different longer names and seldom whole, "
                    "mined by scripts/mine_program_heads.py: after โครงการ, written whole in at least one "
                    f"release and in at most {WHOLE_SHARE:.0%} of those writing it whole or longer, going on with at "
                    f"least {MIN_NEXT} different next words, whole in fewer than {MIN_NAME} releases (or in any "
                    f"number, {STRICT_NEXT}+ next words and whole in at most {STRICT_SHARE:.0%}), "
                    f"none of the next words over {TOP_SHARE:.0%} of the longer names, "
                    f"the words of its own fuller forms (program_patterns.json own_forms) in at most {OWN_SHARE:.0%} "
                    f"of them, never whole in quotes, whole with a year, a phase or a gloss after it in at most "
                    f"{MARK_SHARE:.0%} of the releases writing it whole; "
                    "[head, releases whole, releases longer, next words]. A kind of project: the extractor holds such "
                    "a label back unless marked as a name or listed beside another name of its kind.",
            "heads": heads}


if __name__ == "__main__":
    run_miner(__doc__, "program_heads.json", mine, lambda data: f"{len(data['heads'])} heads")
