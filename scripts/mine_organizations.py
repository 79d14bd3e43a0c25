"""Mine ontology/th/organization_names.json from the thaigov corpora (v1 + v2 tarballs).

    python scripts/mine_organizations.py ../shared/corpus/thaigov-v1.tar.xz ../shared/corpus/thaigov-v2.tar.xz [--every 2] [--min-releases 3]

Two things, both used by graph/extract/organizations.py to test names found by pattern (not in the authority file):
- cut_words: words that, written right after a known organization's name with no space, continue the sentence
  (verbs, adverbs, function words: "กระทรวงพาณิชย์จะ…", "กรมโรงงานอุตสาหกรรมได้…") and hardly ever occur inside an
  organization's name. A name found by pattern is cut where one of them begins (nothing left: no name).
- names: names found by pattern in at least --min-releases releases, each followed in most of its uses by a space,
  a bracket or a line end (a real name recurs with the same boundaries across releases), and not near an authority
  name written 20 times as often (a common misspelling such as "กระทรวงสาธารณะสุข" is not a body of its own).
  They skip the part-of-speech test at run time and keep near matching from merging a different body.
- generic: recurring names counted by a quantifier in two releases and at least one release in five ("ทุกศูนย์…",
  "ทั้ง 76 สำนักงาน…"): they name a kind of body (every province has one), not one body, and are not organizations.
Every --every-th release of each archive is read (in archive order), so a run takes minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ontology" / "th" / "organization_names.json"
GLUED_AFTER = 25  # characters read after a name to find the word glued to it
GENERIC_SHARE = 5  # a name counted in one release in 5 names a kind of body
MISSPELT = 20  # a recurring name near an authority name written this many times as often is a misspelling of it


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("archives", nargs="+")
    parser.add_argument("--every", type=int, default=2)
    parser.add_argument("--min-releases", type=int, default=3)
    parser.add_argument("--min-after", type=int, default=25, help="uses after a known name for a cut word")
    parser.add_argument("-o", "--output", default=str(OUT))
    args = parser.parse_args()

    from phakhi.graph import organizations as orgs
    from phakhi.graph.extract.authority import near_authority, organizations
    from phakhi.graph.extract.document import Doc
    from phakhi.graph.extract.names import nominal
    from phakhi.graph.extract.persons import find_persons
    from phakhi.graph.read import iter_releases
    from phakhi.graph.text.thai import is_thai, tokenize
    from phakhi.ontology import load_org_patterns

    prefixes = sorted({p["prefix"] for p in load_org_patterns()}, key=len, reverse=True)
    after: Counter[str] = Counter()  # word glued right after an authority organization's name
    inside: Counter[str] = Counter()  # word inside an organization's name (after its prefix word)
    seen: Counter[str] = Counter()  # releases per name found by pattern
    clean_end: Counter[str] = Counter()  # ... of which the name ends at a space, bracket or line end
    known: Counter[str] = Counter()  # releases per authority organization
    counted: Counter[str] = Counter()  # releases where the name is counted ("ทุกศูนย์ดำรงธรรม", "ทั้ง 76 สำนักงาน…")
    quantifiers = tuple(orgs.load_not_organizations()["generic_before"])

    def remainder_tokens(name: str) -> list[str]:
        for prefix in prefixes:
            if name.startswith(prefix):
                return [t for t in tokenize(name[len(prefix):]) if t.strip()]
        return [t for t in tokenize(name) if t.strip()]

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
        before = len(doc.mentions)
        orgs.find_by_pattern(doc, validate=False)
        names = set()
        for m in doc.mentions[before:]:
            if m.kind == "organization" and m.key.startswith(orgs.PATTERN_KEY):
                name = text[m.nstart:m.nend]
                if name in names:
                    continue
                names.add(name)
                seen[name] += 1
                before = text[max(0, m.nstart - 12):m.nstart].rstrip(" ")
                if before.endswith(quantifiers) or orgs._COUNTED.search(text, max(0, m.nstart - 8), m.nstart):
                    counted[name] += 1
                following = text[m.nend:m.nend + 1]
                if not following or not (is_thai(following) or following.isalnum()):
                    clean_end[name] += 1
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
    def prefix_length(name: str) -> int:
        return next((len(p) for p in prefixes if name.startswith(p)), 0)

    def misspelling(name: str, n: int) -> bool:
        """Near an authority name (graph/extract/authority.py) that is written at least MISSPELT times as often?"""
        near = near_authority(name, 0, prefix_length(name), len(name), guard=False)
        return near is not None and near[0] == len(name) and known[near[1]] >= MISSPELT * n

    generic = sorted(name for name, n in seen.items()
                     if n >= args.min_releases and counted[name] >= 2 and counted[name] * GENERIC_SHARE >= n)
    names = sorted(name for name, n in seen.items()
                   if n >= args.min_releases and name not in set(generic) and clean_end[name] * 2 >= n and not cut & set(remainder_tokens(name))
                   and (" " in name or nominal(name, prefix_length(name)) == name)  # the test rare names pass
                   and not misspelling(name, n))
    data = {
        "_doc": ("Mined by scripts/mine_organizations.py from the thaigov v1 and v2 corpora "
                 f"(one release in {args.every}, {read} releases). cut_words: words written right after a known "
                 f"organization's name at least {args.min_after} times and at most a tenth as often inside names; a "
                 "name found by pattern is cut where one begins. names: names found by pattern in at least "
                 f"{args.min_releases} releases, mostly ending at a space, bracket or line end, with no cut word, "
                 "passing the part-of-speech test of graph/extract/organizations.py, and not near an authority name written "
                 f"{MISSPELT} times as often (a misspelling of it): they skip that test at run time, and keep "
                 "authority names from being near-matched to a different body. generic: names found by pattern "
                 f"in at least {args.min_releases} releases and counted by a quantifier in two of them and at least "
                 f"one in {GENERIC_SHARE} (\"ทุกศูนย์…\", \"ทั้ง 76 สำนักงาน…\"): a kind of body, not one body."),
        "cut_words": cut_words,
        "names": names,
        "generic": generic,
    }
    Path(args.output).write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{read} releases: {len(cut_words)} cut words, {len(names)} names -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
