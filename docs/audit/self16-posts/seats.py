"""List the holders of the one-seat posts (titles.jsonl "seat": "one", bodiless post IRIs) in a store, with
their tenure dates, release counts and succession links; also the Thai-PM-like posts that carry a country."""
import sys
from phakhi.graph.store import open_store
from phakhi.graph.knowledge.maintain import K
from phakhi.graph.knowledge.tenures import _seats, _names

store = open_store(sys.argv[1], read_only=True)
seats = " ".join(sorted(_seats()))
rows = store.select_text(f"""SELECT ?post ?t ?person ?a ?b ?n ?acting WHERE {{ VALUES ?post {{ {seats} }}
  GRAPH {K} {{ ?t a org:Membership ; ph:post ?post ; org:member ?person ; ph:releases ?n
  OPTIONAL {{ ?t ph:firstDate ?a ; ph:lastDate ?b }} OPTIONAL {{ ?t ph:acting ?acting }} }} }}""")
rows = list(rows)
names = _names(store, {str(r["person"]) for r in rows})
links = list(store.select_text(f"""SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?post {{ {seats} }}
  GRAPH {K} {{ ?t ph:post ?post ; ph:replaces|ph:replacedBy ?x }} }}"""))
for r in sorted(rows, key=lambda r: (str(r["post"]), str(r.get("a")))):
    print(str(r["post"]).rsplit("/", 1)[-1], names.get(str(r["person"]), r["person"]), r.get("a"), r.get("b"), r["n"],
          "acting" if str(r.get("acting")).startswith("\"true") or str(r.get("acting")) == "true" else "", sep="\t")
print("succession links on one-seat posts:", links[0]["n"])
