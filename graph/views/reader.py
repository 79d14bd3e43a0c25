"""The release reader: a release's text with every extracted mention marked in place by class (as displaCy
shows entities), and the facts read from it.

Everything comes from the release's named graph: its metadata, its text (schema:articleBody; a store
ingested before the text was kept has none, and the reader then shows no text), and each span's code-point
offsets, read from its IRI ("<release>#char=start,end"). Spans may nest or overlap (a post's span covers the person's
name): the text is cut at every span boundary and each piece is marked by the shortest span covering it,
its hover text listing every span that covers it. All text is escaped; links go to entity pages only.
"""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from phakhi.graph.rdf.iris import span_parts
from phakhi.graph.rdf.mapping import EVENT_CLASS, ORG_CLASS
from phakhi.graph.views.budget import Budget
from phakhi.graph.views.draw import STYLE
from phakhi.ontology import ORG, PH, PID, SCHEMA

CLASSES = {str(ORG.Organization): "organization", str(SCHEMA.Person): "person", str(PH.Program): "program",
           str(SCHEMA.Event): "event", str(PH.Count): "count", str(ORG.Membership): "post"}
COLOURS = {**{kind: STYLE[kind][0] for kind in ("organization", "person", "program", "event", "count")},
           "post": "#8c564b"}
NAMES = {**{kind: STYLE[kind][2] for kind in ("organization", "person", "program", "event", "count")},
         "post": "ตำแหน่ง"}
_TYPES = {**{str(iri): name for name, iri in ORG_CLASS.items()}, **{str(iri): name for name, iri in EVENT_CLASS.items()}}


@dataclass
class Mention:
    start: int
    end: int
    node: str  # what was extracted (entity, membership or count)
    kind: str  # organization | person | program | event | count | post
    label: str
    type: str
    target: str  # the entity page the mention opens
    exact: str = ""


@dataclass
class Release:
    iri: str
    name: str = ""
    title: str = ""
    issued: str = ""
    publisher: str = ""
    source: str = ""
    text: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    cut: list[str] = field(default_factory=list)


def href(iri: str) -> str:
    return "/entity/" + iri[len(str(PID)):] if iri.startswith(str(PID)) else ""


def read(budget: Budget, release_id: str) -> Release | None:
    """The release with this id (the last segment of its IRI), or None if the store has none."""
    r, g = f"<{PID}release/{release_id}>", f"<{PID}graph/{release_id}>"
    meta = budget.select(f"""SELECT ?name ?title ?issued ?publisher ?source ?body WHERE {{ GRAPH {g} {{
        {r} dcterms:identifier ?name OPTIONAL {{ {r} dcterms:title ?title }} OPTIONAL {{ {r} dcterms:issued ?issued }}
        OPTIONAL {{ {r} dcterms:publisher ?publisher }} OPTIONAL {{ {r} dcterms:source ?source }}
        OPTIONAL {{ {r} schema:articleBody ?body }} }} }} LIMIT 1""", "metadata")
    if not meta:
        return None
    m = meta[0]
    release = Release(r[1:-1], m["name"], m.get("title", ""), m.get("issued", ""), m.get("publisher", ""),
                      m.get("source", ""), m.get("body"))
    kinds: dict[str, str] = {}
    types: dict[str, str] = {}
    for row in budget.select(f"SELECT DISTINCT ?e ?t WHERE {{ GRAPH {g} {{ ?e prov:wasDerivedFrom ?s ; a ?t }} }}", "types"):
        if row["t"] in CLASSES:
            kinds[row["e"]] = CLASSES[row["t"]]
        elif row["t"] in _TYPES:
            types[row["e"]] = _TYPES[row["t"]]
    labels: dict[str, str] = {}
    for row in budget.select(f"""SELECT ?e ?l WHERE {{ GRAPH {g} {{ ?e prov:wasDerivedFrom ?s ; skos:prefLabel ?l }} }}
        ORDER BY DESC(lang(?l) = "th")""", "names"):
        labels.setdefault(row["e"], row["l"])
    targets: dict[str, str] = {}
    for row in budget.select(f"""SELECT ?m ?person ?post ?about ?value ?unit WHERE {{ GRAPH {g} {{
        {{ ?m org:member ?person ; ph:post ?p . ?p skos:prefLabel ?post }}
        UNION {{ ?m a ph:Count ; schema:value ?value ; schema:unitText ?unit OPTIONAL {{ ?m schema:observationAbout ?about }} }}
        }} }}""", "posts and counts"):
        if "person" in row:  # a post opens the page of the person who holds it
            labels[row["m"]], targets[row["m"]] = row["post"], row["person"]
        else:
            labels[row["m"]] = f"{row['value']} {row['unit']}"
            targets[row["m"]] = row.get("about", row["m"])
    for row in budget.select(f"SELECT ?e ?s WHERE {{ GRAPH {g} {{ ?e prov:wasDerivedFrom ?s }} }}", "mentions"):
        node = row["e"]
        if node not in kinds:
            continue
        kind = kinds[node]
        _, start, end = span_parts(row["s"])
        release.mentions.append(Mention(start, end, node, kind, labels.get(node, node), types.get(node, kind),
                                        targets.get(node, node), (release.text or "")[start:end]))
    release.mentions.sort(key=lambda m: m.start)
    release.cut = budget.cut
    return release


