"""Mine the Latin names of programs the corpora write after a program prefix -> ontology/th/program_latin.json.

    python scripts/mine_program_latin.py /path/thaigov-v1.tar /path/thaigov-v2.tar [--out FILE] [--limit N]

Thai releases name many programs of the 2020s by an English name ("นโยบาย Soft Power", "มาตรการ Bubble and Seal",
"โครงการ Factory Sandbox") and then write the name bare ("ต่อยอด Soft Power"): the extractor finds the name after
its prefix, but not bare. A Latin name the corpora write right after a program prefix (โครงการ, มาตรการ, นโยบาย …)
in at least MIN_RELEASES releases, in at least MIN_SHARE of the releases that write it at all (as a whole Latin
phrase, not inside a longer one: "Thailand" is written after a prefix a few times in thousands), of several words
or one long word with a capital inside ("Landbridge" no, "InnoAgri" yes; acronyms such as "EEC", "PPP", "EV" name
places, bodies and kinds as often), not an event's name (a Latin event cue, a year) and not a label of the authority files (an organization, "BOI"; or a program
the scheme knows already) is kept. The extractor takes such a name written bare in Thai text as the program.

One pass over the releases with regular expressions. Only the names go out.
"""

from __future__ import annotations

import re
from collections import Counter

from mining import release_texts, run_miner

from phakhi.graph.extract import program_latin, program_words
from phakhi.graph.extract.authority import organization_entries, program_entries
from phakhi.graph.text.normalize import normalize_label
from phakhi.ontology import load_event_cues

MIN_RELEASES = 10  # releases writing the name after a prefix: a name that recurs (fewer let generic English in:
# "Financial Literacy", 9 releases, is advice, not a programme)
MIN_SHARE = 0.05
MIN_LONG_WORD = 6  # letters of a one-word name (with a capital inside)
# a whole Latin phrase in Thai text: capitalised words, not preceded or followed by more Latin letters
_PHRASE = re.compile(r"(?<![A-Za-z0-9&+.\-] )(?<![A-Za-z0-9&+.\-])([A-Z][A-Za-z0-9&+.\-]*(?: (?:[A-Z0-9][A-Za-z0-9&+.\-]*"
                     r"|of|and|for|the|in))*)(?![A-Za-z0-9])(?! [A-Za-z])")


def prefixed(text: str):
    """Latin names written right after a program prefix (what the extractor's rule reads there)."""
    for m in program_words.prefix_pattern().finditer(text):
        latin = program_latin.LATIN_NAME.match(text, m.end())
        if latin and program_latin.latin_name_ok(latin.group(1)) and not text[m.end() - 1].isascii():
            yield latin.group(1).rstrip(".-&+")


_YEAR = re.compile(r"\b\d{4}\b")


def shape_ok(name: str, event_words: frozenset[str]) -> bool:
    """Several words, or one long word with a capital inside ("InnoAgri"), not an acronym; not ending on a joining
    word ("Bubble and"); not an event ("Silk Festival", an event cue of events.jsonl) nor a dated edition ("JOB EXPO
    THAILAND 2020")."""
    words = name.split()
    if words[-1].islower() or _YEAR.search(name) or any(word.casefold() in event_words for word in words):
        return False
    if " " in name:
        return any(ch.islower() for ch in name) or len(name.split()) >= 3
    return len(name) >= MIN_LONG_WORD and any(ch.islower() for ch in name) and any(ch.isupper() for ch in name[1:])


def mine(paths: list[str], limit: int | None = None) -> dict:
    after: Counter[str] = Counter()  # Latin name -> releases writing it right after a prefix
    anywhere: Counter[str] = Counter()  # whole Latin phrase -> releases writing it
    seen = 0
    for seen, text in enumerate(release_texts(paths, limit), 1):
        after.update(set(prefixed(text)))
        anywhere.update({m.group(1).rstrip(".-&+") for m in _PHRASE.finditer(text)})
    known = {normalize_label(e.label).casefold() for e in organization_entries() + program_entries()}
    event_words = frozenset(cue["cue"].casefold() for cue in load_event_cues() if cue["cue"].isascii())
    names = sorted((name, n, max(anywhere[name], n)) for name, n in after.items()
                   if n >= MIN_RELEASES and shape_ok(name, event_words) and n >= MIN_SHARE * max(anywhere[name], n)
                   and normalize_label(name).casefold() not in known)
    return {
        "_doc": "Mined by scripts/mine_program_latin.py from the thaigov corpora: Latin names of programs written "
                "right after a program prefix in several releases (with those release counts and the releases "
                "writing them at all), that the extractor "
                "takes as the program where they are written bare. Rebuild with the script; see its docstring.",
        "releases": seen,
        "names": [[name, n, total] for name, n, total in names],
    }


def main() -> None:
    run_miner(__doc__, "program_latin.json", mine, lambda data: f"{data['releases']} releases, {len(data['names'])} names")


if __name__ == "__main__":
    main()
