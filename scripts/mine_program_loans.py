"""Mine which quoted loan names are schemes -> ontology/th/program_loans.json.

    python scripts/mine_program_loans.py v1.tar v2.tar --skip v1-sample.tar --skip v2-sample.tar [--out FILE]

Banks and the state name their loan schemes and the releases quote them with no prefix: "“สินเชื่อเสริมสภาพคล่อง
ผู้รับเหมา”", "“สินเชื่อเศรษฐกิจติดดาว”", "“สินเชื่อเถ้าแก่ 4.0”" (the guideline counts a named scheme as a programme).
The same quotes also hold mere kinds of loan ("“สินเชื่อ SME”", "“สินเชื่อจำนำทะเบียนรถ”"). A scheme's name is written
as a name: quoted, or after a program prefix ("โครงการสินเชื่อเศรษฐกิจติดดาว"), in a good share of the releases
writing it, and seldom after a word that a kind of loan follows ("ธุรกิจสินเชื่อจำนำทะเบียนรถ", "ผู้ให้สินเชื่อ…",
"ปล่อยสินเชื่อ SME"). For each quote opening with a head (program_patterns.json "quoted_schemes" "heads": สินเชื่อ)
this counts the releases quoting it, then, over the releases holding a head, the releases writing it right after a
program prefix, the releases writing it at all, its occurrences and those right after a kind's word ("kind_before").
Rows are [name, releases quoting it, releases writing it after a prefix, releases writing it, occurrences, occurrences
after a kind's word]; a row is kept (`kept_row`) when the name is quoted in at least MIN_RELEASES releases, quoted in
at least MIN_SHARE of the releases writing it or else quoted or written after a prefix in at least MIN_NAMED of them
("สินเชื่อฟื้นฟู", quoted in 2 of 175 releases, after โครงการ in 86; not "สินเชื่อ SME", 2 and 18 of 104, nor
"สินเชื่อเคหะ", 2 and 7 of 86), written after a kind's word in under MAX_KIND of its occurrences, and lists no
kinds ("สินเชื่อ-เงินฝาก": "joiners" right after the head) nor states terms ("สินเชื่อดอกเบี้ยต่ำ 2% ต่อปี": "terms"). The audit samples are left out (--skip), so the judged labels replayed on
them are not mined from. Whole corpora, one pass and a second over the releases holding a head: scripts/check_mined.py
asks `kept_row` of every shipped row.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from mining import release_texts, run_miner

from phakhi.graph.extract.program_quoted import QUOTE
from phakhi.graph.extract.program_words import prefix_pattern, program_data
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import literal_alternation

MIN_RELEASES = 2  # releases quoting a name
MIN_SHARE = 0.1  # of the releases writing a name, those quoting it
MIN_NAMED = 0.2  # ... or else those quoting it or writing it after a prefix
MAX_KIND = 0.4  # of a name's occurrences, those right after a kind's word
BEFORE = 12  # characters before a name searched for a prefix or a kind's word


def _data() -> dict:
    return program_data()["quoted_schemes"]


def kept_row(row: list) -> bool:
    """Is a mined row [name, quoted, after a prefix, written, occurrences, after a kind] a scheme's name? (See the
    docstring.) scripts/check_mined.py asks it of every shipped row."""
    name, quoted, prefixed, written, uses, kinds = row
    data = _data()
    head = next((h for h in data["heads"] if name.startswith(h)), None)
    return head is not None and quoted >= MIN_RELEASES \
        and (quoted >= MIN_SHARE * written or quoted + prefixed >= MIN_NAMED * written) \
        and kinds < MAX_KIND * uses and not name[len(head):].lstrip().startswith(tuple(data["joiners"])) \
        and not any(t in name for t in data["terms"])


def mine(paths: list[str], limit: int | None = None, skip: frozenset[str] = frozenset()) -> dict:
    data = _data()
    heads = tuple(data["heads"])
    quoted: Counter[str] = Counter()
    texts: list[str] = []  # the releases holding a head
    seen = 0
    for seen, text in enumerate(release_texts(paths, limit, skip), 1):
        if not any(h in text for h in heads):
            continue
        texts.append(text)
        quoted.update({name for name in (normalize_label(m.group(1)) for m in QUOTE.finditer(text))
                       if name.startswith(heads) and len(name) > max(map(len, heads))})
        if seen % 10000 == 0:
            print(f"{seen} releases, {len(quoted)} quoted names", file=sys.stderr)
    names = sorted(n for n, k in quoted.items() if k >= MIN_RELEASES)
    written: Counter[str] = Counter()
    prefixed: Counter[str] = Counter()
    uses: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    if names:
        find = re.compile(f"(?:{literal_alternation(names)})(?![A-Za-z0-9])")
        kind = re.compile(f"(?:{literal_alternation(data['kind_before'])})\\s?[“\"]?$")
        prefix = re.compile(f"(?:{prefix_pattern().pattern})\\s?[“\"]?$")
        for text in texts:
            here, after_prefix = set(), set()
            for m in find.finditer(text):
                name, before = m.group(), text[max(0, m.start() - BEFORE):m.start()]
                here.add(name)
                uses[name] += 1
                kinds[name] += kind.search(before) is not None
                if prefix.search(before):
                    after_prefix.add(name)
            written.update(here)
            prefixed.update(after_prefix)
    rows = [[n, quoted[n], prefixed[n], max(written[n], quoted[n]), max(uses[n], quoted[n]), kinds[n]] for n in names]
    return {
        "_doc": "Mined by scripts/mine_program_loans.py from the thaigov archives (the audit samples left out): loan "
                "names quoted with no prefix (“สินเชื่อเถ้าแก่ 4.0”) as [name, releases quoting it, releases writing "
                "it after a program prefix, releases writing it, occurrences, occurrences after a kind's word]. "
                "names: the rows the script's filter keeps (schemes: the extractor takes such a quote as a programme); "
                "kinds: the quoted in several releases it does not keep (kinds of loan). Rebuild with the script; see "
                "its docstring.",
        "releases": seen,
        "names": [row for row in rows if kept_row(row)],
        "kinds": [row for row in rows if not kept_row(row)],
    }


def main() -> None:
    run_miner(__doc__, "program_loans.json", mine,
              lambda data: f"{data['releases']} releases, {len(data['names'])} names, {len(data['kinds'])} kinds")


if __name__ == "__main__":
    main()
