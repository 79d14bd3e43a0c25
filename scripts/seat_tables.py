"""Seat tables: the tenures of the busiest seats of a store, one block per seat, to read and to diff before and after a
change to posts or tenures (docs/audit/self20-posts/). The seats: the Prime Minister (a bodiless one-seat post), the
ministers attached to the Office of the Prime Minister, the minister, permanent secretary and deputy ministers of each
ministry of the authority file, and the directors-general of the Ministry of Industry's departments.

    python scripts/seat_tables.py STORE OUT.tsv
"""

from __future__ import annotations

import sys

from phakhi.graph.extract.authority import organizations
from phakhi.graph.knowledge import tenures
from phakhi.graph.knowledge.maintain import K
from phakhi.graph.knowledge.tenures import _names, _rows
from phakhi.graph.rdf.iris import post_iri
from phakhi.graph.store import open_store

COLUMNS = ("person", "title", "acting", "known_from", "known_until", "releases", "predecessor", "successor")


def _seats() -> list[tuple[str, str]]:
    bodies = organizations()
    ministries = [row["th"] for key, row in bodies.items() if row.get("type") == "Ministry" and key != "org:pmo"]
    pmo = bodies["org:pmo"]["th"]
    return ([(pmo, "รัฐมนตรีประจำ")] + [(m, "รัฐมนตรีว่าการ") for m in ministries]
            + [(m, "ปลัด") for m in ministries + [pmo]]
            + [(row["th"], "อธิบดี") for row in bodies.values()
               if row.get("parent") == "moi" and row["th"].startswith("กรม")]
            + [(m, "รัฐมนตรีช่วยว่าการ") for m in ministries])


def _value(term) -> str:
    text = str(term)
    return text.split('"')[1] if '"' in text else text


def _prime_minister(store) -> list[str]:
    rows = list(_rows(store, f"""SELECT ?t ?p ?a ?b ?n ?pred ?succ ?acting WHERE {{ GRAPH {K} {{
            ?t ph:post <{post_iri("นายกรัฐมนตรี", None)}> ; org:member ?p ; ph:firstDate ?a ; ph:lastDate ?b ;
            ph:releases ?n ; ph:acting ?acting
            OPTIONAL {{ ?t ph:replaces/org:member ?pred }} OPTIONAL {{ ?t ph:replacedBy/org:member ?succ }} }} }}"""))
    names = _names(store, {str(x)[1:-1] for row in rows for x in (row[1], row[5], row[6]) if x})
    name = lambda x: names.get(str(x)[1:-1], "") if x else "None"  # noqa: E731
    rows.sort(key=lambda r: (str(r[2]), str(r[1])))
    return ["\t".join([name(r[1]), "นายกรัฐมนตรี", str(_value(r[7]) == "true"), _value(r[2]), _value(r[3]),
                       _value(r[4]), name(r[5]), name(r[6])]) for r in rows]


def main(store_dir: str, out: str) -> None:
    with open_store(store_dir, read_only=True) as store, open(out, "w", encoding="utf-8") as f:
        f.write("## - นายกรัฐมนตรี\n" + "".join(line + "\n" for line in _prime_minister(store)))
        for org, title in _seats():
            try:
                rows = tenures(store, organization=org, title=title)
            except LookupError:
                rows = []
            f.write(f"## {org} {title}\n")
            f.writelines("\t".join(str(r[k]) for k in COLUMNS) + "\n" for r in rows)


if __name__ == "__main__":
    main(*sys.argv[1:3])
