"""Run-on organization names within a release: a name found by its words that is another name the release writes alone
("สถาบันการบินพลเรือน") with the sentence glued on ("สถาบันการบินพลเรือน|ในการแบ่งปันความฝันด้านการบิน", "สำนักงาน
กิจการยุติธรรม|ในฐานะเจ้าของร่าง…") names that body: its words end where the corpora end the name. Left alone, the
shorter mention would join the longer one (resolve._short_organizations) and the run-on would be the body's key and
label; cut, the run-on mention is a mention of the name it begins with."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from phakhi.graph.extract.authority import unspaced_organization_keys
from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.names import (dictionary, known_names, name_words, org_prefix, placed_kind, provinces,
                                        sentence_words, tag_words)
from phakhi.graph.extract.organizations import COMMITTEE, LONGER_RELEASES, PATTERN_KEY, site_named
from phakhi.graph.extract.recurrence import closed_by_corpora, ends_there, releases_of, written_whole_run
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.thai import is_thai, tokenize
from phakhi.ontology import load_mined, load_not_organizations, load_org_patterns



def cut_run_ons(doc: Doc) -> None:
    """Each organization found by pattern whose name runs on past a name the release writes alone (`runs_on`) is cut
    to that name and takes its key; the mentions that shared its key (an abbreviation learned from it) follow."""
    alone: dict[str, object] = {}  # squeezed name -> the first mention of it that is no abbreviation or "ฯ" form
    for m in doc.of_kind("organization"):
        name = _squeeze(doc.text[m.nstart:m.nend])
        if m.data.get("form") != "abbr" and not name.endswith("ฯ") and len(name) >= MIN_NAME:
            alone.setdefault(name, m)
    moved: dict[str, str] = {}
    dropped: set[str] = set()  # keys of run-ons cut to a kind of body: they and their abbreviations go
    for m in list(doc.of_kind("organization")):
        if not m.key.startswith(PATTERN_KEY) or m.data.get("unit") or m.data.get("tail"):
            continue
        name = _squeeze(doc.text[m.nstart:m.nend])
        short = max((s for s in alone if len(s) < len(name) and name.startswith(s) and alone[s].key != m.key),
                    key=len, default=None)
        if short is not None and runs_on(doc, m, short, alone[short].key):
            key, form = alone[short].key, alone[short].data.get("form", m.data.get("form"))
        else:
            short = _known_stem(doc, m, name)  # written once: the longest name the corpora end there
            if short is None:
                continue
            key = unspaced_organization_keys().get(short) or \
                PATTERN_KEY + normalize_label(doc.text[m.nstart:m.nstart + len(short)])
            form = "pattern" if key.startswith(PATTERN_KEY) else "name"
        end = _end_after(doc.text, m.nstart, len(short))
        doc.mentions.remove(m)
        if key.startswith(PATTERN_KEY) and placed_kind(doc.text, m.nstart, doc.text[m.nstart:end]):
            dropped.add(m.key)  # "สำนักงานคลังจังหวัด|ในการ…": cut, the kind every province has (drop_bare_kinds)
            continue
        doc.add(doc.mention(m.nstart, end, "organization", key, **{**m.data, "form": form, "run_on": name}))
        moved[m.key] = key
    if dropped:
        doc.mentions[:] = [o for o in doc.mentions if not (o.kind == "organization" and o.key in dropped)]
    for m in [m for m in doc.of_kind("organization") if m.key in moved]:
        doc.mentions.remove(m)
        doc.add(replace(m, key=moved[m.key]))


MIN_NAME = 6  # characters a name written alone has at least before a longer one may be cut to it


def _known_stem(doc: Doc, m, name: str) -> str | None:
    """The longest name of the authority or the corpora (names.known_names) that the mention `m`, written without a
    space in it, runs on from: the corpora end it there (an authority body, or `_ends_there`), not on an area
    word (a place follows it: "สำนักงานสาธารณสุขอำเภอ|เทพา"), and `runs_on` holds ("องค์การปกครองส่วนท้องถิ่น|ให้ความ
    ร่วมมือ", "สำนักกฎหมาย|ตรวจสอบข้อมูล"). A name written with a space was joined across it on purpose (a parent, a list
    of fields)."""
    if " " in doc.text[m.nstart:m.nend].strip():
        return None
    known, authority = known_names(), unspaced_organization_keys()
    placed = tuple(load_not_organizations()["placed_words"])
    for cut in range(len(name) - 1, MIN_NAME - 1, -1):
        stem = name[:cut]
        if stem not in known and stem not in authority and not closed_by_corpora(stem):
            continue
        if stem not in authority and not _ends_there(stem):
            return None
        if stem.endswith(placed) and not _sentence_after(doc.text[m.nstart + _length(doc.text, m.nstart, stem):m.nend]):
            return None  # "สำนักงานสาธารณสุขอำเภอ|เทพา": the place the name ends on ("…จังหวัด|ในการให้บริการ" goes on)
        return stem if runs_on(doc, m, stem, authority.get(stem, PATTERN_KEY)) else None
    return None


def _sentence_after(rest: str) -> bool:
    """Does `rest`, glued after an area word, begin with a word that continues sentences (names.sentence_words:
    "ในการ…", "ยัง")? No place's name begins so; any other word after an area word may be the place (a district's
    name is often a dictionary word: "อำเภอ|เมือง", "ตำบล|ท่าข้าม")."""
    words = [w for w in tokenize(rest) if w.strip()]
    return bool(words) and (words[0] in sentence_words() or "".join(words[:2]) in sentence_words())


def _length(text: str, start: int, squeezed: str) -> int:
    """Characters of `text` from `start` that hold the letters of `squeezed` (a name with its spaces removed)."""
    return _end_after(text, start, len(squeezed)) - start


def runs_on(doc: Doc, m, short: str, short_key: str) -> bool:
    """Does the mention `m` run on past `short`, a name the release writes alone (key `short_key`)? The corpora end
    `short` there (an authority body, or `_ends_there`) and never write the longer name (neither a recurring
    name nor a mined run: organization_names.json, org_runs.json), no body, person or place is written where the rest
    begins (a unit's parent: "ศูนย์ลูกค้าสัมพันธ์|ธนาคารออมสิน"), and the rest goes on with the sentence (`goes_on`;
    a word used as a verb goes on after a name the whole corpora close, not after an area word ending it, which a
    place's name may follow: "สำนักงานพัฒนาชุมชนอำเภอ|เกาะคา")."""
    name = _squeeze(doc.text[m.nstart:m.nend])
    if releases_of("organization", name) >= LONGER_RELEASES or written_whole_run(name) or name in known_names():
        return False
    if short_key.startswith(PATTERN_KEY) and not _ends_there(short):
        return False
    at = _end_after(doc.text, m.nstart, len(short))
    at += doc.text.startswith(" ", at)
    if doc.starting_in(at, at + 1, ("organization", "person", "place", "program")):
        return False
    return goes_on(doc.text[at:m.nend], purpose_names=short_key.startswith(PATTERN_KEY) and _names_purposes(short),
                   closed=closed_by_corpora(short) and not short.endswith(tuple(load_not_organizations()["placed_words"])))


def _ends_there(name: str) -> bool:
    """Do the corpora end `name`, a name found by pattern, where it is written: the audit samples in LONGER_RELEASES
    releases or more and more often whole than continued (recurrence.ends_there: "กรมการแพทย์"), or the whole corpora,
    for a name the samples write in too few releases to tell (recurrence.closed_by_corpora: "สภาการพยาบาล", 3 sample
    releases, 31 of the corpora's; "สภามวยโลก", 2 and 6)? A name the whole corpora close is a stem to cut back to even
    when it is no recurring name of organization_names.json; not a site's word and a place alone ("ศูนย์แม่ริม", a
    campus, written whole in 22 releases): what follows it names a body of its own ("ศูนย์แม่ริม|พัฒนาชุมชน")."""
    return ends_there("organization", name, LONGER_RELEASES) or closed_by_corpora(name) and not site_named(name)


@lru_cache(maxsize=None)
def _names_purposes(name: str) -> bool:
    """Is `name` begun by the prefix word of a kind of body named by its purpose (a committee, a working group:
    org_patterns.jsonl type Committee, "คณะกรรมการเฉพาะกิจ|เพื่อตรวจสอบ…")? After any other name the corpora end where it
    is written, a purpose is the sentence's ("กรมการแพทย์แผนไทยและการแพทย์ทางเลือก|เพื่อเสริมภูมิคุ้มกัน")."""
    prefix = org_prefix(name)
    return any(p["prefix"] == prefix and p["type"] == COMMITTEE for p in load_org_patterns())


def goes_on(rest: str, purpose_names: bool = True, closed: bool = False) -> bool:
    """Does `rest`, written right after a name, go on with the sentence rather than the name: its first word a word
    that continues sentences (names.sentence_words: "ในการ…" too), or the word that decides it (past a function word,
    "ใน", "และ"; a nominalized verb, "การ…", is a noun) no noun names are made of ("…|ในฐานะเจ้าของร่าง", "…|ในการแบ่งปัน",
    "…|รับหน้าที่"; not "…|ในพระบรมราชูปถัมภ์", "…|และกิจการเด็ก", "…|ด้านกฎหมาย"), nor a place, a purpose ("…|เพื่อ…"), a
    level, a country or another body? After a name of a body not named by its purpose (`purpose_names` False) a
    purpose is the sentence's ("กรมการแพทย์แผนไทยและการแพทย์ทางเลือก|เพื่อเสริมภูมิคุ้มกัน"): the body is named already.
    After a name the whole corpora close (`closed`: org_closed.json), a word the tagger reads as a noun of names goes on
    with the sentence when the corpora use it as a verb (`_used_as_verb`: "กองคุ้มครองแรงงาน|จ้างข้าราชการเกษียณอายุ",
    "ศูนย์ควบคุมกลาง|คอยติดตาม…", "ราชวิทยาลัยกุมารแพทย์แห่งประเทศไทย|บูรณาการ…")."""
    words = [w for w in tokenize(rest) if w.strip()]
    if not words or not is_thai(words[0][0]) or org_prefix(rest.lstrip()):
        return False  # a Latin term, a number; another body's name ("…|เทศบาลตำบลหัวตะพาน"), its parent or the next of a list
    data = load_not_organizations()
    if words[0] in data["levels"] or "." in rest.split()[0]:
        return False  # "…|ประจำกรุงปักกิ่ง": the level or seat of a body; "กองสารนิเทศ| สป.มท.": its parent, abbreviated
    nominalizers = tuple(data["nominalizers"])
    glued = words[0] + (words[1][:len(nominalizer)] if len(words) > 1 and (nominalizer := next(
        (n for n in nominalizers if words[1].startswith(n)), "")) else "")
    if words[0] in sentence_words() or glued in sentence_words():
        return True  # "…|ยัง", "…|ใน|การบริหารจัดการ…" ("ในการ" goes on with the sentence)
    places, placed = data["pos"]["place_words"], tuple(data["placed_words"])
    if any(word in places or any(p in word for p in placed) for word in words[:2]):
        return False  # "…|เทศบาลตำบลหัวตะพาน", "…|อ.เดิมบางนางบวช": a place says which body of the kind
    if words[0] in data["purpose"]:
        return not purpose_names  # "คณะกรรมการเฉพาะกิจ|เพื่อตรวจสอบและติดตาม…": a purpose names many a committee
    i = 0
    while i < len(words) - 1 and words[i] in data["inside_ok"]:
        i += 1
    if words[i].startswith(nominalizers):
        return False  # "…|และการมีส่วนร่วมด้านการประกันภัย": a nominalized verb is a noun of the name ("ในการ…" aside)
    word = words[i]
    if word not in dictionary() or word in provinces() or word in _countries():
        return False  # a proper name or a word the dictionary lacks says nothing; "กระทรวง…การสื่อสาร|ลาว": that country's
    tag = tag_words(tuple(words[max(0, i - 1):i + 1]))[-1][1]
    if tag.startswith(PROPER):
        return False  # a proper name says which body
    if word in name_words() and tag.startswith(tuple(data["pos"]["noun_tags"])):
        return closed and _used_as_verb(word)
    return True


VERB_SHARE = 0.75  # three releases in four: a word the corpora write after a strict verb marker this often (org_verbs.json) is used as a verb


def _used_as_verb(word: str) -> bool:
    """Do the corpora use `word` as a verb: written after a word that stands before verbs only ("จะ|จ้าง", "ต้อง|
    บูรณาการ", not_organizations strict_verb_markers) in VERB_SHARE or more of the releases writing it either so or
    right after a body's prefix word (org_verbs.json, scripts/mine_org_verbs.py)? Not a word names are made of that
    the corpora seldom use as a verb ("สอบสวน", "กรมสอบสวนคดีพิเศษ"), nor one written after the markers that stand
    before nouns too ("ได้|ดอกเบี้ย", "ก็|ทาง…": "คณะกรรมการความปลอดภัย|ทางชีวภาพ…" is a name)."""
    row = (load_mined("org_verbs.json") or {}).get("words", {}).get(word)
    return bool(row) and row[1] >= VERB_SHARE * (row[0] + row[1])


PROPER = "NPRP"  # the tagger's proper nouns


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    from pythainlp.corpus import countries

    return frozenset(countries())


def _squeeze(name: str) -> str:
    return "".join(name.split())


def _end_after(text: str, start: int, letters: int) -> int:
    """The position in `text` after `letters` characters other than spaces from `start`."""
    pos = start
    while letters > 0 and pos < len(text):
        letters -= not text[pos].isspace()
        pos += 1
    return pos
