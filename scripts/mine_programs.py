"""Mine program names and generic words from the thaigov corpora -> ontology/th/program_names.json.

    python scripts/mine_programs.py /path/thaigov-v1.tar /path/thaigov-v2.tar [--out FILE] [--limit N]

A program's name written on directly ("โครงการป่าในเมือง") has no mark where it ends; the extractor's rules
(graph/extract/program_ends.py) end it at a space or before a function word. Across many releases a real name recurs
with the same boundaries: it stands alone between spaces or punctuation ("complete") in several releases.
This script counts, for every run of text that begins with a program prefix (โครงการ, มาตรการ, …) and ends at
a space or punctuation, the releases in which it stands complete, and keeps:

- names: complete runs seen in at least MIN_RELEASES releases (or MIN_WITH_ABBREVIATION when a run is
  followed by an abbreviation in brackets, "… (EEC)") that the rules alone would cut shorter (the run holds a word
  that ends names, e.g. "ใน", "ให้"; not a mined cut word or tail: "…|ที่ผ่านมา" is the sentence going on), that
  pass the rules' own checks for a name (no reference or modifier after the prefix, not only generic words), and do
  not end on a function word nor on a word no known name ends on (program_words.function_words_never_last:
  "มาตรการควบคุมโรค|ทันที", "โครงการอาคารชุด|เพียง"; the extractor ends a name before such a word, and a mined name
  ending on one would make it a word names end on everywhere: "…อย่างดี|ที่สุด"), nor hold two names joined by
  และ/หรือ or end on a bare prefix (two_names). With their release counts.
- quoted: names quoted right after a prefix (โครงการ “บ้านนี้มีรัก ปลูกผักกินเอง”) in at least MIN_QUOTED_RELEASES
  releases, and in at least MIN_QUOTED_SHARE of the releases that quote it at all: the extractor takes the same name
  quoted without its prefix elsewhere (ภายใต้ “…”) as the program. A line quoted in a standard footer
  (“สื่อสารภารกิจรัฐบาล” กับสำนักโฆษก…) is quoted in a thousand releases and after a prefix in a handful: a house
  line, not a program's name.
- cut_words: the words mined after organizations' names (organization_names.json cut_words: the sentence goes on
  there, "กล่าวว่า", "เผย", "เยี่ยมชม") that open a run standing complete after a program prefix in fewer than
  MIN_OPENING releases, sit inside no known program name (a scheme label, a mined name) nor inside any run
  complete in MIN_RELEASES releases, and have at least MIN_CUT_LETTERS letters. (Words seen right after known
  program names are counted too, but those are mostly place names and pieces of longer names: only reported.) ("ได้รับ", "เข้าไปดำเนินการ", "พิสูจน์"): the sentence goes on there, so a name found by the rules
  ends before one, and no name begins with one ("โครงการใกล้", "โครงการแห่งแรก"). Counted in a second pass.
- boundaries: runs complete in at least MIN_RELEASES releases, that the rules take whole as a name, and that
  other runs go on past with no space into a linking word, relative word, verb or predicate (a name that recurs with the same
  boundaries, and a sentence that runs on from it: "กองทุนฝนหลวง" / "กองทุนฝนหลวงมีเงินและทรัพย์สิน"), and that stand
  whole in at least MIN_WHOLE_SHARE of the releases of the runs they begin. The
  extractor ends a run at the longest one it holds when the run goes on with such a word; a longer run that itself
  recurs whole is kept in names (it is mined after the boundaries, with them in force).
- spaced: names written with one space inside ("โครงการออมขวัญ ปันสุข", "มาตรการพักทรัพย์ พักหนี้"): two pieces that
  stand complete together in at least MIN_RELEASES releases and in MIN_SPACED_SHARE of the releases where the first
  stands complete; see mine_spaced. The extractor runs a name on across its space when the text holds one.
- generic: words that stand complete right after at least MIN_PREFIXES different prefixes, each in at least
  MIN_GENERIC_RELEASES releases ("มาตรการเพิ่มเติม", "โครงการเพิ่มเติม", "นโยบายเพิ่มเติม"): a word that
  completes any prefix is a modifier, not a name.

Only data goes out (a few thousand short strings); nothing is downloaded.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections import Counter, defaultdict

from mining import release_texts, run_miner

from phakhi.graph.extract import program_ends, program_quoted, program_words
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.thai import is_thai, tokenize
from phakhi.ontology import load_not_names, load_titles

MIN_RELEASES = 3
MIN_WITH_ABBREVIATION = 2
MIN_PREFIXES = 3
MIN_GENERIC_RELEASES = 3
MIN_QUOTED, MAX_QUOTED = 4, 60  # characters of a quoted name kept
MIN_QUOTED_RELEASES = 3
MIN_QUOTED_SHARE = 0.02  # of the releases quoting a name, those quoting it right after a program prefix
_HONORIFICS = ("นาย", "นาง", "นางสาว", "ดร.", "พลเอก", "พล.อ.")
MIN_AFTER = 5
MIN_CUT_LETTERS = 3  # shorter words ("โน") are mostly pieces of longer ones ("…อินโนโพลิส")
MIN_OPENING = 3  # releases: an organization's cut word opening complete runs this often may open a name
OPENING_SHARE = 2  # ... and at least twice as often as it opens a complete run after a prefix ("โครงการหลักสูตร…")
INSIDE_SHARE = 10  # a cut word is seen after names at least this many times as often as inside them
MIN_WHOLE_SHARE = 0.3  # of the runs that begin with a boundary name, the share where it stands whole: a phrase
# that heads many descriptions ("มาตรการบรรเทาผลกระทบ" 5 of 174) is no name that recurs with its boundaries
MIN_SPACED_SHARE = 0.8
MIN_BOUNDARY = 6  # characters: a prefix and a word at least
MAX_RUN = 80  # characters: longer runs are clauses, not names
_END = re.compile(r"[\s()\[\]“”\"',:;]|$")
_ABBREVIATION = re.compile(r"\s?\(([A-Zก-ฮ][A-Za-zก-ฮ.\-]{1,12})\)")


def runs(text: str):
    """(prefix, complete run, followed by an abbreviation?) for each program prefix in `text`."""
    for m in program_words.prefix_pattern().finditer(text):
        start, pos = m.start(), m.end()
        run = program_words.NAME_RUN.match(text, pos)
        end = run.end()
        if end == pos or end - start > MAX_RUN or not _END.match(text, end):
            continue
        yield m.group(), text[start:end], bool(_ABBREVIATION.match(text, end))


def spaced_runs(text: str):
    """(run of two pieces, the Thai piece after it or ""): a complete run after a prefix, one space and a Thai run
    ending at a space or punctuation ("โครงการออมขวัญ ปันสุข"): a name written with a space inside, if it recurs."""
    for m in program_words.prefix_pattern().finditer(text):
        first = program_words.NAME_RUN.match(text, m.end()).end()
        if first == m.end() or not text.startswith(" ", first) or not is_thai(text[first + 1:first + 2]):
            continue
        end = program_words.NAME_RUN.match(text, first + 1).end()
        if end - m.start() <= MAX_RUN and _END.match(text, end):
            after = ""
            if text.startswith(" ", end) and is_thai(text[end + 1:end + 2]):
                after = text[end + 1:program_words.NAME_RUN.match(text, end + 1).end()]
            yield text[m.start():end], after


def quoted_names(text: str):
    """(name, a person's name?) for names quoted right after a program prefix: โครงการ “บ้านนี้มีรัก ปลูกผักกินเอง”;
    นโยบาย “สุริยะ” is a minister's policy: the release also writes นายสุริยะ."""
    for m in program_words.prefix_pattern().finditer(text):
        quoted = program_quoted.QUOTED.match(text, m.end())
        if quoted and MIN_QUOTED <= len(quoted.group(1).strip()) <= MAX_QUOTED:
            name = normalize_label(quoted.group(1))
            yield name, any(honorific + name in text for honorific in _HONORIFICS)


def mine(paths: list[str], limit: int | None = None) -> dict:
    """The mined lists of program_names.json. Mining sets program_ends' mined lists aside (a rebuild does not depend
    on the files it replaces) and puts them back when done, so a process that goes on extracting (check_mined, the
    tests) reads the shipped lists again."""
    shipped = program_ends.mined_cut_words, program_ends.mined_boundaries
    try:
        return _mine(paths, limit)
    finally:
        program_ends.mined_cut_words, program_ends.mined_boundaries = shipped


def _mine(paths: list[str], limit: int | None = None) -> dict:
    # names are kept where the rules alone, without any mined data, cut them shorter: no mined cut words either
    program_ends.mined_cut_words = lambda: frozenset()
    program_ends.mined_boundaries = lambda: frozenset()  # a rebuild does not depend on the file it replaces
    complete: Counter[str] = Counter()  # run -> releases where it stands complete
    abbreviated: Counter[str] = Counter()
    spaced: Counter[str] = Counter()  # run of two pieces -> releases where it stands complete
    spaced_after: dict[str, Counter[str]] = defaultdict(Counter)  # ... -> the Thai piece after it -> releases
    quoted: Counter[str] = Counter()  # name quoted after a prefix -> releases
    quoted_any: Counter[str] = Counter()  # name quoted anywhere -> releases
    persons: Counter[str] = Counter()  # ... where a person of that name is named too
    after: dict[str, dict[str, int]] = defaultdict(Counter)  # word completing a prefix -> prefix -> releases
    seen = 0
    for seen, text in enumerate(release_texts(paths, limit), 1):
        found = {(prefix, run, abbr) for prefix, run, abbr in runs(text)}
        for run in {run for _, run, _ in found}:
            complete[run] += 1
        for run in {run for _, run, abbr in found if abbr}:
            abbreviated[run] += 1
        for run, piece in set(spaced_runs(text)):
            spaced[run] += 1
            if piece:
                spaced_after[run][piece] += 1
        quoted_any.update({normalize_label(m.group(1)) for m in program_quoted.QUOTE.finditer(text)})
        for name, personal in set(quoted_names(text)):
            quoted[name] += 1
            persons[name] += personal
        for prefix, rest in {(p, run[len(p):]) for p, run, _ in found}:
            if len(tokenize(rest)) == 1:
                after[rest][prefix] += 1
        if seen % 5000 == 0:
            print(f"{seen} releases, {len(complete)} runs", file=sys.stderr)
    generic = sorted(word for word, by_prefix in after.items()
                     if sum(1 for n in by_prefix.values() if n >= MIN_GENERIC_RELEASES) >= MIN_PREFIXES)
    boundaries = mine_boundaries(complete, frozenset(generic))
    program_ends.mined_boundaries = lambda: frozenset(boundaries)  # names the boundaries would cut are kept whole
    # a run the mined tails cut ("โครงการรับจำนำข้าว|ที่ผ่านมา") is a sentence going on, not a name the rules cut
    # short: names are checked with the rules alone, as the tails' own miner checks its candidates
    tails, program_ends.mined_tails = program_ends.mined_tails, lambda: (frozenset(), {})
    try:
        names = _names(complete, abbreviated, frozenset(generic))
    finally:
        program_ends.mined_tails = tails
    generic_words = program_words.generic_sets()[1] | frozenset(generic)
    not_names = load_not_names() + tuple(t["title"] for t in load_titles()) + ("รมว.", "รมช.", "รมต.") \
        + _HONORIFICS  # นโยบาย “พล.อ.ประยุทธ์”: a person's policy
    quoted_rows = sorted(([name, n] for name, n in quoted.items() if n >= MIN_QUOTED_RELEASES
                          and n >= MIN_QUOTED_SHARE * quoted_any[name]
                          and not persons[name] and name not in generic_words
                          and not name.startswith(not_names) and not program_words.prefix_pattern().match(name)),
                         key=lambda row: (-row[1], row[0]))
    spaced_names = mine_spaced(spaced, spaced_after, complete, frozenset(generic))
    cut_words = mine_cut_words(paths, limit, [row[0] for row in names], complete)
    return {"_doc": "Program names mined from the thaigov corpora by scripts/mine_programs.py (see its docstring"
                    " and ontology/authority/SOURCES.md): names: [name, releases where it stands complete], kept"
                    " only where the extractor's rules would cut the name shorter; generic: words that complete"
                    " several prefixes (modifiers, not names); quoted: names quoted right after a prefix"
                    " (โครงการ “…”) in at least 3 releases, with their release counts.",
            "releases": seen, "names": names, "generic": generic,
            "quoted": quoted_rows, "cut_words": cut_words, "boundaries": boundaries,
            "spaced": spaced_names}


def _names(complete: Counter[str], abbreviated: Counter[str], generic: frozenset[str]) -> list[list]:
    """The recurring runs kept as names ([name, releases], most frequent first): those the rules alone would cut
    shorter, that end on no function word nor on a word no known name ends on, and hold one programme."""
    never_inside = frozenset(program_words.program_data()["never_inside"])
    may_cross = frozenset(program_words.program_data()["mined_may_cross"])
    pairs = program_words.stop_pairs()
    sentence_last = program_words.function_words_never_last()  # words no known name ends on ("ทันที", "ที่สุด")
    names, dropped, paired = [], [], []
    for run, n in complete.items():
        if n < MIN_RELEASES and not (abbreviated[run] >= MIN_WITH_ABBREVIATION and n >= MIN_WITH_ABBREVIATION):
            continue
        prefix = program_words.prefix_pattern().match(run)
        if not prefix:
            continue
        text = run + " "
        if program_ends.name_end(text, 0, prefix.end(), len(run), mined=frozenset(), generic=generic) \
                in (None, len(run)):
            continue  # not a name, or the rules find it whole anyway
        tokens = tokenize(run[prefix.end():])
        stops, _, not_last = program_words.word_sets()
        if tokens[-1] in stops | not_last or never_inside & set(tokens) or (stops & set(tokens)) - may_cross \
                or pairs & set(zip(tokens, tokens[1:])):
            continue  # ends on a function word, or holds a clause or an adverb ("อย่างเคร่งครัด")
        if tokens[-1] in sentence_last:
            dropped.append(run)  # "มาตรการควบคุมโรค|ทันที": the extractor ends names before such a word
            continue
        if two_names(run, prefix.end()):
            paired.append(run)
            continue
        names.append([normalize_label(run), n])
    if dropped:
        print(f"{len(dropped)} names ending on a word no known name ends on (not kept): "
              + " ".join(sorted(dropped)), file=sys.stderr)
    if paired:
        print(f"{len(paired)} runs of two names or ending on a prefix (not kept): " + " ".join(sorted(paired)),
              file=sys.stderr)
    names.sort(key=lambda row: (-row[1], row[0]))
    return names


def two_names(run: str, pos: int) -> bool:
    """Does a run hold a second programme joined to the first ("โครงการคนละครึ่ง|และโครงการเราชนะ", "กองทุนพัฒนาสหกรณ์
    |และกองทุนสงเคราะห์เกษตรกร": program_patterns.json "joins" right before a prefix) or end on a bare prefix, a
    reference to one ("มาตรการเยียวยาผู้ประกันตนผ่านโครงการ")? The extractor splits the first and ends before the
    second; a mined name would glue them again. `pos`: where the run's own prefix ends."""
    joins = tuple(program_words.program_data()["joins"])
    return any(run.endswith(joins, 0, m.start()) or m.end() == len(run)
               for m in program_words.prefix_pattern().finditer(run, pos))


def mine_spaced(spaced: Counter[str], after: dict[str, Counter[str]], complete: Counter[str],
                generic: frozenset[str]) -> list[str]:
    """Names written with one space inside: two pieces standing complete together in MIN_RELEASES releases and in
    at least MIN_SPACED_SHARE of the releases where the first piece stands complete (it seldom stands without
    the second), and not followed by one same third piece (not a function word) in MIN_SPACED_SHARE of theirs
    ("เดิน วิ่ง" goes on with "ปั่น": a piece of a longer name); the first piece is a name by the rules, the second holds no clause and opens with no word that
    ends names, modifies a prefix or begins a place, date or body ("not_spaced")."""
    data = program_words.program_data()
    stops, _, not_last = program_words.word_sets()
    never_inside, may_cross = frozenset(data["never_inside"]), frozenset(data["mined_may_cross"])
    openers = (frozenset(data["not_after"]) | frozenset(data["links"]) | frozenset(data["modifiers"]) | generic
               | frozenset(data["not_last"]) | frozenset(data["not_spaced"]) | stops | program_words.generic_sets()[1])
    kept = []
    for run, n in spaced.items():
        first, second = run.split(" ", 1)
        prefix = program_words.prefix_pattern().match(first)
        if n < MIN_RELEASES or n < MIN_SPACED_SHARE * complete[first] or not prefix \
                or program_words.prefix_pattern().match(second) or any(ch.isdigit() or ch == "." for ch in second):
            continue
        goes_on = max((k for piece, k in after[run].items() if tokenize(piece)[0] not in openers), default=0)
        tokens = tokenize(second)
        if goes_on >= MIN_SPACED_SHARE * n or tokens[0] in openers or tokens[-1] in stops | not_last or never_inside & set(tokens) \
                or (stops & set(tokens)) - may_cross:
            continue
        if program_ends.name_end(first + " ", 0, prefix.end(), len(first), mined=frozenset(), generic=generic) \
                == len(first):
            kept.append(normalize_label(run))
    return sorted(set(kept))


def mine_boundaries(complete: Counter[str], generic: frozenset[str]) -> list[str]:
    """Runs complete in MIN_RELEASES releases that the rules take whole as a name and that other runs go on past,
    with no space, into a linking word, relative word or verb (see the docstring)."""
    ordered = sorted(complete)

    def occurrences(name: str) -> int:  # releases of the runs that begin with `name` (it whole among them)
        i, total = bisect_left(ordered, name), 0
        while i < len(ordered) and ordered[i].startswith(name):
            total, i = total + complete[ordered[i]], i + 1
        return total

    whole = {run for run, n in complete.items() if n >= MIN_RELEASES}
    found = set()
    for run in complete:
        for i in range(MIN_BOUNDARY, len(run)):
            name = run[:i]
            if name in whole and name not in found and program_ends.continues(tokenize(run[i:i + 24])[0]):
                found.add(name)
    kept = []
    for name in found:
        prefix = program_words.prefix_pattern().match(name)
        if prefix and complete[name] >= MIN_WHOLE_SHARE * occurrences(name) and program_ends.name_end(name + " ", 0, prefix.end(), len(name), mined=frozenset(),
                                        generic=generic) == len(name):
            kept.append(normalize_label(name))
    return sorted(set(kept))


def mine_cut_words(paths: list[str], limit: int | None, names: list[str], runs: Counter[str]) -> list[str]:
    """Words written right after a known program name (a scheme label, a mined name) with no space, in dictionary,
    rarely inside known names and rarely opening a run after a prefix; see the docstring."""
    import ahocorasick
    from pythainlp.corpus import thai_words

    from phakhi.graph.extract.authority import program_entries
    from phakhi.graph.text.thai import is_thai

    known = {normalize_label(e.label) for e in program_entries() if len(e.label) >= 6 and is_thai(e.label[0])}
    known |= {name for name in names if " " not in name}
    inside: Counter[str] = Counter()
    for name in known:
        prefix = program_words.prefix_pattern().match(name)
        inside.update(tokenize(name[prefix.end():] if prefix else name))
    opening: Counter[str] = Counter()  # word -> releases where a complete run opens with it after its prefix
    for run, n in runs.items():
        prefix = program_words.prefix_pattern().match(run)
        tokens = tokenize(run[prefix.end():]) if prefix else []
        if tokens:
            opening[tokens[0]] += n
    automaton = ahocorasick.Automaton()
    for name in known:
        automaton.add_word(name, len(name))
    automaton.make_automaton()
    after: Counter[str] = Counter()
    for text in release_texts(paths, limit):
        words = set()
        for last, length in automaton.iter(text):
            end = last + 1
            if end < len(text) and is_thai(text[end]) and (end - length == 0 or not is_thai(text[end - length - 1])
                                                          or program_words.prefix_pattern().match(text, end - length)):
                words.add(tokenize(text[end:end + 24])[0])
        after.update(words)
    stays = frozenset(program_words.program_data()["inside"]) | frozenset(program_words.program_data()["links"])
    dictionary = thai_words()
    # words seen right after known program names: counted, but on the 2016-2025 corpora those that pass are mostly
    # place names and pieces of longer names ("หนองคาย", "ร่วมใจ"), so they are reported, not kept
    seen_after = sorted(w for w, n in after.items() if n >= MIN_AFTER and len(w) >= 2 and w in dictionary
                        and inside[w] * INSIDE_SHARE <= n and opening[w] * OPENING_SHARE <= n)
    print(f"{len(seen_after)} words after known program names (not kept): {' '.join(seen_after)}", file=sys.stderr)
    # the words mined after organizations' names (scripts/mine_organizations.py) end a program's name too, unless
    # they open runs that stand complete after a prefix ("โครงการจัดตั้ง…") or sit inside known program names
    from phakhi.graph.extract.names import cut_words as organization_cut_words

    in_runs: Counter[str] = Counter()  # word -> runs complete in MIN_RELEASES releases that hold it
    for run, n in runs.items():
        if n >= MIN_RELEASES:
            in_runs.update(set(tokenize(run)))
    words = {w for w in organization_cut_words() if opening[w] < MIN_OPENING and not inside[w] and not in_runs[w]
             and len(w) >= MIN_CUT_LETTERS}
    return sorted(words - stays)


def main() -> None:
    run_miner(__doc__, "program_names.json", mine, lambda data: (f"{len(data['names'])} names, {len(data['cut_words'])} cut words, "
                                                          f"{len(data['generic'])} generic words from {data['releases']} releases"))


if __name__ == "__main__":
    main()
