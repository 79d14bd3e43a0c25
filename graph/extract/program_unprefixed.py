"""Programmes that no prefix announces: trade agreements named by their parties ("FTA ไทย-EU", "Thailand-EU FTA";
program_patterns.json "agreements"; every spelling of the parties one programme) or by their acronym ("ความตกลง
RCEP"), schemes named after the province that models them ("น่านแซนด์บ็อกซ์"), plans named with the span of years
they cover ("แผนวิสาหกิจสถาบันการบินพลเรือน พ.ศ. 2564 - 2568") or as the nation's ("แผนสิทธิมนุษยชนแห่งชาติ"),
railway projects named with their route ("รถไฟความเร็วสูงจากกรุงเทพฯ-โคราช-หนองคาย"), and the scheme's long names written with a stray space ("แผนพัฒนาเศรษฐกิจและสังคม แห่งชาติฉบับที่ 12"). Kept apart
from the scan: each is a pattern of its own found before the prefixes are read, so the names they find bound the
runs after a prefix."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

from phakhi.graph.extract.authority import program_entries
from phakhi.graph.extract.document import Doc, Mentions
from phakhi.graph.extract.gazetteer import Entry, Gazetteer
from phakhi.graph.extract.program_ends import ROUTE_PLACES, name_end
from phakhi.graph.extract.program_words import (NAME_RUN, PATTERN_KEY, generic_sets, mined_cut_words, program_data,
                                                word_sets)
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import first_characters, led_by, literal_alternation
from phakhi.graph.text.thai import is_thai, starts_word, tokenize
from phakhi.ontology import load_mined, load_stopwords


@lru_cache(maxsize=1)
def _agreement_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(Thai, Latin) patterns of a trade agreement named by its parties (program_patterns.json "agreements")."""
    from pythainlp.corpus import countries

    data = program_data()["agreements"]
    partner = f"(?:{literal_alternation(list(countries()) + data['partners'])}|[A-Z]{{2,6}})"
    dash = r" ?[-–] ?"  # spaces, never a line break: a name stays on its line
    latin_partner = r"[A-Z][A-Za-z]*(?: [A-Z][a-z]+)?"
    latin_name = (f"{literal_alternation(data['latin_first'], '[A-Za-z]')}(?:{dash}{latin_partner}){{1,3}}"
                  f" (?:{literal_alternation(data['latin_kinds'])})(?![A-Za-z])")
    # the acronym, or the Latin name, in brackets after the Thai name is one more name of it: "ความตกลงการค้าเสรีไทย -
    # สหภาพยุโรป (THAI-EU FTA)" is one agreement, not two
    thai = re.compile(f"(?:{literal_alternation(data['heads'])})(?: ?\\((?:{literal_alternation(data['glosses'])})\\))?"
                      f" ?(?:ระหว่าง)?(?:{literal_alternation(data['first'])})(?:{dash}{partner}){{1,3}}"
                      f"(?: ?\\((?:[A-Z]{{2,6}}|{latin_name})\\))?")
    return thai, re.compile(latin_name)


def agreement(name: str) -> bool:
    """Is `name` whole a trade agreement named by its parties ("FTA ไทย - EU", "Thailand-EU FTA") or by its acronym
    ("ความตกลง RCEP")?"""
    return any(pattern.fullmatch(name) for pattern in (*_agreement_patterns(), _acronym_agreement()))


def find_agreements(doc: Doc) -> None:
    """Trade agreements named by their parties ("ความตกลงการค้าเสรี (FTA) ไทย-สหภาพยุโรป (EU)", "FTA ไทย-EU",
    "Thailand-EU FTA"): programs the guideline counts that begin with no program prefix."""
    for pattern in _agreement_patterns():
        for m in pattern.finditer(doc.text):
            start, end = m.span()
            if doc.covered(start, end, ("person", "program", "place")):
                continue  # a partner may be a body the release names too ("สหภาพยุโรป"): both are mentioned
            doc.add(doc.mention(start, end, "program", parties_key(m.group()), form="pattern"))


