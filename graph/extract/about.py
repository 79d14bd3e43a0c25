"""What a count is about: the program or organization its clause names, when it names one.

One rule for every count, from how Thai release sentences put a figure next to what it belongs to:
- a program or organization named inside the count's own phrase ("กองทุนพัฒนาเอสเอ็มอีวงเงิน 20,000 ล้านบาท");
- else the nearest one just after it that a linking word joins to it ("500 รายที่เข้าร่วมโครงการ X");
- else the nearest one before it in the same clause: on the same line, at most CLAUSE characters back, with
  no clause break (a sentence end, or a space followed by a new-clause word of counts.json `about_breaks`)
  in between ("โครงการ X มีผู้เข้าร่วม 500 ราย", "ดีพร้อม ... ช่วยเหลือ SMEs กว่า 1,000 ราย"). A programme found so is
  the count's only when no other project heads the clause before it: a programme prefix (program_patterns.json
  `prefixes`) with a name after it, earlier in the clause and after any count before it, makes the programme a word
  of that project's name or of a list of projects, the count the project's or the list's ("โครงการเพิ่มศักยภาพ…
  ตามแนวทางประชารัฐ … 25,630 โครงการ", "โครงการจัดตั้งนิคมอุตสาหกรรมในพื้นที่…(EEC) มีมูลค่าการลงทุน 4,385 ล้านบาท",
  "…โครงการผลิตโลหะทองคำและเงิน… และโครงการกำจัดของเสียอุตสาหกรรม มูลค่าเงินลงทุนรวมกว่า 8,500 ล้านบาท"): nothing is
  linked, unless that project is a found mention of the same programme (`About._headed_by_another`).
Programs win over organizations at the same step: a figure in a clause naming both is the program's (the
organization runs it). Nothing is linked when the clause names neither.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.program_words import function_word, prefix_pattern, program_data
from phakhi.graph.text.thai import tokenize
from phakhi.ontology import load_counts_data

CLAUSE = 70  # characters back from the count's phrase: about one Thai clause (dev and dev-b tune: 50-200 tried)
AFTER = 40  # characters after the figure a linked name may start
HEAD = 150  # characters before a programme mention another project's prefix may head its clause from
QUOTES = " \"'“”‘’"  # what may stand between a prefix and the programme it announces
_GLOSS = re.compile(r"\([^()]*\)")
SPACED = 3  # words (spaces apart) a project's name not found holds up to the programme it names (its gloss left out)
NEAR = 20  # characters between a found programme and one it heads as a list's or a frame's (" และ", " ภายใต้")


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = load_counts_data()
    return tuple(data["about_links_after"]), tuple(data["about_breaks"])


class About:
    """The program and organization mentions of one document, indexed by start, and the key each resolves
    to, so each count's subject is found in logarithmic time."""

    def __init__(self, doc: Doc, keys: dict[str, str]):
        self.doc = doc
        self.keys = keys
        self.kinds = {}
        for kind in ("program", "organization", "count"):
            mentions = doc.of_kind(kind)
            self.kinds[kind] = (mentions, [m.nstart for m in mentions])

    def key(self, start: int, end: int, number: int) -> str | None:
        """The key of what the count spanning [start, end) (normalised offsets; its figure at `number`)
        is about, or None."""
        line_start, line_end = self.doc.line_bounds(start)
        links, breaks = _words()
        text = self.doc.text
        for kind in ("program", "organization"):  # inside the phrase: the one nearest the figure
            inside = [m for m in self._between(kind, start, number) if m.nend <= number]
            if inside:
                return self._key(inside[-1])
        for kind in ("program", "organization"):  # just after, joined by a linking word
            for m in self._between(kind, end, min(line_end, end + AFTER)):
                gap = text[end:m.nstart].strip()
                if gap.startswith(links) and len(gap) <= AFTER // 2:
                    return self._key(m)
                break
        low = max(line_start, start - CLAUSE)
        for kind in ("program", "organization"):  # before, in the same clause
            before = [m for m in self._between(kind, low, start) if m.nend <= start]
            for m in reversed(before):
                gap = text[m.nend:start]
                if _broken(gap, breaks):
                    break
                if kind == "program" and self._headed_by_another(m):
                    return None
                return self._key(m)
        return None

    def _headed_by_another(self, m) -> bool:
        """Does another project head the clause of programme mention `m`: a programme prefix before it on its line,
        within HEAD characters, after any count and clause break before it, and no found mention of `m`'s own
        programme nor a word of a body's name ("กองยุทธศาสตร์การพัฒนาพื้นที่")?
        - A prefix no programme is found at heads it when it begins a name (`_names_a_project`) running up to `m` in
          at most SPACED words; more words hold a clause of their own ("โครงการชลประทานระนองได้ประสานไปยังส่วนวิศวกรรม
          สำนักงาน… เป็น|โครงการฝายคลองโตนกลอย…").
        - A found mention of another programme heads it when `m` lies inside it, follows it closely (NEAR characters,
          its gloss in brackets left out: "X และY", "X (Z) ภายใต้Y") but not as its alias in brackets ("โครงการค้ำประกัน
          สินเชื่อ … ระยะที่ 10 (โครงการ PGS ระยะที่ 10)"; "…ภาคตะวันออก (EEC)" glosses the place only), or is the
          next item of a list after it (a comma or program_patterns.json `joins` right before `m`: "โครงการผลิตโลหะ
          ทองคำและเงิน|ภายใต้รูปแบบโลหะผสม และโครงการกำจัดของเสียอุตสาหกรรม"); other words between a far one and `m`
          are a clause of their own ("กองทุนการออมแห่งชาติ รวมทั้งสร้างภูมิคุ้มกัน…ในโครงการประกันภัยพืชผล…")."""
        text = self.doc.text
        low = max(self.doc.line_bounds(m.nstart)[0], m.nstart - HEAD)
        counts = [c for c in self._between("count", low, m.nstart) if c.nend <= m.nstart]
        if counts:
            low = counts[-1].nend
        breaks = _words()[1]
        own = self._key(m)
        bodies = self._between("organization", low - HEAD, m.nstart)
        for head in reversed(list(prefix_pattern().finditer(text, low, m.nstart))):
            if _broken(text[head.start():m.nstart], breaks):
                break
            found = [p for p in self._between("program", head.start(), head.start() + 1) if p is not m]
            if any(self._key(p) == own for p in found):
                return False
            if found:
                near = max(found, key=lambda p: p.nend)
                gap = text[near.nend:m.nstart]
                glossed = gap.rstrip(QUOTES).endswith("(") and prefix_pattern().match(m.text)  # "(โครงการ PGS…)"
                listed = gap.rstrip(QUOTES).endswith((",", *program_data()["joins"]))
                close = len(_GLOSS.sub("", gap)) <= NEAR  # its own gloss in brackets is the head's
                if near.nend >= m.nend or (close and not glossed) or listed:
                    return True
                continue
            if any(o.nstart <= head.start() < o.nend for o in bodies):
                continue
            rest = text[head.end():m.nstart]
            if len(_GLOSS.sub("", rest).split()) <= SPACED and _names_a_project(head.group(), rest):
                return True
        return False

    def _between(self, kind: str, low: int, high: int) -> list:
        mentions, starts = self.kinds[kind]
        return mentions[bisect_left(starts, low):bisect_right(starts, high - 1)]

    def _key(self, m) -> str:
        return self.keys.get(m.key, m.key)


