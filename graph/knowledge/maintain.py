"""Keep the knowledge graph equal to what the release graphs say, release by release.

The knowledge graph (KNOWLEDGE) holds:
- the facts about each entity and post once (types, labels, parent body, posts held, parties; the triples
  the release graphs state about them, minus spans and mentions);
- aggregates: the entities and posts themselves, one rdf:Statement per relation (org:subOrganizationOf,
  ph:party, org:holds, org:postIn, and ph:usedName: the names an organization is called by, its name
  history), one org:Membership per tenure (person, post; an acting one per spell, spells.py) and one qb:DataSet per count series (an
  entity and a unit: its structure, entity and unit; release graphs put their counts in it with
  qb:dataSet). Each aggregate carries ph:releases (how
  many releases state it), ph:firstDate / ph:lastDate (the first and last release date among them) and
  ph:evidence links to those releases; a tenure also carries the same dates as an OWL-Time interval.
  No quad says what the ontology's domains and ranges say: a statement has no `a rdf:Statement` (rdf:subject's
  domain), a tenure's interval and instants no `a time:Interval` / `a time:Instant` (the ranges of
  org:memberDuring, time:hasBeginning and time:hasEnd), as in the release graphs (ontology/phakhi.ttl): on the
  whole record they were 5% of the knowledge graph's quads, each bulk-loaded and indexed six ways;
- one record per release it was built from (ph:appliedSha256, dcterms:issued, dcterms:publisher).

Writes are idempotent (RDF graphs are sets): a release's facts and the descriptions of its aggregates are
inserted without asking whether the knowledge graph holds them (a run remembers what it wrote, so a body
named in every release is sent once), then its evidence links; its record (prov:Entity) goes first, its
hash last (`finish`), so a killed run is redone by the next `sync`. Counters are brought up to date once per
run of writes (`finish`). A writer holding the store alone (an ingest into an embedded on-disk store) adds
to each aggregate's stored counters the releases and dates it added, and bulk-loads its inserts; an aggregate
a removal touched, and every aggregate touched by other writers (shard processes into one remote store, the
API), is recounted from its evidence links, so concurrent writers leave counts that include everyone's
evidence. A writer not alone never reads counters to write them later (two writers finishing together each
deleted only the value it had read and left two ph:releases on one aggregate): it recounts in one SPARQL update
per chunk, which deletes whatever counters are stored and inserts those counted in the same update, then
checks the result and recounts what a concurrent update left stale (`_recount` says why both). A fact about
an entity is deleted when no release graph states it any more (one index lookup per fact). No aggregate is
recomputed from all its releases on an add by a writer alone, so an ingest costs the same for an entity named
in ten releases and one named in thirty thousand.

`update` applies the releases whose graph changed (by the text hash each release graph records), `sync`
does it for every release whose stored and recorded hashes differ (`differences`: found by the store), `rebuild` drops the knowledge graph and
syncs: by construction the three agree, and the tests check it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from phakhi.graph.knowledge.counters import Counters
from phakhi.graph.knowledge.derive import RELATIONS, TEXT_LIMIT, Contribution, _rows, chunks
from phakhi.graph.store import GraphStore, StoreError
from phakhi.ontology import ORG, PH, PID, PROV, QB, SCHEMA, TIME
from rdflib.namespace import DCTERMS, RDF, XSD

KNOWLEDGE = PID["graph/knowledge"]
K = f"<{KNOWLEDGE}>"
_ONTOLOGY = f"<{PID['graph/ontology']}>"  # holds the programs scheme too: no release's statement
BATCH = 200  # releases per derivation query (VALUES of graph IRIs)

A, RELEASES, FIRST, LAST, EVIDENCE = (f"<{t}>" for t in (RDF.type, PH.releases, PH.firstDate, PH.lastDate,
                                                          PH.evidence))
APPLIED, ISSUED, PUBLISHER, USED_NAME = (f"<{t}>" for t in (PH.appliedSha256, DCTERMS.issued, DCTERMS.publisher,
                                                             PH.usedName))
SUBJECT, PREDICATE, OBJECT = (f"<{t}>" for t in (RDF.subject, RDF.predicate, RDF.object))
MEMBERSHIP, MEMBER, POST, ORGANIZATION, ACTING = (f"<{t}>" for t in (ORG.Membership, ORG.member, PH.post,
                                                                      ORG.organization, PH.acting))
DURING, BEGINNING, END, IN_DATE = (f"<{t}>" for t in (ORG.memberDuring, TIME.hasBeginning, TIME.hasEnd,
                                                        TIME.inXSDDate))
REPLACES, REPLACED_BY = f"<{PH.replaces}>", f"<{PH.replacedBy}>"
DATASET, STRUCTURE, QB_STRUCTURE, ABOUT, UNIT = (f"<{t}>" for t in (
    QB.DataSet, PH.countSeriesStructure, QB.structure, SCHEMA.about, SCHEMA.unitText))
ENTITY = f"<{PROV.Entity}>"
# what the knowledge graph says about an entity besides the release graphs' facts
OWN = (RELEASES, FIRST, LAST, EVIDENCE, USED_NAME)
_DATE = f"<{XSD.date}>"
_INT = f"<{XSD.integer}>"
_BOOL = {True: f'"true"^^<{XSD.boolean}>', False: f'"false"^^<{XSD.boolean}>'}


def _date(iso: str) -> str:
    return f'"{iso}"^^{_DATE}'


def _digest(*terms: str | None) -> str:
    return hashlib.sha1("\x1f".join([t or "" for t in terms]).encode("utf-8")).hexdigest()[:20]


_STATEMENT, _TENURE, _SERIES = f"<{PID}statement/", f"<{PID}tenure/", f"<{PID}series/"


@lru_cache(maxsize=65536)  # the same relations and names are stated in release after release
def statement_iri(s: str, p: str, o: str) -> str:
    return f"{_STATEMENT}{_digest(s, p, o)}>"


def tenure_iri(person: str, post: str, acting: bool) -> str:
    """The tenure of a person in a post; an acting one is where a release's evidence goes first, and is dealt out
    to the spells of the person's acting (spells.respell) when the writes finish."""
    return f"{_TENURE}{_digest(person, post, 'acting' if acting else '')}>"


