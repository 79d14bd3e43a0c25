"""Mentions -> entities. Within a release: every mention with the same key is one entity; a short name
("นายมงคล") joins the full name it abbreviates ("มงคล พฤกษ์วัฒนา"); an event type on one date is one
event. Across releases, identity follows from the keys (authority ids, normalised names), which mapping
turns into IRIs."""

from __future__ import annotations

import re

from phakhi.graph import authority
from phakhi.graph.document import Doc
from phakhi.graph.events import event_cues
from phakhi.graph.organizations import PATTERN_KEY
from phakhi.graph.types import Count, Entity, Extraction, Post


ENTITY_KINDS = ("organization", "person", "program", "event")


def resolve(doc: Doc) -> Extraction:
    result = Extraction(doc.release)
    mentions = sorted(doc.mentions, key=lambda m: (m.nstart, -m.nend))
    short_to_full = _short_names(doc) | _short_organizations(doc)
    event_keys = _event_keys(doc)
    for m in mentions:
        if m.kind not in ENTITY_KINDS:  # counts are resolved below; places only mask what they contain
            continue
        key = short_to_full.get(m.key, m.key)
        if m.kind == "event":
            key = event_keys[id(m)]
        entity = result.entities.get(key)
        if entity is None:
            entity = result.entities[key] = _new_entity(m.kind, key, m)
        elif m.kind == "event" and entity.date is None:
            entity.date = m.data.get("date")
        entity.spans.append((m.start, m.end))
        if m.kind == "event":
            entity.add_name(m.data["name"])
            for party in m.data.get("parties", []):
                party = short_to_full.get(party, party)
                if party not in entity.parties:
                    entity.parties.append(party)
        elif m.kind == "program" and "name" in m.data:
            s, e = m.data["name"]
            entity.add_name(doc.release.text[slice(*doc.norm.span(s, e))])
        else:
            entity.add_name(" ".join(m.text.split()) if m.kind == "person" else m.text)
        if m.kind == "person":
            entity.honorific = entity.honorific or m.data.get("honorific")
            post = m.data.get("post")
            if post:
                post = {**post, "organization": short_to_full.get(post["organization"], post["organization"])}
                _add_post(doc, entity, post)
    for entity in result.entities.values():
        if entity.kind == "person" and entity.names:
            entity.names.sort(key=lambda n: -len(n))
    result.counts = _counts(doc)
    return result


def _new_entity(kind: str, key: str, m) -> Entity:
    entity = Entity(kind, key)
    if kind == "organization":
        record = authority.organizations().get(key)
        if record:
            entity.type = record["type"]
            entity.labels = authority.organization_labels(key)
            entity.parent = authority.ORG_PREFIX + record["parent"] if record["parent"] else None
        else:
            entity.type = m.data.get("type", "Other")
    elif kind == "program":
        record = authority.programs().get(key)
        if record:
            entity.labels = {lang: list(labels) for lang, labels in record["labels"].items()}
    elif kind == "event":
        entity.type = m.data["type"]
        entity.date = m.data.get("date")
    return entity


def _same_event_name(a: str, b: str) -> bool:
    short, long = sorted((a.replace(" ", ""), b.replace(" ", "")), key=len)
    return bool(short) and short in long and short not in event_cues()  # "การประชุม" alone names no one meeting


def _event_keys(doc: Doc) -> dict[int, str]:
    """Event mentions -> event keys. Mentions of one type are one event when their names overlap or they
    fall on the same date; otherwise they stay apart (a release may report several seminars). The key
    is the type and the date (or the first name), so a release re-telling an event gives it one IRI."""
    groups: list[list] = []
    for m in doc.of_kind("event"):
        target = None
        for group in groups:
            head = group[0]
            same_name = any(_same_event_name(o.data["name"], m.data["name"]) for o in group)
            if head.data["type"] == m.data["type"]:
                dates = {o.data["date"] for o in group if o.data.get("date")}
                if same_name or m.data.get("date") in dates and not _titled_apart(group, m):
                    target = group
                    break
            elif _refines(head, m, same_name) or _refines(m, head, same_name):
                # "การประชุม … (Green Industry Conference)"
                specific = m.data["type"] if _refines(head, m, same_name) else head.data["type"]
                for o in [*group, m]:
                    o.data["type"] = specific
                target = group
                break
        if target is None:
            groups.append([m])
        else:
            target.append(m)
    cues = event_cues()
    for bare in [g for g in groups if all(o.data["name"] in cues for o in g)]:
        # "Expo" alone is the one named exhibition of its release, if there is just one
        others = [g for g in groups if g is not bare and g[0].data["type"] == bare[0].data["type"]]
        other_dates = {o.data.get("date") for o in others[0]} - {None} if len(others) == 1 else set()
        if len(others) == 1 and (not other_dates or not {o.data.get("date") for o in bare} - {None} - other_dates):
            others[0].extend(bare)
            groups.remove(bare)
    keys, used = {}, set()
    for group in groups:
        dated = next((o.data["date"] for o in group if o.data.get("date")), None)
        key = f"event:{group[0].data['type']}:{dated.isoformat() if dated else group[0].data['name']}"
        if key in used:  # a second titled event of the type on that day
            key += ":" + group[0].data["name"]
        used.add(key)
        for o in group:
            o.data["date"] = dated
            keys[id(o)] = key
    return keys


