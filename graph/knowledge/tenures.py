"""Tenures: who held which post, from when to when, after whom.

A tenure is an org:Membership in the knowledge graph, one per (person, post), or per spell of acting (spells.py):
org:member, ph:post, org:organization, ph:acting, ph:releases and org:memberDuring a time:Interval whose
time:hasBeginning and time:hasEnd instants are the first and last release dates at which a release says the person
holds the post.
A release that calls the person a FORMER holder ("อดีตรัฐมนตรี…", ph:former) is no evidence of holding it
(derive.py leaves it out), and a post elsewhere is another tenure, so neither extends this one.

Succession (ph:replaces / ph:replacedBy, aligned with Wikidata's "replaces" P1365 and "replaced by" P1366):
among the dated tenures of one post ordered by their beginning, the nearest earlier and later tenure of a
different person. It is recomputed only for the posts an update touched. Only a post that is one seat has a
succession: a post of one body ("รัฐมนตรีว่าการ" of the Ministry of Industry) whose title is not held by several
people at once (titles.jsonl "seat": "many": the deputies, assistants and advisers of a body), or a title that names
one seat of the nation without a body (titles.jsonl "seat": "one": นายกรัฐมนตรี, ผู้บัญชาการทหารบก), or another country's office
named by such a title and the country (นายกรัฐมนตรีเวียดนาม, ประธานาธิบดีสหรัฐอเมริกา). A title written without
its body ("ผู้อำนวยการ", "ประธาน") or with a place ("ผู้ว่าราชการจังหวัด") gathers the holders of many seats
under one post IRI (1,348 tenures of "ผู้อำนวยการ" on the whole record): ordering them by date would make one
body's director the predecessor of another's, so such posts get no links.

One acting in a seat (ph:acting: "รักษาราชการแทนนายกรัฐมนตรี", "รักษาการ…", "acting Prime Minister") holds the
seat's own post (authority.acting_seat), in a tenure of its own flagged acting, one per spell (spells.py), and is in
no succession: acting is not being appointed to the seat (the holder is suspended, away, or gone and not yet
replaced), so the acting tenure has no ph:replaces/ph:replacedBy and the substantive holders before and after it
succeed one another.

A seat of one has one holder at a time: a tenure named in a release or two that lies wholly inside another tenure
of the same post, one with many times its releases, is no evidence that its holder came between (a foreign prime
minister, an English title chain or a stray name read as the Prime Minister during Prayut's 821 releases on one
sixteenth of the record); it stays a tenure, with no succession, and the holders around it succeed one another.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from phakhi.graph.knowledge.derive import _rows, chunks
from phakhi.graph.knowledge.maintain import K, REPLACED_BY, REPLACES, _data, _lex
from phakhi.graph.rdf.iris import post_iri, slug
from phakhi.graph.store import GraphStore
from phakhi.graph.text.thai import has_thai
from phakhi.ontology import PID, load_titles

Tenure = tuple[str, str, str, str, int]  # a tenure as successions reads it: first, last date, IRI, holder, releases
FIELDS = ("person", "title", "organization", "acting", "known_from", "known_until", "releases", "predecessor",
          "successor")


# A tenure inside another (see _inside) is no evidence of a succession when its releases are few, at most
# INSIDE_RELEASES (a holder named once or twice: on one sixteenth of the record each of the 12 stray holders of the
# Prime Minister's seat), and the tenure around it has at least INSIDE_RATIO times as many: a real holder over
# months has tens of releases, and two holders with a few each (an acting minister between two) may both be real.
INSIDE_RELEASES = 2
INSIDE_RATIO = 10

_BODILESS = f"<{PID}post/"  # the IRI of a post named by its title alone (iris.post_iri with no body)


@lru_cache(maxsize=1)
def _seats() -> frozenset[str]:
    """The IRIs (N-Triples) of the posts that a title names alone as one seat (titles.jsonl "seat": "one"). Not an
    English title every nation has ("Prime Minister", "every_nation"): Thailand's holder is keyed by the Thai title
    (english._thai_offices), so the post keyed by the English one is held by other countries' leaders whose country
    the release does not name, many seats."""
    return frozenset(f"<{post_iri(row['title'], None)}>" for row in load_titles() if row.get("seat") == "one"
                     and not (row["title"].isascii() and row.get("every_nation")))


@lru_cache(maxsize=1)
def _country_seats() -> frozenset[str]:
    """The titles (slugs, as in a post IRI) that name one seat of each country: titles.jsonl "seat" "one" (the
    Thai seat's title names a foreign country's seat too: นายกรัฐมนตรีเวียดนาม) or "one of each country" (a title
    Thailand has no seat of: ประธานาธิบดี)."""
    return frozenset(slug(row["title"]) for row in load_titles() if row.get("seat") in ("one", "one of each country"))


@lru_cache(maxsize=1)
def _many() -> frozenset[str]:
    """The titles (slugs, as in a post IRI) held by several people of one body at once (titles.jsonl "seat":
    "many": รองอธิบดี, รองโฆษก, ผู้ช่วยรัฐมนตรี, ที่ปรึกษา, ผู้ตรวจราชการ, กรรมการ): two deputy spokespersons serve side
    by side, so ordering the tenures of the body's post by date would make one the predecessor of the other."""
    return frozenset(slug(form) for row in load_titles() if row.get("seat") == "many"
                     for form in _acting_forms(row["title"]))  # one acting for a deputy is one of many too


