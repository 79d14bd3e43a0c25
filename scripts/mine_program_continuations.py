"""Mine the tails the corpora write after program names the rules end too soon -> ontology/th/program_continuations.json.

    python scripts/mine_program_continuations.py v1.tar v2.tar [--out FILE] [--limit N] [--skip TAR]

Mined from the whole record (the v1 and v2 archives, 91,704 releases; about 2 min CPU) since the twenty-first
session: on the 4,000-release samples a name written with its tail in fewer than MIN_RELEASES of their 8,000
releases was never learnt (35 continuations, 17 whole rests; now 803 and 302). The thresholds were kept: of 40
new rows read at random, 30 are a name's tail (a place, a route, a slogan's second half, "ตามพระราชดำริ").

The extractor's rules (graph/extract/program_ends.py `name_end`) end a name written on directly at a space or before a
word that usually begins a clause; a name that holds such a word ("โครงการเรา|ไม่ทิ้งกัน") or goes on across a space
with its identifying tail (a route "โครงการรถไฟฟ้าสายสีเขียว| ช่วงหมอชิต-สะพานใหม่-คูคต", a number "โครงการรถไฟความเร็ว
สูงเชื่อม| 3 สนามบิน", a slogan "โครงการมหาวิทยาลัยสู่ตำบล| สร้างรากแก้วให้ประเทศ") is cut before it. Across the
corpora such a name is written with the same tail again and again, while a name the rules end rightly is followed by
whatever the sentence says next. This script runs the rules on every run after a program prefix, and for each name
they give counts the releases that write it and the releases that write it with each piece after it
(`program_continuations.continuation_piece`: the rest of the run the name ends inside, or one space and the next run), and so on
for the name with its piece (up to MAX_CONTINUED pieces: "โครงการโคก| หนอง| นา"). It keeps

- continuations: (name, piece) written together in at least MIN_RELEASES releases and in at least MIN_SHARE of the
  releases that write the name, where the piece is at most MAX_PIECE characters, does not open with a word that
  ends names (program_patterns.json stops, relative words, predicates, stop pairs, the mined cut words and tails: the
  sentence going on, "… ว่า", "… อย่างเคร่งครัด", "… เนื่องจาก …" in a paragraph repeated verbatim) nor is one
  function word alone ("…ของ"), joins no second name on ("โครงการนายอำเภอแหวนเพชร| และโครงการปลัดอำเภอแหวนทองคำ",
  "กองทุน…| และกองทุนการออมแห่งชาติ": two programmes listed together again and again, not one name), opens with no
  generic owner ("…|ของภาครัฐ", program_patterns.json "generic_owners": the extractor ends names before one), and is
  not mostly followed by a run holding a digit (it heads a code, a number or a date that varies: "ทางหลวง|หมายเลข 304",
  "…ชนบท|สาย นธ.3012", "… พ.ศ. 2566": the name would end on the head) or by the repetition mark ("…| และสถาบัน
  การศึกษาต่าง| ๆ": the name would end inside "ต่าง ๆ"), nor says only that the programme runs "here"
  (program_patterns.json "bare_scopes": "…|ในพื้นที่", "…|ในพื้นที่อย่างเคร่งครัด": the extractor ends a name
  before them; a place after them is kept, "…| ในพื้นที่ตำบลป่าตอง").

- whole: (name, rest) where the rest opens with a word that ends names or is longer than MAX_PIECE, so that the
  continuations above cannot hold it ("โครงการแปลงสินทรัพย์" + "เป็นหลักทรัพย์", "…ให้มีระบบบริหารจัดการ" +
  "ที่ดีด้านแรงงานสัมพันธ์และสวัสดิการแรงงาน"), kept on the corpus evidence that tells a name from a sentence: the
  name with its rest is written (spaces aside) in at least MIN_RELEASES releases and in MIN_SHARE of the releases
  writing the name, ends at a word's end, stands whole (a space or punctuation after it) in at least one of them, is
  followed by at least MIN_KINDS different words (a name the sentence goes
  on from in different ways, not a clause repeated to its end) and preceded by at least MIN_BEFORE different words (not
  one paragraph copied from release to release); the rest is the longest that passes, holds no digit (a date or a
  count that varies), is not mostly followed by a number (it would end on the number's head: "…ปีการผลิต| 2562/63"),
  holds no word of the sentence past its first (program_patterns.json stops and the mined tails: "…|อย่างเคร่งครัด"),
  no second name joined to the first ("…|และมาตรการติดตาม…") and does not end on a word names do not end on; a name
  ending on a number (a phase, a year) is complete. (rest, releases, different words after it, different words before
  it.)

At run time a name the rules end is run on with a kept piece when the text goes on with it, piece after piece
(`program_continuations.continued_end`), and to a whole rest when the text goes on with its words, spaces aside
(`program_continuations.whole_end`), unless a body, person or program is named in the piece. Counting is per release (a
release repeating a name counts once). One pass over the releases; the rules run on each prefix's run only.
Only data goes out.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections import Counter, defaultdict

from mining import release_texts, run_miner
from program_run_on_mining import ended_runs, run_on, set_aside

from phakhi.graph.extract import program_continuations, program_words
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.thai import tokenize

MIN_RELEASES = 3  # releases writing a name with the same piece after it
MIN_SHARE = 0.5  # ... of the releases writing the name at all
MAX_PIECE = 40  # characters of a piece (longer ones are clauses)
MAX_WHOLE = 100  # characters of the text read after a name for its whole rest
MIN_KINDS = 2  # different words after a name with its whole rest
MIN_BEFORE = 3  # different words before it (a paragraph copied from release to release has one)
LOOKAHEAD = 24  # characters read past MAX_WHOLE: the words after a rest up to MAX_WHOLE long (its last may be cut)
END_MARK = "\n"  # a window cut at punctuation or the text's end ends with it; one cut at its length does not
_WINDOW_END = re.compile(r"[\n“”\"'()\[\],;:]")


_CUT_NEXT = re.compile(r" [^\s]{0,12}\d| ?ๆ")  # a run holding a digit, or the repetition mark of the piece's last word


def names_and_pieces(text: str):
    """(name, the piece after it or None, does a run holding a digit (or ๆ) follow the piece?, is the name as the
    rules end it?) for each run after a program prefix in `text`, then for the name run on with its piece, and so on
    (up to MAX_CONTINUED - 1 pieces: the last is only read after it)."""
    for start, end, _ in ended_runs(text):
        for k, at, piece in run_on(text, end, program_continuations.MAX_CONTINUED - 1):
            yield (normalize_label(text[start:at]), piece,
                   piece is not None and bool(_CUT_NEXT.match(text, at + len(piece))), k == 0)


def whole_windows(text: str):
    """(name as the rules end it, the text from its prefix on to punctuation or MAX_WHOLE characters past its end, the
    program_run_on_mining.BEFORE characters before its prefix) for each run after a program prefix in `text`."""
    for start, end, before in ended_runs(text):
        window = text[end:end + MAX_WHOLE + LOOKAHEAD]
        cut = _WINDOW_END.search(window)
        if cut or end + len(window) == len(text):
            window = window[:cut.start() if cut else len(window)] + END_MARK  # what follows is known to be no word
        yield normalize_label(text[start:end]), text[start:end] + window, before


def _after(full: str, compact: str) -> str | None:
    """The text of `full` after its first letters that spell `compact`, spaces aside (None if they do not)."""
    i = 0
    for ch in compact:
        while i < len(full) and full[i] == " ":
            i += 1
        if i >= len(full) or full[i] != ch:
            return None
        i += 1
    return full[i:]


def mine_whole(occurrences: list[tuple[int, str, str, str]], pieces: set[tuple[str, str]]) -> list[list]:
    """The whole rests of names (see the docstring): `occurrences` (release, name as the rules end it, the text from
    its prefix on, the text before it); a name's releases are those whose text goes on from its words, spaces aside,
    wherever the rules ended them there."""
    not_last = program_words.word_sets()[0] | program_words.word_sets()[2]
    data = program_words.program_data()
    # words of the sentence ("อย่างเคร่งครัด", "ที่ผ่านมา"), but for the one word that opens the rest (เป็น, ที่ …)
    sentence = frozenset(data["stops"]) | program_words.mined_tails()[0]
    never_inside = frozenset(data["never_inside"])  # a clause word may open the rest ("เป็น…"), not sit further in
    texts = sorted((full.replace(" ", ""), release, full, before) for release, _, full, before in occurrences)
    compacts = [row[0] for row in texts]
    kept = []
    for name in sorted({name for _, name, _, _ in occurrences if not name[-1].isdigit()}):  # numbered: complete
        key = name.replace(" ", "")
        i = bisect_left(compacts, key)
        rows = []
        while i < len(texts) and compacts[i].startswith(key):
            rows.append(texts[i])
            i += 1
        writing = {release for _, release, _, _ in rows}
        if len(writing) < MIN_RELEASES:
            continue
        by_key: dict[str, dict[int, list]] = defaultdict(dict)  # rest, spaces out -> release -> [rest, after, before,
        # does it stand whole there?]
        for _, release, full, before in rows:
            window = _after(full, key)
            at, compact = 0, ""
            ended = window is not None and window.endswith(END_MARK)
            window = window.rstrip(END_MARK) if window else ""
            for token in tokenize(window):
                at += len(token)
                compact += token.replace(" ", "")
                follows = window[at:].replace(" ", "")[:3]
                if compact and not token.isspace() and (ended or at + LOOKAHEAD <= len(window)):  # a whole word
                    alone = at == len(window) or not window[at].isalnum()  # a space, punctuation or the end after it
                    found = by_key[compact].setdefault(release, [window[:at].strip(), follows, before, False])
                    found[3] = found[3] or alone
        best = None
        for compact, found in by_key.items():
            n = len(found)
            if n < MIN_RELEASES or n < MIN_SHARE * len(writing) or (best and len(compact) <= len(best[0])):
                continue
            if not any(alone for *_, alone in found.values()):
                continue  # never standing whole: what follows it is glued on in every release ("…เนื่องในโอกาส|วัน…")
            rest = Counter(r for r, *_ in found.values()).most_common(1)[0][0]
            words = [w for w in tokenize(rest) if not w.isspace()]
            numbered = sum(1 for _, f, *_ in found.values() if _NUMBER_NEXT.match(f))
            if len(compact) < program_words.MIN_REST or any(ch.isdigit() for ch in compact) or words[-1] in not_last \
                    or (name, rest) in pieces or not (_opens_clause(rest) or len(rest) > MAX_PIECE) \
                    or numbered >= MIN_SHARE * n or sentence & (_phrases(words) - {words[0]}) or never_inside & set(words[1:]) \
                    or _second_name(words):
                continue
            after = len({f for _, f, *_ in found.values()})
            before = len({b for _, _, b, _ in found.values()})
            if after >= MIN_KINDS and before >= MIN_BEFORE:
                best = (compact, [name, rest, n, after, before])
        if best:
            kept.append(best[1])
    return sorted(kept, key=lambda row: (-row[2], row[0]))


_NUMBER_NEXT = re.compile(r"[-–]?\d")


def _phrases(words: list[str], longest: int = 3) -> set[str]:
    """The words of a rest and the phrases of up to `longest` words in a row ("อย่าง" + "เคร่งครัด")."""
    return {"".join(words[i:i + k]) for i in range(len(words)) for k in range(1, longest + 1) if i + k <= len(words)}


def _second_name(words: list[str]) -> bool:
    """Does a rest or a piece hold a second name joined to the first ("…และมาตรการติดตาม…")?"""
    joins = frozenset(program_words.program_data()["joins"])
    return any(a in joins and program_words.prefix_pattern().match(b) for a, b in zip(words, words[1:]))


def _generic_owner(piece: str) -> bool:
    """Does `piece` open with a generic owner glued on with its link (program_patterns.json "generic_owners":
    "…|ของภาครัฐ")? Who runs a programme, not which one: the extractor ends a name before it."""
    data = program_words.program_data()["generic_owners"]
    return piece.strip().startswith(tuple(data["link"] + word for word in data["words"]))


def _opens_clause(piece: str) -> bool:
    """Does `piece` open with a word that ends names (the sentence going on, not the name's tail)?"""
    data = program_words.program_data()
    stops = program_words.word_sets()[0] | frozenset(data["relative"]) | frozenset(data["predicates"]) \
        | program_words.mined_cut_words() | program_words.mined_tails()[0]
    words = tokenize(piece.strip())
    alone = frozenset(data["not_last"]) | frozenset(data["not_after"]) | frozenset(data["links"])
    return words[0] in stops or tuple(words[:2]) in program_words.stop_pairs() or (len(words) == 1 and words[0] in alone)


def _bare_scope(piece: str) -> bool:
    """Does `piece` open with words saying the programme runs "here" (program_patterns.json "bare_scopes":
    "…|ในพื้นที่") with no place after them: nothing more, or a word of the sentence ("…|ในพื้นที่อย่างเคร่งครัด")?
    Where it runs, not which one: the extractor ends a name before them (program_ends.name_end), so such a piece is
    no tail of a name, and a name run on with it would keep them when another piece came after."""
    words = [w for w in tokenize(piece) if not w.isspace()]
    sentence = program_words.word_sets()[0] | program_words.mined_tails()[0]
    for scope in program_words.program_data()["bare_scopes"]["words"]:
        if tuple(words[:len(scope)]) == tuple(scope):
            rest = words[len(scope):]
            return not rest or bool(sentence & {"".join(rest[:k]) for k in (1, 2, 3)})
    return False


def kept_piece(piece: str) -> bool:
    """May a piece the corpora write after a name be kept as its tail, whatever its counts? (See the docstring:
    short, opening no clause, joining no second name, no generic owner, no bare scope.) scripts/check_mined.py asks
    it of every shipped row, so a row today's filters would not keep is caught without mining the corpora again."""
    return len(piece) <= MAX_PIECE and not _opens_clause(piece) and not _generic_owner(piece) \
        and not _second_name([w for w in tokenize(piece) if not w.isspace()]) and not _bare_scope(piece)


def _reachable(rows: list[list], ruled: set[str]) -> list[list]:
    """The rows the extractor can reach: a name the rules end, or one it reaches by running on with kept pieces."""
    by_name: dict[str, list[list]] = defaultdict(list)
    for row in rows:
        by_name[row[0]].append(row)
    out, frontier = [], [name for name in by_name if name in ruled]
    for _ in range(program_continuations.MAX_CONTINUED):
        after = []
        for name in frontier:
            for row in by_name.get(name, ()):
                out.append(row)
                after.append(normalize_label(row[0] + row[1]))
        frontier = after
    return out


@set_aside("mined_continuations", "mined_whole", "recurring_names")  # the rules alone (the recurring names are
# read after the continuations: mined from names run on with them)
def mine(paths: list[str], limit: int | None = None, skip: frozenset[str] = frozenset()) -> dict:
    named: dict[str, int] = defaultdict(int)  # name -> releases writing it
    ruled: set[str] = set()  # names as the rules end them (not run on with a piece)
    together: dict[tuple[str, str], int] = defaultdict(int)  # (name, piece) -> releases writing them together
    occurrences: list[tuple[int, str, str, str]] = []  # (release, name, text from its prefix on, text before it)
    coded: dict[tuple[str, str], int] = defaultdict(int)  # ... of which a run holding a digit (or ๆ) follows the piece
    seen = 0
    for seen, text in enumerate(release_texts(paths, limit, skip), 1):
        found = set(names_and_pieces(text))
        for name in {name for name, *_ in found}:
            named[name] += 1
        ruled.update(name for name, _, _, first in found if first)
        for name, piece in {(name, piece) for name, piece, *_ in found if piece is not None}:
            together[name, piece] += 1
        for name, piece in {(name, piece) for name, piece, digit, _ in found if digit}:
            coded[name, piece] += 1
        occurrences.extend((seen, *row) for row in whole_windows(text))
        if seen % 2000 == 0:
            print(f"{seen} releases, {len(named)} names", file=sys.stderr)
    kept = [[name, piece, n, named[name]] for (name, piece), n in together.items()
            if n >= MIN_RELEASES and n >= MIN_SHARE * named[name] and coded[name, piece] < MIN_SHARE * n
            and kept_piece(piece)]
    rows = sorted(_reachable(kept, ruled), key=lambda row: (-row[2], row[0], row[1]))
    whole = mine_whole(occurrences, {(row[0], row[1].strip()) for row in rows})
    return {
        "_doc": "Mined by scripts/mine_program_continuations.py from the thaigov archives: continuations are [name "
                "as the extractor's rules end it, the piece the corpora write right after it (a leading space: across "
                "one space), releases writing them together, releases writing the name]; the extractor runs such a "
                "name on with its piece; whole are [name as the rules end it, the rest the corpora write after it (spaces aside), "
                "releases writing them together, different words after them, different words before the name]: the "
                "extractor runs such a name on to its whole rest. Rebuild with the script; see its docstring.",
        "releases": seen,
        "continuations": rows,
        "whole": whole,
    }


def main() -> None:
    run_miner(__doc__, "program_continuations.json", mine,
              lambda data: f"{data['releases']} releases, {len(data['continuations'])} continuations, "
                      f"{len(data['whole'])} whole rests")


if __name__ == "__main__":
    main()