def agreement_key(name: str) -> str:
    """The key of the agreement `name` names. By its parties: its kind and its parties' first forms
    (program_patterns.json "agreements" "party_forms"), so "FTA ไทย-EU", "FTA ไทย–อียู", "THAI-EU FTA" and
    "ความตกลงการค้าเสรี (FTA) ไทย-สหภาพยุโรป (EU)" are one programme. By its acronym ("ความตกลง AANZFTA", "ความตกลง
    หุ้นส่วนทางเศรษฐกิจระดับภูมิภาค (RCEP)"): the key of the parties the corpora write that acronym after
    (program_agreement_acronyms.json, mined by scripts/mine_agreement_acronyms.py: "AANZFTA" -> "FTA
    อาเซียน-ออสเตรเลีย-นิวซีแลนด์"), so the acronym and the parties' name are one programme; else the acronym itself;
    a party's own acronym ("…กับสมาคมการค้าเสรีแห่งยุโรป (EFTA)") keys no agreement, and the name written keys it."""
    named = _acronym_agreement().fullmatch(name)
    if named is None:
        return parties_key(name)
    acronym = next(group for group in named.groups() if group)
    if acronym in program_data()["agreements"]["partners"]:
        return PATTERN_KEY + normalize_label(name)
    return agreement_acronyms().get(acronym) or PATTERN_KEY + normalize_label(acronym)


def parties_key(name: str) -> str:
    """The key of the agreement named by its parties in `name` (see `agreement_key`)."""
    data = program_data()["agreements"]
    forms = _party_forms()
    bare = re.sub(r" ?\([^()]*\)", "", name)  # the glosses and the bracketed acronym or Latin name
    bare = re.sub(f"^(?:{literal_alternation(data['heads'])}) ?(?:ระหว่าง)?|(?: {literal_alternation(data['latin_kinds'])})$",
                  "", bare)
    parties = [forms.get(p.strip().upper(), p.strip()) for p in re.split(r" ?[-–] ?", bare)]
    kind = "EPA" if any(word in name for word in data["partnership_words"]) else "FTA"
    return PATTERN_KEY + normalize_label(f"{kind} {'-'.join(parties)}")


@lru_cache(maxsize=1)
def agreement_acronyms() -> dict[str, str]:
    """An agreement's acronym -> the key of the parties' name the corpora gloss with it
    (program_agreement_acronyms.json "names": [acronym, parties' key, releases]; {} while it is not built)."""
    return {row[0]: PATTERN_KEY + row[1] for row in load_mined("program_agreement_acronyms.json").get("names", [])}


@lru_cache(maxsize=1)
def _party_forms() -> dict[str, str]:
    """Each written form of a party, in capitals, to the first form of its row ("EU" -> "สหภาพยุโรป")."""
    return {form.upper(): row[0] for row in program_data()["agreements"]["party_forms"] for form in row}


AGREEMENT_WORDS = 80  # letters of an agreement's Thai name before its bracketed acronym


@lru_cache(maxsize=1)
def _acronym_agreement() -> re.Pattern[str]:
    """An agreement word, then its acronym (after a space or none: "ความตกลง RCEP", "ความตกลงการค้าเสรี AFTA"), or
    its Thai name and the acronym in brackets or after "หรือ" ("ความตกลงหุ้นส่วนทางเศรษฐกิจระดับภูมิภาค (RCEP)",
    "ความตกลงหุ้นส่วนทางเศรษฐกิจภาคพื้นแปซิฟิกหรือ CPTPP"); the acronym is the group that matched. An acronym names an agreement when it ends on a kind's acronym with letters before it, or is listed
    (program_patterns.json "agreements" "acronym_tails", "acronym_names")."""
    data = program_data()["agreements"]
    acronym = agreement_acronym()  # "CEPA": a kind ("C"+"EPA") among the glosses, no one agreement
    heads = literal_alternation(data["acronym_heads"] + [h for h in data["heads"] if is_thai(h[0])])
    # the name glossed is the nearest agreement word's: "ความตกลงการค้าเสรีตามกรอบ|ความตกลงหุ้นส่วน…ภูมิภาค หรือ RCEP"
    agreement_words = literal_alternation(data["acronym_heads"])
    return re.compile(f"(?:{heads}) ?({acronym})(?![A-Za-z0-9-])"
                      f"|(?:{agreement_words})(?:(?!{agreement_words})[ก-๛]){{0,{AGREEMENT_WORDS}}}{_gloss(acronym)}")


