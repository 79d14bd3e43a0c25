"""Mine ontology/th/organization_names.json from the thaigov corpora (v1 + v2 tarballs).

    python scripts/mine_organizations.py ../shared/corpus/thaigov-v1.tar.xz ../shared/corpus/thaigov-v2.tar.xz [--every 2] [--min-releases 3]

Two things, both used by graph/extract/organizations.py to test names found by pattern (not in the authority file):
- cut_words: words that, written right after a known organization's name with no space, continue the sentence
  (verbs, adverbs, function words: "กระทรวงพาณิชย์จะ…", "กรมโรงงานอุตสาหกรรมได้…") and hardly ever occur inside an
  organization's name. A name found by pattern is cut where one of them begins (nothing left: no name).
- names: names found by pattern in at least --min-releases releases, each followed in most of its uses by a space,
  a bracket or a line end (a real name recurs with the same boundaries across releases), and not near an authority
  name written 20 times as often, or 5 times as often when the slip makes a word the dictionary lacks
  ("…เกษตรและสกรณ์"): a common misspelling such as "กระทรวงสาธารณะสุข" is not a body of its own.
  They skip the part-of-speech test at run time and keep near matching from merging a different body. A name the
  run time refuses by its own data is no recurring name (`kept_name`): a prefix word and a count's qualifier or
  per-word ("ธนาคาร|ขั้นต่ำ", "ศูนย์|ละ", "สำนักงาน|ประมาณ": names.count_cue_name, not_organizations `_count_cues`), and
  a kind word and a verb, a clause by the validity stage's clause test ("ธนาคาร|ยั่งยืน", "สหกรณ์|เข้มแข็ง":
  validity.clause_name, org_followers.json).
- extensions: what follows a recurring name found by pattern in at least half of the releases that name it and at
  least --min-releases of them, up to a space, bracket or line end, one to three space-separated chunks
  ("ธนาคารไทยเครดิต" + " เพื่อรายย่อย", "สถาบันส่งเสริมความปลอดภัย" + " อาชีวอนามัย และสภาพแวดล้อมในการทำงาน"): the
  name runs on past a space or a word that would end it, and the longer form is the name.
- numbered: recurring names followed by a number of one or two digits (not a count: no unit after it) in at least
  half of the releases naming them ("ศูนย์วัณโรคเขต" 1, "กองตรวจการมาตรฐาน" 1-5): the number is part of the name.
- generic: recurring names counted in two releases and at least one release in five, by a quantifier before them
  ("ทุกศูนย์…", "ทั้ง 76 สำนักงาน…") or a word or count right after them ("…ต่างๆ", "…ทั่วประเทศ", "… 626 แห่ง"):
  they name a kind of body, not one body, and are not organizations (a kind of office named by its place word,
  "สำนักงานสาธารณสุขจังหวัด", aside: the gold annotates those as organizations).
Every --every-th release of each archive is read (in archive order), so a run takes minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ontology" / "th" / "organization_names.json"
GLUED_AFTER = 25  # characters read after a name to find the word glued to it
GENERIC_SHARE = 5  # a name counted in one release in 5 names a kind of body
KIND_REACH = 40  # characters a kind of body's name may run before the word or count that marks it
NUMBERED = re.compile(r"\s?[\d๐-๙]{1,2}(?![\d๐-๙/.,:%])")  # "… 1", not "… 12.30", "… 1/2567"
MISSPELT = 20  # a recurring name near an authority name written this many times as often is a misspelling of it
MISSPELT_NONWORD = 5  # ... or this many times as often, when the slip makes one of its words a non-word ("…สกรณ์")


_CHUNK_END = set("()[]“”\"',:;/")


def continuations(text: str, pos: int, line_end: int, other, chunks: int = 3, longest: int = 60) -> list[str]:
    """What follows a name at `pos`: the text up to the end of the first, second and third space-separated chunk,
    each ending at a space, a bracket or the line end (nothing when it runs over `longest` characters). A chunk for
    which `other(text, start)` holds (another body, a place, a number, a word that goes on with the sentence) ends
    the continuations before it."""
    out, i, end = [], pos, min(line_end, pos + longest)
    while len(out) < chunks and i < end:
        j = i + 1 if text[i] == " " else i
        if j >= end or text[j].isspace() or text[j] in _CHUNK_END or other(text, j):
            break
        k = j
        while j < end and not text[j].isspace() and text[j] not in _CHUNK_END:
            j += 1
        if j == pos + longest or "." in text[k:j]:  # an abbreviation ("โทร.", "สปป.ลาว") names something else
            break
        if text.startswith(" ", j) and j + 1 < end and text[j + 1].isdigit():
            break  # "… พื้นที่ 1 - 10": a numbered part follows, the chunk alone does not end the name
        out.append(text[pos:j])
        i = j
        if i < end and text[i] != " ":
            break
    return out


def kept_name(name: str) -> bool:
    """Is the recurring name `name` one the run time's own data let stand (see the module's doc): not a prefix word
    and a count's cue (names.count_cue_name), not a clause (validity.clause_name)? scripts/check_mined.py asks it of
    every shipped name."""
    from phakhi.graph.extract.names import count_cue_name, org_prefix
    from phakhi.graph.extract.validity import clause_name

    return count_cue_name(name, len(org_prefix(name))) == name and not clause_name(name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("archives", nargs="+")
    parser.add_argument("--every", type=int, default=2)
    parser.add_argument("--min-releases", type=int, default=3)
    parser.add_argument("--min-after", type=int, default=25, help="uses after a known name for a cut word")
    parser.add_argument("-o", "--output", default=str(OUT))
    args = parser.parse_args()

    from phakhi.graph.extract import organizations as orgs
    from phakhi.graph.extract.authority import near_authority, organizations, title_at
    from phakhi.graph.extract.document import Doc
    from phakhi.graph.extract.names import dictionary, nominal
    from phakhi.graph.extract.persons import find_persons
    from phakhi.graph.read import iter_releases
    from phakhi.graph.text.thai import is_thai, tokenize
    from phakhi.ontology import load_counts_data, load_org_patterns

    prefixes = sorted({p["prefix"] for p in load_org_patterns()}, key=len, reverse=True)
    after: Counter[str] = Counter()  # word glued right after an authority organization's name
    inside: Counter[str] = Counter()  # word inside an organization's name (after its prefix word)
    seen: Counter[str] = Counter()  # releases per name found by pattern
    clean_end: Counter[str] = Counter()  # ... of which the name ends at a space, bracket or line end
    known: Counter[str] = Counter()  # releases per authority organization
    counted: Counter[str] = Counter()  # releases where the name is counted ("ทุกศูนย์ดำรงธรรม", "ทั้ง 76 สำนักงาน…")
    quantifiers = tuple(orgs.load_not_organizations()["generic_before"])
    numbered: Counter[str] = Counter()  # releases where a small number follows the name
    continued: Counter[tuple[str, str]] = Counter()  # releases per (name, what follows it)

    def remainder_tokens(name: str) -> list[str]:
        for prefix in prefixes:
            if name.startswith(prefix):
                return [t for t in tokenize(name[len(prefix):]) if t.strip()]
        return [t for t in tokenize(name) if t.strip()]

    data = orgs.load_not_organizations()
    joins = set(data["inside_ok"])
    stop = (orgs.load_stopwords() | set(data["ends"]) | set(data["pos"]["place_words"])) - joins
    starts = orgs._prefix_pattern()
    org_starts: set[int] = set()
    # what, right after a name, makes it a kind of body: "…ต่างๆ", "…ทั่วประเทศ", "… 626 แห่ง", "…ทั้ง 12 ศูนย์"
    plural = set(data["generic_after"]) - set(data["anaphoric"])  # "…ดังกล่าว" is one body named before
    kind_markers = re.compile("(?:" + "|".join(map(re.escape, sorted(plural, key=len, reverse=True)))
                              + r"|\s?(?:ทั้ง|จำนวน)?\s?[\d๐-๙][\d๐-๙,]*\s?(?:"
                              + "|".join(map(re.escape, data["classifiers"])) + "))")
    place_words = tuple(data["pos"]["place_words"]) + tuple(data["area_words"])
    units = set(orgs.load_not_organizations()["classifiers"]) | set(load_counts_data()["units"])

    def other(text: str, pos: int) -> bool:
        """Does another body, a place, a number or the sentence begin at `pos`?"""
        if pos in org_starts or starts.match(text, pos) or not (is_thai(text[pos]) or text[pos].isalpha()) \
                or title_at(text, pos):
            return True
        first = tokenize(text[pos:pos + 20])[0]
        return first in stop

    for row in organizations().values():
        for label in (row["th"], *row["alt"]):
            if label and not label.isascii():
                inside.update(set(remainder_tokens(label)))

    read = 0
    for index, release in enumerate(iter_releases(args.archives)):
        if index % args.every or not hasattr(release, "text"):
            continue
        read += 1
        doc = Doc.from_release(release)
        orgs.mask_places(doc)
        orgs.find_authority_names(doc)
        find_persons(doc)
        text = doc.text
        known.update({m.key for m in doc.of_kind("organization")})
        for m in doc.of_kind("organization"):
            if m.data.get("form") == "name" and not m.data.get("nested") and m.nend < len(text) and is_thai(text[m.nend]):
                tokens = tokenize(text[m.nend:m.nend + GLUED_AFTER])
                if tokens:
                    after[tokens[0]] += 1
        org_starts = {m.nstart for m in doc.mentions if m.kind in ("organization", "person", "place")}
        before = len(doc.mentions)
        orgs.find_by_pattern(doc, validate=False)
        names, follows = set(), set()
        kinds = set()  # a prefix word's run of letters right before a word or count that makes it a kind of body
        for marker in kind_markers.finditer(text):
            word = marker.group().strip()
            if is_thai(word[0]) and tokenize(text[marker.start():marker.start() + 20])[0] != word:
                continue  # "…ต่างประเทศ" is no "…ต่าง"
            line_start = doc.line_bounds(marker.start())[0]
            for p in starts.finditer(text, max(line_start, marker.start() - KIND_REACH), marker.start()):
                if p.end() < marker.start() and not any(ch.isspace() for ch in text[p.start():marker.start()]):
                    kinds.add(text[p.start():marker.start()])
                    break
        counted.update(kinds)
        for m in doc.mentions[before:]:
            if m.kind == "organization" and m.key.startswith(orgs.PATTERN_KEY):
                name = text[m.nstart:m.nend]
                if name in names:
                    continue
                names.add(name)
                seen[name] += 1
                before = text[max(0, m.nstart - 12):m.nstart].rstrip(" ")
                if (before.endswith(quantifiers) or orgs._COUNTED.search(text, max(0, m.nstart - 8), m.nstart)) \
                        and name not in kinds:
                    counted[name] += 1
                following = text[m.nend:m.nend + 1]
                if not following or not (is_thai(following) or following.isalnum()):
                    clean_end[name] += 1
                number = NUMBERED.match(text, m.nend)
                if number and not (is_thai(text[number.end():number.end() + 1]) and
                                   tokenize(text[number.end():number.end() + 20])[0] in units):
                    numbered[name] += 1  # "ศูนย์วัณโรคเขต 1", not "… 12 แห่ง"
                for rest in continuations(text, m.nend, doc.line_bounds(m.nstart)[1], other):
                    follows.add((name, rest))
        continued.update(follows)
        if read % 2000 == 0:
            print(f"{read} releases", file=sys.stderr)

    for name, n in seen.items():
        if n >= args.min_releases:
            inside.update(set(remainder_tokens(name)))
    from pythainlp.corpus import countries

    places = set(countries())  # "กระทรวงการค้าระหว่างประเทศและอุตสาหกรรมมาเลเซีย": a country ends no name
    cut_words = sorted(t for t, n in after.items()
                       if n >= args.min_after and is_thai(t[0]) and len(t) >= 2 and inside[t] * 10 <= n
                       and t not in places)
    cut = set(cut_words)
    extensions: dict[str, str] = {}  # name -> its longest recurring continuation
    for (name, rest), n in continued.items():
        if n >= args.min_releases and n * 2 >= seen[name] and len(rest) > len(extensions.get(name, "")):
            if not any(tokenize(chunk)[0] in cut for chunk in rest.split()):  # not the sentence going on
                extensions[name] = rest
    def prefix_length(name: str) -> int:
        return next((len(p) for p in prefixes if name.startswith(p)), 0)

    def misspelling(name: str, n: int) -> bool:
        """Near an authority name (graph/extract/authority.py) that is written at least MISSPELT times as often?"""
        near = near_authority(name, 0, prefix_length(name), len(name), guard=False)
        if near is None or near[0] != len(name):
            return False
        return known[near[1]] >= MISSPELT * n or known[near[1]] >= MISSPELT_NONWORD * n and non_word(name, near[1])

    def non_word(name: str, key: str) -> bool:
        """Does `name` hold a word the dictionary lacks while the authority name it is near is all dictionary
        words ("สำนักงานปลัดกระทรวงเกษตรและสกรณ์")? Then it is no other body's name, but a slip."""
        words = dictionary()
        row = organizations()[key]
        return any(t not in words for t in remainder_tokens(name)) and \
            all(t in words for t in remainder_tokens(row["th"]))

    # a kind of office named by its place or area word ("สำนักงานสาธารณสุขจังหวัด", "สำนักงานสรรพากรพื้นที่") is an
    # organization the way the gold annotates "สำนักงานอุตสาหกรรมจังหวัด": not a kind to drop
    generic = sorted(name for name, n in seen.items()
                     if n >= args.min_releases and counted[name] >= 2 and counted[name] * GENERIC_SHARE >= n
                     and not name.endswith(place_words))
    names = sorted(name for name, n in seen.items()
                   if n >= args.min_releases and name not in set(generic) and clean_end[name] * 2 >= n and not cut & set(remainder_tokens(name))
                   and (" " in name or nominal(name, prefix_length(name)) == name)  # the test rare names pass
                   and not misspelling(name, n) and kept_name(name))
    data = {
        "_doc": ("Mined by scripts/mine_organizations.py from the thaigov v1 and v2 corpora "
                 f"(one release in {args.every}, {read} releases). cut_words: words written right after a known "
                 f"organization's name at least {args.min_after} times and at most a tenth as often inside names; a "
                 "name found by pattern is cut where one begins. names: names found by pattern in at least "
                 f"{args.min_releases} releases, mostly ending at a space, bracket or line end, with no cut word, "
                 "passing the part-of-speech test of graph/extract/organizations.py, and not near an authority name written "
                 f"{MISSPELT} times as often, or {MISSPELT_NONWORD} times as often when the name holds a word the dictionary lacks and "
                 "the authority name does not (a misspelling of it), and not refused by the run time's own data "
                 "(a prefix word and a count's cue, a clause: kept_name): they skip that test at run time, and keep "
                 "authority names from being near-matched to a different body. generic: names found by pattern "
                 f"in at least {args.min_releases} releases and counted by a quantifier in two of them and at least "
                 f"one in {GENERIC_SHARE} (\"ทุกศูนย์…\", \"ทั้ง 76 สำนักงาน…\", \"…ต่างๆ\", \"… 626 แห่ง\"): "
                 "a kind of body, not one "
                 "body. numbered: names followed by a one- or two-digit number (no unit after it) in at least half of "
                 "the releases naming them: the number is part of the name. extensions: "
                 "name -> what follows it (one to three space-separated chunks, to a space, bracket or line end) in at "
                 f"least half of the releases naming it and at least {args.min_releases}: "
                 "the name runs on through it."),
        "cut_words": cut_words,
        "names": names,
        "generic": generic,
        "extensions": dict(sorted(extensions.items())),
        "numbered": sorted(name for name, n in numbered.items()
                           if n >= args.min_releases and n * 2 >= seen[name] and name not in set(generic)),
    }
    Path(args.output).write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{read} releases: {len(cut_words)} cut words, {len(names)} names -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
