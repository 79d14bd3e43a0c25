"""Audit samples: a seeded random sample of distinct entities per class, each with its label, type, how many
releases mention it and one quoted context (the characters around one of its evidence spans: its characters, and
the words each side read from the release text), for a person to judge valid / boundary / junk; as JSON lines or a review page.

Everything is asked of the store with aggregates over query strings: the entity list (one IRI per entity),
then, for the sampled entities only, their labels, types, release counts and one span each. No span of an
unsampled entity is read into Python, so a sample of a corpus-sized store costs a few queries.
"""

from __future__ import annotations

import html
import json
import random
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field

from phakhi.graph.knowledge import KNOWLEDGE
from phakhi.graph.rdf.mapping import (CONTEXT_BINDS, EVENT_CLASS, ORG_CLASS, SPAN_BINDS, SPAN_OFFSETS, SPAN_RELEASE,
                                      cut_context)
from phakhi.graph.store import GraphStore
from phakhi.graph.text.thai import has_thai

CLASSES = {  # audit class -> the class every entity of it carries in the graph
    "organization": "org:Organization",
    "person": "schema:Person",
    "program": "ph:Program",
    "event": "schema:Event",
}
_TYPE_NAMES = {str(iri): name for name, iri in {**ORG_CLASS, **EVENT_CLASS}.items()}
_BATCH = 200  # entities per VALUES block
_KNOWLEDGE = f"<{KNOWLEDGE}>"  # says each label and type once: the votes below count the releases


class AuditError(ValueError):
    """The audit cannot be made as asked (unknown class, sample size below 1, empty store)."""


@dataclass
class Context:
    release: str
    start: int
    end: int
    prefix: str
    exact: str
    suffix: str

    @property
    def text(self) -> str:
        return self.prefix + self.exact + self.suffix


@dataclass
class AuditItem:
    cls: str
    iri: str
    label: str
    type: str | None
    releases: int
    context: Context | None = None
    labels: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        row = asdict(self)
        return {"class": row.pop("cls"), **row}


def _values(iris: list[str]) -> str:
    return "VALUES ?e { " + " ".join(f"<{iri}>" for iri in iris) + " }"


def entity_iris(store: GraphStore, cls: str) -> list[str]:
    """Every distinct entity of an audit class, sorted (so a seed draws the same sample every time)."""
    if cls not in CLASSES:
        raise AuditError(f"unknown class {cls!r}: choose from {', '.join(CLASSES)}")
    rows = store.select_text(f"SELECT DISTINCT ?e WHERE {{ ?e a {CLASSES[cls]} ; ph:mentionedIn ?r }}")
    return sorted(row["e"] for row in rows)


def draw(iris: list[str], n: int, seed: int) -> list[str]:
    """n distinct IRIs (all of them when there are fewer), the same ones for the same seed and list."""
    if n < 1:
        raise AuditError(f"sample size must be at least 1, not {n}")
    return random.Random(seed).sample(iris, min(n, len(iris)))


def describe(store: GraphStore, cls: str, iris: list[str]) -> list[AuditItem]:
    """Label, type, release count and one context of each entity, in the order given."""
    items = []
    for i in range(0, len(iris), _BATCH):
        items += _describe_batch(store, cls, iris[i:i + _BATCH])
    return items


def _describe_batch(store: GraphStore, cls: str, iris: list[str]) -> list[AuditItem]:
    values = _values(iris)
    counts = {row["e"]: int(row["n"]) for row in store.select_text(
        f"SELECT ?e (COUNT(DISTINCT ?r) AS ?n) WHERE {{ {values} ?e ph:mentionedIn ?r }} GROUP BY ?e")}
    # each label with the number of release graphs giving it as preferred label: the commonest Thai one wins
    labels: dict[str, Counter] = defaultdict(Counter)
    for row in store.select_text(f"SELECT ?e ?l (COUNT(?g) AS ?n) WHERE {{ {values} GRAPH ?g {{ ?e skos:prefLabel ?l }} FILTER(?g != {_KNOWLEDGE}) }} "
                                 "GROUP BY ?e ?l"):
        labels[row["e"]][row["l"]] += int(row["n"])
    types: dict[str, Counter] = defaultdict(Counter)
    for row in store.select_text(f"SELECT ?e ?t (COUNT(?g) AS ?n) WHERE {{ {values} GRAPH ?g {{ ?e a ?t }} FILTER(?g != {_KNOWLEDGE}) }} GROUP BY ?e ?t"):
        if row["t"] in _TYPE_NAMES:
            types[row["e"]][_TYPE_NAMES[row["t"]]] += int(row["n"])
    best = {e: _best_label(c) for e, c in labels.items()}
    contexts = _contexts(store, iris, best)
    items = []
    for iri in iris:
        ranked = sorted(labels.get(iri, {}).items(), key=lambda kv: (-kv[1], kv[0]))
        kind = types[iri].most_common(1)[0][0] if types.get(iri) else None
        items.append(AuditItem(cls, iri, best.get(iri, ""), kind, counts.get(iri, 0), contexts.get(iri),
                               [label for label, _ in ranked]))
    return items


def _best_label(counter: Counter) -> str:
    return min(counter.items(), key=lambda kv: (not has_thai(kv[0]), -kv[1], kv[0]))[0]


