"""What the miners of organization names cut before a tail share (mine_org_numbered_tails.py: a number after a space;
mine_org_joined_tails.py: a part begun by "และ"): the count of releases writing each run of letters begun by an
organization prefix word and ended by one space, and the run with each tail a miner reads after it (`count_tails`);
the share a longer form must have of its run's releases (`often`); and what the run itself must be (`run_kept`).
graph/extract/org_tails.py runs a name on to the rows of both files.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

from mine_org_runs import _head_given
from mining import strided_texts

MIN_RELEASES = 3  # releases writing the longer form
SHARE = 2  # ... at least one in SHARE of the releases writing its run
RUN_LETTERS = 120  # longest run read after a prefix word


@dataclass
class Tally:
    read: int = 0  # releases read
    runs: Counter[str] = field(default_factory=Counter)  # releases writing a run (anything after its space)
    longer: Counter[str] = field(default_factory=Counter)  # releases writing a run with its tail
    run_of: dict[str, str] = field(default_factory=dict)  # the run of each longer form
    glued: Counter[str] = field(default_factory=Counter)  # releases writing a whole run of letters, however ended


def count_tails(paths: list[str], skip_paths: list[str], per_archive: int, run: re.Pattern[str],
                tails: Callable[[str, str, int], list[str]], glued: re.Pattern[str] | None = None) -> Tally:
    """For every run begun by an organization prefix word (org_patterns.jsonl; not splitting a word) and going on by
    `run` (the rest of the run, ended by one space), not inside an authority name: the releases writing the run, and
    the releases writing each longer form `tails(text, run, end of the run)` reads after it; with `glued`, also the
    releases writing each whole run of letters `glued` matches after the prefix word, however ended."""
    from phakhi.graph.extract.authority import gazetteer
    from phakhi.graph.extract.organizations import _prefix_pattern, _splits_prefix
    from phakhi.graph.text.thai import is_thai

    tally = Tally()
    for text in strided_texts(paths, skip_paths, per_archive):
        tally.read += 1
        covered = None
        seen_runs, seen_longer, seen_glued = set(), set(), set()
        for m in _prefix_pattern().finditer(text):
            start = m.start()
            if start > 0 and is_thai(text[start - 1]) and _splits_prefix(text, start, m.end()):
                continue
            whole = glued.match(text, m.end()) if glued is not None else None
            if whole is not None:
                seen_glued.add(text[start:whole.end()])
            rest = run.match(text, m.end())
            if rest is None:
                continue
            if covered is None:
                covered = {i for h in gazetteer().candidates(text) if h.entry.kind == "organization"
                           for i in range(h.start, h.end)}
            if start in covered:
                continue
            name = text[start:rest.end()]
            seen_runs.add(name)
            for form in tails(text, name, rest.end()):
                seen_longer.add(form)
                tally.run_of[form] = name
        tally.runs.update(seen_runs)
        tally.longer.update(seen_longer)
        tally.glued.update(seen_glued)
        if tally.read % 10000 == 0:
            print(f"{tally.read} releases", file=sys.stderr)
    return tally


def often(releases: int, run_releases: int) -> bool:
    """Is a longer form written in MIN_RELEASES releases or more and in at least one in SHARE of those writing its
    run (the run's usual continuation, not one of the many ways a sentence goes on after it)?"""
    return releases >= MIN_RELEASES and releases * SHARE >= run_releases


def run_kept(run: str) -> bool:
    """Does `run` (the name before the tail) add after its prefix word no word that counts or spreads bodies
    (not_organizations `generic_before`, `generic_after`), end on no word that joins a count to the sentence or goes
    on with it (`count_joiners`: "…ทั้ง| 76 จังหวัด"; names.sentence_words: "…มากกว่า| 100 ซิม"), and is it a body
    the extractor gives written alone (mine_org_runs._head_given)?"""
    from phakhi.graph.extract.names import org_prefix, sentence_words
    from phakhi.graph.text.thai import tokenize
    from phakhi.ontology import load_not_organizations

    data = load_not_organizations()
    words = [w for w in tokenize(run[len(org_prefix(run)):]) if w.strip()]
    if not words or set(words) & (set(data["generic_before"]) | set(data["generic_after"])):
        return False
    if words[-1] in set(data["count_joiners"]) | sentence_words():
        return False
    return _head_given(run)
