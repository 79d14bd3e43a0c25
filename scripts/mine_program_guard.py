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
"""

from __future__ import annotations

from collections import Counter

from mine_programs import runs, spaced_runs
from mining import release_texts, run_miner
from phakhi.graph.extract import program_words
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.thai import ABBREVIATION_MARK, tokenize

MIN_RELEASES = 20  # releases of the whole corpora (91,704) a name stands complete in


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
    seen = 0
    for seen, text in enumerate(release_texts(paths, limit), 1):
        found = {run for _, run, _ in runs(text)} | {run for run, _ in spaced_runs(text)}
        complete.update({normalize_label(run).replace(" ", "") for run in found})
    return guard(complete, seen)


def guard(complete: Counter[str] | dict[str, int], seen: int) -> dict:
    """The file's data from the counts of complete runs (squeezed run -> releases) over `seen` releases."""
    never_last = program_words.function_words_never_last()
    names = {name: n for name, n in sorted(complete.items()) if n >= MIN_RELEASES and not kind_only(name)
             and _last_word(name) not in never_last}
    return {"_doc": f"Programme names standing complete (a prefix word to a space or punctuation) in at least "
                    f"{MIN_RELEASES} releases of the corpora, {seen} read, by scripts/mine_program_guard.py (see its "
                    f"docstring): the names the programmes' validity model written behind the earlier one never "
                    f"drops (validity.guarded). names: squeezed name -> releases.",
            "releases": seen, "names": names}


if __name__ == "__main__":
    run_miner(__doc__, "program_guard.json", mine, lambda data: f"{len(data['names'])} names")