def agreement_acronym() -> str:
    """The regular expression of an agreement's acronym (see `_acronym_agreement`)."""
    data = program_data()["agreements"]
    kinds = literal_alternation(data["glosses"])
    return (f"(?!(?:{kinds})(?![A-Za-z0-9-]))"
            f"(?:[A-Z]{{1,6}}(?:{literal_alternation(data['acronym_tails'])})|{literal_alternation(data['acronym_names'])})")


def _gloss(acronym: str) -> str:
    """An acronym glossing the name before it, in brackets or after "หรือ" ("acronym_or"): "…ระดับภูมิภาค (RCEP)",
    "…ภาคพื้นแปซิฟิกหรือ CPTPP"; a group for the acronym in each."""
    return (f"(?: ?\\(({acronym})\\)"
            f"| ?(?:{literal_alternation(program_data()['agreements']['acronym_or'])}) ?({acronym})(?![A-Za-z0-9-]))")


def glossed_acronym(text: str, end: int) -> str | None:
    """The agreement's acronym glossing the name that ends at `end` of `text`, or None."""
    m = _glossed().match(text, end)
    return None if m is None else next(group for group in m.groups() if group)


@lru_cache(maxsize=1)
def _glossed() -> re.Pattern[str]:
    return re.compile(_gloss(agreement_acronym()))


def find_acronym_agreements(doc: Doc) -> None:
    """Trade and economic partnership agreements named by their acronym ("ความตกลง CPTPP", "ความตกลงเขตการค้าเสรี
    อาเซียน (AFTA)", "ความตกลงหุ้นส่วนทางเศรษฐกิจระดับภูมิภาค (RCEP)"): programmes the guideline counts, as the
    agreements named by their parties are (`find_agreements`, run first: "ความตกลงเขตการค้าเสรีอาเซียน - จีน (ACFTA)"
    is theirs). Keyed by `agreement_key`: by the parties the corpora gloss with the acronym, else by the acronym, so
    the Thai name, the acronym written after a bare agreement word and the parties' name are one programme
    ("ความตกลง AANZFTA" and "ความตกลงการค้าเสรีอาเซียน-ออสเตรเลีย-นิวซีแลนด์"). A memorandum, a body or the kind alone after the word ("ข้อตกลงความร่วมมือ (MOU)", "ความตกลง WTO",
    "ความตกลง FTA") is no acronym of an agreement, and names none."""
    text = doc.text
    if "ตกลง" not in text:
        return  # every match holds an agreement word, and most releases write none
    for m in _acronym_agreement().finditer(text):
        start, end = m.span()
        inner = [o for _, o in doc.mentions.kind("program").overlapping(start, end)]
        if not starts_word(text, start) or doc.covered(start, end, ("person",)) \
                or any(o.nstart < start or o.nend > end for o in inner) \
                or any(o.nstart < start for _, o in doc.mentions.kind("organization").overlapping(start, end)):
            continue  # a party inside may be a body or a place the release names too ("อาเซียน"); a body's name
            # or a programme running across the agreement's bounds holds it ("คณะกรรมการ…ความตกลง…")
        if inner:  # a scheme programme inside is a piece of its name ("ความตกลง[เศรษฐกิจดิจิทัล]อาเซียน (DEFA)")
            gone = {id(o) for o in inner}
            doc.mentions = Mentions(o for o in doc.mentions if id(o) not in gone)
        doc.add(doc.mention(start, end, "program", agreement_key(m.group()), form="pattern"))


@lru_cache(maxsize=1)
def _model_places() -> tuple[str, ...]:
    """The places a scheme is named a model after: the provinces of pythainlp's corpus, and the districts,
    subdistricts and towns the corpora write in addresses and name models after ("นาหว้า", "หนองวัวซอ", "แม่แจ่ม";
    program_place_models.json, scripts/mine_program_place_models.py)."""
    from pythainlp.corpus import provinces

    return tuple(sorted({*provinces(), *(row[0] for row in load_mined("program_place_models.json").get("names", ()))}))