def _names_a_project(prefix: str, rest: str) -> bool:
    """Do the words `rest` after a programme prefix, up to a programme mention, begin a project's own name: not only
    quotes and further prefixes ("โครงการ|มาตรการ PPP Fast Track": the measure's projects; "แผนงาน/โครงการ"), no word of
    program_patterns.json `not_after`, `modifiers` or `class_words` first ("โครงการ|ต่างๆ", "กองทุน|พิเศษ",
    "โครงการ|ประเภท…": a common noun), nor a function word (ORCHID's tags: "โครงการ|ภายในปี"); a prefix that needs
    evidence (`need_evidence`: มาตรการ, นโยบาย) names one only when found."""
    data = program_data()
    if prefix in data["need_evidence"]:
        return False
    words = rest.strip(QUOTES + "/")
    while (more := prefix_pattern().match(words)):
        words = words[more.end():].strip(QUOTES + "/")
    if not words:
        return False
    first = next((t for t in tokenize(words[:40]) if not t.isspace()), "")
    if not first or words.startswith(_not_after()) or first in _common_first_words():
        return False
    return not function_word([prefix, first])


@lru_cache(maxsize=1)
def _not_after() -> tuple[str, ...]:
    return tuple(program_data()["not_after"])


@lru_cache(maxsize=1)
def _common_first_words() -> frozenset[str]:
    """program_patterns.json `modifiers` and `class_words`: a word that makes a prefix a common noun, no name."""
    return frozenset(program_data()["modifiers"]) | frozenset(program_data()["class_words"]["words"])


def _broken(gap: str, breaks: tuple[str, ...]) -> bool:
    """Does `gap` hold a clause break: a sentence end, or a space before a new-clause word?"""
    return any(mark in gap for mark in (". ", "\u0e2f ")) or any(" " + w in gap for w in breaks)
