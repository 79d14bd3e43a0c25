"""Mine event names with their full boundaries from the thaigov corpora -> ontology/th/event_names.json.

    python scripts/mine_events.py /path/thaigov-v1.tar /path/thaigov-v2.tar [--out FILE] [--limit N]

An event's name written on after its cue ("การประชุมคณะกรรมการกำกับและติดตามการปฏิบัติราชการในภูมิภาค") has no mark
where it ends; the extractor's rules (graph/extract/event_runs.py, event_extents.py) end it at a space or a function word, which cuts
names that hold "และ", "ของ", "ใน", "แห่ง" or a space. Where the corpus writes a name in full it marks its end:
an alias in brackets ("(กกภ.)", "(ALMC)") or a session number ("ครั้งที่ 1/2563", "สมัยที่ 28") follows it, or, after
a space, a word that begins what is said about the event (ontology/th/event_words.json end_markers: "ณ", "วันพุธที่",
"โดยมี", "ผ่านระบบ").
This script collects, for every Thai event cue (ontology/th/events.jsonl), the text from the cue to such a mark
on the same line, and keeps it as a name when

- it recurs so marked in at least MIN_RELEASES releases (a name recurs with the same end; a cut does not recur
  as a whole before an alias or a number),
- the words after the cue are words of a name: no function word but the joiners of ontology/th/event_words.json
  ("และ", "ของ", "แห่ง", "ว่าด้วย", …) or one made a noun by "การ"/"ความ", no word that ends names
  (name_stops), no digit, quote or honorific, no second cue, and it does not end on a dangling word,
- the rules would cut it: it holds a space or a joiner, and the rest is more than generic words.

With their release counts. Only the names themselves are kept from the corpus texts (a few thousand short
strings); nothing is downloaded. The extractor takes a mined name where the text at a cue begins with it and
ends there (graph/extract/event_extents.py mined_end).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from mining import release_texts, write_data

from phakhi.graph.extract import event_extents, event_identity, event_words, events
from phakhi.graph.text.thai import is_thai, tokenize
from phakhi.ontology import load_stopwords

MIN_RELEASES = 2
MAX_NAME = 160  # characters from the cue to the mark: longer runs are clauses, not names
_HONORIFICS = ("นาย", "นาง", "นางสาว", "ดร.", "พลเอก", "พลตำรวจ", "พลอากาศ", "พลเรือ", "พล.", "ว่าที่", "H.E.", "Mr.",
               "Mrs.", "Ms.", "รักษาราชการ", "ปฏิบัติหน้าที่")  # a person, or the post a person holds
_BAD_CHARS = re.compile(r"[\d๐-๙“”\"'(),;:\[\]]")


def marked_names(text: str):
    """(cue, name) for each Thai cue in `text` followed on its line, within MAX_NAME characters, by an alias in
    brackets, a session number or a spaced end marker (the first of them)."""
    pattern, _ = event_words.cue_pattern()
    anchor, marker = event_extents._anchor(), event_extents._END_MARKER()
    for m in pattern.finditer(text):
        cue = m.group()
        if not is_thai(cue[0]) or text[max(0, m.start() - events.NOT_AFTER_REACH):m.start()].endswith(
                event_words.word_tuple("not_after")):
            continue  # "ศูนย์แสดงสินค้าและการประชุมอิมแพ็ค": a venue, not an event
        line_end = text.find("\n", m.end())
        limit = min(len(text) if line_end < 0 else line_end, m.start() + MAX_NAME)
        marks = [found for found in (anchor.search(text, m.end(), limit), marker.search(text, m.end(), limit)) if found]
        if not marks:
            continue
        mark = min(marks, key=lambda found: found.start())
        name = " ".join(text[m.start():mark.start()].split())
        if len(name) > len(cue):
            yield cue, name


def is_name(cue: str, name: str) -> bool:
    """Are the words after the cue the words of one name (see the module's docstring)?"""
    rest = name[len(cue):]
    if _BAD_CHARS.search(rest) or any(h in rest for h in _HONORIFICS):
        return False
    pattern, _ = event_words.cue_pattern()
    if pattern.search(rest):
        return False  # a second cue: two events, or an event inside another
    tokens = [t for t in tokenize(rest) if t.strip()]
    if not tokens:
        return False
    stopwords, stops, joiners = load_stopwords(), event_words.word_set("name_stops"), event_words.word_set("joiners")
    dangling, nominal = event_words.word_set("dangling"), event_words.word_set("nominalizers")
    if any(len(word) >= 4 and word in rest for word in stops):
        return False  # a word that ends names, however the tokeniser cuts it ("ปีหน้า")
    previous = ""
    fillers = event_words.word_set("tail_fillers") | event_words.word_set("topic_stops")
    for token in tokens:
        if token in fillers and token not in joiners:
            return False  # "การลงนามในปีหน้า", "สัมมนา การแสดงสินค้า เป็นต้น": a clause, not a name
        if token in stops or token in stopwords and token not in joiners and previous not in nominal:
            return False
        previous = token
    if tokens[-1] in dangling or tokens[-1] in joiners:
        return False
    if " " not in rest.strip() and not joiners & set(tokens):
        return False  # the rules take a run without a space or a joiner whole
    return event_identity.is_real_name(name)


def mine(paths: list[str], limit: int | None = None) -> dict:
    marked: Counter[tuple[str, str]] = Counter()  # (cue, name) -> releases where it stands before a mark
    seen = 0
    for seen, text in enumerate(release_texts(paths, limit), 1):
        for pair in set(marked_names(text)):
            marked[pair] += 1
        if seen % 10000 == 0:
            print(f"{seen} releases, {len(marked)} marked runs", file=sys.stderr)
    names = sorted(([name, n] for (cue, name), n in marked.items() if n >= MIN_RELEASES and is_name(cue, name)),
                   key=lambda row: (-row[1], row[0]))
    return {"_doc": "Event names mined from the thaigov corpora by scripts/mine_events.py (see its docstring and"
                    " ontology/authority/SOURCES.md): names: [name from its cue, releases where it stands before"
                    " an alias in brackets, a session number or a spaced end marker], kept only where the extractor's rules would cut"
                    " it shorter (it holds a space or a joiner).",
            "releases": seen, "names": names}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+")
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "ontology" / "th"
                                              / "event_names.json"))
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    data = mine(args.corpora, args.limit)
    write_data(data, args.out)
    print(f"{len(data['names'])} names from {data['releases']} releases", file=sys.stderr)


if __name__ == "__main__":
    main()