@lru_cache(maxsize=1)
def _place_models() -> re.Pattern[str]:
    """A place named as a model of a scheme ("จันทบุรีโมเดล", "น่านแซนด์บ็อกซ์", "บุรีรัมย์ โมเดล", "นาหว้าโมเดล"):
    `_model_places` and the words of program_patterns.json "place_models"."""
    places = _model_places()
    return re.compile(led_by(first_characters(places),  # most positions of a release rejected at once
                             f"(?:{literal_alternation(places)}) ?"
                             f"(?:{literal_alternation(program_data()['place_models'])})(?![A-Za-z])"))


@lru_cache(maxsize=1)
def _model_words() -> re.Pattern[str]:
    return re.compile(literal_alternation(program_data()["place_models"]))


def find_place_models(doc: Doc) -> None:
    """Schemes named after the province, district or subdistrict that models them ("แนวทางน่านโมเดล",
    "ภูเก็ตแซนด์บ็อกซ์", "ขยายผลนาหว้าโมเดล"): programs the
    guideline counts (models, initiatives) that no prefix announces. The province begins a word and the model word
    ends one ("แนวทางน่านโมเดล|สร้าง…")."""
    text = doc.text
    if not _model_words().search(text):
        return  # every match ends on a model word, and most releases write none
    for m in _place_models().finditer(text):
        start, end = m.span()
        if doc.covered(start, end, ("organization", "person", "program")) or not starts_word(text, start) \
                or end < len(text) and is_thai(text[end]) and not starts_word(text, end):
            continue
        if start and text[start - 1] in "“\"" and _after_prefixed(text, start - 1):
            continue  # quoted after a prefix (โครงการ “ชัยนาทโมเดล”): the prefix's quoted name, found with it; or
            # after a name a prefix begins ("โครงการบำบัดผู้ติดยาเสพติด “หัวโทนโมเดล”"): the scan's quoted title
        prefix = next((p for p in program_data()["prefixes"] if text.endswith(p, 0, start)), "")  # "นโยบายพะเยาโมเดล"
        if prefix:  # the prefix's name may run on ("โครงการขอนแก่นโมเดลสู่…")
            end = max(end, name_end(text, start - len(prefix), start, NAME_RUN.match(text, start).end()) or end)
        doc.add(doc.mention(start - len(prefix), end, "program", PATTERN_KEY + normalize_label(text[start:end]),
                            form="pattern"))


def _after_prefixed(text: str, quote: int) -> bool:
    """Does the quote at `quote` follow a prefix, or a word a prefix is written in (the last word before it on its
    line: "…เปิดโครงการบำบัดผู้ติดยาเสพติด| “…”")?"""
    before = text[:quote].rstrip(" ")
    word = before[before.rfind(" ", 0, len(before)) + 1:].rsplit("\n", 1)[-1]
    prefixes = tuple(program_data()["prefixes"])
    return before.endswith(prefixes) or any(prefix in word for prefix in prefixes)


PLAN_CHUNKS = 3  # space-separated chunks of Thai words a dated plan's name holds before its period
HEAD_WINDOW = 16  # letters read after a plan's head for the word it begins ("แผนก", a unit, is no plan)
PLAN_CHUNK = 60  # letters in one chunk: a longer run is a sentence, not a plan's words


@lru_cache(maxsize=1)
def _dated_plan() -> re.Pattern[str]:
    """A plan's head, its Thai words (no digit: a count or a date between tells a list, "แผนด้าน… 15 โครงการ ปี…"),
    an edition, and the period: a year word and a span from one year to another, after a space or in brackets
    (program_patterns.json "dated_plans")."""
    data = program_data()["dated_plans"]
    heads = literal_alternation(data["heads"])
    chunk = f"(?:(?!{heads})[ก-๛]){{1,{PLAN_CHUNK}}}"  # no other head inside: the plan begins at the last one
    words = f"{chunk}(?: {chunk}){{0,{PLAN_CHUNKS - 1}}}"
    years = literal_alternation(data["years"])
    span = rf"(?:{years}) ?\d{{4}} ?[-–] ?\d{{2,4}}"
    # the period after a space, or in brackets ("แผนพัฒนาการสหกรณ์ ฉบับที่ 4 (พ.ศ. 2563-2565)"): the brackets bound it
    return re.compile(f"(?:{heads}){words}" rf"(?: ?ฉบับที่ ?\d{{1,2}})?(?: {span}(?![\d.,])| ?\({span}\))")