def _sub(node: str, part: str) -> str:
    return f"{node[:-1]}/{part}>"


@dataclass
class _Delta:
    """What a batch adds to one aggregate: the releases (with dates) and, for a new aggregate, the triples
    that describe it."""

    kind: str  # "subject" | "statement" | "tenure" | "dataset"
    evidence: dict[str, str | None] = field(default_factory=dict)  # release -> date
    describe: list[tuple[str, str, str]] = field(default_factory=list)
    post: str | None = None
    acting: tuple[str, str] | None = None  # an acting tenure's (person, post): its evidence is dealt out to spells
    organizations: set[str] = field(default_factory=set)  # and the bodies the releases name with it


def _deltas(batch: dict[str, Contribution]) -> dict[str, _Delta]:
    deltas: dict[str, _Delta] = {}

    def touch(node: str, kind: str, c: Contribution) -> _Delta:
        delta = deltas.get(node)
        if delta is None:
            delta = deltas[node] = _Delta(kind)
        delta.evidence[c.release] = c.date
        return delta

    for c in batch.values():
        for subject, facts in c.facts.items():
            touch(subject, "subject", c)
            for p, o in facts:
                if p in RELATIONS:
                    _statement(touch(statement_iri(subject, p, o), "statement", c), subject, p, o)
        for dataset, (about, unit) in c.datasets.items():
            delta = touch(dataset, "dataset", c)
            if not delta.describe:
                # no label: the entity's label differs between releases ("สปสช.", its full name), and a data set's
                # description must not depend on which release came first; its entity's label names it
                delta.describe = [(dataset, A, DATASET), (dataset, QB_STRUCTURE, STRUCTURE), (dataset, ABOUT, about),
                                  (dataset, UNIT, unit)]
        for org, name in c.names:
            _statement(touch(statement_iri(org, USED_NAME, name), "statement", c), org, USED_NAME, name)
        for person, post, org, acting in c.holdings:
            node = tenure_iri(person, post, acting)
            delta = touch(node, "tenure", c)
            if acting:  # not described: `finish` deals its evidence out to the spells (spells.respell), described there
                delta.post, delta.acting = post, (person, post)
                delta.organizations.update([org] if org else [])
            elif not delta.describe:
                delta.post = post
                delta.describe = tenure_description(node, person, post, acting, [org] if org else [])
    return deltas


