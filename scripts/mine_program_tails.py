"""Mine where programs' names end in running text -> ontology/th/program_tails.json.

    python scripts/mine_program_tails.py /path/thaigov-v1.tar /path/thaigov-v2.tar --skip /path/v1-sample.tar \
        --skip /path/v2-sample.tar [--out FILE] [--limit N]

(every release of both corpora but the audit samples', so the judged labels replayed on the samples are not mined
from: 83,704 releases, about 50 s of CPU.)

A name written on directly ("กองทุนหมู่บ้านและชุมชนเมืองทั่วประเทศ") has no mark where it ends: the sentence
may run on with no space. Across the corpora the names recur whole (a run after a program prefix that stands
between spaces or punctuation in several releases, `mine_programs.runs`), and the words that run on from a whole
name recur too, after many different names ("…ทั่วประเทศ", "…ทั้งเส้นทาง", "…ในอนาคต", "…เป็นการ…"). This script
counts, for every complete run that begins with a shorter whole name, the word that follows that name, and keeps:

- tails: words that follow at least MIN_TAIL_NAMES different whole names, at least TAIL_SHARE times as many as
  the whole names that hold the word after their first word (a word names hold, "แห่งชาติ", "เฉลิมพระเกียรติ", is
  seen inside recurring names as well as after them); with the function words of program_patterns.json ("inside", "links",
  "joins") left out. The extractor ends a name before one (graph/extract/program_ends.py).
- numbered: words a name ends on that the corpora write with one and the same number after a space ("โคโรนา 2019",
  "PM 2.5", "ไทยแลนด์ 4.0"): at least MIN_NUMBERED_RELEASES releases end a run on the word with that number after
  it, and at least NUMBERED_SHARE of the runs ending on the word with a number after it have that number (a count,
  a class or a year varies: "ชั้น 1", "ชั้น 3"). The extractor runs a name on across the space to the number.

One pass over the releases (regular expressions), then the tokenizer on the distinct runs only. Only data goes out.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from mine_programs import runs
from mining import release_texts, run_miner

from phakhi.graph.extract import program_ends, program_words
from phakhi.graph.text.thai import is_thai, tokenize

MIN_RELEASES = 3  # releases a run stands complete in to count as a whole name
MIN_WHOLE_SHARE = 0.5  # of the runs a whole name begins, those where it stands whole
MIN_NAME = 5  # characters of a whole name (a prefix and a word)
MIN_TAIL_NAMES = 6  # different whole names a tail word follows
TAIL_SHARE = 3  # ... at least this many times as often as it follows a whole name inside a longer one ("…ประจำปี" 12 : 4)
MIN_NUMBERED_RELEASES = 5
NUMBERED_SHARE = 0.8
MIN_WORD = 2  # letters of a tail word (shorter ones are pieces of longer words)
_PHASE_WORDS = ("ระยะ", "ระยะที่", "ปี", "ปีงบประมาณ", "ฉบับ", "ฉบับที่", "เฟส", "รุ่น", "รุ่นที่")  # a phase
# after a name is part of it ("โครงการคนละครึ่งระยะที่ 3": the extractor's _PHASE), not a tail
READ = 24  # characters read after a whole name for the word that follows it
# a number after a space that no Thai word, digit group or list mark follows (a count's unit would: "เยียวยา 5
# พันบาท", "10,000 บาท"; an item's number "ดังนี้ 1) …")
_NUMBER_AFTER = re.compile(r" (\d{1,4}(?:\.\d{1,2})?)(?=\s?$|\n|,(?!\d)|\s\(|\s[A-Za-z])")


def numbered_runs(text: str):
    """(run, number) for each run after a program prefix that ends at a space with a number after it."""
    for m in program_words.prefix_pattern().finditer(text):
        end = program_words.NAME_RUN.match(text, m.end()).end()
        number = _NUMBER_AFTER.match(text, end)
        if number and end > m.end():
            yield text[m.start():end], number.group(1)


def _whole_names(complete: Counter[str]) -> frozenset[str]:
    """Complete runs that recur, that the extractor's rules take whole as a name, and that stand whole in at least
    MIN_WHOLE_SHARE of the releases of the complete runs they begin: "มาตรการดูแล" recurs whole but heads many
    descriptions ("มาตรการดูแลผู้มีรายได้น้อย"); a name does not."""
    recurring = set()
    for run, n in complete.items():
        if n < MIN_RELEASES:
            continue
        prefix = program_words.prefix_pattern().match(run)
        if prefix and program_ends.name_end(run, 0, prefix.end(), len(run)) == len(run):
            recurring.add(run)
    begins: Counter[str] = Counter()  # whole name -> releases of the complete runs that begin with it
    for run, n in complete.items():
        for i in range(MIN_NAME, len(run) + 1):
            if run[:i] in recurring:
                begins[run[:i]] += n
    return frozenset(run for run in recurring if complete[run] >= MIN_WHOLE_SHARE * begins[run])


def _longest_whole(run: str, whole: frozenset[str], shortest: int) -> int:
    """The end of the longest whole name that `run` begins with and goes on past; 0 when none."""
    for i in range(len(run) - 1, shortest - 1, -1):
        if run[:i] in whole:
            return i
    return 0


def mine_tails(complete: Counter[str], whole: frozenset[str]) -> tuple[list[str], dict[str, list[str]]]:
    data = program_words.program_data()
    function_words = frozenset(data["inside"]) | frozenset(data["links"]) | frozenset(data["joins"]) \
        | frozenset(_PHASE_WORDS)
    after: dict[str, set[str]] = defaultdict(set)  # word -> whole names it follows in a complete run
    inside: Counter[str] = Counter()  # word -> whole names that hold it after their first word
    words = program_words.dictionary_words()
    for name in whole:
        prefix = program_words.prefix_pattern().match(name)
        inside.update(set(tokenize(name[prefix.end():])[1:]))
    for run in complete:
        prefix = program_words.prefix_pattern().match(run)
        if not prefix or run in whole:
            continue
        i = _longest_whole(run, whole, prefix.end() + 1)
        if i:
            after[tokenize(run[i:i + READ])[0]].add(run[:i])
    kept = sorted(word for word, names in after.items()
                  if len(names) >= MIN_TAIL_NAMES and len(names) >= TAIL_SHARE * inside[word]
                  and word not in function_words and len(word) >= MIN_WORD and all(is_thai(ch) for ch in word)
                  and word in words)
    examples = {word: sorted(after[word], key=lambda name: (len(name), name))[:3] for word in kept}
    return kept, examples


def mine_numbered(numbered: dict[str, Counter[str]]) -> list[list[str]]:
    """(word, number) pairs: see the module's docstring."""
    by_word: dict[str, Counter[str]] = defaultdict(Counter)
    for run, numbers in numbered.items():
        prefix = program_words.prefix_pattern().match(run)
        rest = run[prefix.end():] if prefix else run
        if not rest:
            continue
        last = tokenize(rest[-READ:])[-1]
        if len(last) >= MIN_WORD:
            by_word[last].update(numbers)
    found = []
    for word, numbers in by_word.items():
        number, n = numbers.most_common(1)[0]
        if n >= MIN_NUMBERED_RELEASES and n >= NUMBERED_SHARE * sum(numbers.values()):
            found.append([word, number])
    return sorted(found)