def find_dated_plans(doc: Doc) -> None:
    """Plans no prefix announces, named with the span of years they cover ("ภายใต้แผนวิสาหกิจสถาบันการบินพลเรือน พ.ศ.
    2564 - 2568", "ตามแผนการเพิ่มการผลิตไฟฟ้าจากพลังงานสะอาด สำหรับปี 2566-2573"): a plan dated from one year to
    another is one named plan, where "แผน…" written on in prose describes more often than it names. Not a unit or a
    map ("แผนก…", "แผนที่…"), not the plans the prefixes announce (read by the scan, unless it reads no name there:
    `_scanned`), not "วางแผน…" (to plan), not a plan's words that are all generic ("แผนดำเนินการ ปี 2571 - 2573") or
    tell a list ("เช่น", "ได้แก่"), not two names
    ("แผนการบริหาร…ประเทศไทย นโยบายแห่งชาติ… พ.ศ. 2563 - 2565") or another under whose frame it is
    described ("…ภายใต้การดำเนินการตามยุทธศาสตร์…"), nor a span a person is named in or another
    programme runs across; a body or a place named inside is the plan's owner or ground, named in it
    ("…สถาบันการบินพลเรือน"), and a programme named inside a piece of its name; a scheme's plan the span begins
    with is that plan, dated ("แผนพัฒนากำลังผลิตไฟฟ้าของประเทศไทย| พ.ศ. 2558-2579": the scheme's key)."""
    data = program_data()["dated_plans"]
    text, generic = doc.text, generic_sets()[1]
    if not any(head in text for head in data["heads"]):
        return
    for m in _dated_plan().finditer(text):
        start, end = m.span()
        if tokenize(text[start:start + HEAD_WINDOW])[0] in data["not_heads"] or _scanned(text, start) \
                or text.endswith(tuple(data["not_after"]), 0, start) or not starts_word(text, start) \
                or doc.covered(start, end, ("person",)):
            continue
        head = next(h for h in data["heads"] if text.startswith(h, start))
        years = literal_alternation(data["years"])
        words = re.split(f" (?:ฉบับที่|\\(?(?:{years}))|\\((?:{years})", m.group()[len(head):])[0]
        tokens = tokenize(words)
        if all(token.isspace() or token in generic for token in tokens) or set(tokens) & set(data["not_inside"]) \
                or any(chunk.startswith(tuple(program_data()["prefixes"])) for chunk in words.split(" ")[1:]):
            continue  # generic words, a list ("…การดำเนินการ เช่น เร่ง…"), or a second name after a space
        _add_plan(doc, start, end)


def _scanned(text: str, start: int) -> bool:
    """Is the plan at `start` the scan's: announced by a prefix, unless the scan reads no name there because its words
    open with a field or an aim ("แผนปฏิบัติการ|ด้าน…", "แผนแม่บท|เพื่อ…": a kind when undated) that the span of years
    after them makes one named plan ("แผนปฏิบัติการด้านการท่องเที่ยวเชิงสุขภาพ พ.ศ. 2566 - 2570";
    program_patterns.json "dated_plans" "prefixed_openings")?"""
    prefix = next((p for p in program_data()["prefixes"] if text.startswith(p, start)), None)
    if prefix is None:
        return False
    pos = start + len(prefix)
    return not text.startswith(tuple(program_data()["dated_plans"]["prefixed_openings"]), pos) \
        or name_end(text, start, pos, NAME_RUN.match(text, pos).end()) is not None


def _add_plan(doc: Doc, start: int, end: int) -> None:
    """Add the plan named across [start, end) (dated or national), unless a programme runs across its bounds: a
    scheme programme named inside is a piece of its name ("แผนการเพิ่มการผลิตไฟฟ้าจาก
    [พลังงานสะอาด] …"), and a scheme's plan it begins with is that plan, dated or edited ("[แผนพัฒนากำลังผลิตไฟฟ้าของ
    ประเทศไทย] พ.ศ. 2558-2579": the scheme's key)."""
    inner = [o for _, o in doc.mentions.kind("program").overlapping(start, end)]
    if any(o.nstart < start or o.nend > end for o in inner):
        return  # a programme runs across the plan's bounds
    own = next((o for o in inner if o.nstart == start and not o.key.startswith(PATTERN_KEY)), None)
    if inner:
        gone = {id(o) for o in inner}
        doc.mentions = Mentions(o for o in doc.mentions if id(o) not in gone)
    key = own.key if own is not None else PATTERN_KEY + normalize_label(doc.text[start:end])
    doc.add(doc.mention(start, end, "program", key, form="name" if own is not None else "pattern"))