def tenure_description(node: str, person: str, post: str, acting: bool,
                       organizations: Iterable[str]) -> list[tuple[str, str, str]]:
    """A tenure's description (no counters: `finish` counts them), for a substantive tenure here and an acting
    spell in spells.respell. No type on the interval and its instants: the ranges of org:memberDuring
    (time:Interval) and time:hasBeginning / time:hasEnd (time:Instant) give them, as in the release graphs."""
    during, begin, end = _sub(node, "during"), _sub(node, "from"), _sub(node, "until")
    return ([(node, A, MEMBERSHIP), (node, MEMBER, person), (node, POST, post), (node, ACTING, _BOOL[acting]),
             (node, DURING, during), (during, BEGINNING, begin), (during, END, end)]
            + [(node, ORGANIZATION, org) for org in organizations])


def _statement(delta: _Delta, s: str, p: str, o: str) -> None:
    if not delta.describe:
        node = statement_iri(s, p, o)
        # no `a rdf:Statement`: the domain of rdf:subject (RDF Schema) gives it
        delta.describe = [(node, SUBJECT, s), (node, PREDICATE, p), (node, OBJECT, o), (s, p, o)]


def _counters(store: GraphStore, nodes) -> dict[str, tuple[int, str | None, str | None]]:
    """Each aggregate's (releases, first date, last date) as the knowledge graph holds them now."""
    out = {}
    for chunk in chunks(nodes):
        found: dict[str, dict[str, str]] = {}
        for p in (RELEASES, FIRST, LAST):  # one constant predicate per query: Oxigraph then looks each node up
            # dates only for the nodes that have a counter: most nodes an ingest into a new store touches have none
            values = " ".join(chunk if p == RELEASES else found)
            if not values:
                break
            for node, value in _rows(store, f"SELECT ?x ?v WHERE {{ VALUES ?x {{ {values} }} GRAPH {K} {{ ?x {p} ?v }} }}"):
                found.setdefault(node, {})[p] = value
        for node, values in found.items():
            if RELEASES in values:
                out[node] = (int(_lex(values[RELEASES])), _lex(values.get(FIRST)), _lex(values.get(LAST)))
    return out


def _lex(term: str | None) -> str | None:
    return term[1:term.index('"', 1)] if term else None


def _counter_triples(node: str, kind: str, n: int, first: str | None, last: str | None) -> list[tuple[str, str, str]]:
    triples = [(node, RELEASES, f'"{n}"^^{_INT}')]
    if first:
        triples.append((node, FIRST, _date(first)))
        triples.append((node, LAST, _date(last)))
        if kind == "tenure":
            triples.append((_sub(node, "from"), IN_DATE, _date(first)))
            triples.append((_sub(node, "until"), IN_DATE, _date(last)))
    return triples


def _data(triples) -> str:
    return "\n".join([f"{s} {p} {o} ." for s, p, o in triples])


def _write(store: GraphStore, delete: list, insert: list, bulk: bool = False) -> None:
    """DELETE DATA, then the inserts, in the knowledge graph. Not one transaction: every write here is
    idempotent (RDF graphs are sets) and a release counts as applied only once `finish` records it, so a run
    killed half-way is redone by the next `sync`. With `bulk` (a writer holding the store alone, Pending.alone)
    the inserts go through the store's bulk loader when it has one (an on-disk embedded store: several times
    cheaper than SPARQL INSERT DATA), else as INSERT DATA in updates of bounded size."""
    for chunk in chunks(delete):
        store.update(f"DELETE DATA {{ GRAPH {K} {{\n{_data(chunk)}\n}} }}")
    if not insert:
        return
    if bulk and store.bulk_loads:
        store.load_triples(KNOWLEDGE, _data(insert).encode("utf-8"))
        return
    for chunk in chunks(insert):
        store.update(f"INSERT DATA {{ GRAPH {K} {{\n{_data(chunk)}\n}} }}")


def _kind(node: str) -> str:
    """An aggregate's kind, read from its IRI (statement_iri, tenure_iri, a data set's); anything else is an
    entity or post."""
    return ("statement" if node.startswith(_STATEMENT) else "tenure" if node.startswith(_TENURE)
            else "dataset" if node.startswith(_SERIES) else "subject")


# facts and descriptions a run remembers having written, in each of two generations (Written)
WRITTEN_LIMIT = 100_000