def _one_seat(post: str) -> bool:
    """Is this post (an N-Triples IRI) one seat: a post of a body whose title is not held by many at once, a
    one-seat title alone, or another country's office whose title names one seat of each country (iris.post_iri:
    <pid:post/title/country>)?"""
    if post.startswith(_BODILESS):
        return post in _seats() or _country_seat(post)
    return post[1:-1].rpartition("/post/")[2] not in _many()


def _country_seat(post: str) -> bool:
    """Is this post (an N-Triples IRI) another country's office of one seat (<pid:post/title/country>)?"""
    title, _, country = post[len(_BODILESS):-1].partition("/") if post.startswith(_BODILESS) else ("", "", "")
    return bool(country) and title in _country_seats()


def _last_words(store: GraphStore, persons: set[str]) -> dict[str, str]:
    """Each person's (N-Triples IRI) last name word: a foreign office holder's name is transliterated many ways
    ("เหวียน ซวน ฟุก", "เหงียน ซวน ฟุก"; "โจ ไบเดน", "โจเซฟ ไบเดน"), each a person of its own; two holders of one
    foreign seat whose names end alike are one person written two ways, not a succession."""
    names = _names(store, {p[1:-1] for p in persons})
    return {f"<{iri}>": name.split()[-1] for iri, name in names.items() if name.split()}


def _maybe_one(a: str | None, b: str | None) -> bool:
    """May two holders of one foreign seat, by their last name words, be one person written two ways? The same word
    ("ไบเดน"), or a word in Thai letters and one in Latin letters: the English releases write a foreign leader in
    Latin letters ("Tobgay", "Shinzo Abe"), the Thai releases in Thai ("ท็อปเกย์", "อาเบะ"), and no rule tells a
    transliteration from another person's name, so a succession is drawn only between names of one script."""
    return (a is not None and a == b) or _two_scripts(a, b)


def _two_scripts(a: str | None, b: str | None) -> bool:
    """Are two holders of one Thai seat written in two scripts? The English releases key a Thai office as the Thai
    ones do ("Prime Minister" is นายกรัฐมนตรี, english._thai_offices), and a holder whose Latin name the person
    authority does not join to the Thai one ("Paetongtarn Shinawatra", "แพทองธาร ชินวัตร") is a person of its own:
    no succession between them. Two Thai holders with one surname (brothers) still succeed one another."""
    return a is not None and b is not None and has_thai(a) != has_thai(b)