@lru_cache(maxsize=1)
def _national_plan() -> re.Pattern[str]:
    """A plan's head, its Thai words with no other head and no space, the national word it ends on, then an edition
    and a period if written (program_patterns.json "national_plans", "dated_plans")."""
    dated, data = program_data()["dated_plans"], program_data()["national_plans"]
    heads, ends = literal_alternation(dated["heads"]), literal_alternation(data["ends"])
    years = literal_alternation(dated["years"])
    span = rf"(?:{years}) ?\d{{4}} ?[-–] ?\d{{2,4}}"
    return re.compile(f"(?:{heads})(?:(?!{heads}|{ends})[ก-๛]){{1,{PLAN_CHUNK}}}(?:{ends})"
                      rf"(?: ?ฉบับที่ ?\d{{1,2}})?(?: {span}(?![\d.,])| ?\({span}\))?")


def find_national_plans(doc: Doc) -> None:
    """Plans no prefix announces, named as the nation's ("เพื่อขับเคลื่อนแผนสิทธิมนุษยชนแห่งชาติให้บรรลุเป้าหมาย",
    "แผนพัฒนาสุขภาพจิตแห่งชาติ ฉบับที่ 1"): the national word closes a plan's name as a span of years does
    (`find_dated_plans`), where "แผน…" written on in prose describes more often than it names. Held to the dated
    plans' checks (no unit or map, no verb "วางแผน…", no prefix the scan reads, not generic words only, no list or
    frame word), and left to the organization and place patterns when the national word ends a body's or a place's
    name inside the run ("แผนงานที่|สำนักงานทรัพยากรน้ำแห่งชาติ", "…ป่าสงวนแห่งชาติ")."""
    data, dated = program_data()["national_plans"], program_data()["dated_plans"]
    text, generic = doc.text, generic_sets()[1]
    if not any(end in text for end in data["ends"]):
        return
    for m in _national_plan().finditer(text):
        start, end = m.span()
        first = tokenize(text[start:start + HEAD_WINDOW])[0]
        if first in dated["not_heads"] or text.startswith(tuple(data["not_heads"]), start) \
                or text.startswith(tuple(program_data()["prefixes"]), start) \
                or text.endswith(tuple(dated["not_after"]), 0, start) or not starts_word(text, start) \
                or doc.covered(start, end, ("organization", "person", "place")):
            continue
        head = next(h for h in dated["heads"] if text.startswith(h, start))
        words = re.split(literal_alternation(data["ends"]), m.group()[len(head):])[0]
        tokens = tokenize(words)
        if all(token in generic for token in tokens) or set(tokens) & set(dated["not_inside"]):
            continue  # "แผนพัฒนาแห่งชาติ": generic words; "แผน…ตามนโยบาย…แห่งชาติ": another's frame
        if any(o.nstart <= start and o.nend >= end for _, o in doc.mentions.kind("program").overlapping(start, end)):
            continue  # the scheme's own plan ("แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ"), found already
        _add_plan(doc, start, end)


SPACED_MIN = 14  # characters (spaces left out) a scheme label needs to be matched across stray spaces


@lru_cache(maxsize=1)
def _spaced_gazetteer() -> Gazetteer:
    """The scheme's long Thai labels with their spaces left out."""
    entries = [Entry(e.kind, e.key, e.label.replace(" ", ""), e.form) for e in program_entries()
               if any(is_thai(ch) for ch in e.label) and len(e.label.replace(" ", "")) >= SPACED_MIN]
    return Gazetteer(entries)


