"""Acting spells: one acting tenure per spell, not per person and seat.

A substantive tenure is one per (person, post): a holder named again years later is taken to have held the post
meanwhile. An acting holder is not (tenures.py: acting is standing in while the holder is suspended, away, or gone and
not yet replaced): Phumtham acted as Prime Minister for days in August 2024 and for weeks in July-August 2025, and one
tenure spanning both told an analyst he acted for a year. So the evidence of one person acting in one seat is cut into
spells wherever two consecutive release dates lie more than SPELL_GAP days apart, and each spell is a tenure of its
own (org:Membership, ph:acting true) with its own evidence, releases, first and last date.

The knowledge graph is kept release by release (maintain.py), so a spell is a function of the evidence alone, never
of the order it came in: `add` puts a release's acting evidence on the (person, post) tenure (maintain.tenure_iri),
and before the counters are brought up to date (`respell`, from knowledge.finish) the evidence of every (person,
post) whose acting tenures the writes touched is gathered from all of them and dealt out again to the spells its
dates make, each keyed by its first date (`spell_iri`). A release dated between two spells joins them; a release
taken out may split one. The evidence moved is recounted from its links (maintain.finish), and a tenure left without
evidence is dropped there. A release without a date stays on the (person, post) tenure, a spell of unknown time.

Two writers not alone in one store (shards) that re-deal one person's acting evidence at the same moment may leave
a link on a spell the other moved away from; the next write touching that person's acting re-deals it.
"""

from __future__ import annotations

from datetime import date

from phakhi.graph.knowledge.derive import _rows, chunks
from phakhi.graph.knowledge.maintain import (_TENURE, ACTING, EVIDENCE, MEMBER, ORGANIZATION, POST, K, Pending, _digest,
                                             _kind, _lex, _write, tenure_description, tenure_iri)
from phakhi.graph.store import GraphStore

# The longest gap, in days, between two consecutive release dates inside one acting spell. Measured on the whole record
# (docs/audit/CHANGES.md, twenty-third session, h23-acting: the release dates naming each acting holder of the sample
# stores next to an acting word and the title): inside what is known to be one spell the gaps reach 201 days (Thai
# Airways' acting president 2017-2018; 133 for an acting deputy permanent secretary, 100 for an acting
# director-general), while one person's spells in one seat lie 297 days apart and more (acting heads named at the
# October reshuffles of successive years, Phumtham's acting as Prime Minister in 2024 and 2025: 313-323 days).
SPELL_GAP = 240


def spell_iri(person: str, post: str, first: str) -> str:
    """The tenure of one acting spell (N-Triples IRIs of the person and post; the ISO date it is first known)."""
    return f"{_TENURE}{_digest(person, post, 'acting', first)}>"


def spells(dated: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """(date, release) pairs cut into spells: sorted by date, a new spell wherever a date is more than SPELL_GAP days
    after the one before."""
    out: list[list[tuple[str, str]]] = []
    for day, release in sorted(dated):
        if not out or (date.fromisoformat(day) - date.fromisoformat(out[-1][-1][0])).days > SPELL_GAP:
            out.append([])
        out[-1].append((day, release))
    return out


def respell(store: GraphStore, pending: Pending) -> None:
    """Deal the evidence of every (person, post) whose acting the pending writes touched (added to: pending.acting;
    taken from: a spell among pending.touched) out to its spells: links moved to the tenure of the spell their
    release's date falls in, new spells described, and every tenure whose evidence changed marked for recounting
    (pending.pruned: `finish` counts it from its links, drops it when it has none)."""
    touched = {n for n in pending.touched if _kind(n) == "tenure"}
    if not touched:
        return
    # every acting spell of the store (one lookup of the flag: hundreds, not the tens of thousands of tenures a bulk
    # ingest touches, each of which a lookup by IRI would read), then those of the persons and posts touched
    spelt = {tenure: (person, post) for tenure, person, post in _rows(store, f"""SELECT ?t ?person ?post WHERE {{
            GRAPH {K} {{ ?t {ACTING} true ; {MEMBER} ?person ; {POST} ?post }} }}""")}
    groups = {spelt[t] for t in touched if t in spelt} | {(person, post) for person, post, _ in pending.acting.values()}
    group = {t: holder for t, holder in spelt.items() if holder in groups}
    group.update((t, (person, post)) for t, (person, post, _) in pending.acting.items())
    links: dict[tuple[str, str], list[tuple[str, str, str | None]]] = {}  # group -> (tenure, release, date)
    organizations: dict[tuple[str, str], set[str]] = {}
    for person, post, bodies in pending.acting.values():
        organizations.setdefault((person, post), set()).update(bodies)
    for chunk in chunks(sorted(group)):
        for tenure, org, release, day in _rows(store, f"""SELECT ?t ?org ?r ?d WHERE {{ VALUES ?t {{ {' '.join(chunk)} }}
                GRAPH {K} {{ {{ ?t {ORGANIZATION} ?org }} UNION {{ ?t {EVIDENCE} ?r OPTIONAL {{ ?r dcterms:issued ?d }} }}
                }} }}"""):
            if org:
                organizations.setdefault(group[tenure], set()).add(org)
            if release:
                links.setdefault(group[tenure], []).append((tenure, release, _lex(day)[:10] if day else None))
    delete, insert, moved = [], [], set()
    for (person, post), held in sorted(links.items()):
        held = sorted(set(held))
        target = {release: tenure_iri(person, post, True) for _, release, day in held if not day}
        for spell in spells(sorted({(day, release) for _, release, day in held if day})):
            node = spell_iri(person, post, spell[0][0])
            target.update((release, node) for _, release in spell)
        for tenure, release, _ in held:
            if target[release] != tenure:
                delete.append((tenure, EVIDENCE, release))
                insert.append((target[release], EVIDENCE, release))
                moved.update((tenure, target[release]))
        for node in sorted(set(target.values()) - set(spelt)):  # a spell not described yet
            insert += tenure_description(node, person, post, True, sorted(organizations.get((person, post), ())))
    _write(store, delete, list(dict.fromkeys(insert)), pending.alone)
    pending.touched.update(moved)
    pending.pruned.update(moved)

