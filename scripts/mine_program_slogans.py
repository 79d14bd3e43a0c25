"""Mine the slogans the corpora name programmes by -> ontology/th/program_slogans.json.

    python scripts/mine_program_slogans.py v1.tar v2.tar --skip v1-sample.tar --skip v2-sample.tar [--out FILE]

A ministry names a policy or a campaign by a slogan of several spaced phrases and the releases write it quoted with
no prefix ("ภายใต้แนวคิด “ทักษะดี มีงานทำ หลักประกันทางสังคมเด่น เน้นขับเคลื่อนเศรษฐกิจ”", "โดยยึดหลัก “…”") as
often as after one, quoted or not ("ตามนโยบายทักษะดี มีงานทํา หลักประกันทางสังคมเด่น เน้นขับเคลื่อนเศรษฐกิจ ตาม…").
Unquoted after a prefix the rules end such a name at its first space (a space after a phrase mostly ends a clause);
program_names.json "quoted" knows only the names quoted right after a prefix in several releases. This counts, for
every quote (program_quoted.QUOTED, as long as a quoted name after a prefix) of at least MIN_PHRASES spaced Thai phrases, the releases quoting it and the
releases writing it right after a program prefix (quoted or not, a space between them or none); rows are [name,
releases quoting it, releases writing it after a prefix] and a row is kept (`kept_row`) when the name is quoted in at
least MIN_QUOTED releases and written after a prefix in at least MIN_PREFIXED and MIN_SHARE of them, and no prefix
opens it: the quotes bound the slogan, the prefix says it names a programme. A theme quoted under an event or a saying quoted bare is seldom written after a
prefix. Its phrases are Thai letters (a quote holding a Latin word, a digit or a mark is a title or a list, not
kept). The audit samples are left out (--skip), so the judged labels replayed on them are not mined from. Whole
corpora, two passes; scripts/check_mined.py asks `kept_row` of every shipped row.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from mining import release_texts, run_miner

from phakhi.graph.extract.program_quoted import QUOTED
from phakhi.graph.extract.program_words import prefix_pattern
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import literal_alternation

MIN_PHRASES = 2  # spaced Thai phrases in a slogan
MIN_QUOTED = 3  # releases quoting a slogan
MIN_PREFIXED = 2  # releases writing it right after a program prefix, quoted or not
MIN_SHARE = 0.1  # ... and at least this share of the releases quoting it ("บำบัดทุกข์ บำรุงสุข", a motto quoted in
# 664 releases, after a prefix in 6; "เข้าใจ เข้าถึง พัฒนา" 94 and 4)
_SLOGAN = re.compile(r"[ก-๛]+(?: [ก-๛]+)+")


def slogan(name: str) -> bool:
    """Is a quoted `name` written as a slogan: MIN_PHRASES or more phrases of Thai letters between single spaces?"""
    return _SLOGAN.fullmatch(name) is not None and name.count(" ") + 1 >= MIN_PHRASES


def kept_row(row: list) -> bool:
    """Is a mined row [name, releases quoting it, releases writing it after a prefix] a programme's slogan? (See the
    docstring.) scripts/check_mined.py asks it of every shipped row."""
    name, quoted, prefixed = row
    return slogan(name) and quoted >= MIN_QUOTED and prefixed >= max(MIN_PREFIXED, MIN_SHARE * quoted) \
        and not prefix_pattern().match(name)


def mine(paths: list[str], limit: int | None = None, skip: frozenset[str] = frozenset()) -> dict:
    quoted: Counter[str] = Counter()
    seen = 0
    for seen, text in enumerate(release_texts(paths, limit, skip), 1):
        quoted.update({name for name in (normalize_label(m.group(1)) for m in QUOTED.finditer(text)) if slogan(name)})
        if seen % 10000 == 0:
            print(f"{seen} releases, {len(quoted)} quoted slogans", file=sys.stderr)
    names = sorted(n for n, k in quoted.items() if k >= MIN_QUOTED)
    prefixed: Counter[str] = Counter()
    if names:
        find = re.compile(f"(?:{prefix_pattern().pattern}) ?[“\"]?(?:{literal_alternation(names)})(?![ก-๛])")
        heads = tuple({n[:3] for n in names})
        for text in release_texts(paths, limit, skip):
            text = normalize_label(text)
            if any(h in text for h in heads):
                prefixed.update({_name(m.group()) for m in find.finditer(text)})
    rows = [[n, quoted[n], prefixed[n]] for n in names]
    return {
        "_doc": "Mined by scripts/mine_program_slogans.py from the thaigov archives (the audit samples left out): "
                "slogans of several spaced Thai phrases the releases quote, as [name, releases quoting it, releases "
                "writing it right after a program prefix, quoted or not]. names: the rows the script's filter keeps "
                "(the extractor takes them as programme names, quoted bare or written unquoted after a prefix); "
                "others: the rest quoted in several releases. Rebuild with the script; see its docstring.",
        "releases": seen,
        "names": [row for row in rows if kept_row(row)],
        "others": len([row for row in rows if not kept_row(row)]),
    }


def _name(match: str) -> str:
    """The slogan of a match of a prefix, a space or a quote and a slogan."""
    return prefix_pattern().sub("", match, count=1).lstrip(" “\"")


def main() -> None:
    run_miner(__doc__, "program_slogans.json", mine,
              lambda data: f"{data['releases']} releases, {len(data['names'])} slogans, {data['others']} others")


if __name__ == "__main__":
    main()
