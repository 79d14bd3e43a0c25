"""List the holders of the one-seat posts and of other countries' offices in a store: the bodiless posts
(pid:post/…) whose title begins with a title that names one seat (titles.jsonl "seat": "one" or "one of each
country"): นายกรัฐมนตรี, นายกรัฐมนตรีเวียดนาม (pid:post/นายกรัฐมนตรีเวียดนาม before the seventeenth session,
pid:post/นายกรัฐมนตรี/เวียดนาม after), ประธานาธิบดีสหรัฐอเมริกา, … with tenure dates, release counts, acting, and
the number of distinct posts and of succession links. Usage: seats.py STORE"""
import sys
from urllib.parse import unquote

from phakhi.graph.knowledge.maintain import K
from phakhi.graph.knowledge.tenures import _names
from phakhi.graph.store import open_store
from phakhi.ontology import PID, load_titles

store = open_store(sys.argv[1], read_only=True)
heads = tuple(sorted({row["title"] for row in load_titles() if row.get("seat")}, key=len, reverse=True))
base = f"{PID}post/"
rows = [r for r in store.select_text(f"""SELECT ?post ?t ?person ?a ?b ?n ?acting ?x WHERE {{
  GRAPH {K} {{ ?t a org:Membership ; ph:post ?post ; org:member ?person ; ph:releases ?n
  FILTER(STRSTARTS(STR(?post), "{base}"))
  OPTIONAL {{ ?t ph:firstDate ?a ; ph:lastDate ?b }} OPTIONAL {{ ?t ph:acting ?acting }}
  OPTIONAL {{ ?t ph:replaces|ph:replacedBy ?x }} }} }}""")]
rows = [r for r in rows if unquote(str(r["post"])[len(base):]).replace("_", " ").startswith(heads)]
names = _names(store, {str(r["person"]) for r in rows})
tenures, links = {}, set()
for r in rows:
    tenures[str(r["t"])] = r
    if r.get("x"):
        links.add((str(r["t"]), str(r["x"])))
for r in sorted(tenures.values(), key=lambda r: (str(r["post"]), str(r.get("a")))):
    print(unquote(str(r["post"])[len(base):]), names.get(str(r["person"]), r["person"]), r.get("a"), r.get("b"), r["n"],
          "acting" if "true" in str(r.get("acting")) else "", sep="\t")
print("posts:", len({str(r["post"]) for r in tenures.values()}), "tenures:", len(tenures),
      "succession links:", len(links))
