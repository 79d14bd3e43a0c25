"""Mine Thai first names and surnames from the thaigov corpus: where a person's name ends.

A person in a release is written honorific + first name + space + surname ("นายสุวินัย ต่อศิริสุข"). Many
surnames begin with a word that, after a first name, usually means the surname is absent ("ต่อ", "จึง",
"พร้อม", "มา": "นายมงคล กล่าวว่า"), and pythainlp's name lists miss most officials' names. The corpus
itself tells them apart: a surname is a space-delimited word found mostly right after honorific + first
name, while a verb ("กล่าว") is found everywhere. Likewise a first name is a word that follows an
honorific and is followed by such a surname.

Output (JSON, stdout): {"first_names": [...], "surnames": [...]} — only names pythainlp's lists lack, and
of surnames only those the default surname test would reject (they begin with a word of
person_words.json "not_surname_prefixes" or a stop word). Written to ontology/th/person_names.json.

Usage:
    python scripts/mine_person_names.py ../shared/corpus/thaigov-v1.tar.xz ../shared/corpus/thaigov-v2.tar.xz > ontology/th/person_names.json

Thresholds: a name must be seen in at least MIN_RELEASES releases; a surname must occur after a first
name in at least SURNAME_SHARE of the releases where it occurs as a space-delimited word, after at most
MAX_GIVERS different first names, and must not begin with a verb of saying (the longer words of
not_surname_prefixes).
"""
from __future__ import annotations

import collections
import json
import re
import sys
import tarfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e45\u0e47-\u0e4e"
MIN_RELEASES = 3
SURNAME_SHARE = 0.6
MAX_GIVERS = 4  # a surname follows a few first names (one family); "กล่าวต่อว่า" follows hundreds
MAX_FIRST = 16
MAX_SURNAME = 20  # a longer run after an honorific is a name with words glued on


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u0e4d\u0e32", "\u0e33")
    for ch in ("\u200b", "\u200c", "\u200d", "\ufeff", "\u2060", "\u00ad"):
        text = text.replace(ch, "")
    return text.replace("\xa0", " ")


def releases(paths: list[str]):
    for path in paths:
        with tarfile.open(path, mode="r|*") as archive:
            for member in archive:
                if member.isfile() and member.name.endswith(".txt"):
                    handle = archive.extractfile(member)
                    if handle is not None:
                        yield normalise(handle.read().decode("utf-8", "replace"))


