"""Mine the places below a province that the releases name a model after -> ontology/th/program_place_models.json.

    python scripts/mine_program_place_models.py v1.tar v2.tar --skip v1-sample.tar --skip v2-sample.tar [--out FILE]

A scheme is named after the place that models it: a province ("น่านโมเดล", found from pythainlp's provinces), and as
often a district, a subdistrict or a village ("นาหว้าโมเดล", "หนองวัวซอโมเดล", "แม่แจ่มโมเดล", "ดอนกอยโมเดล"), which no
list of provinces holds. The corpora say which words are such places: they write them right after an area word
in an address, between an area word and the next (program_patterns.json "model_places" "area_words", "address_next":
"ตำบลนาหว้า อำเภอนาหว้า", "อ.หนองวัวซอ จ.อุดรธานี"). This counts, for each such place, the releases writing it so
(`_places_after`) and the releases writing it right before a model word (program_patterns.json
"place_models", glued or after one space: "นาหว้าโมเดล", "หนองวัวซอ โมเดล"; the longest place the Thai run before the
model word ends on). Rows are [place, releases naming it after an area word, releases writing a model after it]; a
row is kept (`kept_row`) when the place is named after an area word in at least MIN_PLACED releases, a model is
written after it in at least MIN_MODELLED, it is at least MIN_LETTERS long, and it is no word of the dictionary
(pythainlp's thai_orst_words: "นา", "เมือง" name places too, and "…นา โมเดล" is "โคก หนอง นา โมเดล"), opens with no
stop word ("ใน|พื้นที่") and is no province (found already: a province the run ends on is the model's place, not a
district it ends with, "หนองบัวลำภู|โมเดล"). The audit samples are left out (--skip), so the judged labels replayed on them are not mined
from. Whole corpora, one pass: scripts/check_mined.py asks `kept_row` of every shipped row.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from functools import lru_cache

from mining import release_texts, run_miner

from phakhi.graph.extract.program_words import program_data
from phakhi.graph.text.patterns import literal_alternation
from phakhi.graph.text.thai import tokenize
from phakhi.ontology import load_stopwords

MIN_PLACED = 2  # releases naming the place after an area word
MIN_MODELLED = 1  # releases writing a model word after it
MIN_LETTERS = 3  # a place's letters
RUN_BEFORE = 30  # Thai letters read back from a model word for the place it ends on
_THAI_RUN = re.compile(r"[ก-๛]+")


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    """The words of the Royal Institute's dictionary (pythainlp's thai_orst_words: "นา", "ของ", "นำร่อง"; it lists
    few places, where pythainlp's word list holds "สัตหีบ", "อมก๋อย") and the provinces: no place a model is newly
    named after."""
    from pythainlp.corpus import provinces, thai_orst_words

    return frozenset(thai_orst_words()) | frozenset(provinces())


@lru_cache(maxsize=1)
def _provinces() -> frozenset[str]:
    from pythainlp.corpus import provinces

    return frozenset(provinces())


def kept_row(row: list) -> bool:
    """Is a mined row [place, releases after an area word, releases before a model word] a place models are named
    after? (See the docstring.) scripts/check_mined.py asks it of every shipped row."""
    place, placed, modelled = row
    return placed >= MIN_PLACED and modelled >= MIN_MODELLED and len(place) >= MIN_LETTERS \
        and place not in _common() and tokenize(place)[0] not in load_stopwords()  # "ใน|พื้นที่": the sentence's


def _places_after(text: str, area: re.Pattern[str], following: tuple[str, ...]) -> set[str]:
    """The places `text` writes in an address: the Thai run right after an area word (an abbreviated one, "อ.", "ต.",
    standing as a word: no Thai letter before it) that the next area word of the address follows, glued or after one
    space ("ตำบลนาหว้า อำเภอนาหว้า", "ต.แม่เหียะ อ.เมือง", "อำเภอแม่แจ่มจังหวัดเชียงใหม่"). A run no area word
    follows is as often the sentence going on ("…ทุกอำเภอในพื้นที่", "…ตำบลแบบบูรณาการ")."""
    found = set()
    for m in area.finditer(text):
        if m.group().endswith(".") and m.start() and "ก" <= text[m.start() - 1] <= "๛":
            continue  # "…ต." inside a word: no area word
        run = _THAI_RUN.match(text, m.end())
        if run is None:
            continue
        words = run.group()
        cut = min((i for i in (words.find(a, 1) for a in following if not a.endswith(".")) if i > 0), default=None)
        if cut is not None:  # "แม่แจ่ม|จังหวัดเชียงใหม่"
            found.add(words[:cut])
            continue
        after = text[run.end():run.end() + 9]
        if words[-1:] and after.startswith(".") and words[-1] + "." in following and len(words) > 1:
            found.add(words[:-1])  # "แม่เหียะ|อ.เมือง" glued: the abbreviation's letter closes the run
        elif after.startswith(" ") and after[1:].startswith(following):
            found.add(words)
    return found


def _model_runs(text: str, model: re.Pattern[str]) -> set[str]:
    """The Thai runs written right before a model word, glued or after one space."""
    runs = set()
    for m in model.finditer(text):
        end = m.start() - (text[m.start() - 1:m.start()] == " ")
        start = end
        while start > max(0, end - RUN_BEFORE) and "ก" <= text[start - 1] <= "๛":
            start -= 1
        if start < end:
            runs.add(text[start:end])
    return runs


def mine(paths: list[str], limit: int | None = None, skip: frozenset[str] = frozenset()) -> dict:
    data = program_data()["model_places"]
    following = tuple(data["address_next"])
    area = re.compile(literal_alternation(data["area_words"]))
    model = re.compile(f"(?:{literal_alternation(program_data()['place_models'])})(?![A-Za-z])")
    placed: Counter[str] = Counter()
    runs: list[set[str]] = []  # per release writing a model word, the runs before it
    seen = 0
    for seen, text in enumerate(release_texts(paths, limit, skip), 1):
        placed.update(_places_after(text, area, following))
        here = _model_runs(text, model)
        if here:
            runs.append(here)
        if seen % 10000 == 0:
            print(f"{seen} releases, {len(placed)} places", file=sys.stderr)
    places = {p for p, k in placed.items() if k >= MIN_PLACED} | _provinces()  # a province ends the run: its own
    modelled: Counter[str] = Counter()
    for here in runs:
        ends = set()
        for run in here:  # the longest place the run ends on
            ends.update(next(([run[i:]] for i in range(len(run)) if run[i:] in places), []))
        modelled.update(ends)
    rows = sorted([p, placed[p], modelled[p]] for p in modelled if p not in _provinces())
    return {
        "_doc": "Mined by scripts/mine_program_place_models.py from the thaigov archives (the audit samples left out): "
                "places the releases name after an area word (อำเภอ, ตำบล, ...) and write a model word after "
                "(\"นาหว้าโมเดล\"), as [place, releases naming it after an area word, releases writing a model word "
                "after it]. names: the rows the script's filter keeps (the extractor takes such a place glued to a "
                "model word as a programme, as it takes a province's); left: the rows it does not keep (common words, "
                "provinces, places named once). Rebuild with the script; see its docstring.",
        "releases": seen,
        "names": [row for row in rows if kept_row(row)],
        "left": [row for row in rows if not kept_row(row)],
    }


def main() -> None:
    run_miner(__doc__, "program_place_models.json", mine,
              lambda data: f"{data['releases']} releases, {len(data['names'])} names, {len(data['left'])} left")


if __name__ == "__main__":
    main()
