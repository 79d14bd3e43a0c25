"""Mine ontology/th/org_numbered_tails.json: organization names the corpora write whole with a number after a space
("มูลนิธิอนุรักษ์ป่ารอยต่อ| 5 จังหวัด", "ศูนย์ฝึกโรงเรียนจิตอาสา| 904", "คณะกรรมการร่วมภาคเอกชน| 3 สถาบัน",
"…ฝุ่นละอองขนาดเล็กไม่เกิน| 2.5 ไมครอน"): the extractor ends a name where a space is followed by a number (a count, a
date, a sentence going on), and the spaced-run miner (mine_org_runs.py `spaced`) reads no chunk a number follows; the
judges call the cut a boundary error when the number is the name's. A real name recurs with the same boundaries
across releases, a cut one is a prefix of a longer string that recurs.

    python scripts/mine_org_numbered_tails.py thaigov-v1.tar thaigov-v2.tar --skip v1-sample.tar --skip v2-sample.tar \
        --per-archive 100000

For every run of letters begun by an organization prefix word (org_patterns.jsonl; not inside an authority name nor
splitting a word) and ended by one space, the script counts the releases writing the run (`R`, with anything after
the space), the run with the number (`R N`, the number ending there) and with the number and the chunk of Thai
letters after it (`R N W`, the chunk ending at a space, bracket, punctuation mark or line end). A longer form is the
name (`kept_row`) when written in MIN_RELEASES releases or more and in at least one in SHARE of those writing its run
(the run's usual continuation, not one count of many: "สำนักงานคลังจังหวัดทั้ง| 76 จังหวัด"), its run adds after the
prefix word no word that counts or spreads bodies (not_organizations `generic_before`, `generic_after`) nor ends on a
word that joins a count to the sentence (`count_joiners`: "ทั้ง", "อีก") or goes on with it (names.sentence_words: "…
มากกว่า| 100 ซิม"), the chunk after the number begins no other body (a prefix word: "…โคโรนา 2019| กระทรวง…") and is no month (a
date: "…แห่งชาติ| 29 กรกฎาคม"), the run is no count, price or phone number begun right after the prefix word or
ending it (names.count_cue_cut: "ธนาคาร|ขั้นต่ำ| 10,000 บาท", "สหกรณ์|ตันละ| 1,000 บาท", "ศูนย์ดำรงธรรม|โทร| 1567"),
and the run is a body the extractor gives written alone (mine_org_runs._head_given:
"กองสาธารณสุขฉุกเฉินได้ตลอด| 24 ชั่วโมง", "ธนาคารขั้นต่ำ| 10,000 บาท" are sentences). A number that opens a list's item
("…จังหวัดเลย 3) …") or a range ("…พื้นที่ 1-10") is not read. graph/extract/org_tails.py runs a name
found by pattern on to the longest such name the text spells out after it (the counting and the run's filters
are org_tails_mining.py's, shared with mine_org_joined_tails.py). About 3 minutes of CPU for the whole
corpora (83,704 releases), the run that made the shipped file.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mining import run_archive_miner
from org_tails_mining import MIN_RELEASES, RUN_LETTERS, SHARE, count_tails, often, run_kept

from phakhi.ontology import HERE

OUT = HERE / "th" / "org_numbered_tails.json"
_RUN = re.compile(r"[\u0e01-\u0e4e\-]{2,%d}(?= )" % RUN_LETTERS)  # the rest of the run, ended by one space
_NUMBER = re.compile(r" ([\d๐-๙]+(?:[.,][\d๐-๙]+)*)(?![\d๐-๙\u0e01-\u0e4e)]|\.\s|\s?[-–]\s?[\d๐-๙])")  # a number
# after one space, not a list's item ("…เลย 3) ศูนย์…", "3. …") nor a range's first end ("…พื้นที่ 1-10")
_WORD = re.compile(r" ([\u0e01-\u0e4e]{2,20})(?=[\s()\[\]“”\"',:;/.]|$)")  # a chunk of Thai letters after it


def mine(paths: list[str], skip_paths: list[str], per_archive: int) -> dict:
    tally = count_tails(paths, skip_paths, per_archive, _RUN, tails)
    runs, run_of = tally.runs, tally.run_of
    rows = sorted([f, n, runs[run_of[f]]] for f, n in tally.longer.items()
                  if n >= MIN_RELEASES and kept_row([f, n, runs[run_of[f]]]))
    return {"_doc": (f"Mined by scripts/mine_org_numbered_tails.py from {tally.read} releases of the thaigov v1 and v2 corpora "
                     "(every release but the audit samples'): organization names written with a number after a space "
                     f"(and the chunk of Thai letters after the number) in at least {MIN_RELEASES} releases and in at "
                     f"least one in {SHARE} of the releases writing the run before the number, a run that counts or "
                     "spreads no bodies and whose head is a body the extractor gives. Each row: the name, releases "
                     "writing it, releases writing its run. graph/extract/org_tails.py runs a name on to the "
                     "longest such name the text spells out."),
            "names": rows}


def tails(text: str, run: str, at: int) -> list[str]:
    """`run` (ended by a space at `at`) with the number written after it, and with the number and the chunk of Thai
    letters after it."""
    number = _NUMBER.match(text, at)
    if number is None:
        return []
    forms = [run + " " + number.group(1)]
    word = _WORD.match(text, number.end())
    if word is not None:
        forms.append(forms[0] + " " + word.group(1))
    return forms


def kept_row(row: list) -> bool:
    """Is `row` ([name, releases writing it, releases writing its run]) a name its filters keep (see the module's
    doc)?"""
    from phakhi.graph.extract.names import count_cue_cut, org_prefix

    name, releases, run_releases = row
    if not often(releases, run_releases):
        return False
    number = re.search(r" [\d๐-๙]", name)
    run, tail = name[:number.start()], name[number.start() + 1:]
    chunks = tail.split(" ")
    if len(chunks) > 1 and (org_prefix(chunks[1]) or chunks[1] in _months()):
        return False  # "…โคโรนา 2019| กระทรวงสาธารณสุข": another body after the number; "…29 กรกฎาคม": a date
    if count_cue_cut(name, 0, run, len(org_prefix(run))) != run:
        return False  # "ธนาคาร|ขั้นต่ำ 10,000 บาท", "สหกรณ์|ตันละ 1,000 บาท", "ศูนย์ดำรงธรรม|โทร 1567": the sentence's
        # count, price or phone number (not_organizations `_count_cues`)
    return run_kept(run)  # "…ทั้ง| 76 จังหวัด", "…มากกว่า| 100 ซิม": a count of the sentence


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    from phakhi.ontology import load_months

    return frozenset(load_months()["months"])


def main() -> None:
    run_archive_miner(__doc__, OUT, mine, lambda data: f"{len(data['names'])} names", per_archive=2000)


if __name__ == "__main__":
    main()