def main(paths: list[str]) -> None:
    honorifics = [json.loads(line)["form"] for line in (ROOT / "ontology/th/honorifics.jsonl").open(encoding="utf-8")]
    thai = sorted((h for h in honorifics if not h.isascii()), key=len, reverse=True)
    not_names = json.loads((ROOT / "ontology/th/not_names.json").read_text(encoding="utf-8"))["words"]
    words = json.loads((ROOT / "ontology/th/person_words.json").read_text(encoding="utf-8"))
    prefixes = tuple(words["not_surname_prefixes"])
    never = tuple(words["never_surname_starts"])
    stop = set(json.loads((ROOT / "ontology/th/stopwords.json").read_text(encoding="utf-8"))["words"])
    pair = re.compile(f"(?:{'|'.join(map(re.escape, thai))}) ?([{NAME}]{{2,{MAX_FIRST}}}) {{1,2}}([{NAME}]{{2,30}})(?=[\\s,()]|$)")
    token = re.compile(f"(?<![{NAME}])[{NAME}]{{2,30}}(?![{NAME}])")
    firsts, surnames, standalone = collections.Counter(), collections.Counter(), collections.Counter()
    pairs = collections.Counter()
    for n, text in enumerate(releases(paths)):
        seen_pairs = set()
        for m in pair.finditer(text):
            if text.startswith(tuple(not_names), m.start()):
                continue
            seen_pairs.add((m.group(1), m.group(2)))
        for first, last in seen_pairs:
            pairs[first, last] += 1
        for last in {last for _, last in seen_pairs}:
            surnames[last] += 1
        standalone.update(set(token.findall(text)))
        if n % 10000 == 0:
            print(n, file=sys.stderr)
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names

    long_prefixes = tuple(w for w in prefixes if len(w) >= 4)
    known_first = thai_female_names() | thai_male_names()
    known_family = thai_family_names()

    givers = collections.Counter(last for _, last in pairs)  # how many different first names precede it
    real_surnames = {s for s, c in surnames.items()
                     if c >= MIN_RELEASES and c >= SURNAME_SHARE * standalone[s] and s not in stop
                     and givers[s] <= MAX_GIVERS and not s.startswith(long_prefixes)}
    for (first, last), c in pairs.items():
        if last in real_surnames or last in known_family:
            firsts[first] += c
    out_first = sorted(f for f, c in firsts.items() if c >= MIN_RELEASES and f not in known_first
                       and not any(w in f for w in long_prefixes))
    out_sur = sorted(s for s in real_surnames if s not in known_family and len(s) <= MAX_SURNAME
                     and not s.startswith(never) and _begins_with_function_word(s, prefixes, stop))
    json.dump({"_doc": "Mined by scripts/mine_person_names.py from the thaigov corpus (v1 2016-2020, v2 2020-2025): "
                       "first names and surnames pythainlp's name lists lack; surnames only where they begin with a "
                       "word that otherwise ends a name; variants: misspellings of a full name (a tone mark, karan "
                       "or vowel length apart) -> the spelling the corpus mostly uses. See ontology/authority/SOURCES.md.",
               "first_names": out_first, "surnames": out_sur, "variants": variants(pairs, real_surnames | known_family)},
              sys.stdout, ensure_ascii=False, indent=0)
    sys.stdout.write("\n")


_MARKS = str.maketrans({"\u0e48": None, "\u0e49": None, "\u0e4a": None, "\u0e4b": None, "\u0e4c": None,
                        "\u0e47": None, "\u0e39": "\u0e38", "\u0e35": "\u0e34", "\u0e37": "\u0e36"})
VARIANT_RATIO = 5  # the usual spelling is seen in at least this many times as many releases as a variant


def variants(pairs: collections.Counter, surnames: set[str]) -> dict[str, str]:
    """Full names written in more than one way: tone marks, karan (์) or a long/short vowel apart
    ("ชาญวีรกุล" / "ชาญวีรกูล", "จันทรโอชา" / "จันทร์โอชา"). Each rarer spelling -> the spelling seen in
    VARIANT_RATIO times as many releases (at least MIN_RELEASES), when that one has a known surname."""
    groups: dict[tuple[str, str], list[tuple[int, str]]] = collections.defaultdict(list)
    for (first, last), c in pairs.items():
        groups[first.translate(_MARKS), last.translate(_MARKS)].append((c, f"{first} {last}"))
    out = {}
    for forms in groups.values():
        if len(forms) < 2:
            continue
        forms.sort(reverse=True)
        (top, usual), rest = forms[0], forms[1:]
        if top < MIN_RELEASES or usual.split(" ")[1] not in surnames:
            continue
        for c, form in rest:
            if top >= VARIANT_RATIO * c:
                out[form] = usual
    return dict(sorted(out.items()))


def _begins_with_function_word(surname: str, prefixes: tuple[str, ...], stop: set[str]) -> bool:
    """Does the default test reject it (it begins with a function word or verb), while no later word is
    one ("ยังระบุอีกว่า" is a clause, "ยังสุขสถาพร" a surname)?"""
    from pythainlp.tokenize import word_tokenize

    tokens = word_tokenize(surname, engine="newmm")
    if not (surname.startswith(prefixes) or tokens[0] in stop):
        return False
    return not any(t in stop or t in prefixes for t in tokens[1:])


if __name__ == "__main__":
    main(sys.argv[1:])
