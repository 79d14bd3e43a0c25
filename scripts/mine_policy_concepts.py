"""Mine concepts the corpora present as a policy -> ontology/th/policy_concepts.json.

    python scripts/mine_policy_concepts.py /path/v1.tar /path/v2.tar [--out FILE] [--per-archive N]
        [--skip ARCHIVE ...]

The guideline counts a concept as a programme when a release presents it as a policy or strategy ("ผลักดัน
|อุตสาหกรรมเป้าหมาย", "ขับเคลื่อน|เศรษฐกิจหมุนเวียน"), not when it is mentioned in passing. A concept is a policy's
object when it follows a policy frame (program_patterns.json "policy_concepts" "frames": the verbs and nouns that make what
follows them a policy), and a concept the corpora frame so in many releases, and in a large share of the releases
that write it at all, is one the language treats as a policy. This script takes the words after each frame as the
extractor's rules end a name (`program_ends.name_end`, MIN_REST to MAX_REST Thai characters), counts the releases
that write them after a frame and the releases that write them at all, and keeps the concepts framed in at least
MIN_FRAMED releases and in at least FRAMED_SHARE of those writing them. Candidates that begin with a programme
prefix or an activity head ("การ…", "ความ…": an activity, which the guideline leaves out), or that the authority scheme or the mined names already hold are left out (the scan finds those).

Bounded: up to --per-archive releases of each archive at an even stride, the audit samples left out (--skip).
Two passes over those releases. Only data goes out.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

from mining import strided_texts, write_data

from phakhi.graph.extract import program_ends, program_words
from phakhi.graph.extract.program_concepts import in_body_name
from phakhi.graph.extract.authority import program_entries
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import literal_alternation
from phakhi.graph.text.thai import is_thai, starts_word

MAX_REST = 30  # characters: a concept is a short phrase
MIN_REST = 6  # characters: shorter words are pieces of longer ones or everyday nouns
MIN_FRAMED = 4  # releases writing the concept after a frame
FRAMED_SHARE = 0.15  # of the releases writing it at all
PER_ARCHIVE = 20000  # at most


def frame_pattern() -> re.Pattern[str]:
    return re.compile(literal_alternation(program_words.program_data()["policy_concepts"]["frames"]))


def framed(text: str):
    """The words after each policy frame as the extractor's rules end a name (Thai, MIN_REST..MAX_REST)."""
    for m in frame_pattern().finditer(text):
        start, pos = m.start(), m.end()
        if not starts_word(text, start) or in_body_name(text, start):
            continue
        stop = program_words.NAME_RUN.match(text, pos).end()
        if stop == pos or not is_thai(text[pos]):
            continue
        end = program_ends.name_end(text, start, pos, stop)
        if end is not None and MIN_REST <= end - pos <= MAX_REST and all(is_thai(ch) for ch in text[pos:end]):
            yield text[pos:end]


def count(texts: list[str]) -> tuple[Counter[str], Counter[str]]:
    """(releases writing each candidate after a frame, releases writing it at all)."""
    after: Counter[str] = Counter()
    for text in texts:
        after.update(set(framed(text)))
    known = {normalize_label(entry.label) for entry in program_entries()} | program_words.mined_program_names()[0]
    activity = tuple(program_words.program_data()["policy_concepts"]["activity_heads"])
    candidates = sorted(c for c, n in after.items() if n >= MIN_FRAMED and not program_words.prefix_pattern().match(c)
                        and not c.startswith(activity) and normalize_label(c) not in known)
    if not candidates:
        return Counter(), Counter()
    pattern = re.compile(literal_alternation(candidates))
    anywhere: Counter[str] = Counter()
    for text in texts:
        anywhere.update({m.group() for m in pattern.finditer(text) if starts_word(text, m.start())})
    return Counter({c: after[c] for c in candidates}), anywhere


def mine(paths: list[str], per_archive: int, skip: list[str]) -> dict:
    texts = list(strided_texts(paths, skip, per_archive))
    after, anywhere = count(texts)
    kept = sorted(c for c, n in after.items() if n >= FRAMED_SHARE * max(anywhere[c], n))
    return {"_doc": "Concepts the corpora present as a policy, mined by scripts/mine_policy_concepts.py from "
                    f"{len(texts)} releases: words after a policy frame (program_patterns.json 'policy_concepts', "
                    "ended as the extractor ends a name) in at least "
                    f"{MIN_FRAMED} releases and in at least {FRAMED_SHARE:.0%} of the releases writing them; "
                    "[concept, releases framed, releases writing it]. The extractor takes such a concept for a "
                    "programme where a release frames it so.",
            "concepts": [[normalize_label(c), after[c], anywhere[c]] for c in kept]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "ontology" / "th"
                                              / "policy_concepts.json"))
    parser.add_argument("--per-archive", type=int, default=5000)
    parser.add_argument("--skip", action="append", default=[])
    args = parser.parse_args()
    missing = [p for p in [*args.paths, *args.skip] if not Path(p).exists()]
    if missing:
        parser.error(f"no such archive: {', '.join(missing)}")
    if not 0 < args.per_archive <= PER_ARCHIVE:
        parser.error(f"--per-archive must be between 1 and {PER_ARCHIVE}")
    started = time.process_time()
    data = mine(args.paths, args.per_archive, args.skip)
    write_data(data, args.out)
    print(f"{len(data['concepts'])} concepts in {time.process_time() - started:.0f} s of CPU -> {args.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
