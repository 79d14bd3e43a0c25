"""List the largest posts named without their body in a store: the posts (pid:post/…, no country after the title)
by the number of distinct persons holding them in the knowledge graph, with their tenures and releases; a post of
many holders is one IRI shared by every body's holder (a hub an analyst meets in the SPARQL results and the post
pages). Last line: the posts named without a body, the persons holding one, the holders of the largest.
Usage: bodiless.py STORE [TOP]"""
import sys
from collections import Counter
from urllib.parse import unquote

from phakhi.graph.knowledge.maintain import K
from phakhi.graph.store import open_store
from phakhi.ontology import PID

store = open_store(sys.argv[1], read_only=True)
top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
base = f"{PID}post/"
rows = store.select_text(f"""SELECT ?post ?person ?n WHERE {{ GRAPH {K} {{ ?t a org:Membership ; ph:post ?post ;
  org:member ?person ; ph:releases ?n FILTER(STRSTARTS(STR(?post), "{base}")) }} }}""")
holders, tenures, releases = Counter(), Counter(), Counter()
seen = set()
for r in rows:
    post = unquote(str(r["post"])[len(base):])
    tenures[post] += 1
    releases[post] += int(r["n"])
    if (post, str(r["person"])) not in seen:
        seen.add((post, str(r["person"])))
        holders[post] += 1
for post, n in holders.most_common(top):
    print(post, n, tenures[post], releases[post], sep="\t")
bare = [p for p in holders if "/" not in p]
keyed = [p for p in holders if "/" in p]
print("bodiless posts (no country):", len(bare), "holders:", sum(holders[p] for p in bare),
      "largest:", max((holders[p] for p in bare), default=0), "| keyed by the words after the title (a country or a "
      "body):", len(keyed), "holders:", sum(holders[p] for p in keyed), "largest:", max((holders[p] for p in keyed), default=0))
