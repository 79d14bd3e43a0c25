"""How often a count is linked to the program or organization it is about, when the text says so.

The gold facts carry an `about` text for each count, not an entity; a gold count is taken to be about an
entity of the same gold file when one of that program's or organization's names occurs in its `about` text
("โรงงานที่เข้าร่วมโครงการอุตสาหกรรมสีเขียว" is about the programme อุตสาหกรรมสีเขียว). Predicted counts
(the extractor's, linked only to an entity of the release, as graph/rdf/mapping.py writes them) are matched
to gold counts as the scorer matches them; then, over matched pairs:

- precision: linked predicted counts whose entity has a name in the gold `about` text;
- recall: gold counts about some entity whose predicted count is linked to one of them.

    python scripts/measure_count_links.py GOLD_DIR RELEASES_DIR [--show]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from phakhi.graph.cli.evaluate import _count_match, canon, canon_program, load_gold, match
from phakhi.graph.extract.pipeline import extract
from phakhi.graph.read import ReadFailure, iter_releases

MIN_NAME = 2  # canonical characters: shorter names ("อก"?) are too ambiguous inside an about text


def _names_in(about: str, names: list[str]) -> bool:
    text = canon(about)
    for name in names:
        for form in {canon(name), canon_program(name)}:
            if len(form) >= MIN_NAME and form in text:
                return True
    return False


def measure(gold_dir: str, releases: str, show: bool = False) -> dict:
    gold_by_name = load_gold(gold_dir)
    tally = {"linked": 0, "linked_right": 0, "gold_about": 0, "found": 0, "matched": 0}
    for release in iter_releases([releases]):
        if isinstance(release, ReadFailure) or Path(release.name).name not in gold_by_name:
            continue
        gold = gold_by_name[Path(release.name).name]
        x = extract(release)
        entities = [e["names"] for e in gold.get("programs", []) + gold.get("organizations", [])]
        predicted = [{"value": c.value, "unit": c.unit, "text": c.text, "about_key": c.about_key}
                     for c in x.counts]
        for i, j in match(gold["counts"], predicted, _count_match):
            g, p = gold["counts"][i], predicted[j]
            tally["matched"] += 1
            about = g.get("about") or ""
            wanted = [names for names in entities if _names_in(about, names)]
            entity = x.entities.get(p["about_key"]) if p["about_key"] else None
            names = (entity.names + [n for ns in entity.labels.values() for n in ns]) if entity else []
            right = bool(entity) and _names_in(about, names)
            tally["gold_about"] += bool(wanted)
            tally["linked"] += bool(entity)
            tally["linked_right"] += right
            tally["found"] += bool(wanted) and right
            if show and (bool(wanted) != right or (entity and not right)):
                print(json.dumps({"release": release.name, "text": g["text"], "about": about,
                                  "wanted": [w[0] for w in wanted], "linked": names[:1]}, ensure_ascii=False))
    p = tally["linked_right"] / tally["linked"] if tally["linked"] else 0.0
    r = tally["found"] / tally["gold_about"] if tally["gold_about"] else 0.0
    return {**tally, "precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("releases")
    parser.add_argument("--show", action="store_true", help="Print each wrong or missing link.")
    args = parser.parse_args()
    print(json.dumps(measure(args.gold, args.releases, args.show), ensure_ascii=False))


if __name__ == "__main__":
    main()