def successions(store: GraphStore, posts: set[str], alone: bool = False) -> None:
    """Recompute the predecessor and successor links of the tenures of these posts (<post IRI>s). A writer
    `alone` (maintain.Pending.alone: nobody else writes links meanwhile) reads the stored links and writes only
    those that changed: rewriting every link of every touched post at each `finish` deleted and inserted links that
    had not changed, more as the store grew (benchmarks/README.md, fifteenth session: measured while posts named
    without their body still had links; those, a post of many seats, now get none, and links a store holds for one
    from before are deleted here). Otherwise one update deletes whatever links the posts' tenures hold and inserts
    these, so none another writer left survives."""
    posts = sorted(p for p in posts if p)
    for chunk in chunks(posts, 30_000):  # named in each query and in the update
        values = " ".join(chunk)
        by_post: dict[str, list[Tenure]] = {}
        seats = " ".join(p for p in chunk if _one_seat(p))  # a post of many seats: no tenures read, no links
        # an acting holder's tenure is no link of the chain (see the module's docstring): read, then left out here.
        # Not by FILTER NOT EXISTS in the query: Oxigraph evaluated it against the whole graph for each row, 1,000
        # times slower (4.4 s against 0.005 s for 30 posts on a quarter of the record), and the knowledge `finish`
        # of a whole-record ingest stalled the workers (benchmarks/README.md, twenty-second session)
        rows = _rows(store, f"""SELECT ?post ?t ?person ?a ?b ?n ?acting WHERE {{
                VALUES ?post {{ {seats} }} GRAPH {K} {{ ?t a org:Membership ; ph:post ?post ; org:member ?person ;
                ph:firstDate ?a ; ph:lastDate ?b ; ph:releases ?n ; ph:acting ?acting }} }}""") if seats else ()
        for post, tenure, person, first, last, n, acting in rows:
            if _lex(acting) != "true":
                by_post.setdefault(post, []).append((_lex(first), _lex(last), tenure, person, int(_lex(n))))
        links = set()
        foreign = [post for post in by_post if _country_seat(post)]
        last = _last_words(store, {t[3] for tenures in by_post.values() for t in tenures}) if by_post else {}
        for post, tenures in by_post.items():
            inside = _inside(tenures)
            tenures = sorted(t for t in tenures if t[2] not in inside)  # inside ones: tenures, with no links
            one = _maybe_one if post in foreign else _two_scripts
            for index, (_, _, tenure, person, _) in enumerate(tenures):
                before = _other_holder(reversed(tenures[:index]), person, one, last)
                after = _other_holder(tenures[index + 1:], person, one, last)
                if before:
                    links.add((tenure, REPLACES, before[2]))
                if after:
                    links.add((tenure, REPLACED_BY, after[2]))
        if alone:
            stored = set()
            for rel in (REPLACES, REPLACED_BY):  # one constant predicate per query: Oxigraph looks each tenure up
                stored.update((t, rel, x) for t, x in _rows(store, f"""SELECT ?t ?x WHERE {{ VALUES ?post {{ {values} }}
                        GRAPH {K} {{ ?t ph:post ?post ; {rel} ?x }} }}"""))
            gone, new = sorted(stored - links), sorted(links - stored)
            updates = [f"{verb} DATA {{ GRAPH {K} {{\n" + _data(part) + "\n} }"
                       for verb, part in (("DELETE", gone), ("INSERT", new)) if part]
        else:
            updates = [f"""DELETE {{ GRAPH {K} {{ ?t ?rel ?x }} }} WHERE {{ VALUES ?post {{ {values} }}
                GRAPH {K} {{ ?t ph:post ?post ; ?rel ?x FILTER(?rel IN (ph:replaces, ph:replacedBy)) }} }}"""]
            if links:
                updates.append(f"INSERT DATA {{ GRAPH {K} {{\n" + _data(sorted(links)) + "\n} }")
        if updates:
            store.update(" ;\n".join(updates))  # one update: readers see the old links or the new