NEARBY = 200


def _refines(general, specific, same_name: bool = False) -> bool:
    """A specific event type named close to a general one ("การประชุม" then "Conference"), or under the
    same name, is the same event told twice."""
    return (general.data["type"], specific.data["type"]) in _REFINEMENTS \
        and (same_name or abs(general.nstart - specific.nstart) <= NEARBY)


def _title(name: str) -> str | None:
    """The quoted title of an event name ("การเสวนา “รวมพลังมาตรการสนับสนุน…”"), if it has one."""
    m = _QUOTED_TITLE.search(name)
    return m.group(1) if m else None


def _titled_apart(group, m) -> bool:
    """Two events of one type on one day are still two when each has its own quoted title (a seminar
    and a panel discussion held the same day)."""
    title = _title(m.data["name"])
    titles = {_title(o.data["name"]) for o in group} - {None}
    return bool(title) and bool(titles) and title not in titles


_QUOTED_TITLE = re.compile(r"[“\"]([^”\"]+)[”\"]")


_REFINEMENTS = {("Meeting", "Conference"), ("Seminar", "Conference")}


def _short_names(doc: Doc) -> dict[str, str]:
    """Key of each first-name-only person -> key of the full name it abbreviates in this release."""
    full = [m for m in doc.of_kind("person") if m.data.get("full")]
    mapping = {}
    for m in doc.of_kind("person"):
        if m.data.get("full"):
            continue
        first = m.key.removeprefix("person:")
        for f in full:
            if f.key.removeprefix("person:").split(" ")[0] == first:
                mapping[m.key] = f.key
                break
    return mapping


def _squeeze(name: str) -> str:
    return "".join(name.split()).rstrip("ฯ")


def _short_organizations(doc: Doc) -> dict[str, str]:
    """Key of each organization found by pattern under a shortened name ("คณะกรรมการอำนวยการฯ",
    "สมาคมชาวไร่อ้อย") -> key of the one longer name in this release it begins
    ("คณะกรรมการอำนวยการขับเคลื่อนเศรษฐกิจภาคอุตสาหกรรม", "สมาคมชาวไร่อ้อยน้ำพอง"). When two longer names
    begin with it, it is left alone: it may name either, or a third body."""
    names: dict[str, str] = {}
    for m in doc.of_kind("organization"):
        names.setdefault(m.key, _squeeze(m.text))
    mapping = {}
    for key, short in names.items():
        if not key.startswith(PATTERN_KEY) or len(short) < 4:
            continue
        longer = {other for other, name in names.items()
                  if other != key and len(name) > len(short) and name.startswith(short)}
        if len(longer) == 1:
            mapping[key] = longer.pop()
    return mapping


def _add_post(doc: Doc, entity: Entity, post: dict) -> None:
    for existing in entity.posts:
        if existing.title == post["title"] and existing.organization == post["organization"]:
            return
    acting = post["title"].startswith(("รักษาราชการแทน", "รักษาการ"))
    entity.posts.append(Post(post["title"], post["organization"], acting, doc.norm.span(post["nstart"], post["nend"])))


def _counts(doc: Doc) -> list[Count]:
    counts: list[Count] = []
    seen = set()
    programs = doc.of_kind("program")
    for m in doc.of_kind("count"):
        identity = (m.data["value"], m.data["unit"], m.data["qualifier"])
        if identity in seen:
            continue
        seen.add(identity)
        line_start, _ = doc.line_bounds(m.nstart)
        about_key = None
        for p in programs:
            if line_start <= p.nstart < m.nstart:
                about_key = p.key
        counts.append(Count(m.data["value"], m.data["qualifier"], m.data["unit"], m.data.get("about"),
                            m.text, (m.start, m.end), about_key))
    return counts
