"""Mine the programme names the whole corpora write whole in many releases -> ontology/th/program_guard.json.

    python scripts/mine_program_guard.py /path/thaigov-v1.tar /path/thaigov-v2.tar [--out FILE] [--limit N]

A run of text that begins with a programme prefix word (โครงการ, มาตรการ, กองทุน, …) and ends at a space or
punctuation (mine_programs.runs: it "stands complete"; or two such pieces with one space between them,
mine_programs.spaced_runs) is counted once per release. A run standing complete in at least MIN_RELEASES releases is
a name the corpora write whole with the same boundaries ("กองทุนหมู่บ้านและชุมชนเมือง", "โครงการทหารพันธุ์ดี"), unless
it is a kind rather than a name: the words after its prefix are only generic words or one dictionary word
("โครงการพัฒนา", "มาตรการเร่งด่วน"; program_words.generic_word, as the extractor's rules read them), or its last word is
one no programme name ends on (program_words.function_words_never_last). The validity model written behind the
earlier one never drops such a name (validity.guarded): it reads one release's words; the corpora read hundreds.

whole: the names written on without a space ("กองทุนพัฒนากีฬาแห่งชาติ") that stand complete in at least
MIN_WHOLE_RELEASES releases and in at least mine_programs.MIN_WHOLE_SHARE of the releases of the complete runs they
begin (a phrase heading many descriptions is no name), no kind and not ending on a word no name ends on (as above),
that the extractor's rules take whole. Where a release runs such a name on into a clause of its own (a relative or
predicate word, or และ/หรือ and a linking, relative or predicate word: "กองทุนพัฒนากีฬาแห่งชาติ|หรือให้ตั้งงบประมาณ
…"), the extractor ends it there (program_ends.whole_names). Mined with no such list in force.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from mine_programs import MIN_WHOLE_SHARE, runs, spaced_runs
from mining import release_texts, run_miner
from phakhi.graph.extract import program_ends, program_words
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.thai import ABBREVIATION_MARK, tokenize

MIN_RELEASES = 20  # releases of the whole corpora (91,704) a name stands complete in
MIN_WHOLE_RELEASES = 5  # ... a name written on without a space stands complete in, for `whole`


def kind_only(name: str) -> bool:
    """Are the words after the prefix only generic words, or one word ("โครงการพัฒนา", "มาตรการเร่งด่วน")? After a
    prefix any subject names (program_patterns.json "named_by_any_subject": กองทุน, …) a subject word names it
    ("กองทุนหมู่บ้าน", "กองทุนหมู่บ้านฯ"), as the extractor's rules read it (program_words.generic_sets)."""
    prefix, rest = program_words.split_prefix(name)
    words = [w for w in tokenize(rest) if w.strip() and w != ABBREVIATION_MARK]
    if prefix in program_words.program_data()["named_by_any_subject"]:
        return not words or all(w in program_words.generic_sets()[2] for w in words)
    return len(words) <= 1 or all(program_words.generic_word(w) for w in words)


def _last_word(name: str) -> str:
    """The name's last word (its last letters may spell a function word inside another: "…ชำระหนี้" is no "นี้")."""
    words = [w for w in tokenize(name) if w.strip()]
    return words[-1] if words else ""


def mine(paths: list[str], limit: int | None = None) -> dict:
    complete: Counter[str] = Counter()
    single: Counter[str] = Counter()  # complete runs with no space inside -> releases
    seen = 0
    shipped, program_ends.whole_names = program_ends.whole_names, lambda: frozenset()  # a rebuild does not depend
    try:  # on the list it replaces
        for seen, text in enumerate(release_texts(paths, limit), 1):
            alone = {run for _, run, _ in runs(text)}
            found = alone | {run for run, _ in spaced_runs(text)}
            complete.update({normalize_label(run).replace(" ", "") for run in found})
            single.update({normalize_label(run) for run in alone if " " not in run})
        return guard(complete, seen) | {"whole": whole(single)}
    finally:
        program_ends.whole_names = shipped


def guard(complete: Counter[str] | dict[str, int], seen: int) -> dict:
    """The file's data from the counts of complete runs (squeezed run -> releases) over `seen` releases."""
    never_last = program_words.function_words_never_last()
    names = {name: n for name, n in sorted(complete.items()) if n >= MIN_RELEASES and not kind_only(name)
             and _last_word(name) not in never_last}
    return {"_doc": f"Programme names standing complete (a prefix word to a space or punctuation) in at least "
                    f"{MIN_RELEASES} releases of the corpora, {seen} read, by scripts/mine_program_guard.py (see its "
                    f"docstring): the names the programmes' validity model written behind the earlier one never "
                    f"drops (validity.guarded). names: squeezed name -> releases. whole: names written on without a "
                    f"space standing complete in at least {MIN_WHOLE_RELEASES} releases and in most of the releases "
                    f"of the runs they begin, that the extractor ends before a clause of its own "
                    f"(program_ends.whole_names): name -> releases.",
            "releases": seen, "names": names}


def whole(single: Counter[str] | dict[str, int]) -> dict[str, int]:
    """The `whole` names (see the docstring) from the counts of complete runs with no space (run -> releases)."""
    ordered = sorted(single)

    def occurrences(name: str) -> int:  # releases of the complete runs that begin with `name` (it among them)
        i, total = bisect_left(ordered, name), 0
        while i < len(ordered) and ordered[i].startswith(name):
            total, i = total + single[ordered[i]], i + 1
        return total

    return {name: n for name, n in sorted(single.items()) if n >= MIN_WHOLE_RELEASES and kept_whole(name)
            and n >= MIN_WHOLE_SHARE * occurrences(name)}


def kept_whole(name: str) -> bool:
    """May `name` be a `whole` name, read alone: a prefix, no kind, not ending on a word no name ends on, and taken
    whole by the extractor's rules (with no mined name in force)?"""
    prefix = program_words.prefix_pattern().match(name)
    return bool(prefix) and " " not in name and not kind_only(name) \
        and _last_word(name) not in program_words.function_words_never_last() \
        and program_ends.name_end(name + " ", 0, prefix.end(), len(name), mined=frozenset()) == len(name)


if __name__ == "__main__":
    run_miner(__doc__, "program_guard.json", mine,
              lambda data: f"{len(data['names'])} names, {len(data['whole'])} whole names")
