"""Mine which proper parts after a standard's head name standards -> ontology/th/program_standards.json.

    python scripts/mine_program_standards.py /path/v1-sample.tar /path/v2-sample.tar [--out FILE] [--limit N]

The extractor (graph/extract/standards.py) takes a head word (มาตรฐาน, ฉลาก, เครื่องหมาย: program_patterns.json
"standard_heads") and the abbreviation or Latin name right after it as a named standard ("มาตรฐาน อย.", "มาตรฐาน
GAP"). Which parts are no standard's name, and which stand for one bare, the corpora say. For each part written after
a head (where the extractor reads it) this counts the releases writing it there and the releases writing it at all (as
a whole word), and keeps:
- "generic": parts written after a head in fewer than MIN_SHARE of the at least MIN_WRITTEN releases writing them
  ("พ.ศ.", "GDP", "QR Code", "PM 2"): words of another kind that a head happens to precede;
- "marks": parts written after a head in at least MIN_RELEASES releases ("อย.", "GAP", "มอก."): evidence that a head
  names a standard by them even where they are an organization's label too;
- "bare": marks written after a head in at least BARE_SHARE of the releases writing them and no organization's label
  ("GAP", "GECC"): where written bare they name the standard.
Rows are [part, releases after a head, releases writing it]. One pass with regular expressions, a second over the
parts found; built from the 4,000-release samples (scripts/check_mined.py reruns it).
"""

from __future__ import annotations

import re
from collections import Counter

from mining import release_texts, run_miner

from phakhi.graph.extract.standards import _organization_labels, marks_after_heads
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import literal_alternation

MIN_RELEASES = 3  # releases writing a part after a head: a mark the corpora attest
MIN_WRITTEN = 20  # releases writing a part at all before its share after a head can call it generic
MIN_SHARE = 0.05
BARE_SHARE = 0.25


def mine(paths: list[str], limit: int | None = None) -> dict:
    texts = list(release_texts(paths, limit))
    after: Counter[str] = Counter()
    for text in texts:
        after.update({normalize_label(text[at:end]) for _, at, end in marks_after_heads(text)})
    whole = re.compile(f"(?<![A-Za-z0-9ก-๛.])(?:{literal_alternation(sorted(after))})(?![A-Za-z0-9])") if after else None
    written: Counter[str] = Counter()
    for text in texts if whole else ():
        written.update({m.group() for m in whole.finditer(text)})
    organizations = _organization_labels()
    rows = {part: [part, n, max(n, written[part])] for part, n in after.items()}
    marks = [rows[p] for p in sorted(rows) if rows[p][1] >= MIN_RELEASES]
    return {
        "_doc": "Mined by scripts/mine_program_standards.py from the thaigov samples: proper parts written after a "
                "standard's head (มาตรฐาน, ฉลาก, เครื่องหมาย) as [part, releases after a head, releases writing it]. "
                "generic: rarely after a head though often written (no standard's name); marks: after a head in "
                "several releases; bare: marks mostly written after a head and no organization's label (a standard "
                "where written bare). Rebuild with the script; see its docstring.",
        "releases": len(texts),
        "marks": marks,
        "bare": [row for row in marks if row[1] >= BARE_SHARE * row[2] and row[0] not in organizations],
        "generic": [rows[p] for p in sorted(rows) if rows[p][2] >= MIN_WRITTEN and rows[p][1] < MIN_SHARE * rows[p][2]],
    }


def main() -> None:
    run_miner(__doc__, "program_standards.json", mine,
              lambda data: f"{data['releases']} releases, {len(data['marks'])} marks, {len(data['bare'])} bare, "
                           f"{len(data['generic'])} generic")


if __name__ == "__main__":
    main()