def count(paths: list[str], limit: int | None = None, skip: frozenset[str] = frozenset()):
    """(releases read, run -> releases where it stands complete, run -> number after it -> releases)."""
    program_ends.mined_tails = lambda: (frozenset(), {})  # a rebuild does not depend on the file it replaces
    complete: Counter[str] = Counter()
    numbered: dict[str, Counter[str]] = defaultdict(Counter)
    seen = 0
    for seen, text in enumerate(release_texts(paths, limit, skip), 1):
        complete.update({run for _, run, _ in runs(text)})
        for run, number in set(numbered_runs(text)):
            numbered[run][number] += 1
    return seen, complete, numbered


def mine(paths: list[str], limit: int | None = None, skip: frozenset[str] = frozenset()) -> dict:
    seen, complete, numbered = count(paths, limit, skip)
    whole = _whole_names(complete)
    tails, examples = mine_tails(complete, whole)
    return {
        "_doc": "Mined by scripts/mine_program_tails.py from the thaigov corpora: tails are words the corpora write "
                "right after many different recurring program names (the sentence runs on there); numbered are "
                "(word, number) pairs a name ends on with that number after a space. Rebuild with the script; "
                "see its docstring.",
        "releases": seen,
        "tails": tails,
        "tail_examples": examples,
        "numbered": mine_numbered(numbered),
    }


def main() -> None:
    run_miner(__doc__, "program_tails.json", mine, lambda data: (f"{data['releases']} releases, {len(data['tails'])} tails, "
                                                          f"{len(data['numbered'])} numbered"))


if __name__ == "__main__":
    main()