def _inside(tenures: list[Tenure]) -> set[str]:
    """The tenures (IRIs) of one seat that are no evidence of a succession: of at most INSIDE_RELEASES releases, and
    strictly inside another tenure of the seat (it began before and ended after; a holder named on the first or last
    day of another's known tenure may be the hand-over) with at least INSIDE_RATIO times as many releases."""
    return {t[2] for t in tenures if t[4] <= INSIDE_RELEASES
            and any(u[0] < t[0] and t[1] < u[1] and u[4] >= INSIDE_RATIO * t[4] for u in tenures)}


def _other_holder(tenures: Iterable[Tenure], person: str, one: Callable[[str | None, str | None], bool],
                  last: dict[str, str]) -> Tenure | None:
    """The first of these tenures held by another holder: not `person`, nor `person` spelled another way (`one` of
    the two persons' last words: on a foreign seat a name that may be his, on a Thai seat his name in the other
    script)."""
    return next((t for t in tenures if t[3] != person and not one(last.get(t[3]), last.get(person))), None)


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def resolve(store: GraphStore, name: str, kind: str) -> list[str]:
    """The entities of a kind ("organization" | "person") the knowledge graph knows by this name: any of their
    labels (Thai or English name, abbreviation, alternative name; English in any case), or their IRI."""
    name = " ".join(name.split())
    if not name:
        raise LookupError(f"give the {kind}'s name")
    cls = "org:Organization" if kind == "organization" else "schema:Person"
    if name.startswith(("http://", "https://")):
        values = f"<{name}>" if not any(c in name for c in '<>" {}|\\^`') else ""
        rows = list(_rows(store, f"SELECT ?e WHERE {{ VALUES ?e {{ {values} }} GRAPH {K} {{ ?e a {cls} }} }}")) if values else []
    else:
        variants = {name, name.lower(), name.upper(), name.title()}
        literals = " ".join(f"{_literal(v)}@{lang}" for v in variants for lang in ("th", "en"))
        rows = list(_rows(store, f"""SELECT DISTINCT ?e WHERE {{ VALUES ?l {{ {literals} }} GRAPH {K} {{
                ?e skos:prefLabel|skos:altLabel|rdfs:label|foaf:name ?l ; a {cls} }} }}"""))
        if not rows and name.isascii():  # an English name in another case: compare lower-cased (a scan)
            rows = list(_rows(store, f"""SELECT DISTINCT ?e WHERE {{ GRAPH {K} {{ ?e a {cls} ;
                    skos:prefLabel|skos:altLabel|rdfs:label ?l FILTER(LCASE(STR(?l)) = {_literal(name.lower())}) }} }}"""))
    if not rows:
        raise LookupError(f"no {kind} named {name!r} in the knowledge graph (ingest releases, or run "
                          "`phakhi knowledge` on a store ingested before it existed)")
    return sorted(e for (e,) in rows)


