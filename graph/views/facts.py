"""The facts contract of shared/eval/SPEC.md, read back from the stored graph with SPARQL.

One JSON object per release: organizations, persons with posts, programs, events and counts. Which
entities belong to a release comes from its named graph; their names are every label the whole store
holds for them (labels learned in other releases included), fullest Thai form first.
"""

from __future__ import annotations

from collections import defaultdict

from phakhi.graph.rdf.iris import graph_iri, release_iri, span_parts
from phakhi.graph.rdf.mapping import EVENT_CLASS, ORG_CLASS, QUALIFIER
from phakhi.graph.store import Store

_ORG_TYPE = {str(iri): name for name, iri in ORG_CLASS.items()}
_EVENT_TYPE = {str(iri): name for name, iri in EVENT_CLASS.items()}
_QUALIFIER = {str(iri): name for name, iri in QUALIFIER.items()}


def _names(store: Store, nodes: list[str]) -> dict[str, list[str]]:
    if not nodes:
        return {}
    values = " ".join(f"<{n}>" for n in nodes)
    rows = store.select(f"""
        SELECT ?e ?label ?pref WHERE {{
          VALUES ?e {{ {values} }}
          {{ ?e skos:prefLabel ?label FILTER NOT EXISTS {{ ?e schema:description ?label }} BIND(1 AS ?pref) }}
          UNION {{ ?e skos:altLabel ?label BIND(0 AS ?pref) }} UNION {{ ?e skos:hiddenLabel ?label BIND(0 AS ?pref) }}
        }}""")
    ranked: dict[str, dict[str, tuple]] = defaultdict(dict)
    for row in rows:
        label = str(row["label"])
        lang = getattr(row["label"], "language", None) or ""
        rank = (-int(row["pref"]), 0 if lang == "th" else 1, -len(label), label)
        current = ranked[str(row["e"])].get(label)
        ranked[str(row["e"])][label] = min(rank, current) if current else rank
    return {e: [label for label, _ in sorted(labels.items(), key=lambda item: item[1])] for e, labels in ranked.items()}


def release_facts(store: Store, name: str) -> dict:
    g, r = graph_iri(name).n3(), release_iri(name).n3()
    meta = store.select(f"""SELECT ?issued ?body WHERE {{ GRAPH {g} {{ OPTIONAL {{ {r} dcterms:issued ?issued }}
        OPTIONAL {{ {r} schema:articleBody ?body }} }} }}""")
    published = str(meta[0]["issued"]) if meta and meta[0].get("issued") is not None else None
    text = str(meta[0]["body"]) if meta and meta[0].get("body") is not None else ""

    def exact(span) -> tuple[int, str]:
        """A span's start and characters, from its IRI and the release text."""
        _, start, end = span_parts(str(span))
        return start, text[start:end]

    typed = store.select(f"SELECT ?e ?type WHERE {{ GRAPH {g} {{ ?e ph:mentionedIn {r} ; a ?type }} }}")
    orgs, persons, programs, events = {}, [], [], {}
    for row in typed:
        e, t = str(row["e"]), str(row["type"])
        if t in _ORG_TYPE:
            orgs[e] = _ORG_TYPE[t]
        elif t in _EVENT_TYPE:
            events[e] = _EVENT_TYPE[t]
        elif t.endswith("/Person") and e not in persons:
            persons.append(e)
        elif t.endswith("#Program") and e not in programs:
            programs.append(e)

    posts: dict[str, list[dict]] = defaultdict(list)
    post_orgs: list[str] = []
    for row in store.select(f"""
        SELECT DISTINCT ?p ?title ?org WHERE {{ GRAPH {g} {{
          ?p org:holds ?post . ?post ph:title ?posted . OPTIONAL {{ ?post org:postIn ?org }}
          OPTIONAL {{ ?m org:member ?p ; ph:post ?post ; ph:writtenTitle ?written }}
          BIND(COALESCE(?written, ?posted) AS ?title) }} }}
        ORDER BY ?p ?title"""):  # the title as the release writes it (a country's office is titled one way)
        org = str(row["org"]) if row.get("org") is not None else None
        posts[str(row["p"])].append({"title": str(row["title"]), "organization": org})
        if org:
            post_orgs.append(org)

    dates = {str(row["e"]): str(row["d"]) for row in store.select(
        f"SELECT ?e ?d WHERE {{ GRAPH {g} {{ ?e a schema:Event ; schema:startDate ?d }} }}")}
    names = _names(store, sorted(set(orgs) | set(persons) | set(programs) | set(events) | set(post_orgs)))
    surfaces: dict[str, list[str]] = defaultdict(list)
    for row in store.select(f"""
        SELECT DISTINCT ?e ?span WHERE {{ GRAPH {g} {{ ?e ph:mentionedIn {r} ; prov:wasDerivedFrom ?span }} }}"""):
        surfaces[str(row["e"])].append(" ".join(exact(row["span"])[1].split()))
    for node, forms in surfaces.items():  # the forms this release uses come first, fullest Thai first
        forms.sort(key=lambda f: (f.isascii(), -len(f), f))
        if node in names:
            names[node] = list(dict.fromkeys(forms + names[node]))

    def first_name(node: str | None) -> str | None:
        """An organization as this release names it: its fullest form in the text."""
        return names.get(node, [None])[0] if node else None

    counts = []
    for row in store.select(f"""
        SELECT ?c ?value ?qualifier ?unit ?about ?span WHERE {{ GRAPH {g} {{
          ?c a ph:Count ; schema:value ?value ; ph:qualifier ?qualifier ; schema:unitText ?unit ;
             prov:wasDerivedFrom ?span .
          OPTIONAL {{ ?c ph:aboutText ?about }} }} }}"""):
        value = row["value"].toPython()
        start, quote = exact(row["span"])
        counts.append((start, {"value": int(value) if float(value).is_integer() else float(value),
                               "qualifier": _QUALIFIER[str(row["qualifier"])], "unit": str(row["unit"]),
                               "about": str(row["about"]) if row.get("about") is not None else None, "text": quote}))
    counts = [count for _, count in sorted(counts, key=lambda item: item[0])]

    return {
        "release": name,
        "published": published,
        "organizations": [{"names": names.get(e, []), "type": orgs[e]} for e in sorted(orgs)],
        "persons": [{"names": names.get(p, []),
                     "posts": [{"title": post["title"], "organization": first_name(post["organization"])}
                               for post in posts.get(p, [])]} for p in sorted(persons)],
        "programs": [{"names": names.get(p, [])} for p in sorted(programs)],
        "events": [{"names": names.get(e, []), "type": events[e], "date": dates.get(e)} for e in sorted(events)],
        "counts": counts,
    }
