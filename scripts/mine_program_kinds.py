"""Mine kinds of programme written as if they were names -> ontology/th/program_kinds.json.

    python scripts/mine_program_kinds.py /path/v1-sample.tar /path/v2-sample.tar [--out FILE] [--limit N]
        [--skip ARCHIVE ...]

After a program prefix the words of a name are words the language seldom writes without one ("โครงการ|ชำระดีมีโชค",
"กองทุน|ทวีสุข"), while the words of a kind of programme are a phrase of everyday prose ("โครงการ|พลังงานสะอาด",
"ยุทธศาสตร์|การสื่อสาร", "แผนงาน|จัดซื้อที่ดิน", "มาตรการ|คัดกรอง"): the release means a project about clean
energy, not one project so named. This script takes the names the extractor's rules find after a prefix (the words
after the prefix, `program_ends.name_end`, at most MAX_REST characters) and counts the releases that write those words
after a prefix and the releases that write them bare (no prefix right before), and keeps:

- kinds: words after a prefix written bare in at least MIN_BARE releases and after a prefix in at most PREFIXED_SHARE
  as many releases, and in fewer than MIN_NAME releases after a prefix (a name the corpora write whole again and
  again, "กองทุน|หมู่บ้าน", "นโยบาย|ประชารัฐ", is a name whatever its words). The extractor takes a name after a
  prefix whose words are one of these for no name (graph/extract/programs.py find_programs, program_evidence.py), unless it is listed
  beside another name of its kind ("มาตรการปีแห่งการลงทุน มาตรการระบบราง มาตรการเศรษฐกิจฐานราก"). Words that begin with a
  prefix themselves, or that the authority scheme or the mined names hold as a program's name ("เกษตรแปลงใหญ่"
  written bare is the programme), are left out.

Two passes over the releases: the prefixes' runs, then one alternation of the candidate words. Only data goes out.

Run on the whole corpora less the audit samples (thaigov-v1.tar thaigov-v2.tar --skip v1-sample.tar --skip
v2-sample.tar: 83,704 releases, about 190 s of CPU) with the thresholds scaled to ten times the releases (MIN_BARE 200,
MIN_NAME 100, PREFIXED_SHARE 0.05) it finds 1,931 kinds (eighth session): tune programmes 0.896 -> 0.901 and one judged
name of round 5 back ("โครงการแก้มลิง"), but dev 0.890 -> 0.887 ("มาตรการยกเว้นค่าธรรมเนียมต่าง ๆ", a gold name, is
then a kind: 3 releases after a prefix, 397 bare) and two judged-junk labels of round 4 back whose kinds the samples
alone held ("ลดก๊าซเรือนกระจก" is written after a prefix in 25 of 185 releases elsewhere): not shipped. Kinds written
after a prefix in many releases ("สินเชื่อดอกเบี้ยต่ำ", 136 of 243) or beginning with a prefix ("โครงการ|นโยบายสำคัญ")
are out of this measure's reach at any size of corpus.
"""

from __future__ import annotations

import re
from collections import Counter

from mining import release_texts, run_miner

from phakhi.graph.extract import program_ends, program_words
from phakhi.graph.extract.authority import program_entries
from phakhi.graph.text.editions import without_yearly_edition
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import literal_alternation
from phakhi.graph.text.thai import is_thai, starts_word

MAX_REST = 30  # characters of the words after a prefix: a kind of programme is a short phrase
MIN_REST = 4  # characters: shorter words are pieces of longer ones
MIN_BARE = 20  # releases writing the words bare
PREFIXED_SHARE = 0.1  # releases writing them after a prefix, at most this share of those writing them bare
MIN_NAME = 10  # releases writing them after a prefix that make them a name all the same
PREFIX_REACH = 16  # characters read before bare words for a prefix
SHORT = 8  # characters: words this short written bare count only where a word begins ("หลวง", not "ทาง|หลวง")


def rests(text: str):
    """The words after each program prefix as the extractor's rules end the name (short, Thai, not a number)."""
    for m in program_words.prefix_pattern().finditer(text):
        start, pos = m.start(), m.end()
        stop = program_words.NAME_RUN.match(text, pos).end()
        if stop == pos or not is_thai(text[pos]):
            continue
        end = program_ends.name_end(text, start, pos, stop)
        if end is None:
            continue
        # a yearly edition the name now ends on says which year, not which kind ("นโยบายการตรวจราชการ| ประจำปี…")
        rest = without_yearly_edition(text[start:end])[pos - start:]
        if MIN_REST <= len(rest) <= MAX_REST and all(is_thai(ch) for ch in rest):
            yield rest


def count(paths: list[str], limit: int | None, skip: frozenset[str] = frozenset()) -> tuple[Counter[str], Counter[str]]:
    """(releases writing each candidate after a prefix, releases writing it bare): the two passes."""
    prefixed: Counter[str] = Counter()
    for text in release_texts(paths, limit, skip):
        prefixed.update(set(rests(text)))
    known = {normalize_label(entry.label) for entry in program_entries()} | program_words.mined_program_names()[0]
    candidates = sorted(rest for rest in prefixed if not program_words.prefix_pattern().match(rest)
                        and normalize_label(rest) not in known)  # "…|กองทุนหมู่บ้าน…", "…|เกษตรแปลงใหญ่": names
    pattern = re.compile(literal_alternation(candidates))
    before = re.compile(f"(?:{literal_alternation(program_words.program_data()['prefixes'])}) ?$")
    bare: Counter[str] = Counter()
    for text in release_texts(paths, limit, skip):
        found = set()
        for m in pattern.finditer(text):
            word = m.group()
            if word not in found and not before.search(text, max(0, m.start() - PREFIX_REACH), m.start()) \
                    and (len(word) >= SHORT or starts_word(text, m.start())):
                found.add(word)
        bare.update(found)
    return Counter({rest: prefixed[rest] for rest in candidates}), bare


def select(prefixed: Counter[str], bare: Counter[str]) -> list[str]:
    """The candidates written bare in enough releases and after a prefix in few enough (see the docstring)."""
    return sorted(rest for rest, n in prefixed.items()
                  if bare[rest] >= MIN_BARE and n <= PREFIXED_SHARE * bare[rest] and n < MIN_NAME)


def mine(paths: list[str], limit: int | None, skip: frozenset[str] = frozenset()) -> dict:
    prefixed, bare = count(paths, limit, skip)
    kinds = select(prefixed, bare)
    return {"_doc": "Kinds of programme written after a prefix as if they were names, mined by "
                    "scripts/mine_program_kinds.py: words after a program prefix (as the extractor ends the name) "
                    f"written bare in at least {MIN_BARE} releases, after a prefix in at most {PREFIXED_SHARE:.0%} as "
                    f"many and in fewer than {MIN_NAME}; [words, releases after a prefix, releases bare]. The extractor "
                    "takes such words after a prefix for no name.",
            "kinds": [[normalize_label(rest), prefixed[rest], bare[rest]] for rest in kinds]}


if __name__ == "__main__":
    run_miner(__doc__, "program_kinds.json", mine, lambda data: f"{len(data['kinds'])} kinds")
