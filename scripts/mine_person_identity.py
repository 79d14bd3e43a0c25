"""Mine what makes one person one IRI across the thaigov corpus: how often each full name is written, and which
full name a first name stands for next to a post title.

A release writes a person honorific + first name + space + surname ("นายอนุทิน ชาญวีรกูล"). Across 90,000
releases the usual spelling of an official is written in dozens or hundreds of releases, a misspelling
("อนุทิน ชาญวีกูล") in one or two; and a first name written alone next to a title ("นายกรัฐมนตรี
พลเอกประยุทธ์", "นายวิษณุ รองนายกรัฐมนตรี") names the one person the corpus writes in full with that
first name and that title in the same years.

Output (JSON, stdout), written to ontology/th/person_identity.json:
- "full_names": {first name: {surname: releases}} for full names seen in at least MIN_FULL releases whose surname
  is a real one (the same test as scripts/mine_person_names.py: seen mostly right after a first name, after
  few different first names);
- "titled": {first name: {title: [surname, first year, last year]}} for a post title (the first TITLE_WORD
  characters of the space-delimited word right before the honorific or right after the name), when one full name accounts for
  at least DOMINANT of the releases writing that title with that first name in full (at least MIN_TITLED
  releases, of a full name written in at least TITLED_FULL), so the first name alone can be read as that
  person in those years (give or take a year); likewise "@" + the honorific written before the first name
  ("@พล.อ."), from at least MIN_HONORIFIC releases, for a first name with no title beside it.

Usage:
    python scripts/mine_person_identity.py ../shared/corpus/thaigov-v1.tar.xz ../shared/corpus/thaigov-v2.tar.xz > ontology/th/person_identity.json
    python scripts/mine_person_identity.py --refilter ontology/th/person_identity.json > new.json  # no corpus pass:
        the surname test as it is now applied to the shipped file (after the test is tightened)
"""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from mine_person_names import MAX_FIRST, NAME, SURNAME_SHARE, normalise  # noqa: E402

TITLE_WORD = 24  # characters of the title word kept ("รัฐมนตรีว่าการกระทรวงสาธ…"); longer ones add little
MAX_SURNAME_GIVERS = 30  # a surname follows a few first names, and their misspellings
TITLE_JOINERS = ("และ", "ประจำ")  # what may follow a title in a title word besides an organization
MIN_FULL = 5  # releases a full name needs to be listed (a misspelling is seen in one or two)
MIN_TITLED = 3  # releases writing a title with the full name before the first name alone is read by it
DOMINANT = 0.9  # the share of those releases one full name must have
MIN_HONORIFIC = 5  # ... and releases writing the honorific with it, when no title is beside the first name
HONORIFIC = "@"  # marks an honorific ("@พล.อ.") among the title words
TITLED_FULL = 20  # releases writing that full name at all: the officials the corpus mentions often
VARIANT_FREQUENT = 20  # releases the usual spelling of a name needs before rarer ones are read as it
VARIANT_RATIO = 20  # ... and how many times as many releases as the variant
VARIANT_YEARS = 1  # years the variant's title may be written before or after the usual name's
MIN_CUT_SURNAME = 4  # letters a surname cut short keeps ("จึงรุ่งเรือง" of "จึงรุ่งเรืองกิจ")