class Written:
    """The facts and descriptions a run has written, so that a body named in every batch is not sent again with
    each: two generations of at most `limit` each. A fact met in the older generation moves to the newer, and when
    the newer is full the older is forgotten, so what recurs stays known (the types and names of the bodies named
    in every release) and a fact met once is forgotten after 2 x `limit` newer ones. Forgetting a fact costs only
    its sending again (RDF graphs are sets), and keys RocksDB compacts away: when everything was forgotten at every
    `finish` and whenever the memory filled, 4.4% of the knowledge triples an ingest of 20,000 releases loaded
    were loaded before (benchmarks/README.md, "Ingest, eleventh session")."""

    def __init__(self, limit: int | None = None):
        self.limit = WRITTEN_LIMIT if limit is None else limit
        self.new: set[tuple[str, str, str]] = set()
        self.old: set[tuple[str, str, str]] = set()

    def unwritten(self, facts) -> list[tuple[str, str, str]]:
        """The facts not known to be written, in order; all of them are known from now on (they are written
        next)."""
        out = []
        for fact in facts:
            if fact in self.new:
                continue
            if fact not in self.old:
                out.append(fact)
            self.new.add(fact)
            if len(self.new) >= self.limit:
                self.old, self.new = self.new, set()
        return out

    def clear(self) -> None:
        self.new.clear()
        self.old.clear()

    def forget(self, nodes) -> None:
        """Forget what was written about these tenures (IRIs) and their intervals: `_drop` deleted it."""
        subjects = set(nodes) | {_sub(node, "during") for node in nodes}
        if subjects:
            self.new = {fact for fact in self.new if fact[0] not in subjects}
            self.old = {fact for fact in self.old if fact[0] not in subjects}

    def __len__(self) -> int:
        return len(self.new) + len(self.old)


@dataclass
class Pending:
    """What writes of releases left to finish: the aggregates whose counters must be recounted, the posts
    whose successions must be redrawn, the entities whose facts may have lost their last release, and the
    releases to record as applied (recorded last, with the counters, so that a run killed before `finish`
    leaves them unrecorded and the next `sync` folds them in again: every other write is idempotent).
    `written` remembers the facts and descriptions this run has written, so a body named in every release
    is not sent again with each batch (nothing is deleted before `finish`, which forgets them).
    `alone`: the writer holds the store alone and folds its batches one after another (an ingest into an
    embedded on-disk store, which it has locked): then inserts may be bulk-loaded and an aggregate only added
    to is counted up from its stored counters. Otherwise (a remote store that shard processes write at the
    same time, the API's concurrent requests) every touched aggregate is recounted from its evidence links in
    the store and checked after (`_recount`), so the counts left include everyone's evidence. `counters`: what a writer
    alone wrote of the counters, so that `finish` reads only those it does not know (counters.py; `held_alone`)."""

    touched: set[str] = field(default_factory=set)
    posts: set[str] = field(default_factory=set)
    pruned: set[str] = field(default_factory=set)
    applied: dict[str, str] = field(default_factory=dict)  # release -> text hash
    added: dict[str, list] = field(default_factory=dict)  # aggregate -> [evidence links added, first, last date]
    written: Written = field(default_factory=Written)
    alone: bool = False
    counters: Counters | None = None
    # acting tenures added to (maintain.tenure_iri) -> (person, post, bodies): spells.respell deals their evidence out
    acting: dict[str, tuple[str, str, set[str]]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.touched or self.posts or self.applied)


def held_alone(store: GraphStore) -> Pending:
    """What a writer that holds the store alone (an ingest into an embedded on-disk store) folds its writes
    into: bulk loads, counters counted up, and remembered (fresh when the knowledge graph holds no counter
    yet: then an aggregate this writer never counted has none)."""
    fresh = not store.ask(f"ASK {{ GRAPH {K} {{ ?x {RELEASES} ?n }} }}")
    return Pending(alone=True, counters=Counters(fresh=fresh))