def find_spaced_names(doc: Doc) -> None:
    """A long scheme name written with a stray space inside ("แผนพัฒนาเศรษฐกิจและสังคม แห่งชาติฉบับที่ 12"): match
    the text with its spaces left out; a shorter program found inside the span is a piece of it."""
    text = doc.text
    if " " not in text:
        return
    # where each space falls in the text without spaces: compact position c is text position c + (spaces before)
    spaces = list(accumulate(map(len, text.split(" ")[:-1])))  # the letters before each space
    hits = _spaced_gazetteer().find(text.replace(" ", ""))
    for hit in hits:
        start = hit.start + bisect_right(spaces, hit.start)
        end = hit.end - 1 + bisect_right(spaces, hit.end - 1) + 1
        if " " not in text[start:end] or doc.covered(start, end, ("organization", "person", "place")):
            continue
        inner = doc.mentions.kind("program").overlapping(start, end)
        if any(o.nstart < start or o.nend > end or o.key == hit.entry.key for _, o in inner):
            continue  # found already, or a program runs across the span
        if inner:
            gone = {id(o) for _, o in inner}
            doc.mentions = Mentions(m for m in doc.mentions if id(m) not in gone)
        doc.add(doc.mention(start, end, "program", hit.entry.key, form=hit.entry.form))


_COUNTED_PLACE = re.compile(r" \d{1,3}$")  # a number after a space at a bare route's end counts what follows


@lru_cache(maxsize=1)
def _routed_line() -> re.Pattern[str]:
    """A kind of railway, a city line's colour if written, then its route: places joined by dashes, glued to the kind
    or after a route word (program_patterns.json "routed_lines", "route_words"); after a space only a route word
    opens the route ("รถไฟ เดินทางจาก…" is a trip)."""
    data = program_data()["routed_lines"]
    links = literal_alternation(program_data()["route_words"]["words"] + data["links"])
    return re.compile(f"(?:{literal_alternation(data['heads'])})(?:{literal_alternation(data['lines'])})?"
                      f"(?: ?(?:{links}) ?)?({ROUTE_PLACES})")


def find_routed_lines(doc: Doc) -> None:
    """Railway projects no prefix announces, named with the route they run ("ทั้งรถไฟความเร็วสูงจากกรุงเทพฯ-โคราช-
    หนองคาย-เวียงจันทน์-คุนหมิง และรถไฟทางคู่", "รถไฟฟ้าสายสีส้ม ช่วงบางขุนนนท์ - มีนบุรี"): the route makes the kind
    one project, as it does after a prefix (`program_ends.route_end`); the kind alone ("รถไฟทางคู่") names none, and a
    plain railway with a route is as often a line in service ("ขนส่งผ่านเส้นทางรถไฟไทย - ลาว - จีน"), so only the kinds
    built as projects are read (program_patterns.json "routed_lines" "heads"). Run
    after the scan, so a project the prefixes announce ("โครงการก่อสร้างรถไฟทางคู่ช่วง…") is found there whole and
    covers this span. Not where a place holds a word that ends names or goes on with the sentence ("รถไฟจีน-ลาว
    ให้ใช้เวลา…", "…ถึงจีนแล้ว": prose glued to the last place) or is another line's colour ("รถไฟฟ้าสายสีม่วง-สีน้ำเงิน"),
    not inside a word, a body, a person or a programme; a number after a space at the end is a count's, not a
    place's ("รถไฟฟ้าสายสีม่วง ช่วงบางใหญ่ - เตาปูน| 4 แห่ง"), as "พระราม 3" is after a prefix."""
    text = doc.text
    if "รถไฟ" not in text:
        return  # every match holds the word, and most releases write none
    data = program_data()["routed_lines"]
    ends = (word_sets()[0] | load_stopwords() | mined_cut_words()) - set(data["place_joins"])  # "ให้", "แล้ว"
    colours = tuple(line.removeprefix("สาย") for line in data["lines"])  # "สีน้ำเงิน": another line, no place
    for m in _routed_line().finditer(text):
        start, end = m.span()
        counted = _COUNTED_PLACE.search(m.group())  # "…ช่วงบางใหญ่ - เตาปูน| 4 แห่ง": a count after the route
        if counted:
            end = start + counted.start()
        if not starts_word(text, start) or doc.covered(start, end, ("organization", "person", "program")):
            continue
        places = text[m.start(1):end]
        if any(token in ends for token in tokenize(places)) \
                or any(piece.startswith(colours) for piece in re.split(" ?[-–] ?", places)):
            continue
        doc.add(doc.mention(start, end, "program", PATTERN_KEY + normalize_label(text[start:end]), form="pattern"))