def main(paths: list[str]) -> None:
    import os

    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
    os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
    from phakhi.graph.read import iter_releases

    honorifics = [json.loads(line)["form"] for line in (ROOT / "ontology/th/honorifics.jsonl").open(encoding="utf-8")]
    thai = sorted((h for h in honorifics if not h.isascii()), key=len, reverse=True)
    titles = tuple(json.loads(line)["title"] for line in (ROOT / "ontology/th/titles.jsonl").open(encoding="utf-8")
                   if line.strip())
    not_names = tuple(json.loads((ROOT / "ontology/th/not_names.json").read_text(encoding="utf-8"))["words"])
    stop = set(json.loads((ROOT / "ontology/th/stopwords.json").read_text(encoding="utf-8"))["words"])
    hon = "|".join(map(re.escape, thai))
    # optional title word before, honorific(s), first name, surname, optional title word after
    pair = re.compile(f"(?:(?<![{NAME}])([{NAME}]{{4,60}}) {{1,2}})?((?:(?:{hon}) ?)+)([{NAME}]{{2,{MAX_FIRST}}}) {{1,2}}"
                      f"([{NAME}]{{2,30}})(?=[\\s,()]|$)(?: {{1,2}}([{NAME}]{{4,60}}))?")
    token = re.compile(f"(?<![{NAME}])[{NAME}]{{2,30}}(?![{NAME}])")
    pairs, standalone = collections.Counter(), collections.Counter()
    titled: dict[tuple[str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    years: dict[tuple[str, str, str], list[int]] = {}
    for n, release in enumerate(iter_releases(paths)):
        if not hasattr(release, "text"):
            continue
        text = normalise(release.text)
        year = release.published.year if release.published else None
        seen, seen_titled = set(), set()
        for m in pair.finditer(text):
            before, honorific, first, last, after = m.groups()
            if text.startswith(not_names, m.start(2)):
                continue
            seen.add((first, last))
            if year:
                seen_titled.add((HONORIFIC + honorific.strip(), first, last))
            for word in (before, after):
                if word and word.startswith(titles) and year:
                    seen_titled.add((word[:TITLE_WORD], first, last))
        for first, last in seen:
            pairs[first, last] += 1
        for word, first, last in seen_titled:
            titled[word, first][last] += 1
            span = years.setdefault((word, first, last), [year, year])
            span[0], span[1] = min(span[0], year), max(span[1], year)
        standalone.update(set(token.findall(text)))
        if n % 10000 == 0:
            print(n, file=sys.stderr)
    known = sorted(titles, key=len, reverse=True)
    heads = tuple(json.loads(line)["prefix"] for line in (ROOT / "ontology/th/org_patterns.jsonl").open(encoding="utf-8")
                  if line.strip()) + TITLE_JOINERS

    def clean(word: str) -> bool:
        """A title alone, or followed by an organization's first word ("รัฐมนตรีว่าการกระทรวง…") or a second
        post ("…และ…"), not by a clause ("นายกรัฐมนตรีกล่าวว่า")."""
        title = next((t for t in known if word.startswith(t)), None)
        if title is None:
            return True  # the first characters of a long title
        rest = word[len(title):]
        return not rest or rest.startswith(heads) or any(t.startswith(rest) or rest.startswith(t) for t in known)

    surnames = collections.Counter()
    givers = collections.Counter()
    for (first, last), c in pairs.items():
        surnames[last] += c
        givers[last] += 1
    real = {s for s, c in surnames.items()
            if c >= SURNAME_SHARE * standalone[s] and s not in stop and givers[s] <= MAX_SURNAME_GIVERS}
    from phakhi.graph.extract.persons import _distance

    surname_shaped = surname_filter()
    full = {f"{first} {last}": c for (first, last), c in pairs.items() if c >= MIN_FULL and last in real
            and surname_shaped(last)}

    def share(lasts: collections.Counter) -> tuple[str, int, int]:
        """The most written surname, the releases of it and its misspellings (two letters apart), and the
        releases of the other surnames, leaving out words no surname begins with ("คารม ระบุ")."""
        last = lasts.most_common(1)[0][0]
        top = sum(c for s, c in lasts.items() if s == last or _distance(s, last, 2) <= 2)
        rest = sum(c for s, c in lasts.items() if s != last and _distance(s, last, 2) > 2
                   and surname_shaped(s))
        return last, top, top + rest

    out_titled: dict[str, dict[str, list]] = {}
    for (word, first), lasts in sorted(titled.items()):
        last, top, total = share(lasts)
        by_honorific = word.startswith(HONORIFIC)
        if top >= (MIN_HONORIFIC if by_honorific else MIN_TITLED) and top >= DOMINANT * total \
                and full.get(f"{first} {last}", 0) >= TITLED_FULL and (by_honorific or clean(word)):
            out_titled.setdefault(first, {})[word] = [last, *years[word, first, last]]
    by_first: dict[str, dict[str, int]] = {}
    for name, c in sorted(full.items()):
        first, last = name.split(" ")
        by_first.setdefault(first, {})[last] = c
    same = variants(pairs, full, years)
    json.dump({"_doc": "Mined by scripts/mine_person_identity.py from the thaigov corpus (v1 2016-2020, v2 2020-2025): "
                       "full_names: first name -> surname -> releases writing that full name (honorific + first name + "
                       "surname), for names in at least 5; titled: first name -> title word (24 characters) or "
                       "'@' + honorific -> [the surname that first name stands for next to that title or after that "
                       "honorific, first year, last year]; variants: a rare full name -> the frequent full name of the "
                       "same person (a first name one letter apart, a surname one letter apart or cut short, written "
                       "beside the same title in the same years). See ontology/authority/SOURCES.md.",
               "full_names": by_first, "titled": out_titled, "variants": same},
              sys.stdout, ensure_ascii=False, indent=0)
    sys.stdout.write("\n")


def surname_filter():
    """The test a mined surname passes (person_words.json and the name lists as they are now): not a verb or
    function word read as a surname ("คารม ระบุ"): a word beginning with one is a surname when the name lists
    know it, or it is no dictionary word itself, begins with no verb of saying or word no surname begins with
    and holds no such verb or clause word ("กิติพงค์ พร้อมวงค์", written with that first name in 30 releases,
    "สุเมธ ตั้งประเสริฐ"; not "จิรายุ กล่าวต่อไป", "สุชาติ ยังกล่าวต่อว่า"); nor a place read as a surname, a
    word holding a place's unit ("place_units": "อำเภอนางรอง อำเภอโนนดินแดง" gave รอง + "อำเภอโนนดินแดง")."""
    from pythainlp.corpus import thai_family_names, thai_words

    from phakhi.graph.text.thai import tokenize

    words = json.loads((ROOT / "ontology/th/person_words.json").read_text(encoding="utf-8"))
    verbs = tuple(words["not_surname_prefixes"] + words["glued_verbs"] + words["never_surname_starts"])
    known_surnames = thai_family_names() | set(json.loads((ROOT / "ontology/th/person_names.json")
                                                          .read_text(encoding="utf-8"))["surnames"])
    dictionary = thai_words()
    clause_heads = tuple(words["never_surname_starts"] + words["glued_verbs"])
    clause_words = set(words["clause_words"])
    units = tuple(words["place_units"])

    def surname_shaped(last: str) -> bool:
        if last in known_surnames:
            return True
        if any(unit in last for unit in units):
            return False
        if not last.startswith(verbs):
            return True
        return last not in dictionary and not last.startswith(clause_heads) \
            and not any(verb in last for verb in words["glued_verbs"]) \
            and not any(token in clause_words for token in tokenize(last))

    return surname_shaped


def refilter(path: str) -> None:
    """Apply the surname test as it is now to a mined file (no corpus pass): drop the full names whose surname
    fails it, the titled readings and the variants that lead to them. For a filter tightened after the file was
    mined; the file's counts are those of its last whole mining."""
    mined = json.loads(Path(path).read_text(encoding="utf-8"))
    shaped = surname_filter()
    dropped = set()
    for first, lasts in list(mined["full_names"].items()):
        for last in list(lasts):
            if not shaped(last):
                dropped.add(f"{first} {last}")
                del lasts[last]
        if not lasts:
            del mined["full_names"][first]
    for first, titles in list(mined["titled"].items()):
        for word, (last, *_) in list(titles.items()):
            if f"{first} {last}" in dropped:
                del titles[word]
        if not titles:
            del mined["titled"][first]
    mined["variants"] = {rare: usual for rare, usual in mined["variants"].items()
                         if usual not in dropped and rare not in dropped}
    print(f"dropped {len(dropped)}: {sorted(dropped)}", file=sys.stderr)
    json.dump(mined, sys.stdout, ensure_ascii=False, indent=0)
    sys.stdout.write("\n")


def variants(pairs: collections.Counter, full: dict[str, int], years: dict[tuple[str, str, str], list[int]]) -> dict[str, str]:
    """Rare full name -> the frequent full name of the same person (see the module's docstring): one letter
    apart in the first name or the surname, or the surname cut short, and written beside a title word the
    frequent name is written beside in overlapping years. A rare name close to two frequent ones is left alone."""
    from phakhi.graph.extract.persons import _distance

    titles: dict[tuple[str, str], dict[str, list[int]]] = collections.defaultdict(dict)
    for (word, first, last), span in years.items():
        if not word.startswith(HONORIFIC):
            titles[first, last][word] = span
    frequent = [name.split(" ") for name, c in full.items() if c >= VARIANT_FREQUENT]
    by_first: dict[str, list[str]] = collections.defaultdict(list)
    by_last: dict[str, list[str]] = collections.defaultdict(list)
    for first, last in frequent:
        by_first[first].append(last)
        by_last[last].append(first)

    def shared_title(rare: tuple[str, str], usual: tuple[str, str]) -> bool:
        theirs = titles.get(usual, {})
        return any(word in theirs and span[0] <= theirs[word][1] + VARIANT_YEARS
                   and theirs[word][0] - VARIANT_YEARS <= span[1] for word, span in titles.get(rare, {}).items())

    out = {}
    for (first, last), c in pairs.items():
        close = set()
        for usual_last in by_first.get(first, ()):
            if usual_last != last and (_distance(last, usual_last, 1) <= 1 and len(last) >= MIN_CUT_SURNAME
                                       or len(last) >= MIN_CUT_SURNAME and usual_last.startswith(last)):
                close.add((first, usual_last))
        for usual_first in by_last.get(last, ()):
            if usual_first != first and len(first) >= 3 and _distance(first, usual_first, 1) <= 1:
                close.add((usual_first, last))
        close = {u for u in close if pairs[u] >= VARIANT_RATIO * c and shared_title((first, last), u)}
        if len(close) == 1:
            usual = close.pop()
            out[f"{first} {last}"] = f"{usual[0]} {usual[1]}"
    return dict(sorted(out.items()))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--refilter"]:
        refilter(sys.argv[2])
    else:
        main(sys.argv[1:])