def add(store: GraphStore, batch: dict[str, Contribution], pending: Pending) -> None:
    """Fold releases the knowledge graph does not hold yet into it: their facts and the descriptions of
    their aggregates (written idempotently, except those this run wrote already), the evidence links and
    the releases' records. Counters wait for `finish`."""
    if not batch:
        return
    deltas = _deltas(batch)
    facts = {}  # facts and descriptions, once each
    evidence, records = [], []
    for node, delta in deltas.items():
        facts.update(dict.fromkeys(delta.describe))
        evidence += [(node, EVIDENCE, r) for r in delta.evidence]
        if delta.kind == "tenure":
            pending.posts.add(delta.post)
        if delta.acting:
            pending.acting.setdefault(node, (*delta.acting, set()))[2].update(delta.organizations)
        dates = [d for d in delta.evidence.values() if d]
        count = pending.added.setdefault(node, [0, None, None])
        count[0] += len(delta.evidence)
        if dates:
            count[1] = min(dates + ([count[1]] if count[1] else []))
            count[2] = max(dates + ([count[2]] if count[2] else []))
    for c in batch.values():
        facts.update(dict.fromkeys((s, p, o) for s, facts_ in c.facts.items() for p, o in facts_))
        pending.applied[c.release] = c.sha256
        records.append((c.release, A, ENTITY))  # known here from now on, applied once `finish` records its hash
        evidence += [(c.release, ISSUED, _date(c.date))] if c.date else []  # the dates counters are taken from
        evidence += [(c.release, PUBLISHER, pub) for pub in sorted(c.publishers)]
    new = pending.written.unwritten(facts)
    # the records first, in a transaction of their own: whatever of the rest a killed run leaves, the next
    # `sync` finds these releases recorded without a hash and takes them out (by their evidence) and in again
    for chunk in chunks(records):
        store.update(f"INSERT DATA {{ GRAPH {K} {{\n{_data(chunk)}\n}} }}")
    _write(store, [], new + evidence, pending.alone)
    pending.touched.update(deltas)


def remove(store: GraphStore, releases: list[str], pending: Pending) -> None:
    """Take releases (<release IRI>s) out of the knowledge graph, whether or not their graphs are still in
    the store: their evidence links and records go; counters wait for `finish`."""
    for chunk in chunks(releases):
        _remove(store, chunk, pending)


def _remove(store: GraphStore, releases: list[str], pending: Pending) -> None:
    values = " ".join(releases)
    nodes = [node for (node,) in _rows(store, f"""SELECT DISTINCT ?x WHERE {{ VALUES ?r {{ {values} }}
            GRAPH {K} {{ ?x ph:evidence ?r }} }}""")]
    pending.posts.update(post for (post,) in _rows(store, f"""SELECT DISTINCT ?post WHERE {{ VALUES ?r {{ {values} }}
            GRAPH {K} {{ ?x ph:evidence ?r ; a org:Membership ; ph:post ?post }} }}"""))
    store.update(f"""DELETE {{ GRAPH {K} {{ ?x ph:evidence ?r }} }} WHERE {{ VALUES ?r {{ {values} }}
            GRAPH {K} {{ ?x ph:evidence ?r }} }} ;
            DELETE {{ GRAPH {K} {{ ?r ?p ?o }} }} WHERE {{ VALUES ?r {{ {values} }} GRAPH {K} {{ ?r ?p ?o }} }}""")
    for r in releases:
        pending.applied.pop(r, None)
    pending.touched.update(nodes)
    pending.pruned.update(nodes)


def finish(store: GraphStore, pending: Pending, redraw: Callable[[], None] | None = None) -> None:
    """Bring the counters of what the writes touched up to date (number of releases, first and last date);
    delete the aggregates no release supports any more and the facts no release graph states; `redraw` what
    depends on those counters (the successions of the touched posts); and only then record the releases
    applied: a process killed before that record leaves the releases unapplied, so the next ingest's `sync`
    applies them again and redraws (recorded first, a kill while redrawing left links no later run drew). An
    aggregate only added to by a writer alone is counted up from its stored counters and the evidence this run
    added (index lookups); any other is recounted from its evidence links, by a writer alone as it reads
    them, by a writer not alone in the store itself (`_recount`)."""
    gone = _count_up(store, pending) if pending.alone else _recount(store, sorted(pending.touched))
    _drop(store, [n for n in gone if _kind(n) != "subject"])
    _prune_facts(store, sorted(n for n in pending.pruned if _kind(n) == "subject"))
    if redraw is not None:
        redraw()
    _write(store, [], [(release, APPLIED, f'"{sha}"') for release, sha in pending.applied.items()], pending.alone)
    if not pending.alone or any(_kind(n) != "tenure" for n in (*gone, *pending.pruned)):
        pending.written.clear()  # facts may have been deleted (by another writer too, when not alone): what this run
    else:                        # wrote is no longer known to be there
        pending.written.forget(gone)  # a tenure dropped takes only its own description (an acting spell merged into
                                      # another, spells.respell): forgetting all made the next batches send all again
    pending.touched.clear(), pending.posts.clear(), pending.pruned.clear(), pending.applied.clear()
    pending.added.clear(), pending.acting.clear()