def _contexts(store: GraphStore, iris: list[str], best: dict[str, str]) -> dict[str, Context]:
    """One span per entity: the first (by IRI) whose quoted text is the entity's label, else its first span."""
    pairs = " ".join(f"(<{e}> {json.dumps(best.get(e, ''), ensure_ascii=False)})" for e in iris)
    exact_match = store.select_text(f"""
        SELECT ?e (MIN(STR(?s)) AS ?span) WHERE {{ VALUES (?e ?label) {{ {pairs} }}
          ?e prov:wasDerivedFrom ?span . {SPAN_OFFSETS} FILTER(?end - ?start = STRLEN(?label))
          {SPAN_RELEASE} ?release schema:articleBody ?body
          FILTER(SUBSTR(?body, ?start + 1, ?end - ?start) = STR(?label)) BIND(?span AS ?s) }} GROUP BY ?e""")
    chosen = {row["e"]: row["span"] for row in exact_match if row.get("span")}
    rest = [e for e in iris if e not in chosen]
    if rest:
        for row in store.select_text(f"SELECT ?e (MIN(STR(?s)) AS ?span) WHERE {{ {_values(rest)} "
                                     "?e prov:wasDerivedFrom ?s } GROUP BY ?e"):
            if row.get("span"):
                chosen[row["e"]] = row["span"]
    if not chosen:
        return {}
    spans = " ".join(f"<{s}>" for s in set(chosen.values()))
    found = {}
    for row in store.select_text(f"""
        SELECT ?span ?name ?start ?end ?exact ?before ?after WHERE {{ VALUES ?span {{ {spans} }}
          {SPAN_RELEASE} ?release schema:articleBody ?body {SPAN_BINDS}
          OPTIONAL {{ ?release dcterms:identifier ?name }} {CONTEXT_BINDS} }}"""):
        prefix, suffix = cut_context(row.get("before", ""), row.get("after", ""))
        found[row["span"]] = Context(row.get("name", ""), int(row["start"]), int(row["end"]), prefix, row["exact"], suffix)
    return {e: found[s] for e, s in chosen.items() if s in found}


def audit(store: GraphStore, n: int, classes: list[str] | None = None, seed: int = 0) -> list[AuditItem]:
    """A sample of n distinct entities per class (fewer when a class has fewer), reproducible by seed."""
    classes = list(classes or CLASSES)
    for cls in classes:
        if cls not in CLASSES:
            raise AuditError(f"unknown class {cls!r}: choose from {', '.join(CLASSES)}")
    if n < 1:
        raise AuditError(f"sample size must be at least 1, not {n}")
    if not store.ask("ASK { ?r a schema:NewsArticle }"):
        raise AuditError(f"the store at {store.location} holds no releases: ingest some first")
    items = []
    for cls in classes:
        items += describe(store, cls, draw(entity_iris(store, cls), n, seed))
    return items


CHOICES = ("valid", "boundary", "junk")

_PAGE = """<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>phakhi audit</title>
<style>
body{{font-family:"Noto Sans Thai","Loma","Garuda",sans-serif;margin:1.5em;}}
table{{border-collapse:collapse;width:100%}} td,th{{border:1px solid #ccc;padding:.3em .5em;vertical-align:top}}
mark{{background:#ffe066}} .ctx{{max-width:60em}} .meta{{color:#555;font-size:.85em}}
</style></head><body>
<h1>phakhi audit: {count} entities</h1>
<p>Judge each entity against its context (shared/corpus/GUIDELINE.md): <b>valid</b> (a real name, whole),
<b>boundary</b> (a real thing, name cut short or run on), <b>junk</b> (names nothing / wrong class).
<button id="export">Export judgements as JSON</button></p>
<table><thead><tr><th>#</th><th>class</th><th>label</th><th>type</th><th>releases</th><th>context</th><th>judgement</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<pre id="out"></pre>
<script type="application/json" id="items">{items}</script>
<script>
document.getElementById("export").addEventListener("click", function () {{
  var items = JSON.parse(document.getElementById("items").textContent);
  items.forEach(function (item, i) {{
    var picked = document.querySelector('input[name="j' + i + '"]:checked');
    item.judgement = picked ? picked.value : null;
  }});
  var text = JSON.stringify(items, null, 1);
  document.getElementById("out").textContent = text;
  var link = document.createElement("a");
  link.href = "data:application/json;charset=utf-8," + encodeURIComponent(text);
  link.download = "audit-judgements.json";
  link.click();
}});
</script>
</body></html>
"""


def _row(index: int, item: AuditItem) -> str:
    e = html.escape
    if item.context:
        c = item.context
        context = (f'{e(c.prefix)}<mark>{e(c.exact)}</mark>{e(c.suffix)}'
                   f'<div class="meta">{e(c.release)} [{c.start}:{c.end}]</div>')
    else:
        context = '<span class="meta">(no span stored)</span>'
    choices = " ".join(f'<label><input type="radio" name="j{index}" value="{v}"> {v}</label>' for v in CHOICES)
    return (f'<tr><td>{index + 1}</td><td>{e(item.cls)}</td><td>{e(item.label)}<div class="meta">{e(item.iri)}</div></td>'
            f'<td>{e(item.type or "")}</td><td>{item.releases}</td><td class="ctx">{context}</td><td>{choices}</td></tr>')


def review_page(items: list[AuditItem]) -> str:
    """A self-contained review page: no external requests, every text from releases escaped, one row per
    entity with its context highlighted and a valid/boundary/junk choice; a button exports the judgements."""
    data = json.dumps([{"class": i.cls, "iri": i.iri, "label": i.label, "type": i.type,
                        "context": i.context.text if i.context else None} for i in items], ensure_ascii=False)
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")  # cannot close the script
    return _PAGE.format(count=len(items), rows="\n".join(_row(i, item) for i, item in enumerate(items)), items=data)
