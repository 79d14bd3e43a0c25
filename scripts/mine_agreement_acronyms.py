"""Mine which parties each trade agreement's acronym stands for -> ontology/th/program_agreement_acronyms.json.

    python scripts/mine_agreement_acronyms.py v1.tar v2.tar --skip v1-sample.tar --skip v2-sample.tar [--out FILE]

One agreement is written by its parties ("ความตกลงการค้าเสรีอาเซียน-ออสเตรเลีย-นิวซีแลนด์", keyed by its kind and
parties: program_unprefixed.parties_key) and by its acronym ("ความตกลง AANZFTA", keyed by the acronym), often in one
release; both are one programme only when something ties the acronym to the parties. The corpora do: they gloss the
parties' name with the acronym, in brackets or after "หรือ" ("ความตกลงการค้าเสรีอาเซียน-ออสเตรเลีย-นิวซีแลนด์
(AANZFTA)", "ความตกลงหุ้นส่วนเศรษฐกิจไทย – ญี่ปุ่น หรือ JTEPA"). This script reads every name the extractor's
party patterns find (program_unprefixed._agreement_patterns) and the agreement's acronym glossing it
(program_unprefixed.glossed_acronym, or the bracket the party pattern takes in), and counts, per acronym, the
releases pairing it with each parties' key. Rows are [acronym, parties' key, releases pairing them, releases pairing
the acronym with any parties]; a row is kept (`kept_row`) when the pair is written in at least MIN_RELEASES releases
and in at least MIN_SHARE of those glossing the acronym (one agreement, whatever kind a release's head word gives
it), and the acronym names an agreement (`agreement_acronym`) that is no party's own ("EFTA": a body). The extractor
then keys the acronym by the parties (program_unprefixed.agreement_key). The audit samples are left out (--skip).
Whole corpora, one pass; scripts/check_mined.py asks `kept_row` of every shipped row.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from mining import readable_releases, run_miner

from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.program_unprefixed import (_agreement_patterns, agreement_acronym, glossed_acronym,
                                                     parties_key)
from phakhi.graph.extract.program_words import PATTERN_KEY, program_data

MIN_RELEASES = 2  # releases glossing the parties with the acronym
MIN_SHARE = 2 / 3  # of the releases glossing any parties with the acronym
_BRACKET = re.compile(r"\(([A-Z]{2,6})\)$")  # the acronym the party pattern takes in


def kept_row(row: list) -> bool:
    """Is a mined row [acronym, parties' key, releases pairing them, releases pairing the acronym with any parties]
    an agreement's acronym and the parties it stands for? (See the docstring.)"""
    acronym, _, paired, glossed = row
    return paired >= MIN_RELEASES and paired >= MIN_SHARE * glossed \
        and re.fullmatch(agreement_acronym(), acronym) is not None \
        and acronym not in program_data()["agreements"]["partners"]


def pairs(text: str) -> set[tuple[str, str]]:
    """(acronym, parties' key) for each name by parties in `text` glossed with an agreement's acronym."""
    found = set()
    for pattern in _agreement_patterns():
        for m in pattern.finditer(text):
            inside = _BRACKET.search(m.group())
            acronym = inside.group(1) if inside else glossed_acronym(text, m.end())
            if acronym is not None and re.fullmatch(agreement_acronym(), acronym):
                found.add((acronym, parties_key(m.group()).removeprefix(PATTERN_KEY)))
    return found


def mine(paths: list[str], limit: int | None = None, skip: frozenset[str] = frozenset()) -> dict:
    heads = tuple(program_data()["agreements"]["heads"])
    paired: Counter[tuple[str, str]] = Counter()
    seen = 0
    for seen, release in enumerate(readable_releases(paths, limit, skip), 1):
        if any(head in release.text for head in heads):
            paired.update(pairs(Doc.from_release(release).text))
        if seen % 10000 == 0:
            print(f"{seen} releases, {len(paired)} pairs", file=sys.stderr)
    glossed: Counter[str] = Counter()
    for (acronym, _), n in paired.items():
        glossed[acronym] += n
    rows = sorted([acronym, key, n, glossed[acronym]] for (acronym, key), n in paired.items())
    return {
        "_doc": "Mined by scripts/mine_agreement_acronyms.py from the thaigov archives (the audit samples left out): "
                "the acronyms the releases gloss a trade agreement's name by its parties with, in brackets or after "
                "หรือ (ความตกลงการค้าเสรีอาเซียน-ออสเตรเลีย-นิวซีแลนด์ (AANZFTA)), as [acronym, the key of the "
                "parties (kind and parties, program_unprefixed.parties_key), releases pairing them, releases pairing "
                "the acronym with any parties]. names: the rows the script's filter keeps (the extractor keys the "
                "acronym, ความตกลง AANZFTA, by those parties: one programme); left: the rows it does not keep. "
                "Rebuild with the script; see its docstring.",
        "releases": seen,
        "names": [row for row in rows if kept_row(row)],
        "left": [row for row in rows if not kept_row(row)],
    }


def main() -> None:
    run_miner(__doc__, "program_agreement_acronyms.json", mine,
              lambda data: f"{data['releases']} releases, {len(data['names'])} names, {len(data['left'])} left")


if __name__ == "__main__":
    main()