def _properties(store: GraphStore, iris, predicates: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """iri -> {local name of the predicate: value} from the knowledge graph (one value each)."""
    iris = sorted(iris)
    out: dict[str, dict[str, str]] = {}
    for chunk in chunks([f"<{iri}>" for iri in iris]):
        values = " ".join(chunk)
        for row in store.select_text(f"""SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {values} }} GRAPH {K} {{ ?s ?p ?o
                FILTER(?p IN ({', '.join(predicates)})) }} }}"""):
            out.setdefault(row["s"], {})[row["p"].rsplit("#", 1)[-1]] = row["o"]
    return out


def _names(store: GraphStore, iris: set[str]) -> dict[str, str]:
    """Each entity's name: the Thai preferred label most release graphs give it (a release may misspell a
    name, "อุตตม ยาวนายน", or give it in part), then the longest, then the first in order, so the choice does
    not depend on the store's order. One lookup per entity's label in each release graph stating it."""
    counts: dict[str, dict] = {}
    iris = sorted(iris)
    for chunk in chunks([f"<{iri}>" for iri in iris]):
        values = " ".join(chunk)
        for row in store.select_text(f"""SELECT ?e ?l (COUNT(?g) AS ?n) WHERE {{ VALUES ?e {{ {values} }}
                GRAPH {K} {{ ?e skos:prefLabel ?l }} GRAPH ?g {{ ?e skos:prefLabel ?l }} }} GROUP BY ?e ?l"""):
            counts.setdefault(row["e"], {})[row["l"]] = int(row["n"])
    rank = lambda item: (item[0].language != "th", -item[1], -len(item[0]), str(item[0]))  # noqa: E731
    return {iri: str(min(labels.items(), key=rank)[0]) for iri, labels in counts.items()}


def _acting_forms(title: str) -> list[str]:
    """The title and the titles of those acting in it ("รักษาราชการแทนรัฐมนตรีว่าการ", "Acting Minister…"; the
    acting words are the titles of role "acting" in ontology/th/titles.jsonl): a timeline of a post shows who
    acted in it between holders, marked acting."""
    acting = [row for row in load_titles() if row.get("role") == "acting"]
    forms = [title] + [row["title"] + title for row in acting]
    if title.isascii():
        forms += [f"{row['en']} {title}" for row in acting if row.get("en")]
    return list(dict.fromkeys(forms))


def tenures(store: GraphStore, organization: str | None = None, person: str | None = None,
            title: str | None = None) -> list[dict]:
    """The tenures of an organization's posts or of a person, optionally of one post title, ordered by when
    they are first known: dicts with exactly FIELDS (dates ISO, acting a bool, releases an int, names of the
    predecessor and successor or None)."""
    if (organization is None) == (person is None):
        raise ValueError("name an organization or a person (one of the two)")
    if organization is not None:
        scope = f"VALUES ?org {{ {' '.join(resolve(store, organization, 'organization'))} }} ?t org:organization ?org ."
    else:
        scope = f"VALUES ?person {{ {' '.join(resolve(store, person, 'person'))} }} ?t org:member ?person ."
    if title is not None:
        forms = _acting_forms(" ".join(title.split()))
        values = " ".join(f"{_literal(form)}@{lang}" for form in forms for lang in ("th", "en"))
        scope += f" VALUES ?title {{ {values} }} ?t ph:post/ph:title ?title ."
    # the tenures in scope first (answered from the index), then their properties and everyone's names by
    # lookups of those IRIs: one query joining it all makes Oxigraph scan every tenure
    found = [row["t"] for row in store.select_text(f"SELECT DISTINCT ?t WHERE {{ GRAPH {K} {{ {scope} }} }}")]
    props = _properties(store, found, ("org:member", "ph:post", "org:organization", "ph:acting", "ph:releases",
                                       "ph:firstDate", "ph:lastDate", "ph:replaces", "ph:replacedBy"))
    neighbours = _properties(store, {v for p in props.values() for k in ("replaces", "replacedBy") if (v := p.get(k))},
                             ("org:member",))
    titles = _properties(store, {p["post"] for p in props.values() if "post" in p}, ("ph:title",))
    rows = []
    for tenure, p in props.items():
        if not {"member", "post", "releases"} <= p.keys():
            continue
        rows.append({"t": tenure, "person": p["member"], "title": titles.get(p["post"], {}).get("title", ""),
                     "org": p.get("organization"), "acting": p.get("acting"), "n": p["releases"],
                     "from": p.get("firstDate"), "until": p.get("lastDate"),
                     "pred": neighbours.get(p.get("replaces"), {}).get("member"),
                     "succ": neighbours.get(p.get("replacedBy"), {}).get("member")})
    names = _names(store, {row[k] for row in rows for k in ("person", "org", "pred", "succ") if row.get(k)})
    out: dict[str, dict] = {}
    for row in rows:
        name = lambda key: names.get(row[key], row[key]) if row.get(key) else None  # noqa: E731
        out.setdefault(row["t"], {
            "person": name("person"), "title": str(row["title"]), "organization": name("org"),
            "acting": row["acting"] == "true", "known_from": row.get("from"), "known_until": row.get("until"),
            "releases": int(row["n"]), "predecessor": name("pred"), "successor": name("succ"),
        })
    return sorted(out.values(), key=lambda t: (t["known_from"] is None, t["known_from"] or "", t["known_until"] or "",
                                               t["person"], t["title"]))
