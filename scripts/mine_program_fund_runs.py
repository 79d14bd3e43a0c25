"""Mine how the corpora go on after a fund's name written with no space -> ontology/th/program_fund_runs.json.

    python scripts/mine_program_fund_runs.py /path/thaigov-v1.tar /path/thaigov-v2.tar [--out FILE] [--limit N]

A fund's name the corpora write whole (program_guard.json "whole", under program_patterns.json "fixed_names"
"prefixes": "กองทุนยุติธรรม", "กองทุนประกันสังคม") is often run on with no space into the sentence: "กองทุนยุติธรรม|
ผ่านระบบ…", "กองทุนประกันสังคม|จัดเก็บเงินสมทบ…", "กองทุนพัฒนาไฟฟ้า|ประจำปีงบประมาณ…". A real longer name is one
continuation written again and again ("กองทุนร่วมลงทุน|ในกิจการ", "กองทุนจัดรูปที่ดิน|เพื่อพัฒนาพื้นที่"); a sentence
going on is ever different words. For each such name (the longest at its place, ending between two words), each
release's continuations are read: the letters after it up to the next space or punctuation (program_words.NAME_RUN),
counted once per release. A name with at least MIN_DISTINCT different continuations branches: the extractor ends a
run at it unless the run goes on with one of its recurrent continuations (written in at least MIN_RECURRENT
releases and MIN_SHARE of the name's), a place, a join or the abbreviation mark (program_ends.fund_run_end). A continuation that opens with a
fiscal year's word (program_patterns.json "fixed_names" "fiscal_years": "ประจำปีงบประมาณ", "ประจำปี") is never
recurrent: the year of a report or a budget, not the fund's.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import accumulate

from mining import release_texts, run_miner
from phakhi.graph.extract import program_words
from phakhi.graph.text.thai import is_thai, tokenize
from phakhi.ontology import load_mined

MIN_DISTINCT = 5  # different continuations (each counted once per release) of a name that branches
MIN_RECURRENT = 3  # releases a continuation is written in to be a longer name's rest
MIN_SHARE = 0.05  # ... and its share of the releases of all the name's continuations: a sentence a few releases
# repeat word for word after a name run on into hundreds ("กองทุนยุติธรรม|ผ่านระบบ" 6 of 247, "กองทุนสงเคราะห์ลูกจ้าง|
# เพิ่ม" 3 of 133) is no longer name ("กองทุนร่วมลงทุน|ในกิจการ" 8 of 23, "กองทุนสำรองเลี้ยงชีพ|ภาคบังคับ…" 4 of 57)


def fund_stems() -> list[str]:
    """The funds' names the corpora write whole (program_guard.json "whole"), longest first."""
    heads = tuple(program_words.program_data()["fixed_names"]["prefixes"])
    return sorted((w for w in load_mined("program_guard.json").get("whole", ()) if w.startswith(heads)),
                  key=len, reverse=True)


def continuations(text: str, pattern: re.Pattern[str]) -> set[tuple[str, str]]:
    """(fund's name, its continuation) for each fund's name in `text` run on with no space into Thai letters, where
    the name ends between two words."""
    found = set()
    for m in pattern.finditer(text):
        e = m.end()
        if not is_thai(text[e:e + 1]):
            continue
        run_end = program_words.NAME_RUN.match(text, e).end()
        if len(m.group()) in set(accumulate(len(t) for t in tokenize(text[m.start():run_end]))):
            found.add((m.group(), text[e:run_end]))
    return found


def kept_rest(rest: str) -> bool:
    """May `rest` be a recurrent continuation: not a fiscal year's word ("ประจำปีงบประมาณ")?"""
    return not rest.startswith(tuple(program_words.program_data()["fixed_names"]["fiscal_years"]))


def kept_fund(name: str) -> bool:
    """Is `name` still a fund the corpora write whole (program_guard.json "whole")? The file's names come from that
    list: a rebuild of it that drops one leaves this file stale (scripts/check_mined.py asks every shipped name)."""
    return name in set(fund_stems())


def recurrent(releases: int, total: int) -> bool:
    """Is a continuation written in `releases` releases, of `total` releases of a name's continuations, recurrent?"""
    return releases >= MIN_RECURRENT and releases >= MIN_SHARE * total


def mine(paths: list[str], limit: int | None = None) -> dict:
    stems = fund_stems()
    pattern = re.compile("|".join(map(re.escape, stems)))
    rests: dict[str, Counter[str]] = defaultdict(Counter)
    seen = 0
    for seen, text in enumerate(release_texts(paths, limit), 1):
        for stem, rest in continuations(text, pattern):
            rests[stem][rest] += 1
    return fund_runs(rests, seen)


def fund_runs(rests: dict[str, Counter[str]], seen: int) -> dict:
    """The file's data from each fund's continuations (continuation -> releases) over `seen` releases."""
    branching = {stem: sorted(rest for rest, n in counted.items() if recurrent(n, counted.total()) and kept_rest(rest))
                 for stem, counted in sorted(rests.items()) if len(counted) >= MIN_DISTINCT}
    return {"_doc": f"Funds' names the corpora write whole (program_guard.json 'whole') and run on with no space into "
                    f"at least {MIN_DISTINCT} different continuations, {seen} releases read, by "
                    f"scripts/mine_program_fund_runs.py (see its docstring): name -> its continuations written in at "
                    f"least {MIN_RECURRENT} releases and {MIN_SHARE} of the name's (no fiscal year's). The extractor ends a fund's run at such a "
                    f"name unless one of them, a place, a join or the abbreviation mark follows "
                    f"(program_ends.fund_run_end).",
            "releases": seen, "names": branching}


if __name__ == "__main__":
    run_miner(__doc__, "program_fund_runs.json", mine,
              lambda data: f"{len(data['names'])} branching funds, "
                           f"{sum(map(len, data['names'].values()))} recurrent continuations")