def _tip(m: Mention) -> str:
    return f"{NAMES[m.kind]} {m.kind} · {m.type} · {m.label}"


def marked_text(release: Release) -> str:
    """The release text as HTML, each mention an <a class="m k-KIND"> to its entity page."""
    text = release.text or ""
    spans = [m for m in release.mentions if 0 <= m.start < m.end <= len(text) and text[m.start:m.end] == m.exact]
    cuts = sorted({0, len(text), *(m.start for m in spans), *(m.end for m in spans)})
    covering: dict[int, list[Mention]] = defaultdict(list)
    for m in spans:
        for i in range(cuts.index(m.start), cuts.index(m.end)):
            covering[i].append(m)
    out = []
    for i in range(len(cuts) - 1):
        piece = html.escape(text[cuts[i]:cuts[i + 1]])
        over = covering.get(i)
        if not over:
            out.append(piece)
            continue
        inner = min(over, key=lambda m: (m.end - m.start, m.start))
        tip = html.escape("\n".join(_tip(m) for m in sorted(over, key=lambda m: m.end - m.start)))
        link = href(inner.target)
        anchor = f' id="at-{cuts[i]}"' if any(m.start == cuts[i] for m in over) else ""  # entity pages link here
        attrs = f'class="m k-{inner.kind}" title="{tip}" data-kind="{inner.kind}"{anchor}'
        out.append(f'<a {attrs} href="{html.escape(link)}">{piece}</a>' if link else f"<mark {attrs}>{piece}</mark>")
    return "".join(out)


def legend() -> str:
    return "".join(f'<span class="m k-{kind}">{html.escape(NAMES[kind])} {kind}</span> ' for kind in COLOURS)


def styles() -> str:
    rules = "".join(f".k-{kind}{{background:{colour}33;border-bottom:2px solid {colour}}}" for kind, colour in COLOURS.items())
    return (".m{color:inherit;text-decoration:none;padding:0 .1em;border-radius:.2em}a.m:hover{outline:1px solid #333}"
            ".reader{display:grid;grid-template-columns:minmax(0,3fr) minmax(16em,1.3fr);gap:2em}"
            ".text{white-space:pre-wrap;line-height:2;font-size:1.05em}.facts li{margin:.2em 0}" + rules)


def source_link(url: str) -> str:
    """http(s) only: a javascript: or data: URL in a release's metadata never becomes a link."""
    if not url:
        return ""
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        return f"source: {html.escape(url)}"
    return f'<a href="{html.escape(url)}" rel="noopener noreferrer">source</a>'


def facts(release: Release) -> str:
    """What was extracted, by class, each entity once with how often this release mentions it."""
    seen: dict[str, list] = {}
    for m in release.mentions:
        seen.setdefault(m.node, [m, 0])[1] += 1
    groups: dict[str, list] = defaultdict(list)
    for m, times in seen.values():
        groups[m.kind].append((m, times))
    out = []
    for kind in COLOURS:
        if not groups.get(kind):
            continue
        items = "".join(
            f'<li><a class="m k-{kind}" href="{html.escape(href(m.target))}">{html.escape(m.label)}</a> '
            f'<small>{html.escape(m.type)}{" ×" + str(times) if times > 1 else ""}</small></li>'
            for m, times in sorted(groups[kind], key=lambda item: item[0].start))
        out.append(f"<h3>{html.escape(NAMES[kind])} / {kind}</h3><ul>{items}</ul>")
    return "".join(out) or "<p>—</p>"


def body(release: Release) -> str:
    meta = " · ".join(html.escape(x) for x in (release.issued, release.publisher, release.name) if x)
    if release.text is None:
        text = ("<p><em>This store does not keep the release text (it was ingested before texts were stored); "
                "the spans are listed on the right.</em></p>")
    else:
        text = f'<div class="text" id="text">{marked_text(release)}</div>'
    cut = "".join(f"<p class=cut>Cut short: {html.escape(c)}</p>" for c in release.cut)
    return (f"<style>{styles()}</style><h1>{html.escape(release.title or release.name)}</h1>"
            f"<p>{meta} {source_link(release.source)}</p>{cut}<p class=legend>{legend()}</p>"
            f'<div class="reader">{text}<aside class="facts"><h2>Facts</h2>{facts(release)}</aside></div>')