def _count_up(store: GraphStore, pending: Pending) -> list[str]:
    """A writer alone: each touched aggregate's counters counted up from those it holds (or reads) and the
    evidence this run added, or recounted from its evidence links when a removal touched it; the difference
    written in one write (one bulk load). Nobody else writes counters meanwhile, so reading them first and
    writing after is safe. The aggregates left without evidence."""
    recount = set(pending.pruned)
    gone, delete, insert = [], [], []
    now: dict = {}  # node -> its counters after the write (None: none), for `pending.counters`
    for chunk in chunks(sorted(pending.touched), TEXT_LIMIT // 3):  # the chunk is sent as it is and as counters
        if pending.counters is not None:
            old, missing = pending.counters.known(chunk)
            old.update(_counters(store, missing))
        else:
            old = _counters(store, chunk)
        counted = [node for node in chunk if node in recount]
        new = _evidence_counts(store, counted) if counted else {}
        for node in chunk:
            if node not in recount:
                n, first, last = old.get(node, (0, None, None))
                more, a, b = pending.added[node]
                new[node] = (n + more, min(d for d in (first, a) if d) if first or a else None,
                             max(d for d in (last, b) if d) if last or b else None)
            before = _counter_triples(node, _kind(node), *old[node]) if node in old else []
            after = _counter_triples(node, _kind(node), *new[node]) if node in new else []
            if node not in new:
                gone.append(node)
            now[node] = new.get(node)
            kept = set(before) & set(after)
            delete += [t for t in before if t not in kept]
            insert += [t for t in after if t not in kept]
    try:
        _write(store, delete, insert, bulk=True)  # all counters in one write (one bulk load on an embedded store)
    except BaseException:
        if pending.counters is not None:
            pending.counters.clear()  # the store may hold the old counters or the new
        raise
    if pending.counters is not None:
        pending.counters.remember(now)
    return gone


def _evidence_counts(store: GraphStore, nodes: list[str]) -> dict[str, tuple[int, str | None, str | None]]:
    """(releases, first date, last date) of the aggregates that have evidence links, counted from them."""
    return {node: (int(_lex(n)), _lex(a), _lex(b)) for node, n, a, b in _rows(store, f"""SELECT ?x
            (COUNT(?r) AS ?n) (MIN(?d) AS ?a) (MAX(?d) AS ?b) WHERE {{ VALUES ?x {{ {' '.join(nodes)} }}
            GRAPH {K} {{ ?x ph:evidence ?r OPTIONAL {{ ?r dcterms:issued ?d }} }} }} GROUP BY ?x""")}


# rounds of recounting what a check found stale before a writer not alone gives up (`_recount`)
RECOUNT_ROUNDS = 10


def _recount(store: GraphStore, nodes: list[str]) -> list[str]:
    """A writer not alone (shard processes into one remote store, the API's requests, `sync`): recount these
    aggregates from their evidence links in the store itself, and return those left without evidence.

    Reading the stored counters and writing the difference in later requests races with another writer:
    both read "5", one deletes "5" and inserts "7", the other deletes "5" (gone already) and inserts "6"
    from a count taken before the first's evidence was in, and the aggregate keeps two ph:releases (seen
    in tests/test_shard.py). So each chunk is recounted by one SPARQL update (`_replace`), which Oxigraph
    runs as one transaction on one snapshot: it deletes every counter value stored and inserts those counted
    in its own WHERE, so none it did not read survives. That is not enough on its own: Oxigraph's on-disk
    store (embedded, and `oxigraph serve`) runs concurrent updates each on its own snapshot and commits them
    without detecting conflicts (0.5, storage/rocksdb_wrapper.rs: a snapshot and a write batch; the in-memory store
    alone takes a lock), so an update evaluated while another commits can still leave the other's value beside
    its own. Hence the check after the updates (`_stale`: the counters as stored against those counted from
    the evidence), and the stale recounted again until none is: every writer checks after each of its
    updates, so the last check to start on an aggregate comes after every update of it and sees it right."""
    gone, todo = set(), nodes
    for _ in range(RECOUNT_ROUNDS):
        for chunk in chunks([_terms(node) for node in todo], TEXT_LIMIT // 3):  # sent twice and once more
            _replace(store, chunk)
        todo, empty = _stale(store, todo)
        gone |= empty
        if not todo:
            return sorted(gone)
    raise StoreError(f"the counters of {len(todo)} aggregates were still changing after {RECOUNT_ROUNDS} "
                     "recounts (other writers); the next `phakhi knowledge` recounts them")


def _terms(node: str) -> tuple[str, ...]:
    """An aggregate and the nodes its counters are written on besides itself (a tenure's interval instants)."""
    return (node, _sub(node, "from"), _sub(node, "until")) if _kind(node) == "tenure" else (node,)


def _stored(chunk: list[tuple[str, ...]]) -> str:
    """A pattern of the counter values stored on the aggregates and tenures' instants of the chunk, as ?s ?p ?o:
    one branch per predicate, so that Oxigraph looks each node up (with the predicate a variable bound by
    VALUES it scans: 4.4 s against 0.02 s for 300 nodes of a 1,000-release store)."""
    nodes = " ".join(terms[0] for terms in chunk)
    instants = " ".join(term for terms in chunk for term in terms[1:])
    counters = " UNION ".join(f"{{ ?s {p} ?o BIND({p} AS ?p) }}" for p in (RELEASES, FIRST, LAST))
    pattern = f"{{ VALUES ?s {{ {nodes} }} GRAPH {K} {{ {counters} }} }}"
    if instants:
        pattern += f" UNION {{ VALUES ?s {{ {instants} }} GRAPH {K} {{ ?s {IN_DATE} ?o BIND({IN_DATE} AS ?p) }} }}"
    return pattern


def _replace(store: GraphStore, chunk: list[tuple[str, ...]]) -> None:
    """One update: delete every counter value the aggregates (and tenures' instants) hold, insert those
    counted from their evidence links (as `_counter_triples` writes them, dates typed xsd:date whatever a release's
    date was stored as, so that `_stale` finds what it expects; none for an aggregate without)."""
    nodes = " ".join(terms[0] for terms in chunk)
    rows = " ".join(f"({' '.join(terms)})" if len(terms) == 3 else f"({terms[0]} UNDEF UNDEF)" for terms in chunk)
    store.update(f"""DELETE {{ GRAPH {K} {{ ?s ?p ?o }} }}
        INSERT {{ GRAPH {K} {{ ?x {RELEASES} ?n . ?x {FIRST} ?a . ?x {LAST} ?b . ?from {IN_DATE} ?a .
                              ?until {IN_DATE} ?b }} }}
        WHERE {{ {_stored(chunk)}
            UNION {{ {{ SELECT ?x (COUNT(?r) AS ?n) (STRDT(STR(MIN(?d)), {_DATE}) AS ?a) (STRDT(STR(MAX(?d)), {_DATE}) AS ?b)
                        WHERE {{ VALUES ?x {{ {nodes} }}
                        GRAPH {K} {{ ?x {EVIDENCE} ?r OPTIONAL {{ ?r {ISSUED} ?d }} }} }} GROUP BY ?x }}
                     VALUES (?x ?from ?until) {{ {rows} }} }} }}""")


def _stale(store: GraphStore, nodes: list[str]) -> tuple[list[str], set[str]]:
    """(the aggregates whose stored counters are not those their evidence links give, the aggregates without
    evidence), read after the updates."""
    stale, empty = [], set()
    for chunk in chunks([_terms(node) for node in nodes], TEXT_LIMIT // 2):
        stored: dict[str, set] = {}
        for s, p, o in _rows(store, f"SELECT ?s ?p ?o WHERE {{ {_stored(chunk)} }}"):
            stored.setdefault(s, set()).add((s, p, o))
        counts = _evidence_counts(store, [ts[0] for ts in chunk])
        for ts in chunk:
            node = ts[0]
            want = set(_counter_triples(node, _kind(node), *counts[node])) if node in counts else set()
            if set().union(*(stored.get(t, set()) for t in ts)) != want:
                stale.append(node)
            elif node not in counts:
                empty.add(node)
    return stale, empty


def _drop(store: GraphStore, nodes: list[str]) -> None:
    """Delete statements and tenures no release supports any more, with the triple a statement stands for
    (a relation or a used name), a tenure's interval and the succession links to it. Each delete is kept to nodes
    that still have no evidence when it runs: a writer not alone (a shard, the API) may have stated one again
    since this writer counted it gone, and its new evidence must not go with it."""
    unsupported = f"FILTER NOT EXISTS {{ GRAPH {K} {{ ?x {EVIDENCE} ?any }} }}"
    for chunk in chunks(nodes, TEXT_LIMIT // 5):  # the update names them five times
        values = f"VALUES ?x {{ {' '.join(chunk)} }} {unsupported}"
        store.update(f"""DELETE {{ GRAPH {K} {{ ?s ?p ?o }} }} WHERE {{ {values}
                GRAPH {K} {{ ?x rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }} }} ;
                DELETE {{ GRAPH {K} {{ ?y ?p ?x }} }} WHERE {{ {values} GRAPH {K} {{ ?y ?p ?x }} }} ;
                DELETE {{ GRAPH {K} {{ ?i ?p ?o }} }} WHERE {{ {values}
                GRAPH {K} {{ ?x org:memberDuring ?during . ?during time:hasBeginning|time:hasEnd ?i . ?i ?p ?o }} }} ;
                DELETE {{ GRAPH {K} {{ ?during ?p ?o }} }} WHERE {{ {values}
                GRAPH {K} {{ ?x org:memberDuring ?during . ?during ?p ?o }} }} ;
                DELETE {{ GRAPH {K} {{ ?x ?p ?o }} }} WHERE {{ {values} GRAPH {K} {{ ?x ?p ?o }} }}""")


def _prune_facts(store: GraphStore, subjects: list[str]) -> None:
    """Delete the facts about these entities and posts that no release graph states any more."""
    own = ", ".join(OWN)
    for chunk in chunks(subjects):
        store.update(f"""DELETE {{ GRAPH {K} {{ ?s ?p ?o }} }} WHERE {{ VALUES ?s {{ {' '.join(chunk)} }}
                GRAPH {K} {{ ?s ?p ?o FILTER(?p NOT IN ({own})) }}
                FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g NOT IN ({K}, {_ONTOLOGY})) }} }}""")


def applied(store: GraphStore, releases: list[str] | None = None) -> dict[str, str]:
    """The releases the knowledge graph holds anything of (<release IRI> -> the text hash it was built from,
    or "" when a run was killed before recording it: never a stored hash, so `sync` takes it out and in
    again); all, or these."""
    out = {}
    for chunk in ([None] if releases is None else chunks(releases)):
        values = f"VALUES ?r {{ {' '.join(chunk)} }}" if chunk is not None else ""
        out.update((r, h[1:-1] if h else "") for r, h in _rows(store, f"""SELECT ?r ?h WHERE {{ {values} GRAPH {K} {{
                ?r a prov:Entity OPTIONAL {{ ?r ph:appliedSha256 ?h }} }} }}"""))
    return out


def stored(store: GraphStore, graphs: list[str] | None = None) -> dict[str, tuple[str, str]]:
    """The releases the store holds (<release IRI> -> (<graph IRI>, text hash)); all, or those of these graphs."""
    if graphs is not None and not graphs:
        return {}
    values = f"VALUES ?g {{ {' '.join(graphs)} }}" if graphs is not None else ""
    rows = _rows(store, f"""SELECT ?r ?g ?h WHERE {{ {values} GRAPH ?g {{ ?r a schema:NewsArticle ; ph:sha256 ?h }}
                           FILTER(?g != {K}) }}""")
    return {r: (g, h[1:-1]) for r, g, h in rows}


def differences(store: GraphStore) -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """What `stored` and `applied` would say of the releases where the two disagree, found by the store
    (index lookups) rather than by reading every release's hash twice: (the stored releases whose hash the
    knowledge graph has not recorded: <release IRI> -> (<graph IRI>, hash); the releases the knowledge graph
    holds without a stored graph of the hash it recorded: <release IRI> -> recorded hash or "")."""
    rows = _rows(store, f"""SELECT ?r ?g ?h WHERE {{ GRAPH ?g {{ ?r a schema:NewsArticle ; ph:sha256 ?h }}
            FILTER(?g != {K}) FILTER NOT EXISTS {{ GRAPH {K} {{ ?r ph:appliedSha256 ?h }} }} }}""")
    current = {r: (g, h[1:-1]) for r, g, h in rows}
    rows = _rows(store, f"""SELECT ?r ?h WHERE {{ GRAPH {K} {{ ?r a prov:Entity OPTIONAL {{ ?r ph:appliedSha256 ?h }} }}
            FILTER(!BOUND(?h) || NOT EXISTS {{ GRAPH ?g {{ ?r ph:sha256 ?h }} }}) }}""")
    return current, {r: h[1:-1] if h else "" for r, h in rows}
