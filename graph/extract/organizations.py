"""Organization mentions: authority names and abbreviations, abbreviations a release defines for itself
("การนิคมอุตสาหกรรมแห่งประเทศไทย (กนอ.)"), and organizations outside the authority file found by their
name patterns (กรม…, สำนักงาน…, บริษัท … จำกัด (มหาชน), …)."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from difflib import SequenceMatcher
from functools import lru_cache

from phakhi.graph.extract.authority import (ORG_PREFIX, aligned_authority, gazetteer, near_authority, organizations,
                                           parents_of, title_at, titles, unspaced_organization_keys)
from phakhi.graph.extract.document import Doc, Mentions
from phakhi.graph.extract.foreign import english_place
from phakhi.graph.extract.gazetteer import Entry, Gazetteer, select_longest
from phakhi.graph.extract.org_abbreviated import abbreviated_run_on
from phakhi.graph.extract.org_closings import closing_run_on
from phakhi.graph.extract.org_counted import counted_after
from phakhi.graph.extract.org_documents import issuer_name
from phakhi.graph.extract.org_eponyms import eponym_run_on
from phakhi.graph.extract.org_glossed import glossed_run_on
from phakhi.graph.extract.org_latin_subjects import latin_subject_run_on
from phakhi.graph.extract.org_legal_forms import long_legal_form
from phakhi.graph.extract.org_people import people_cut
from phakhi.graph.extract.org_parties import country_side, dashed_pair, listed_parties
from phakhi.graph.extract.org_repeated import repeated_run_on
from phakhi.graph.extract.org_sittings import sitting_run_on
from phakhi.graph.extract.org_services import (clinical_service, community_group, field_kind, function_unit, kind_pair,
                                               mode_only, one_word_kind, route_stop, slogan_named)
from phakhi.graph.extract.org_spelling import usual_organization
from phakhi.graph.extract.org_tails import NUMBERED, tail_run_on
from phakhi.graph.extract.names import (AND, begins_with_cut, closing_item, common_unit, count_cue_cut, cut_words,
                                        dictionary,
                                        elided_place,
                                        field_list, footnote_mark, generic_names, known_names, kind_of_body, known_stem,
                                        name_words, nominal, number_run, org_prefix, place_name, placed_kind, province_at,
                                        province_pattern, provinces, run_on, scheme_name, sentence_words, spread_kind,
                                        spread_place, tag_words, unheard, unit_of_many, whole_before)
from phakhi.graph.extract.program_aliases import abbreviation_fits, bracket_alias, glosses_term, prefixed_aliases
from phakhi.graph.extract.program_words import named_in_body_or_law
from phakhi.graph.extract.recurrence import (continued_kind, corpus, followed_variously, list_head, releases_of,
                                            spaced_run, spaced_runs_after, written_whole_run)
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import begins_any, literal_alternation, not_after
from phakhi.graph.text.footnotes import footnote_end
from phakhi.graph.text.thai import (NAME_CHARS, first_consonant, is_thai, letters_in_order, starts_word, thai_boundary_ok,
                                    tokenize)
from phakhi.ontology import (latin_legal_words, load_mined, load_not_organizations, load_org_patterns, load_places,
                             load_stopwords, own_country)

_ABBREVIATION = re.compile(r"\s?\(\s?(?P<abbr>[" + NAME_CHARS + r"\.]{2,12}\.?|[A-Z][A-Za-z0-9&\-\.]{1,11})\s?\)")
_COMPANY_END = re.compile(r"จำกัด(?:\s?\(มหาชน\)|\s?มหาชน)?")
_LEGAL_TAIL = re.compile(r"\s?" + _COMPANY_END.pattern + "$")  # a legal form ending a name
# what may follow a known company's name inside "บริษัท … จำกัด" ("บริษัท เอสซีจี จำกัด (มหาชน)" is SCG)
_COMPANY_TAIL = re.compile(r"\s?(?:คอร์ปอเรชั่น|คอร์ปอเรชัน|กรุ๊ป|Corporation|Group)?\s?(?:\(ประเทศไทย\)\s?)?"
                           r"(?:จำกัด(?:\s?\(มหาชน\)|\s?มหาชน)?)?")
_LATIN_NAME = re.compile(r"\s?[A-Z][\w&\.\-]*(?:\s[A-Z][\w&\.\-]*){0,6}")
# a name's run after its prefix word, up to a space, a bracket, a quote or a separator (_name_end): one pass of the
# regex engine rather than a Python step per character (\s is str.isspace, character for character)
_RUN = re.compile(r"[^\s()\[\]“”\"',:;/]*")


@lru_cache(maxsize=1)
def _latin_legal_end() -> re.Pattern[str]:
    """The legal form a Latin company's name ends with after a comma (org_patterns.jsonl `legal_words` of the latin
    rule: ", Ltd.", ", Inc.", " Co., Ltd."): the name runs through it, as a Thai one does to จำกัด."""
    return re.compile(r"(?:,?\s?" + literal_alternation(latin_legal_words()) + r"\.?(?![\w]))+")
PATTERN_KEY = "name:"
COMMITTEE = "Committee"  # org_patterns.jsonl type of the bodies named by their purpose (committees, working groups)
# "สำนักงานคณะกรรมการส่งเสริมการลงทุน" is the Office of the Board of Investment: it names the office,
# and the board itself is not mentioned (unlike "สำนักงานภูมิภาคองค์การ…", a unit of the body it names)
_OFFICE_OF = ("สำนักงาน", "สำนักงานเลขาธิการ", "สำนักเลขาธิการ")
OF = "แห่ง"


@lru_cache(maxsize=1)
def _place_pattern() -> re.Pattern[str]:
    return re.compile(literal_alternation(load_places()["prefixes"]) + r"[^\s()“”\",]*")  # a trie: longest first


def mask_places(doc: Doc) -> None:
    """A venue ("ศูนย์การประชุมสหประชาชาติ", "โรงแรม…") is a place: it becomes a `place` mention, and the
    organizations, programs and event cues its name contains are not matched."""
    for m in _place_pattern().finditer(doc.text):
        doc.add(doc.mention(m.start(), m.end(), "place", "place:" + normalize_label(m.group())))


_GLOSS = re.compile(r"\s?\(([^()\n]{4,80})\)")


def _glossed_otherwise(text: str, pos: int, key: str) -> bool:
    """Is the abbreviation ending at `pos` glossed in brackets by words that are neither a name of the authority
    body `key` nor an organization's name ("AFD (ระบบอินเวอร์เตอร์)")? A gloss holding a Latin letter or a dot
    (another abbreviation, an English name) or as short as a transliteration ("BOI (บีโอไอ)") proves nothing."""
    m = _GLOSS.match(text, pos)
    if not m:
        return False
    gloss = m.group(1).strip()
    if len(gloss) < 8 or not all(is_thai(c) or c.isspace() for c in gloss) or _prefix_pattern().match(gloss):
        return False
    compact = "".join(gloss.split())
    row = organizations().get(key, {})
    labels = ["".join(normalize_label(label).split()) for label in (row.get("th"), *row.get("alt", ())) if label]
    return not any(label in compact or compact in label for label in labels)


def find_authority_names(doc: Doc) -> None:
    """Organizations and programs of the authority files, by every label they are known by. A body
    named inside another's name ("สำนักงานภูมิภาคองค์การพัฒนาอุตสาหกรรมแห่งสหประชาชาติ") is mentioned too."""
    candidates = gazetteer().candidates(doc.text)
    chosen = select_longest(candidates)
    # the names that may be nested in a hit, by start (ties in the order found): each hit looks only at
    # those starting inside it
    names = sorted((c.start, i, c) for i, c in enumerate(candidates)
                   if c.entry.kind == "organization" and c.entry.form == "name")
    name_starts = [start for start, _, _ in names]
    places = load_places()
    regions, region_cues = set(places["regions"]), tuple(places["region_cues"])
    buildings = tuple(places["buildings"])
    for hit in chosen:
        if doc.covered(hit.start, hit.end, ("place",)) and not doc.text.endswith(buildings, 0, hit.start):
            continue  # "อาคารสำนักงานปลัดกระทรวงอุตสาหกรรม" is that office's building: the office is named
        if doc.text[hit.start:hit.end] in regions and doc.text[max(0, hit.start - 10):hit.start].rstrip(" ").endswith(
                tuple(c.strip() for c in region_cues)):
            continue  # "SMEs ของอาเซียน": the region, not the body
        province = province_at(doc.text, hit.end) if hit.entry.kind == "organization" and \
            hit.entry.form == "name" and hit.entry.label.endswith(PROVINCE) else None
        if province:  # "สำนักงานอุตสาหกรรมจังหวัดนราธิวาส": that province's office, not the kind of office
            name = doc.text[hit.start:province]
            record = organizations().get(hit.entry.key, {})
            doc.add(doc.mention(hit.start, province, "organization", PATTERN_KEY + normalize_label(name),
                                type=record.get("type"), form="pattern"))
            continue
        if hit.entry.kind == "program" and named_in_body_or_law(doc.text, hit.start):
            continue  # "สำนักงาน|กองทุนหมู่บ้าน…": the office that runs the fund, a body the patterns name
        if hit.entry.form == "abbr" and hit.entry.kind == "organization" and _glossed_otherwise(doc.text, hit.end, hit.entry.key):
            continue  # "ระบบ AFD (ระบบอินเวอร์เตอร์)": the release says what its abbreviation stands for, not this body
        doc.add(doc.mention(hit.start, hit.end, hit.entry.kind, hit.entry.key, form=hit.entry.form))
        if hit.entry.kind != "organization":
            continue
        inside = names[bisect_right(name_starts, hit.start):bisect_left(name_starts, hit.end)]
        nested = [c for _, _, c in sorted(inside, key=lambda n: n[1])  # in the order found, as select_longest expects
                  if c.entry.key != hit.entry.key and c.end <= hit.end
                  and not doc.text.endswith(OF, hit.start, c.start)  # "…แห่งสหประชาชาติ" names the body, not the UN
                  and doc.text[hit.start:c.start] not in _OFFICE_OF  # the office of a board is not the board
                  and not _owns_names(doc.text[hit.start:c.start])]  # "มหาวิทยาลัยหอการค้าไทย": a body of its own
        for inner in select_longest(nested):
            doc.add(doc.mention(inner.start, inner.end, "organization", inner.entry.key, form="name", nested=True))


PROVINCE = "จังหวัด"


_LATIN_TERM = re.compile(r" (?:[A-Za-z0-9][\w&\.\-]*\s){1,4}")


def _latin_run_on(doc: Doc, start: int, name: str, endings: list[str]) -> str:
    """`name` carried on across a Latin term written between spaces when a name's ending follows it ("คณะกรรมการ
    พัฒนา Soft Power แห่งชาติ"); without one, the Latin term is the sentence's ("สำนักงานเลขาธิการ CMS ได้มี…")."""
    at = start + len(name)
    m = _LATIN_TERM.match(doc.text, at)
    if not m:
        return name
    end = next((m.end() + len(e) for e in endings if doc.text.startswith(e, m.end())), None)
    if end is None or not thai_boundary_ok(doc.text, m.end(), end) or doc.covered(at, end, ("person", "place")):
        return name
    return doc.text[start:end]


def _ends_at_province(name: str) -> str:
    """A name that names its province ends with it ("สำนักงานเกษตรจังหวัดเชียงใหม่"): Thai words glued on after it
    ("…เชียงใหม่ขับเคลื่อนนโยบาย") are the sentence going on."""
    at = name.find(PROVINCE)
    while at >= 0:
        after = at + len(PROVINCE)
        end = province_at(name, after)
        if end is not None and end < len(name) and is_thai(name[end]):
            return name[:end]
        if end is None and after < len(name) and _predicate_after(name, after):
            return name[:after]  # "สำนักงานพระพุทธศาสนาจังหวัด|ประสาน", "…สาธารณสุขจังหวัด|ทันที": no province, a verb
        at = name.find(PROVINCE, at + 1)
    return name


def _predicate_after(name: str, pos: int) -> bool:
    """Is the word glued on at `pos` (after "จังหวัด" with no province) a verb or an adverb, tagged so in the name's
    words ("…จังหวัด|ประสาน", "…จังหวัด|ทันที"; not "…จังหวัด|ชายแดนภาคใต้", a noun)?"""
    words = tokenize(name[:pos])[-2:] + tokenize(name[pos:])[:1]
    if not words or not is_thai(words[-1][0]):
        return False
    return tag_words(tuple(words))[-1][1].startswith(("V", "ADV"))


def learn_abbreviations(doc: Doc) -> None:
    """"FULL NAME (ABBR)" teaches that ABBR names the same thing in this release; later bare uses of
    ABBR are then resolved to it."""
    learned: list[Entry] = []
    renamed: dict[str, str] = {}  # a name the release found by pattern -> the authority body its Latin acronym names
    for m in list(doc.of_kind("organization")) + list(doc.of_kind("program")):
        a = _ABBREVIATION.match(doc.text, m.nend)
        if not a and m.kind == "program":  # "(Outstanding … : ODOS)", "(Double Deck)", "(โครงการ ODOS)"
            gloss = bracket_alias(doc, m)
            if gloss is not None and (not gloss[2] or not doc.covered(gloss[0], gloss[1])) \
                    and abbreviation_fits(doc.text[m.nstart:m.nend], doc.text[gloss[0]:gloss[1]]):
                if gloss[2]:
                    doc.add(doc.mention(gloss[0], gloss[1], m.kind, m.key, form="abbr", learned=True))
                learned.append(Entry(m.kind, m.key, doc.text[gloss[0]:gloss[1]], "abbr"))
            continue
        if not a:
            continue
        if m.data.get("unit") and any(o.nend == m.nend for o in doc.starting_in(m.nstart + 1, m.nend, ("organization",))):
            continue  # "ฝ่ายองค์กรสัมพันธ์และสื่อสาร บริษัท บริหารสินทรัพย์สุขุมวิท จำกัด (SAM)": the bracket follows the
            # parent the unit is run on through, and abbreviates the parent
        overridden = None
        if doc.covered(a.start("abbr"), a.end("abbr")):
            overridden = _authority_abbreviation_of_another(doc, a.start("abbr"), a.end("abbr"), m)
            if overridden is None:
                if (named := _translated_authority(doc, a.start("abbr"), a.end("abbr"), m)) is not None:
                    renamed[m.key] = named
                continue
        abbr = a.group("abbr")
        if abbr.isdigit() or len(abbr.rstrip(".")) < 2:
            continue
        if abbr.isascii() and english_place(abbr):
            continue  # "Thailand Trade and Economic Office (Taipei)": where the body is, no abbreviation of it
        if m.kind == "organization" and site_named(abbr):
            continue  # "มหาวิทยาลัยธรรมศาสตร์ (ศูนย์รังสิต)": the body's campus or office there, no abbreviation of it
        if m.kind == "organization" and _word_not_abbreviation(doc.text[m.nstart:m.nend], abbr):
            continue  # "กระทรวงมหาดไทย (จังหวัด)": a word says which part acts, it abbreviates nothing
        if m.kind == "organization" and _division_named(doc.text[m.nstart:m.nend], abbr):
            continue  # "โฆษกกระทรวงแรงงาน (ฝ่ายการเมือง)": a side or a unit of the body, not the body's short name
        if m.kind == "organization" and not _letters_in_name(doc.text[m.nstart:m.nend], abbr):
            continue  # "ผู้ตรวจราชการกระทรวงอุตสาหกรรม (ผตร.)", "…ของกระทรวงแรงงาน (ศปก.รง.)": the bracket abbreviates
            # a longer phrase the name only ends, not the body
        if m.kind == "organization" and abbr.isascii() and glosses_term(doc.text[m.nstart:m.nend], abbr):
            continue  # "ศูนย์บริหารสถานการณ์…โรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19)": the bracket glosses the term the
            # name ends on (a disease and its year), as it does after a programme's name (abbreviation_fits)
        if m.kind == "program" and not abbreviation_fits(doc.text[m.nstart:m.nend], abbr):
            continue  # "(ภาคตะวันออก)", "(กคช.)": not this program's abbreviation
        if overridden is not None:
            doc.mentions.remove(overridden)  # "คณะกรรมการร่วมภาครัฐและเอกชน… (กรอ.)": this release's กรอ., not the
            # authority's (กรมโรงงานอุตสาหกรรม)
        unit = {"of_unit": doc.text[m.nstart:m.nend]} if m.data.get("bare_unit") or m.data.get("whole") else {}
        # "ศูนย์ปฏิบัติการต่อต้านการทุจริต (ศปท.) กระทรวงอุตสาหกรรม": the bracket follows the unit written bare, before
        # the parent it is joined to later (_join_bare_units): the unit's abbreviation (resolve drops it if any body's)
        doc.add(doc.mention(a.start("abbr"), a.end("abbr"), m.kind, m.key, form="abbr", learned=True, **unit))
        learned.append(Entry(m.kind, m.key, abbr, "abbr"))
    if renamed:
        doc.mentions = Mentions(replace(o, key=renamed[o.key], data={**o.data, "form": "name", "translated": True})
                                if o.kind == "organization" and o.key in renamed else o for o in doc.mentions)
    if learned:
        local = Gazetteer(learned, load_stopwords())
        for hit in local.find(doc.text):
            held = _authority_abbreviation_of_another(doc, hit.start, hit.end, None, hit.entry.key)
            if held is not None:
                doc.mentions.remove(held)  # a later bare "กรอ." means what the release defined it as
            if not doc.covered(hit.start, hit.end, ("organization", "program", "person")):
                doc.add(doc.mention(hit.start, hit.end, hit.entry.kind, hit.entry.key, form="abbr", learned=True))
        prefixed_aliases(doc, {e.label: e.key for e in learned if e.kind == "program"})


def _bracketed_abbreviation(doc: Doc, start: int, end: int):
    """The authority's abbreviation mention that alone covers [start, end), spanning it exactly (no organization,
    programme or person mention else overlaps it; not one the release taught): the bracket both readers of a
    bracketed abbreviation ask about (_translated_authority, _authority_abbreviation_of_another). None otherwise."""
    covering = [o for kind in ("organization", "program", "person")
                for _, o in doc.mentions.kind(kind).overlapping(start, end)]
    if len(covering) != 1:
        return None
    held = covering[0]
    if held.kind != "organization" or held.data.get("form") != "abbr" or held.data.get("learned") \
            or (held.nstart, held.nend) != (start, end):
        return None
    return held


def _translated_authority(doc: Doc, start: int, end: int, named) -> str | None:
    """The authority body whose Latin acronym the bracket at [start, end) holds, when the bracket follows a name the
    release found by pattern (not the authority's): "มูลนิธิสถาบันวิจัยเพื่อการพัฒนาประเทศไทย (TDRI)", "องค์การพัฒนา
    พลังงานใหม่และเทคโนโลยีอุตสาหกรรมแห่งประเทศญี่ปุ่น (NEDO)". A Latin acronym is the body's own name in its language
    and the Thai name before it a translation, and translations vary (_authority_abbreviation_of_another), so the
    name is the body's, written the release's way: one entity, the Thai name its label and the acronym its altLabel,
    not two. None when the name is no pattern name, is a unit or a nested name, ends on another body's name (its
    parent or the acronym's body itself: "สำนักงานภูมิภาค…องค์การพัฒนาอุตสาหกรรมแห่งสหประชาชาติ (UNIDO)"), names
    another body inside (_names_a_body_inside), or ends on the own country in brackets (a Thai body of a name others
    share). The prefix word is not asked: translations
    change it too ("สำนักพัฒนาเทคโนโลยีอวกาศและภูมิสารสนเทศ (GISTDA)", "สำนักงานเพื่อการพัฒนาระหว่างประเทศ (USAID)")."""
    if named.kind != "organization" or not named.key.startswith((PATTERN_KEY, "pattern:")) \
            or named.data.get("nested") or named.data.get("unit"):
        return None
    held = _bracketed_abbreviation(doc, start, end)
    if held is None or is_thai(doc.text[start]) or not held.key.startswith(ORG_PREFIX):
        return None
    if any(o is not named and o.nend == named.nend for o in doc.of_kind("organization")):
        return None
    if _own_country_pattern().search(doc.text, named.nstart, named.nend):
        return None  # "สมาคมศิษย์เก่าศูนย์วัฒนธรรมเอเชียและทุนฝึกอบรมเทคนิคโพ้นทะเล (ประเทศไทย) (AOTS)": the Thai body
        # of a name others share (_own_country_bracketed), not the foreign body the acronym names
    if _names_a_body_inside(doc.text[named.nstart:named.nend]):
        return None  # "สภาผู้ว่าการธนาคารเพื่อการลงทุนในโครงสร้างพื้นฐานเอเชีย (AIIB)": the bank's board of governors; the
        # bracket abbreviates the bank its name ends on
    return held.key


def _names_a_body_inside(name: str) -> bool:
    """Does `name` name another body after its own prefix word (a prefix word of org_patterns.jsonl is written inside
    it: glued, as newmm reads "ผู้ว่าการธนาคาร" as "ผู้ว่า|การธนาคาร", so no word start is asked) while its own prefix
    word is none that owns such names (`own`: "มูลนิธิสถาบันวิจัยเพื่อการพัฒนาประเทศไทย" is the foundation TDRI)? Then
    it may be an organ or a part of that body ("สภาผู้ว่าการ|ธนาคาร…")."""
    head = org_prefix(name)
    if not head or _owns_names(head):
        return False
    return any(org_prefix(name[at:]) for at in range(len(head) + 1, len(name) - 2))


def _authority_abbreviation_of_another(doc: Doc, start: int, end: int, named, key: str | None = None):
    """The authority's abbreviation mention spanning exactly [start, end) when it names another body than the one
    this release defines the abbreviation for: `named`, the mention the bracket follows ("คณะกรรมการร่วมภาครัฐและ
    เอกชนเพื่อแก้ไขปัญหาทางเศรษฐกิจ (กรอ.)", where the authority's กรอ. is กรมโรงงานอุตสาหกรรม), or `key`, a body so
    defined earlier. None when anything else covers the span, when the abbreviation is Latin, when the body is the
    authority's written loosely (_written_as), its parent or its unit, or when a body the bracket may follow is the
    authority's own ("สำนักงานภูมิภาค…องค์การพัฒนาอุตสาหกรรมแห่งสหประชาชาติ (UNIDO)": the nested UN body is UNIDO)."""
    held = _bracketed_abbreviation(doc, start, end)
    if held is None:
        return None
    if not is_thai(doc.text[start]):
        return None  # "…แห่งสาธารณรัฐประชาชนจีน (CCPIT)", "Board of Investment (BOI)": a Latin acronym is the body's own
        # name in its language, the name before it a translation, and translations vary
    if named is None:
        return held if key is not None and held.key != key else None
    if named.kind != "organization" or named.data.get("nested"):
        return None  # "โครงการสินเชื่อ… (ธ.ก.ส.)": the bracket names the body that runs a programme, not the programme
    ends_here = {o.key for o in doc.of_kind("organization") if o.nend == named.nend}
    if held.key in ends_here or held.key == named.key or named.key in parents_of(held.key) \
            or held.key in parents_of(named.key):
        return None  # "สำนักงานบริหารหนี้สาธารณะ กระทรวงการคลัง (สบน.)": the unit the ministry's name ends
    if _written_as(doc.text[named.nstart:named.nend], held.key):
        return None  # "สำนักงานพัฒนาวิทยาศาสตร์และเทคโนโลยี (สวทช.)": the authority's body written short or misspelled
    return held


SAME_BODY_RATIO = 0.8  # a name this close to one of an authority body's (difflib, spaces aside) is that body written loosely


def _written_as(name: str, key: str) -> bool:
    """Is `name` one of the authority body `key`'s names written short, long or with slips: inside one of them, one
    inside it, or within SAME_BODY_RATIO of one ("สำนักงานวิสาหกิจขนาดกลางและขนาดย่อม" of สสว.)?"""
    row = organizations().get(key, {})
    compact = "".join(normalize_label(name).split()).rstrip("ฯ")
    for label in (row.get("th"), *row.get("alt", ())):
        if not label:
            continue
        label = "".join(normalize_label(label).split()).rstrip("ฯ")
        if compact in label or label in compact or SequenceMatcher(None, compact, label).ratio() >= SAME_BODY_RATIO:
            return True
    return False


def _letters_in_name(name: str, bracketed: str) -> bool:
    """May the Thai abbreviation `bracketed` (written with a dot) stand for the organization `name` by its letters:
    are they all found in the name, in order (as standards._initials_fit asks of a standard's)? Thai abbreviations
    take letters from inside words and skip words ("ป.ป.ช.", "พก." of "กรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ"), so
    no more is asked; a bracket with a letter the name lacks abbreviates a longer phrase the name only ends ("สป." after
    "…ปลัดกระทรวงศึกษาธิการ", a post's "รมว.กก."). Latin ones and Thai words without a dot (a transliteration:
    "บีโอไอ") are not judged so. An abbreviation of several parts of two letters or more ends on its parent's
    ("ศปอส.ตร." of "ศูนย์ปราบปรามอาชญากรรมทางเทคโนโลยีสารสนเทศ" of the police): its first part is judged, unless
    it is a title (titles.jsonl: "รมว.อว" is the minister's, the post's abbreviation, not the ministry's)."""
    if "." not in bracketed or not is_thai(bracketed[0]):
        return True
    if title_at(bracketed, 0):
        return False
    parts = [part for part in bracketed.split(".") if part]
    letters = parts[0] if len(parts) > 1 and all(len(part) > 1 for part in parts) else "".join(parts)
    return letters_in_order(name, letters)


def _division_named(name: str, bracketed: str) -> bool:
    """Is `bracketed` (no dot in it), written in brackets after the organization `name`, begun by a division's prefix
    word (org_patterns.jsonl `division`: ฝ่าย…, กลุ่ม…, สำนัก…) and more words ("กระทรวงแรงงาน (ฝ่ายการเมือง)"), one
    `name` does not begin with (not its own shortened name)? An abbreviation is letters of the name, never a prefix
    word and a work: such words name a side or a unit of the body, or say which of them speaks."""
    m = _prefix_pattern().match(bracketed)
    return ("." not in bracketed and m is not None and m.end() < len(bracketed) and _divides(m.group())
            and not name.startswith(m.group()))


def _word_not_abbreviation(name: str, bracketed: str) -> bool:
    """Is `bracketed`, written in brackets after the organization `name`, a plain word rather than its abbreviation:
    a dictionary word without a dot that begins with neither the first consonant of the name nor that of the name
    after its prefix word ("กระทรวงมหาดไทย (จังหวัด)", "…ทางหลวงชนบทที่ 5 (นครราชสีมา)", "… (องค์การมหาชน)")? The
    dictionary holds real abbreviations too ("กระทรวงพาณิชย์ (พณ)"), so the initial decides. A bracket opened by a word
    that opens a field or a purpose (not_organizations `opening_ok`: "สหภาพยุโรป (ด้านแรงงาน)", "กรมเจ้าท่า
    (ด้านปลอดภัย)") says which of the body's concerns is meant: no abbreviation begins with a whole word of the kind."""
    opening = next((w for w in load_not_organizations()["opening_ok"] if bracketed.startswith(w)), None)
    if opening is not None and len(bracketed) > len(opening) and tokenize(bracketed)[0] == opening:
        return True
    if "." in bracketed or bracketed not in dictionary():
        return False
    heads = (name, name[len(org_prefix(name)):].lstrip())
    return all(first_consonant(head) != first_consonant(bracketed) for head in heads)


@lru_cache(maxsize=1)
def _prefix_pattern() -> re.Pattern[str]:
    prefixes = sorted((p["prefix"] for p in load_org_patterns()), key=len, reverse=True)
    return re.compile(literal_alternation(prefixes))  # a trie: the same longest match, twice as fast over a release


@lru_cache(maxsize=1)
def _pattern_types() -> dict[str, list[dict]]:
    table: dict[str, list[dict]] = {}
    for p in load_org_patterns():
        table.setdefault(p["prefix"], []).append(p)
    return table


@lru_cache(maxsize=1)
def _countries() -> re.Pattern[str]:
    """A country's name, with its state word before it. The names are a trie (the same longest match as the flat
    alternation longest first): each candidate organization's name is searched for one (validity_features), and a
    flat alternation of 247 names is tried name by name at every position (5x the time of the trie's search)."""
    from pythainlp.corpus import countries

    return re.compile(r"\s?(?:แห่ง)?(?:ประเทศ|สาธารณรัฐ|ราชอาณาจักร|สหพันธรัฐ|สหพันธ์สาธารณรัฐ)?\s?"
                      + literal_alternation(countries()))


def _foreign_at(text: str, pos: int) -> bool:
    """Does a country other than Thailand follow `pos` ("… แห่งราชอาณาจักรกัมพูชา", "…ญี่ปุ่น")?"""
    m = _countries().match(text, pos)
    return m is not None and not m.group().endswith(own_country())


def _closed_aligned(text: str, start: int, name: str) -> str | None:
    """The authority body a name headed by a closed-class prefix word (กระทรวง) is a variant of, unless a country
    is named in it or right after it ("กระทรวงเกษตรสหรัฐฯ", "…แห่งราชอาณาจักรกัมพูชา"): another country's."""
    key = aligned_authority(name)
    if key is None or "แห่ง" in name or _foreign_at(text, start + len(name)):
        return None
    if any(not m.group().endswith(own_country()) for m in _countries().finditer(name)):
        return None
    return key


def find_by_pattern(doc: Doc, validate: bool = True) -> None:
    """Organizations not in the authority file, from the words that begin their names. With `validate` (the
    default; the mining script turns it off), a candidate first tries the authority file once more, blind to
    spaces and to a misspelling or two ("กระทรวงแรงงงาน", "กระทรวงการพัฒนาสังคม และความมั่นคงของมนุษย์"), a
    prefix word counted by a quantifier ("ทุกกระทรวง", "ทั้งสองกระทรวง") names no one body, and a name is cut
    where a word mined from the corpora as continuing a sentence begins (ontology/th/organization_names.json)."""
    data = load_not_organizations()
    generic_before = tuple(data["generic_before"])
    for m in _prefix_pattern().finditer(doc.text):
        start = m.start()
        if doc.covered(start, m.end(), ("organization", "program", "person", "place")) or not thai_boundary_ok(doc.text, start, m.end()):
            continue
        if _generic_word(doc, start) and not _legal_name(doc, start, m.group()) \
                or doc.text.endswith(tuple(data["not_after"]), 0, start):
            continue  # "สหกรณ์การเกษตร", the kind, unless written in a legal form: "สหกรณ์การเกษตรนากลาง จำกัด"
        if start > 0 and is_thai(doc.text[start - 1]) and _splits_prefix(doc.text, start, m.end()):
            continue  # "กรม" inside "ทรัพยากรมนุษย์", "องค์กรมหาชน"
        if validate and m.group() in data["hospital_tiers"] \
                and doc.text.endswith(tuple(data["hospital_words"]), 0, start):
            continue  # "โรงพยาบาล|ศูนย์อุดรธานี": the hospital's tier (a regional hospital), no centre
        if validate and _officer_title(doc.text, start, m.group()):
            continue  # "นายธราพงษ์ … เกษตรและ|สหกรณ์จังหวัดชุมพร": the officer's title, no cooperative
        if validate:
            if doc.text[max(0, start - 12):start].rstrip(" ").endswith(generic_before) or \
                    _COUNTED.search(doc.text, max(0, start - 8), start):
                continue  # "ทุกกระทรวง", "ทั้ง 20 กระทรวง", "ร่วมกับ 4 กระทรวงหลัก": a kind of body, counted
            near = near_authority(doc.text, start, m.end(), doc.line_bounds(start)[1], glued=sentence_words())
            if near is not None and _foreign_at(doc.text, near[0]):
                near = None  # "กระทรวงการท่องเที่ยวและการกีฬา แห่งราชอาณาจักรกัมพูชา": another country's ministry
            if near is not None and not doc.covered(start, near[0], ("person", "place")):
                doc.add(doc.mention(start, near[0], "organization", near[1], form="name", near=True))
                continue
        for pattern in _pattern_types()[m.group()]:
            unit = None  # the unit's own name, when its parent's is written beside it and joins the label
            unit_start = start  # where the unit's name begins (its parent after it, or before: _parent_before)
            placed = False  # a kind of provincial or local body, named with no place (drop_bare_kinds)
            stem_kind = False  # a name the corpora go on from into many bodies' names, written bare (drop_bare_kinds)
            bare_unit = False  # a unit of many bodies, named with no parent (drop_bare_kinds)
            service = False  # a hospital's clinical service with no hospital, or a kind named by one word (drop_bare_kinds)
            spaced_field = False  # a committee's name run on across a space to its last field (_closing_field), or a
            # name run on across a line's end (_recurrent_longer): keyed glued
            same = None  # the name the release also writes the same body by, whose key it takes
            short_form = False  # a short legal form ("บมจ. …") of the company the release names by its long form
            prefix_end = _abbreviation_end(doc.text, m.end()) if validate else m.end()  # "บมจ.| ทิพยประกันภัย"
            end = _name_end(doc, start, prefix_end, pattern["end"], validate)
            if end is None:
                continue
            name = doc.text[start:end].strip()
            if doc.covered(start, end, ("person", "place")):
                break
            parent = _parent_before(doc, start, name, m.group()) if validate and pattern["end"] in _WORD_RULES else None
            if parent is not None:  # "การท่องเที่ยวแห่งประเทศไทย |สำนักงานลพบุรี": the body's office there
                unit, unit_start, name, start = name, start, doc.text[parent:start + len(name)], parent
            elif validate and pattern["end"] in _WORD_RULES and (
                    (cut := count_cue_cut(doc.text, start, name, prefix_end - start)) != name
                    or name not in known_names()):
                name = cut  # "ธนาคาร|ขั้นต่ำ 10,000 บาท", "ศูนย์|ละ
                # 50,000 บาท": a count, even where the corpora's recurring names hold the run; "ศูนย์ดำรงธรรม|โทร 1567"
                name = nominal(name, prefix_end - start) if name is not None else None
                if name is None or name in generic_names() or unheard(name, prefix_end - start):
                    break  # a predicate ("ธนาคารติดต่อกลับ") or a kind of body ("ศูนย์…" counted across the corpora)
                name = known_stem(name, prefix_end - start)  # "สถาบันเกษตรกร|เก็บข้าว": a known name, then the sentence
            if validate and pattern["end"] in _WORD_RULES and (
                    kind_of_body(name) or scheme_name(name) or country_side(name)
                    or mode_only(doc.text, start, name, prefix_end - start) or kind_pair(doc.text, start, name)
                    or field_kind(doc.text, start, name) or slogan_named(doc.text, start)
                    or route_stop(doc.text, start)):
                break  # "สถาบันอุดมศึกษา", "ศูนย์พักพิง": the corpora count and spread it, a kind of body; "ธนาคารขยะ":
                # the corpora write it after "โครงการ", "กิจกรรม", a scheme's name; "คณะกรรมการฝ่ายไทย": a party's side;
                # "คณะทำงานเฉพาะกิจ": a kind named by how it works, no task; "คณะกรรมการบริษัท", "มูลนิธิสมาคม": two kinds
                # "สมาคมด้านภาพยนตร์…": the bodies of a field; "วิสัยทัศน์ “ธนาคารพัฒนาชนบท…”": a vision, no body
                # "สายสีส้ม (ตลิ่งชัน-|ศูนย์วัฒนธรรม)": a route's stop, no body
            if validate and pattern["end"] in _WORD_RULES and parent is None:
                name = run_on(doc, start, name)  # "ศูนย์วัณโรคเขต 1", "สถาบันส่งเสริมความปลอดภัย อาชีวอนามัย และ…"
                name = _ends_at_province(name)  # "สำนักงานเกษตรจังหวัดเชียงใหม่|ขับเคลื่อนนโยบาย"
                name = _latin_run_on(doc, start, name, data["latin_then"])  # "คณะกรรมการพัฒนา Soft Power แห่งชาติ"
                name = closing_run_on(doc, start, name)  # "ราชวิทยาลัยแพทย์เวชศาสตร์| ฟื้นฟูแห่งประเทศไทย"
                name = eponym_run_on(doc, start, name, m.group())  # "มูลนิธิพล.ต.อ.เภา| สารสิน": named after someone
                name = abbreviated_run_on(doc, start, name)  # "…พัฒนาเศรษฐกิจ|กับประเทศเพื่อนบ้าน (คพพ.)"
                name = glossed_run_on(doc, start, name, pattern["type"])  # "…ด้านหุ่นยนต์| และระบบอัตโนมัติ (Center of …)"
                name = dashed_pair(doc, start, name)  # "คณะทำงานไทย-| กวางตุ้ง": a dash ends no name
                name = repeated_run_on(doc, start, name)  # "…ฝุ่นละอองขนาดเล็ก|ไม่เกิน 2.5 ไมครอน": after every mention
                longer = _recurrent_longer(doc, start, name)  # "สำนักเลขาธิการ| อาเซียน": the corpora name the longer body
                if longer == name and list_head(doc.text, start, name):
                    break  # "สถาบันชาติ| ศาสนา พระมหากษัตริย์": the first item of a list of common words, no body (unless
                    # the text goes on to a name the corpora write whole: "สำนักวัฒนธรรม กีฬา และการท่องเที่ยว")
                spaced_field = "\n" in longer[len(name):]  # run on across a line's end: keyed glued, as written whole
                if longer != name:  # "…ไวรัสโคโรนา| 2019"; "คณะกรรมาธิการการพัฒนาสังคม และกิจการเด็ก เยาวชน สตรี| ผู้สูงอายุ
                    # คนพิการ และผู้ด้อยโอกาส": a list of fields the corpora write whole in its first chunks goes on
                    name = number_run(doc, start, closing_item(doc, start, longer) if field_list(longer) else longer)
                name = _own_country_bracketed(doc, start, name)  # "สมาคมครูดนตรี (ประเทศไทย)"
                name = _public_form(doc, start, name)  # "ธนาคารทิสโก้ จำกัด| (มหาชน)"
                name = _preposition_object(doc, start, name, prefix_end - start)  # "…นวัตกรรมสำหรับ| Startup"
                name = _seat_run(doc, start, name)  # "คณะกรรมการร้องทุกข์| ประจำกระทรวงยุติธรรม"
                if pattern["type"] == COMMITTEE:
                    name = latin_subject_run_on(doc, start, name)  # "คณะอนุกรรมการขับเคลื่อน| Big Data และ Gov Tech"
                    run = _object_run(doc, start, name)  # "คณะกรรมการแก้ไขปัญหาผลกระทบ|จากโครงการฝายราศีไศล"
                    closed = _closing_field(doc, start, run)  # "…แก้ไขปัญหาการค้ามนุษย์| และการทำประมงผิดกฎหมาย"
                    closed = sitting_run_on(doc, start, closed)  # "ประชุมคณะกรรมการ…ข้อร้องเรียน|ที่เกี่ยวข้อง…
                    # ครั้งที่ 3/2565": the body whose sitting it is
                    spaced_field = spaced_field or closed != run or " " in run[len(name):]  # keyed without the space,
                    # as the glued form
                    name = closed
                name, tail = tail_run_on(doc, start, name)  # "มูลนิธิอนุรักษ์ป่ารอยต่อ| 5 จังหวัด", "…ตามนโยบายรัฐบาล|
                # และข้อสั่งการนายกรัฐมนตรี": the name the corpora write whole with its tail
                numbered_whole = tail == NUMBERED  # a whole name the corpora write so: no kind named bare
                name = listed_parties(doc, start, name)  # "…การเชื่อมโยงทางรถไฟระหว่างไทย| ลาว และจีน"
                name = issuer_name(doc, start, name, prefix_end - start)  # "ระเบียบคณะกรรมการกองทุนยุติธรรม|ว่าด้วย…"
                name = people_cut(name, prefix_end - start)  # "สำนักงานพัฒนาดิจิทัล|และเจ้าหน้าที่": the people present
                name = _series_numbered(doc, start, name, m.group())  # "สำนักงานคลังเขต 5"
                if name is None:
                    break  # "สำนักงานคลังเขต", "สภาเด็กและเยาวชนเขต": the series, a kind of body
                if _spread_after(doc.text, start + len(name), name, m.group()) or _refers_back(name, m.group()) \
                        or _numbered_range(doc.text, start + len(name), name) \
                        or counted_after(doc.text, start, name, m.group()):
                    break  # "ศูนย์ปลูกถ่ายไต (…) เขตสุขภาพละอย่างน้อย 1 แห่ง", "องค์การศาสนา 5 ศาสนา", "คณะกรรมการ
                    # สมาคมฯ", "สำนักงานจัดหางานกรุงเทพมหานคร พื้นที่ 1-10": bodies of a kind, or a series of them;
                    # "สำนักที่ปรึกษาฝ่ายการเกษตร 7 แห่ง": counted (org_counted)
                # "สำนักงานเกษตรจังหวัด", "…ระดับอำเภอ" with no place after: the kind every province has, kept until its
                # abbreviation is learned and its tails are read ("องค์การบริหารส่วนจังหวัด (อบจ.)" … "อบจ.|ขอนแก่น")
                if spread_kind(name) and (place := spread_place(doc.text, start + len(name))) is not None:
                    forms = [name + place_name(doc.text, start + len(name), place)]  # "…|น้ำพอง"
                    if doc.text.startswith(" ", start + len(name)):  # "…| จังหวัดนครราชสีมา" also written "…|จังหวัด…"
                        forms.append(name + doc.text[start + len(name) + 1:place])
                    glued = next((form for form in forms if form in doc.text), None)
                    if glued is not None:  # "สมาคมชาวไร่อ้อย| อำเภอน้ำพอง" where the release writes "สมาคมชาวไร่อ้อยน้ำพอง"
                        same = glued  # one body, named so; its kind's name is a short name of it
                    else:  # "ศูนย์ยุติธรรมชุมชน| อำเภอท่าแพ": a kind of body, named with its place
                        name = doc.text[start:place]
                placed = not numbered_whole and (placed_kind(doc.text, start, name) or elided_place(doc.text, name))  # "…จังหวัดฯ"
                whole = None if pattern["end"] == "faculty" else _with_parent(doc, start, name, m.group())
                if whole is not None:  # "สำนักงานปลัด|กระทรวงกลาโหม": a unit of many bodies, with its own
                    unit, name = name, whole
                else:  # "กองคลัง", "สำนักงานเลขานุการกรม" with no parent: any of many bodies' (drop_bare_kinds)
                    bare_unit = common_unit(name) or function_unit(name)  # "ฝ่ายปกครอง": any body's
                    service = clinical_service(doc.text, start, name) or one_word_kind(name)  # "ศูนย์หลอดเลือดสมอง":
                    # any hospital's; "สหกรณ์ผลไม้": a kind of cooperative, no body
                    # "สำนักงานเขต", "กองอำนวยการ" written bare: any of many bodies (drop_bare_kinds)
                    stem_kind = continued_kind(name) and name.replace(" ", "") not in unspaced_organization_keys()
                if name.startswith(tuple(data["state_forms"])):
                    break  # "สหพันธ์สาธารณรัฐเยอรมนี": a country, not a federation
            if validate and parent is None and _site_only(name, m.group()):
                break  # "ศูนย์แม่ริม", "สำนักพหลโยธิน": a campus, a branch, named by where it is: a place, no body
            if validate and pattern.get("abbreviates") and \
                    (long_form := long_legal_form(doc.text, prefix_end, start + len(name), pattern["abbreviates"])) \
                    and not doc.covered(start, long_form[0], ("person", "place")):
                name, same = doc.text[start:long_form[0]], long_form[1]  # "บมจ. ไทยลักซ์| เอ็นเตอร์ไพรส์": the company
                # the release names by its long form ("บริษัท ไทยลักซ์ เอ็นเตอร์ไพรส์ จำกัด (มหาชน)"), one body, labelled
                short_form = True  # by the long form (resolve)
            aligned = _closed_aligned(doc.text, start, name) if validate else None
            if aligned is not None:  # "กระทรวงดิจิตอล": the one ministry the authority file knows, not a new body
                doc.add(doc.mention(start, start + len(name), "organization", aligned, form="name", near=True))
                break
            usual = usual_organization(normalize_label(name)) if validate else None
            if usual is not None and usual.startswith(ORG_PREFIX):  # "สำนักนายกรัฐมนตรึ", "สภาผู้แทนราษฏร"
                doc.add(doc.mention(start, start + len(name), "organization", usual, form="name", near=True))
                break
            keyed = same or glued_prefix(name)  # the name the key is made from, when not the name as written
            if validate and usual is None and same is None and (spaced_field or spaced_run(name, exact=False)):  # spaced,
                keyed = "".join(name.split())  # or glued now and then: one body either way
            key = PATTERN_KEY + (usual or normalize_label(keyed))  # "กลุ่มประชาสัมพันธฺและเผยแพร่"
            if pattern["end"] == LIMITED and not _company(m.group()):  # "สหกรณ์กรีนเนท| จำกัด": one cooperative
                key = _LEGAL_TAIL.sub("", key)  # with its legal form or without, however spaced
            inner = [o for o in doc.starting_in(start, end + 1, ("organization",)) if o.nend <= end]
            if pattern["type"] == "Company" and len(inner) == 1 and inner[0].key.startswith("org:") \
                    and not doc.text[prefix_end:inner[0].nstart].strip() \
                    and _COMPANY_TAIL.fullmatch(doc.text[inner[0].nend:start + len(name)]):
                key = inner[0].key  # "บริษัท เอสซีจี จำกัด (มหาชน)" is the authority's เอสซีจี
            if pattern["type"] == "Company" or pattern["end"] == LIMITED:  # "บริษัท อียูพี ยานยนต์ไฟฟ้า…" does not
                # mention the EU, nor "สหกรณ์ออมทรัพย์กรมป่าไม้ จำกัด" the department: a registered name is one name
                for o in inner:
                    doc.mentions.remove(o)
            elif validate and pattern.get("own"):  # "มหาวิทยาลัยหอการค้าไทย" does not mention the chamber
                for o in inner:
                    doc.mentions.remove(o)
            doc.add(doc.mention(start, start + len(name), "organization", key, type=pattern["type"], form="pattern",
                                rule=pattern["end"], **({"placed": True} if placed else {}),
                                **({"keyed": keyed} if keyed != name and usual is None else {}),
                                **({"bare_unit": True} if bare_unit else {}),
                                **({"service": True} if service else {}),
                                **({"stem_kind": True} if stem_kind else {}),
                                **({"short_form": True} if short_form else {}),
                                **({"unit": unit, "unit_span": doc.norm.span(unit_start, unit_start + len(unit))} if unit else {}),
                                **({"whole": " ".join(name.split())} if unit and "\n" in name else {})))
            break
    if validate:
        _join_later_parents(doc)
    find_latin_defined(doc)


_NOT_A_PARENT = ("bare_unit", "placed", "stem_kind", "service")  # flags of a kind of body, dropped later: no one parent


def _join_later_parents(doc: Doc) -> None:
    """A unit found by pattern before the body written right after it was (after one space, on its line), run on
    through that body as `_with_parent` runs one through a body already found, under its guards: the parent a company
    ("ฝ่ายองค์กรสัมพันธ์และสื่อสาร| บริษัท บริหารสินทรัพย์สุขุมวิท จำกัด"), a body found by pattern ("กลุ่มประชาสัมพันธ์|
    สำนักงานรัฐมนตรี"), or a unit itself under a body ("กลุ่มอำนวยการ| กองกลาง สำนักงานปลัดกระทรวง…"): the units are
    read from the last, so a unit's parent is already run on through its own. The pattern reads names in order, so
    when it reached the unit its parent was not yet found. A parent that is a kind of body dropped later
    (drop_bare_kinds' flags) names no one body and joins nothing."""
    for m in sorted(doc.of_kind("organization"), key=lambda o: -o.nstart):
        if m.data.get("form") != "pattern" or m.data.get("unit") or m.data.get("rule") not in _WORD_RULES \
                or m.data.get("bare_unit"):
            continue  # bare units are joined by drop_bare_kinds (_join_bare_units), their own way
        prefix = _prefix_pattern().match(doc.text, m.nstart)
        if prefix is None:
            continue
        name = doc.text[m.nstart:m.nend]
        if name.startswith(_higher_heads()):
            continue  # "กองบัญชาการกองทัพไทย| สำนักงานปลัดกระทรวงกลาโหม": a command, a body of the level above units
        byline = _byline_parent(doc, m.nstart, m.nend)
        at = byline if byline is not None else m.nend + 1 if doc.text.startswith(" ", m.nend) else m.nend
        after = doc.starting_at(at, "organization")
        if not after or any(o.data.get(flag) for o in after for flag in _NOT_A_PARENT):
            continue
        if not _group_named(name) and any(_group_named(doc.text[o.nstart:o.nend]) for o in after):
            continue  # "… สำนักความปลอดภัยและสิ่งแวดล้อมทางน้ำ| กลุ่มวิศวกรรมแม่น้ำ สำนักมาตรฐานเรือ": a group is no
            # division's parent; the two are items of a list of units with their parents
        whole = _with_parent(doc, m.nstart, name, prefix.group(), later=True)
        if whole is None:
            continue
        usual = usual_organization(normalize_label(whole))
        keyed = glued_prefix(whole)
        if usual is None and spaced_run(whole, exact=False):
            keyed = "".join(whole.split())
        data = {k: v for k, v in m.data.items() if k not in _NOT_A_PARENT + ("keyed",)}
        if "\n" in whole:  # a byline's unit over its body (_byline_parent): named as one line, "unit body"
            data["whole"] = " ".join(whole.split())
        doc.mentions.remove(m)
        doc.add(doc.mention(m.nstart, m.nstart + len(whole), "organization", PATTERN_KEY + (usual or normalize_label(keyed)),
                            **data, **({"keyed": keyed} if keyed != whole and usual is None else {}),
                            unit=name, unit_span=doc.norm.span(m.nstart, m.nend)))


def _officer_title(text: str, start: int, prefix: str) -> bool:
    """Is the prefix word written at `start` part of a provincial officer's title, one that runs on over its province
    and is held in an office (titles.jsonl `office`: "สหกรณ์จังหวัด|ชุมพร", "เกษตรและ|สหกรณ์จังหวัดชุมพร", the
    cooperative and the agriculture-and-cooperatives officers), written without that office before it? Then it names
    the officer, not a cooperative; after its office ("สำนักงานสหกรณ์จังหวัด…", "สนง.สหกรณ์จังหวัด…") it is the
    office."""
    for title, offset, offices in _office_titles(prefix):
        begin = start - offset
        if begin >= 0 and text.startswith(title, begin) \
                and not text[max(0, begin - 12):begin].rstrip(" ").endswith(offices):
            return True
    return False


@lru_cache(maxsize=None)
def _office_titles(prefix: str) -> tuple[tuple[str, int, tuple[str, ...]], ...]:
    """(title, where `prefix` is written in it, the office word and its short forms) for each title with an office
    that holds the prefix word ("สหกรณ์" in "สหกรณ์จังหวัด" at 0, in "เกษตรและสหกรณ์จังหวัด" at 8)."""
    short = tuple(load_not_organizations()["office_abbreviations"])
    return tuple((title, offset, (record["office"],) + short) for title, record in titles() if record.get("office")
                 for offset in range(len(title)) if title.startswith(prefix, offset))


def drop_bare_kinds(doc: Doc) -> None:
    """Organizations found by pattern that name the kind of body every province or district has (names.placed_kind:
    "สำนักงานเกษตรจังหวัด" with no place after it), and their abbreviations, once the tails stage has run: a mention
    that took its place ("อบจ.|ขอนแก่น") is one body under a key of its own; those left bare name no one body.
    So is a unit of many bodies written with no parent (names.unit_of_many: "กองคลัง", "สำนักงานเลขานุการกรม"),
    unless the release writes it with its parent elsewhere ("กองคลัง กรมโรงงานอุตสาหกรรม"): then it is that unit; and
    a name the corpora go on from into many bodies' names, written bare (recurrence.continued_kind: "สำนักงานเขต"),
    unless the release names one of them ("สำนักงานเขตบางรัก"), which it shortens, or its key is a body's the release
    also names otherwise (a unit joined to its parent: "สำนักงานปลัดกระทรวง| กระทรวงแรงงาน"); and a hospital's clinical
    service written with no hospital after it (org_services.clinical_service: "ศูนย์หลอดเลือดสมอง"), which joins no
    state body named before it (a ministry has no such unit), unless the release also writes it with its hospital; and
    a club or cooperative named by one word (org_services.one_word_kind: "ชมรมแบดมินตัน", "สหกรณ์ผลไม้")."""
    _join_bare_units(doc)
    bare = {m.key for m in doc.of_kind("organization")
            if (m.data.get("placed") or m.data.get("bare_unit")) and not m.data.get("tail")}
    found = doc.of_kind("organization")
    bare |= {m.key for m in found if m.data.get("service")} - {
        m.key for m in found if not m.data.get("service") and m.data.get("form") != "abbr"}
    named = {m.key for m in doc.of_kind("organization") if not m.data.get("stem_kind") and m.data.get("form") != "abbr"}
    bare |= {m.key for m in doc.of_kind("organization")
             if m.data.get("stem_kind") and m.key not in named and not _written_longer(doc, m)}
    if bare:
        doc.mentions[:] = [m for m in doc.mentions if not (m.kind == "organization" and m.key in bare
                                                           and not m.data.get("tail"))]


def _written_longer(doc: Doc, m) -> bool:
    """Does the release name a body whose name begins with the name of `m` and goes on (a short name of it)?"""
    name = "".join(doc.text[m.nstart:m.nend].split())
    longer = ("".join(doc.text[o.nstart:o.nend].split()) for o in doc.mentions
              if o.kind == "organization" and o.key != m.key)
    return any(len(other) > len(name) and other.startswith(name) for other in longer)


JOIN_REACH = 200  # characters before a bare unit in which the body it is a unit of is named


def _join_bare_units(doc: Doc) -> None:
    """A unit of many bodies written bare ("bare_unit": "กองคลัง", "สำนักงานเลขานุการกรม") is the unit of the body the
    release writes it with elsewhere ("กองคลัง| กรมโรงงานอุตสาหกรรม"), else of the state body (not_organizations
    `unit_parents`) written right after its abbreviation ("ศูนย์ปฏิบัติการต่อต้านการทุจริต (ศปท.) กระทรวงอุตสาหกรรม"),
    else of the one the release names just before it on its line, with no other body named between them (unless it is
    an item of a list of bodies, whose items are siblings) ("กรมสรรพากร สำนักงานเลขานุการกรม"; not "กระทรวง… อธิบดีกรม
    กิจการผู้สูงอายุ และ … ผู้อำนวยการฝ่ายปฏิบัติการ", whose nearest body is another), else, when its name ends on the head
    word of the level it belongs to ("สำนักงานเลขานุการ|กรม"), of the one body of that level the release names (its
    publisher: "… (กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม)" closing a release naming one department,
    กรมส่งเสริมอุตสาหกรรม, and its ministry; a unit whose name does not say its level is no one body's by this guess):
    it takes that unit's key, with the full name as its first name. Otherwise it stays bare, and drop_bare_kinds drops
    it."""
    mentions = sorted(doc.of_kind("organization"), key=lambda o: o.nstart)
    parented: dict[str, tuple[str, str]] = {}  # a unit's name -> the key and name it is written with its parent by
    for m in mentions:
        if m.data.get("unit"):
            parented.setdefault(m.data["unit"].replace(" ", ""), (m.key, m.data.get("keyed") or m.text))
    levels = load_not_organizations()["unit_parents"]
    types = tuple(t for level in levels for t in level)
    main = None  # the release's one body of the lowest level it names, if one
    for level in levels:
        bodies = {m.key for m in mentions if organizations().get(m.key, {}).get("type") in level}
        if bodies:
            main = next(iter(bodies)) if len(bodies) == 1 else None
            break
    last = None  # the nearest body named so far, if a state body
    for m in mentions:
        if m.data.get("nested"):
            continue
        if not m.data.get("bare_unit") or m.data.get("tail"):
            row = organizations().get(m.key)
            if row is not None and row.get("type") in types:
                last = m
            elif not unit_of_many(doc.text[m.nstart:m.nend]):  # a sibling unit of a list keeps the body before it
                last = None
            continue
        unit = doc.text[m.nstart:m.nend]
        key, whole = parented.get(unit.replace(" ", ""), (None, None))
        near = last is not None and m.nstart - last.nend <= JOIN_REACH and doc.line_bounds(m.nstart)[0] <= last.nstart \
            and not any(w in doc.text[last.nend:m.nstart] for w in load_not_organizations()["partner_words"])
        after = _glossed_parent(doc, m, types)
        listed = _listed(doc, m)  # "…กรมบังคับคดี และกองกฎหมาย…": the body before it is a sibling, not its parent
        parent = after or (last.key if near and not listed else main if _ending_head(unit) else None)
        written = _written_parent(doc, m)
        if key is None and written is not None:  # "สำนักการสังคีต| กรมศิลปากร": a body no authority file knows
            key = PATTERN_KEY + normalize_label(unit + " " + doc.text[written.nstart:written.nend])
            whole = m.text + " " + written.text  # the label as the release writes the two names
        elif key is None and parent is not None and (after or _unit_type(m)) and _fits_parent(unit, parent):
            key = PATTERN_KEY + normalize_label(unit + " " + organizations()[parent]["th"])
            whole = m.text + " " + organizations()[parent]["th"]
        if key is None:
            continue
        for o in [m] + [o for o in doc.of_kind("organization") if o.key == m.key and o.data.get("learned")]:
            doc.mentions.remove(o)  # its abbreviation the release defined ("… (ศปท.)") names the same unit
            data = {k: v for k, v in o.data.items() if k not in ("bare_unit", "stem_kind")}  # now one unit
            doc.add(doc.mention(o.nstart, o.nend, "organization", key, **data,
                                **({"whole": whole} if whole and o is m else {})))


def _glossed_parent(doc: Doc, m, types: tuple[str, ...]) -> str | None:
    """The authority key of the state body (of `types`) written right after the mention `m`'s gloss in brackets (its
    abbreviation: "ศูนย์ปฏิบัติการต่อต้านการทุจริต (ศปท.)| กระทรวงอุตสาหกรรม"), if one is."""
    gloss = _GLOSS_AFTER.match(doc.text, m.nend)
    if gloss is None:
        return None
    at = gloss.end() + 1 if doc.text.startswith(" ", gloss.end()) else gloss.end()
    body = next(iter(doc.starting_at(at, "organization")), None)
    return body.key if body is not None and organizations().get(body.key, {}).get("type") in types else None


def _written_parent(doc: Doc, m):
    """The body the text writes right after the bare unit `m` (after one space, on its line; or a byline's next line),
    when its name is of
    another head word than the unit's own and fits the level the unit's name ends on, and no other body follows it (a
    list): "สำนักการสังคีต| กรมศิลปากร", found by pattern after the unit was, is the unit's parent."""
    byline = _byline_parent(doc, m.nstart, m.nend)  # or on the next line, a byline's (_byline_parent)
    at = byline if byline is not None else m.nend + 1 if doc.text.startswith(" ", m.nend) else m.nend
    body = next((o for o in doc.starting_at(at, "organization") if not o.data.get("bare_unit")), None)
    if body is None or body.nend > doc.line_bounds(at)[1]:
        return None
    unit, label = doc.text[m.nstart:m.nend], doc.text[body.nstart:body.nend]
    ending = _ending_head(unit)
    if org_prefix(label) in ("", org_prefix(unit)) or ending is not None and not label.startswith(ending):
        return None
    return None if _listed_after(doc, body.nend, body.key) else body


def _fits_parent(unit: str, parent: str) -> bool:
    """May `unit` be a unit of the authority body `parent`: is the parent not of the unit's own head word (a
    department is no unit of another: "กรมสารนิเทศ" after "กรมอุตุนิยมวิทยา"), and of the head word the unit's name
    ends on, if it ends on one ("สำนักงานเลขานุการ|กรม" is a department's, "สำนักงานปลัด|กระทรวง" a ministry's)?"""
    label = organizations()[parent]["th"]
    ending = _ending_head(unit)
    return not label.startswith(org_prefix(unit)) and (ending is None or label.startswith(ending))


def _ending_head(unit: str) -> str | None:
    """The head word of a level of bodies the unit's name ends on ("สำนักงานเลขานุการ|กรม", "สำนักงานปลัด|กระทรวง"),
    if it ends on one: its name says whose unit it is."""
    squeezed = unit.replace(" ", "")
    return next((p for p in _ending_heads() if squeezed.endswith(p) and len(squeezed) > len(p)), None)


@lru_cache(maxsize=1)
def _ending_heads() -> tuple[str, ...]:
    return tuple(sorted(_pattern_types(), key=len, reverse=True))


def _unit_type(m) -> bool:
    """Is the bare unit `m` found by a prefix word of a state body's units (not_organizations `unit_types`: กอง…,
    สำนักงาน…, ฝ่าย…)? A committee is no unit of the ministry named before it ("คณะกรรมการอำนวยการ")."""
    return m.data.get("type") in load_not_organizations()["unit_types"]


def _listed(doc: Doc, m) -> bool:
    """Is `m` an item of a list of bodies: another body's name begins right after it (after one space)? Not when that
    is a unit of many too ("โครงสร้างกองกลาง| ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร และกองกฎหมาย": a list of one body's
    units, whose body may be the one named before them)."""
    at = m.nend + 1 if doc.text.startswith(" ", m.nend) else m.nend
    after = doc.starting_at(at, "organization")
    if after:
        return not all(unit_of_many(doc.text[o.nstart:o.nend]) for o in after)
    return bool(_prefix_pattern().match(doc.text, at))


_LATIN_HEADS = {
    "Center": "Other", "Centre": "Other", "Institute": "Other", "Agency": "Other", "Office": "Other",
    "Bureau": "Other", "Authority": "Other", "Secretariat": "Other", "Network": "Other", "Alliance": "Other",
    "Foundation": "Other", "Facility": "Other", "Organization": "Other", "Organisation": "Other",
    "Association": "BusinessAssociation", "Federation": "BusinessAssociation", "Chamber": "BusinessAssociation",
    "Society": "BusinessAssociation", "Council": "Committee", "Commission": "Committee", "Committee": "Committee",
    "Board": "Committee", "Corporation": "Company", "Company": "Company", "Bank": "Company",
    "University": "AcademicInstitution", "Ministry": "ForeignGovernmentBody", "Department": "ForeignGovernmentBody"}
_LATIN_WORD = r"[\w&\.\-]*\s(?:(?:of|for|and|the|on|in)\s){0,2}"  # a capitalised word's rest, small words after it
_LATIN_ORG = re.compile(r"([A-Z]" + not_after(r"[\w\-]") + _LATIN_WORD + r"(?:[A-Z]" + _LATIN_WORD + r"){0,7}"
                        r"(?:" + "|".join(_LATIN_HEADS) + r"))\s?\(\s?([A-Z][A-Za-z]{1,10})\s?\)")


def find_latin_defined(doc: Doc) -> None:
    """English names that a release defines with an acronym ("Thailand-Korea Technology Exchanges Center
    (TKTEC)"), when the name ends in a word for a body (Center, Agency, Association, …) and the acronym's
    letters are the name's initials; not a venue's name ("… Convention Center": places.json latin_venues)."""
    venues = tuple(load_places()["latin_venues"])
    for m in _LATIN_ORG.finditer(doc.text):
        if m.group(1).endswith(venues):
            continue  # "Queen Sirikit National Convention Center (QSNCC)": a venue, a place
        words, abbr = m.group(1).split(), m.group(2).upper()
        offsets = [m.start(1) + i for i, _ in _word_starts(m.group(1))]
        for i, word in enumerate(words):
            if not word[0].isupper():
                continue
            rest = "".join(part[0] for w in words[i:] for part in w.split("-") if part[:1].isupper())
            if rest[:1] == abbr[:1] and _subsequence(abbr, rest) and len(rest) <= len(abbr) + 2:
                start = offsets[i]
                if not doc.covered(start, m.end(1)):
                    name = doc.text[start:m.end(1)]
                    doc.add(doc.mention(start, m.end(1), "organization", PATTERN_KEY + normalize_label(name),
                                        type=_LATIN_HEADS[words[-1]], form="pattern"))
                break


def _word_starts(text: str) -> list[tuple[int, str]]:
    return [(w.start(), w.group()) for w in re.finditer(r"\S+", text)]


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(ch in letters for ch in short)


def _is_unit(doc: Doc, start: int, end: int) -> bool:
    """A group or section (กลุ่ม…, ฝ่าย…) is a named unit when its parent body follows it or a head's
    title comes before it; otherwise "กลุ่ม…" is just a group of people or things."""
    text = doc.text
    if text.endswith(tuple(load_not_organizations()["portfolio_titles"]), 0, start):
        return False  # "รองอธิบดีฝ่ายการทะเบียน… กรมการปกครอง": the deputy's portfolio, not a unit of the department
    if text.endswith(tuple(load_not_organizations()["unit_heads"]), 0, start):
        return True
    at = end + 1 if text.startswith(" ", end) else end
    if doc.starting_at(at, "organization"):
        return True
    parent = _prefix_pattern().match(text, at)
    return bool(parent) and parent.group() not in UNIT_PREFIXES


UNIT_PREFIXES = ("กลุ่ม", "ฝ่าย")


@lru_cache(maxsize=None)
def _owns_names(prefix: str) -> bool:
    """Does a name begun by `prefix` name a body of its own even when another body's name follows the prefix word
    (a foundation, an association, a university: org_patterns.jsonl `own`)?"""
    return any(p.get("own") for p in _pattern_types().get(prefix, ()))


def _university_end(doc: Doc, pos: int) -> int | None:
    """The end of the university named at `pos`, if one is: a faculty's name runs through it ("คณะเศรษฐศาสตร์
    มหาวิทยาลัยธรรมศาสตร์"), for "คณะเศรษฐศาสตร์" alone is a faculty of any university (the judges call it cut
    short; the gold names the faculty with its university first)."""
    for m in doc.mentions:
        if m.kind == "organization" and m.nstart == pos:
            record = organizations().get(m.key)
            return m.nend if (record["type"] if record else m.data.get("type")) == "AcademicInstitution" else None
    university = next((u for u in UNIVERSITY if doc.text.startswith(u, pos)), None)
    end = _name_end(doc, pos, pos + len(university), "space") if university else None
    if end is not None:  # the university is mentioned too, as the pattern would find it after the faculty's name
        doc.add(doc.mention(pos, end, "organization", PATTERN_KEY + normalize_label(doc.text[pos:end]),
                            type="AcademicInstitution", form="pattern", rule="space"))
    return end


UNIVERSITY = ("มหาวิทยาลัย", "จุฬาลงกรณ์มหาวิทยาลัย")


def _with_parent(doc: Doc, start: int, name: str, prefix: str, later: bool = False) -> str | None:
    """`name` run on through its parent body's name written right after it (glued or after a space) when the corpora
    write it so as a unit of many bodies (names.unit_of_many: "สำนักงานปลัด|กระทรวงกลาโหม", "กลุ่มประชาสัมพันธ์และ
    เผยแพร่ สำนักโฆษก", "สำนักงานเลขาธิการ|วุฒิสภา"): alone, the name would be any of them, and one IRI would merge them all. The parent is
    a body already mentioned there (the authority file's) or a university; it stays a mention of its own.
    A division (a prefix word org_patterns.jsonl marks `division`: "สำนักกฎหมาย| กรมเจ้าท่า", "กองคุ้มครองแรงงาน|
    กรมสวัสดิการและคุ้มครองแรงงาน") is named with the body written right after it even when the corpora name it too
    rarely to count its parents, unless another body follows that one other than its own parents ("กองบัญชาการ
    ทหารสูงสุด สำนักงานตำรวจแห่งชาติ กรม…": a list)."""
    if community_group(name):
        return None  # "กลุ่มแม่บ้านเกษตรกรบ้านเขาตำหนอน| วิสาหกิจชุมชน…": a villagers' group, a body of its own
    mined = unit_of_many(name)
    if not mined and (not _divides(prefix) or followed_variously("organization", name)):
        return None  # "สำนักพระราชวัง": a body the corpora write on its own, followed by anything, not a division
    end = start + len(name)
    byline = _byline_parent(doc, start, end)
    at = byline if byline is not None else end + 1 if doc.text.startswith(" ", end) else end
    if not mined and any(p["end"] == "unit" for p in _pattern_types()[prefix]) and (at == end or function_unit(name)):
        return None  # "กลุ่มข้าราชการ|กระทรวงการคลัง", "กลุ่มโรงงาน|สำนักงานอุตสาหกรรมจังหวัด…": glued, a group of
        # people or things of the body, no unit; a group or section is named with its parent after a space, and by
        # more than one function word ("ฝ่ายโครงการ UNHCR": a side's work, drop_bare_kinds' function_unit)
    if doc.text.startswith(prefix, at) and not _higher_after(doc.text, at, name, prefix):
        return None  # "กรม… กรม…", "สำนักงาน… สำนักงาน…": a list of bodies, not a unit and its parent
    body = next(iter(doc.starting_at(at, "organization")), None)
    parent = body.nend if body is not None else _university_end(doc, at)
    if parent is None or doc.line_bounds(at)[1] < parent or byline is None and doc.line_bounds(start)[1] < parent:
        return None
    if not mined and _listed_after(doc, parent, body.key if body is not None else None) \
            and not _unit_after(doc.text, parent) and not (later and _top_after(doc, parent)):
        return None
    return doc.text[start:parent]


_BYLINE_MARKS = "#*-=+_ \t\u00a0"  # what a byline block writes around a name on its own line ("#กองเผยแพร่…", "***…***")
_GLOSS_TO_LINE_END = re.compile(r"[ \t\u00a0]*(?:\([^()\n]{1,20}\))?[#*\- \t\u00a0]*(?=\n|$)")


def _byline_parent(doc: Doc, start: int, end: int) -> int | None:
    """Where the parent of the unit written at start..end begins when the two are a byline block's lines: the unit
    alone on its line, after a mark or not ("#กองเผยแพร่และประชาสัมพันธ์", "กองสื่อสารองค์กร"), and the next line begun
    by a body already found, alone on it but for its gloss ("สำนักงานปลัดกระทรวงคมนาคม", "การนิคมอุตสาหกรรมแห่งประเทศไทย (กนอ.)"): the publishing
    office signs with its unit over its body. Not a unit closed by a slash or a line going on after the body
    ("กองเผยแพร่และประชาสัมพันธ์/⏎กรมการจัดหางาน – ข้อมูล/": the department the news is from, of a byline's parts)."""
    text = doc.text
    line_start, line_end = doc.line_bounds(start)
    if text[line_start:start].strip(_BYLINE_MARKS) or text[end:line_end].strip() or line_end >= len(text):
        return None
    at = line_end + 1  # the two names and the line's end between them are the joined name's span
    body = next(iter(doc.starting_at(at, "organization")), None)
    if body is None or doc.line_bounds(at)[1] < body.nend or not _GLOSS_TO_LINE_END.match(text, body.nend):
        return None
    return at


@lru_cache(maxsize=1)
def _higher_heads() -> tuple[str, ...]:
    return tuple(h for heads in load_not_organizations()["higher_heads"].values() for h in heads)


@lru_cache(maxsize=1)
def _unit_prefixes() -> tuple[str, ...]:
    return tuple(p["prefix"] for group in _pattern_types().values() for p in group if p["end"] == "unit")


def _group_named(name: str) -> bool:
    """Is `name` begun by a prefix word of the lowest units, a group's or a section's (org_patterns.jsonl end "unit":
    กลุ่ม…, กลุ่มงาน…, ฝ่าย…)?"""
    return bool(_prefix_pattern().match(name)) and name.startswith(_unit_prefixes())


def _top_after(doc: Doc, pos: int) -> bool:
    """Is the body written after `pos` (after one space) a state body of the top level (not_organizations
    `unit_parents`' last: a ministry), which a unit's parent found by pattern is under ("กลุ่มประชาสัมพันธ์ สำนักงาน
    รัฐมนตรี| กระทรวงการพัฒนาสังคม…"), no sibling of it in a list?"""
    at = pos + 1 if doc.text.startswith(" ", pos) else pos
    top = load_not_organizations()["unit_parents"][-1]
    return any(organizations().get(o.key, {}).get("type") in top for o in doc.starting_at(at, "organization"))


def _higher_after(text: str, at: int, name: str, prefix: str) -> bool:
    """Does the body written at `at`, begun by the unit's own prefix word, begin with a head word of the level above
    the unit's (not_organizations `higher_heads`: "กองกำกับการอำนวยการ| กองบัญชาการตำรวจตระเวนชายแดน", "สำนักนโยบาย
    การคลัง| สำนักงานเศรษฐกิจการคลัง") while the unit's name does not (then the two are of one level, a list:
    "กองทัพบก กองทัพเรือ")? Then it is the unit's parent, not a second body of a list."""
    higher = tuple(load_not_organizations()["higher_heads"].get(prefix, ()))
    return bool(higher) and text.startswith(higher, at) and not name.startswith(higher)


def _unit_after(text: str, pos: int) -> bool:
    """Is the body written after the parent that ends at `pos` (after one space) itself a unit (a division prefix word
    or a group's: "ศูนย์วิจัยและพัฒนา ธ.ก.ส.| กลุ่มงานวิจัยและพยากรณ์เศรษฐกิจการเกษตร")? A unit named after the parent
    is the parent's or the first unit's, no sibling of the parent in a list of bodies."""
    at = pos + 1 if text.startswith(" ", pos) else pos
    after = _prefix_pattern().match(text, at)
    return bool(after) and _divides(after.group()) and not text.startswith(
        tuple(h for heads in load_not_organizations()["higher_heads"].values() for h in heads), at)


def _parent_before(doc: Doc, start: int, name: str, prefix: str) -> int | None:
    """The start of the body written right before `name` (after one space, on its line) when `name` is its prefix word
    and a place only ("สำนักงานลพบุรี", "สำนักงานโตเกียว": a province, a district or road of org_sites.json, or a name
    the dictionary lacks): the office of that body in that place ("การท่องเที่ยวแห่งประเทศไทย สำนักงานลพบุรี"), which
    alone names no body. Only for a prefix word of a body's offices (org_patterns.jsonl `branch`):
    "วิทยาลัยพระนครศรีอยุธยา" after a university is a college."""
    if not any(p.get("branch") for p in _pattern_types().get(prefix, ())):
        return None
    place = name[len(prefix):].strip()
    words = tokenize(place)
    if not place or not (_site_place(place) or len(words) == 1 and is_thai(place[0]) and place not in dictionary()):
        return None
    end = start - 1 if doc.text.startswith(" ", start - 1) else start
    before = doc.ending_at(end, "organization")
    if before is None or doc.line_bounds(start)[0] > before.nstart:
        return None
    return before.nstart


@lru_cache(maxsize=1)
def _sites() -> frozenset[str]:
    return frozenset(load_mined("org_sites.json").get("names", ()))


def _site_place(place: str) -> bool:
    """Is `place` where a body's office or site is: a province, a district, subdistrict or road the corpora write
    between area words (org_sites.json), or a region or city that is neither (not_organizations `site_places`:
    "ภาคใต้", "พัทยา")?"""
    return place in provinces() or place in _sites() or place in _site_places()


def site_named(text: str) -> bool:
    """Is `text` a prefix word of a body's sites or offices (not_organizations `site_heads`, org_patterns.jsonl
    `branch`) glued to a place alone (_site_place): "ศูนย์รังสิต", "สำนักงานภาคใต้"?"""
    heads = (*_site_heads(), *(p["prefix"] for ps in _pattern_types().values() for p in ps if p.get("branch")))
    return any(text.startswith(h) and _site_place(text[len(h):].strip()) for h in heads)


@lru_cache(maxsize=1)
def _site_places() -> frozenset[str]:
    return frozenset(load_not_organizations()["site_places"])


@lru_cache(maxsize=1)
def _site_heads() -> frozenset[str]:
    return frozenset(load_not_organizations()["site_heads"])


def _site_only(name: str, prefix: str) -> bool:
    """Is `name` a prefix word of a body's sites (not_organizations `site_heads`) glued to a place alone: a province,
    or a district, subdistrict or road the corpora write between area words (org_sites.json,
    scripts/mine_org_sites.py)? "ศูนย์แม่ริม", "สำนักพหลโยธิน": a university's campus, a bank's branch, named by where
    it is; with no body written right before it (_parent_before) it names a place, not a body. The corpora write such
    names again and again (the campus hosts events), so recurrence is no evidence of a body here; the authority file's
    names are matched before any pattern."""
    if prefix not in _site_heads():
        return False
    place = name[len(prefix):].strip()
    return bool(place) and _site_place(place)


@lru_cache(maxsize=None)
def _divides(prefix: str) -> bool:
    """Does a name begun by `prefix` name a division of a body (org_patterns.jsonl `division`: สำนัก…, กอง…)?"""
    return any(p.get("division") for p in _pattern_types().get(prefix, ()))


def _listed_after(doc: Doc, pos: int, parent_key: str | None) -> bool:
    """Does another body's name begin at `pos` (after one space), one that is not a parent of the authority body
    `parent_key` ("…กรมพัฒนาพลังงานทดแทนและอนุรักษ์พลังงาน| กระทรวงพลังงาน" is its ministry, a chain of parents)?"""
    at = pos + 1 if doc.text.startswith(" ", pos) else pos
    after = next(iter(doc.starting_at(at, "organization")), None)
    if after is None:
        return bool(_prefix_pattern().match(doc.text, at))
    return after.key not in _ancestors(parent_key)


def _ancestors(key: str | None) -> frozenset[str]:
    """The authority bodies above `key` in its chain of parents."""
    return frozenset(parents_of(key)) if key else frozenset()


_FOLLOWER_REACH = 20  # characters segmented after a prefix word for the word that follows it


def followers(text: str) -> set[tuple[str, str]]:
    """The (prefix word, word) pairs `text` writes, a word right after an organization prefix word where the prefix
    begins a word ("ธนาคาร|ออมสิน", "ธนาคาร|ลดดอกเบี้ย"): what scripts/mine_org_followers.py counts."""
    pairs = set()
    for m in _prefix_pattern().finditer(text):
        start = m.start()
        if start > 0 and is_thai(text[start - 1]) and _splits_prefix(text, start, m.end()):
            continue
        tokens = tokenize(text[m.end():m.end() + _FOLLOWER_REACH])
        if tokens and tokens[0] and is_thai(tokens[0][0]):
            pairs.add((m.group(), tokens[0]))
    return pairs


@lru_cache(maxsize=1)
def _followers() -> dict[str, dict[str, list[int]]]:
    return load_mined("org_followers.json") or {"words": {}, "prefixes": {}}


def bare_subject(name: str) -> float:
    """How often the corpora write the name's prefix word alone as a sentence's subject, a verb marker right after it
    (org_followers.json prefixes: "ธนาคาร|จะ…" 0.16, "สหกรณ์|ได้…" 0.14, "ศูนย์" 0.001): the prefix words whose
    candidates are clauses when a verb follows them. A committee or a centre is named by what it does
    ("คณะทำงานเผาทำลายยาเสพติด", "ศูนย์บริจาคโลหิตแห่งชาติ") and rarely stands alone before a verb."""
    prefix = _prefix_pattern().match(name)
    row = _followers()["prefixes"].get(prefix.group()) if prefix else None
    return row[1] / row[0] if row else 0.0


def follower_verb(name: str) -> float:
    """How much the corpora use the word right after the name's prefix word as a verb (org_followers.json): the share
    of the releases writing it after a verb marker ("จะ|ลด", "ขอ|สงวนสิทธิ์") among those and the releases writing it
    after a prefix word. Near 1 for a clause with the body as its subject ("ธนาคาร|ลดดอกเบี้ย", "สหกรณ์|สร้าง
    รายได้เสริม"), lower for a word that names many bodies ("ศูนย์|ติดตาม…", "คณะกรรมการ|ตรวจสอบ…",
    "กรม|พัฒนา…"); 0 for a word the corpora write after no verb marker, a name with no prefix word, or one written
    apart from its prefix word (a proper name: "บริษัท เป็นตาฮักออร์แกนิค ฟาร์ม จำกัด")."""
    prefix = _prefix_pattern().match(name)
    tokens = tokenize(name[prefix.end():]) if prefix and not name[prefix.end():prefix.end() + 1].isspace() else []
    row = _followers()["words"].get(tokens[0]) if tokens else None
    return row[1] / (row[0] + row[1]) if row else 0.0


def _splits_prefix(text: str, start: int, end: int) -> bool:
    """Does a word of the text run into the prefix word and end inside it ("ทรัพยากร|มนุษย์" holds the
    "กร" of "กรม")? A word that ends with the whole prefix ("สมาชิกสภา", "เจ้ากรม") does not split it."""
    offset = max(0, start - 10)
    for token in tokenize(text[offset:end + 8]):
        token_end = offset + len(token)
        if offset < start < token_end:
            return token_end < end
        if offset >= start:
            return False
        offset = token_end
    return False


@lru_cache(maxsize=1)
def _generic_words() -> re.Pattern[str]:
    """not_organizations `words` as one trie: its match at a position is the longest of them written there. Asked at
    every prefix word a release writes (17 a release), where a tuple of the 116 words was built and each word tried in
    turn, twice when one matched."""
    return re.compile(literal_alternation(load_not_organizations()["words"]))


def _generic_word(doc: Doc, start: int) -> bool:
    """Does a word that names no one body begin at `start` (not_organizations `words`: "กระทรวงเศรษฐกิจ", the economic
    ministries), not begun a name written as a list of its fields closed by "และ…" (names.closing_item: "กระทรวง
    เศรษฐกิจ การค้า และอุตสาหกรรม…", Japan's ministry)?"""
    m = _generic_words().match(doc.text, start)
    if m is None:
        return False
    return closing_item(doc, start, m.group()) == m.group()


def _abbreviation_end(text: str, prefix_end: int) -> int:
    """Where the name after an abbreviated prefix word begins: past the one space a release writes after its dot now and
    then ("บมจ. ทิพยประกันภัย" as "บมจ.ทิพยประกันภัย"), or at `prefix_end` (the word glued, or no dot)."""
    if text.endswith(".", 0, prefix_end) and text.startswith(" ", prefix_end) and prefix_end + 1 < len(text) \
            and (is_thai(text[prefix_end + 1]) or text[prefix_end + 1].isalpha()):
        return prefix_end + 1
    return prefix_end


def glued_prefix(name: str) -> str:
    """`name` with the space after its abbreviated prefix word taken out ("บมจ. ทิพยประกันภัย" -> "บมจ.ทิพยประกันภัย"):
    one body however the release spaces it, and the form the corpora's spaced names (org_runs.json) are written in."""
    prefix = org_prefix(name)
    return prefix + name[len(prefix) + 1:] if prefix.endswith(".") and name.startswith(" ", len(prefix)) else name


def _name_end(doc: Doc, start: int, prefix_end: int, rule: str, validate: bool = True) -> int | None:
    text = doc.text
    line_end = doc.line_bounds(start)[1]
    if rule == "จำกัด":
        m = _COMPANY_END.search(text, prefix_end, min(line_end, prefix_end + 80))
        if validate and m and _company_prefixes().search(text, prefix_end, m.start()):
            return None  # "บริษัท CP และ บริษัท ไทยเบฟเวอเรจ จำกัด (มหาชน)": another company's legal form (the
            # first is read by the next rule, a Latin name; the second is found on its own)
        if validate and m and text[prefix_end + text.startswith(" ", prefix_end):].startswith(
                tuple(load_not_organizations()["legal_name_openers"])):
            return None  # "บริษัท และประธานเจ้าหน้าที่บริหารกลุ่มบริษัท … จำกัด": the sentence's "and", no name
        prefix = text[start:prefix_end].strip()
        if m and not _company(prefix) and not _one_run(text[prefix_end:m.start()], prefix):
            return None  # "สหกรณ์พร้าวให้แก่สมาชิกสหกรณ์นิคมพร้าว จำกัด": the legal form closes the second one
        return m.end() if m and m.start() > prefix_end + 1 else None
    if rule == "spaced":  # "ห้างหุ้นส่วนจำกัด นราธิวาสโรงโม่หิน": the name after the prefix and a space, to the next space
        # (glued, the legal form is mostly a noun of the sentence: "ห้างหุ้นส่วนจำกัดโดยตรง"; a list of legal forms names
        # no firm: "ห้างหุ้นส่วนจำกัด ห้างหุ้นส่วนสามัญนิติบุคคล")
        after = prefix_end + 1
        if not text.startswith(" ", prefix_end) or org_prefix(text[after:after + 30]):
            return None
        end = _name_end(doc, start, after, "space", validate=False)
        return end if end is not None and end > after else None
    if rule == "latin":  # "บริษัท SAP", "บริษัท Lenzing Group"
        m = _LATIN_NAME.match(text, prefix_end)
        legal = _latin_legal_end().match(text, m.end()) if m else None
        return (legal or m).end() if m else None
    if rule == "country":  # "รัฐบาลญี่ปุ่น", "รัฐบาลแห่งสาธารณรัฐเกาหลี"
        m = _countries().match(text, prefix_end)
        return m.end() if m else None
    if rule == "faculty":  # "คณะวิศวกรรมศาสตร์ มหาวิทยาลัยเกษตรศาสตร์": a faculty is named with its university
        end = _name_end(doc, start, prefix_end, "space")
        return _university_end(doc, end + 1 if text.startswith(" ", end) else end) if end is not None else None
    if rule == "unit":  # "กลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก", "ผู้อำนวยการฝ่ายสื่อสารองค์กร…"
        end = _name_end(doc, start, prefix_end, "space")
        return end if end is not None and _is_unit(doc, start, end) else None
    stop = _RUN.match(text, prefix_end, line_end).end() if line_end > prefix_end else prefix_end
    # a known organization or program right after the prefix ends the name there ("สำนักงานกระทรวง…" aside), but
    # a body of its own named after another ("มหาวิทยาลัยหอการค้าไทย", "สมาคมแม่บ้านกระทรวงแรงงาน") runs on through it
    own = validate and _owns_names(text[start:prefix_end])
    stopper = None  # the body or person whose name ends the run
    # (only mentions starting in [prefix_end, stop) can stop the run: looked up, not a scan of all the release's,
    # which made a line of candidates cost its length squared)
    for other in doc.starting_in(prefix_end, stop):  # a program inside the name is part of it ("กลุ่มส่งเสริม…สีเขียว")
        if own and other.kind == "organization" and prefix_end <= other.nstart < stop \
                and not set(tokenize(text[prefix_end:other.nstart])) & set(load_not_organizations()["inside_ok"]):
            continue  # "สมาคมแม่บ้านกระทรวงแรงงาน" (not "สมาคม…และที่ปรึกษาปลัดกระทรวงมหาดไทย")
        if prefix_end <= other.nstart < stop and (other.kind in ("organization", "person") or
                                                  other.kind == "program" and other.nstart == prefix_end):
            stop, stopper = other.nstart, other
    if stop - prefix_end < 2:
        return None
    tokens = mended_fragments(tokenize(text[prefix_end:stop]))
    data = load_not_organizations()
    function_words, verbs, opening, stopwords, nominalizers, generic_before, generic, awards, levels, quantifiers, \
        clause_ends = _name_end_words()
    cut, nominalized = (cut_words() if validate else frozenset()), False
    kept: list[str] = []
    pos = prefix_end
    for index, token in enumerate(tokens):
        if token in generic:
            return None  # "ธนาคารต่างๆ", "กรมในสังกัด", "สำนักงานสรรพากรทุกแห่ง": a kind of body, not one body
        if validate and token in awards and _award_end("".join(tokens[index + 1:]).strip(), levels):
            return None  # "สำนักงานสาธารณสุขอำเภอดีเด่น", "สหกรณ์ดีเด่นระดับชาติ": an award's category (not "คณะ
            # อนุกรรมการสรรหาและเชิดชูเด็กและเยาวชนดีเด่นแห่งชาติ", whose name goes on: the award word is its subject's)
        if validate and token in quantifiers:
            if token == EVERY:
                break  # "ธนาคารพัฒนาวิสาหกิจ…แห่งประเทศไทยทุกสาขา": every branch of the one body named
            return None  # "มหาวิทยาลัยพัฒนาแต่ละตัวชี้วัด", "…พันธมิตรหลายแห่ง": a quantifier is no part of a name
        if _WEB_ADDRESS.match(text, pos):
            break  # "ธนาคาร|www.baac.or.th…": a web address is no part of a name (the body's site, glued on)
        if validate and _marked_clause(token, stopwords):
            break  # "ธนาคาร|จะแจ้ง…", "…ซาอุดีอาระเบีย|ที่จะมีขึ้น": the future marker opens the sentence's verb
        if validate and kept and _verb_after_closing(text, pos, token):
            break  # "สมาพันธ์สมาคมภาพยนตร์แห่งชาติ|ขับเคลื่อนงาน…": a closed name, then the sentence's verb
        if validate and kept and token in function_words and _opens_adverbial(tokens, index, data) \
                and whole_before(text[start:pos]):
            break  # "คณะกรรมการการบินพลเรือน|ในการให้ความเห็นชอบ…": a whole name, then the sentence's "in doing …"
        if token in verbs:
            kept.append(token)
            pos += len(token)
            continue
        if index == 0 and (token in stopwords and token not in opening or token in cut):
            return None  # "ธนาคารและ…", "วิสาหกิจชุมชนใน…", "กระทรวงที่…": a generic word, not a name
        if token.isspace():
            break
        if validate and kept and text.startswith(clause_ends, pos):
            break  # "สภาสันติสุขตำบล|มากขึ้น", "…หลังการได้รับวัคซีน|อีกครั้ง": an adverbial closes the clause
        if validate and kept and _site_count(text, pos):
            break  # "สถาบันเพาะกล้าคุณธรรม|แห่งที่ 2", "…|แห่งใหม่": the classifier counts the body's sites
        if token in stopwords and token not in function_words and not (validate and kept and kept[-1] in nominalizers):
            break
        if not nominalized and (token in cut or begins_with_cut(token, cut)):
            break  # "…สิ่งแวดล้อมจะเร่ง…": the sentence goes on (but "…การพัฒนาอุตสาหกรรมอย่างยั่งยืน" is a noun)
        if validate and token in function_words and text.startswith(generic_before, pos + len(token)):
            break  # "ศูนย์ออกแบบและพัฒนาผลิตภัณฑ์ในแต่ละภาค": one centre in each region, not a name
        if validate and token == "และ" and text.startswith(tuple(data["collectives"]), pos + len(token)):
            break  # "มูลนิธิโครงการหลวงและหน่วยงานที่เกี่ยวข้อง": one body and others of any kind
        if validate and token == "ใน" and _located_by_area(doc, pos + len(token), data["located_by"]):
            return None  # "สถาบันอาชีวศึกษาในพื้นที่", "สหกรณ์สวนยางในอำเภอ": bodies of a kind, told by where they are
        nominalized = nominalized or token.startswith(nominalizers)
        if token in function_words and _coordinated(text, pos + len(token)):
            break  # "คณะกรรมการการอุดมศึกษาและคณะกรรมการมาตรฐาน…" names two bodies
        if validate and token == AND and _post_after(doc, pos + len(token), stop):
            break  # "สมาคมแม่บ้านมหาดไทยและ|ประธานชมรมแม่บ้าน…", "กรมการแพทย์และ|โฆษกกรมการแพทย์": a person's second post
        kept.append(token)
        pos += len(token)
    if _generic_count(text, pos, text[start:prefix_end]):
        return None  # "ศูนย์ส่งเสริมอุตสาหกรรมภาคทั้ง 11 แห่ง", "สถาบันนิติเวชอีก 7 แห่ง", "…ชั่วคราว 3 สำนักงาน"
    ordinal = _ORDINAL.match(text, pos) if validate and rule == "space" else None
    if ordinal:
        return ordinal.end()  # "สำนักงานศุลกากรภาคที่ 2", "กรมทหารราบที่ 17": the number is part of the name
    if validate and pos == stop and _of_body(kept, stopper):
        return stopper.nend  # "สมาพันธ์อุตสาหกรรมยานยนต์แห่ง|อาเซียน": the body the name is of is part of it
    while kept and kept[-1] in function_words:  # a name never ends on "และ", "ใน"
        pos -= len(kept.pop())
    if validate and len(kept) > 1 and kept[-1] in _not_cut() and pos < stop and not text[pos].isspace():
        pos -= len(kept.pop())  # "สำนักคณะกรรมการกฤษฎีกา|ตรวจพิจารณา": a not_cut word opens a part of a name, never
        # ends one; cut glued to the sentence's next verb, it was that verb's ("คณะกรรมการร่วม" alone stays)
    if len(kept) > 1 and footnote_mark(kept[-1], kept[-2], _NUMBERED_WORDS):
        pos -= len(kept.pop())  # "คณะทำงานด้านผลิตภัณฑ์อาหารสำเร็จรูป1": a footnote mark glued to the last word
    pos = footnote_end(text, start, pos)  # "…Association2", "…กองทุนพัฒนาเอเชีย1" where the release writes it plain
    return pos if pos - prefix_end >= 2 else None


def mended_fragments(tokens: list[str]) -> list[str]:
    """`tokens` with each one-consonant token written glued between two pieces joined to the piece before it when the
    piece (alone or with the one before it) and the letter begin a dictionary word: the tokenizer cut that word and
    left its last letter as a word of its own ("จุฬา|ภร|ณ|ราช|วิทยาลัย", "สา|ธาร|ณ|สงเคราะห์": ณ read as the
    preposition "at" cut "คณะกรรมการพัฒนาโรงเรียนวิทยาศาสตร์จุฬาภร|ณราชวิทยาลัย" and "ศูนย์ประสานงานสาธาร|ณสงเคราะห์…"
    inside a word). Text written without spaces glues the preposition too ("…เข้าร่วม|ณ|ศาลา…": no word begins
    "เข้าร่วมณ"), and a stop word stays a word ("ที่|อ|ยู่" is another cut)."""
    from pythainlp.corpus import thai_stopwords

    out: list[str] = []
    for index, token in enumerate(tokens):
        glued = out and is_thai(out[-1][-1]) and index + 1 < len(tokens) and is_thai(tokens[index + 1][0])
        if len(token) == 1 and "ก" <= token <= "ฮ" and glued and out[-1] not in thai_stopwords() \
                and any(_begins_word("".join(out[-k:]) + token) for k in (1, 2)):
            out[-1] += token
        else:
            out.append(token)
    return out


def _begins_word(piece: str) -> bool:
    """Does a word of the dictionary begin with `piece`?"""
    return begins_any(_sorted_dictionary(), piece)


@lru_cache(maxsize=1)
def _sorted_dictionary() -> list[str]:
    return sorted(dictionary())


EVERY = "ทุก"


def _site_count(text: str, pos: int) -> bool:
    """Does a count of a body's sites begin at `pos` (not_organizations `site_counts`: "แห่งใหม่", "แห่งแรก"; or
    `site_ordinals` and a number: "แห่งที่ 2")? Then the name ended before it: the classifier of places, glued on,
    says which of the sites, it names none."""
    return _site_pattern().match(text, pos) is not None


@lru_cache(maxsize=1)
def _site_pattern() -> re.Pattern[str]:
    data = load_not_organizations()
    return re.compile(f"(?:{literal_alternation(data['site_counts'])}|(?:{literal_alternation(data['site_ordinals'])})"
                      r"\s?[\d๐-๙])")


def _of_body(kept: list[str], stopper) -> bool:
    """Does the run end on an of-word (not_organizations.json `of_words`: แห่ง) glued right before the body whose name
    stopped it ("สมาพันธ์อุตสาหกรรมยานยนต์แห่ง|อาเซียน", "…ด้านมนุษยธรรมแห่ง|อาเซียน")? Then the name is that body's
    own (the ASEAN Automotive Federation), not a name cut before "of", with ASEAN a second body beside it."""
    return stopper is not None and stopper.kind == "organization" and len(kept) > 1 \
        and kept[-1] in load_not_organizations()["of_words"]


@lru_cache(maxsize=1)
def _name_end_words() -> tuple:
    """The word sets _name_end reads (not_organizations.json and the stopwords), built once, not at every name:
    function words, verbs and opening words allowed inside, stopwords, nominalizers, quantifying words before a
    generic word, generic words after a prefix, award words, award levels, the quantifiers that end a name and the
    adverbials that close a clause."""
    data = load_not_organizations()
    function_words, verbs, opening = frozenset(data["inside_ok"]), frozenset(data["inside_ok_verbs"]), frozenset(data["opening_ok"])
    # relational_ends: "…|ประกอบด้วย", "…|ดังนี้" begin the predicate; read here only, not by the validity features
    stopwords = load_stopwords() | function_words | frozenset(data["ends"]) | frozenset(data["relational_ends"])
    generic, awards, levels = frozenset(data["generic_after"]), frozenset(data["awards"]), tuple(data["levels"])
    # a quantifier inside a name ends it ("สอง" also numbers a name's parts, "…สองฝ่าย"; "บาง" begins places, "…บางใหญ่")
    quantifiers = frozenset(data["generic_before"]) - {"สอง", "บาง"}
    return (function_words, verbs, opening, stopwords, tuple(data["nominalizers"]), tuple(data["generic_before"]),
            generic, awards, levels, quantifiers, tuple(data["clause_ends"]))


@lru_cache(maxsize=1)
def _not_cut() -> frozenset[str]:
    """not_organizations.json not_cut: mined cut words that may begin a part of a name ("…ตรวจคนเข้าเมือง")."""
    return frozenset(load_not_organizations()["not_cut"])


def _verb_after_closing(text: str, pos: int, token: str) -> bool:
    """Is `token`, written at `pos` right after a closing word (not_organizations.json `closing_words`: แห่งชาติ,
    แห่งประเทศไทย), an action verb (`closing_verb_tags`)? A closed name goes on only with its patron, its country or a
    phrase a function word begins, so the verb is the sentence's."""
    data = load_not_organizations()
    return text.endswith(tuple(data["closing_words"]), 0, pos) and is_thai(token[0]) \
        and tag_words((token,))[0][1] in data["closing_verb_tags"]


def _opens_adverbial(tokens: list[str], index: int, data: dict) -> bool:
    """Do the words from `index` on spell, word for word, a phrase that opens an adverbial (not_organizations.json
    `whole_name_adverbials`: "ใน|การ|ให้…", "ใน|ฐานะ")? Word for word, so a compound noun the segmenter keeps whole
    ("ใน|การแข่งขัน": "…ขีดความสามารถในการแข่งขัน", the name's own field) is no opener."""
    run = ""
    for token in tokens[index:index + MAX_OPENER_WORDS]:
        run += token
        if run in data["whole_name_adverbials"]:
            return True
    return False


MAX_OPENER_WORDS = 3  # the words an adverbial opener is written in at most


def _marked_clause(token: str, stopwords: frozenset[str]) -> bool:
    """Is `token` a clause marker (not_organizations.json `clause_markers`: จะ) glued to the dictionary word after it
    ("จะแจ้ง") or to the stopword before it ("ที่จะ")? The tokenizer keeps such pairs as one word, so the stopword
    check that ends a name at the marker written alone never sees them."""
    for marker in load_not_organizations()["clause_markers"]:
        if token != marker and (token.startswith(marker) and token[len(marker):] in dictionary()
                                or token.endswith(marker) and token[:-len(marker)] in stopwords):
            return True
    return False


def _award_end(rest: str, levels: tuple[str, ...]) -> bool:
    """Does an award word end the run (`rest`: what the run writes after it), or only its level ("…ดีเด่น|ระดับชาติ",
    "…ดีเด่น|ประจำปี") follow it? Then the name is the award's category, the class of its winners."""
    return not rest or rest.startswith(levels)
_NUMBERED_WORDS = ("ที่", "ฉบับ", "เขต", "ภาค", "รุ่น", "ชุด")  # words a number glued to them numbers ("ศูนย์อนามัยที่1")


def _located_by_area(doc: Doc, pos: int, words: list[str]) -> bool:
    """Does an area word written at `pos` (after "ใน") stand for any area, not one a body's name right after it says
    ("…ในพื้นที่การเคหะแห่งชาติ", "…ในพื้นที่มหาวิทยาลัย…")?"""
    word = next((w for w in sorted(words, key=len, reverse=True) if doc.text.startswith(w, pos)), None)
    if word is None:
        return False
    at = pos + len(word)
    return not _prefix_pattern().match(doc.text, at) and \
        not doc.starting_at(at, "organization")


_WORD_RULES = ("space", "unit", "faculty")  # names ended by words (not "จำกัด", a Latin name or a country)


_GENERIC_COUNT = re.compile(r"\s?(?:ทั้ง\s?[\d๐-๙]|(?:อีก|กว่า|ละ|อย่างน้อย)\s?[\d๐-๙]{1,3}(?![\d๐-๙/.,:])\s?(?P<counter>\S+)"
                            r"|(?:จำนวน\s?)?(?![1๑](?![\d๐-๙]))[\d๐-๙]{1,3}(?![\d๐-๙/.,:])\s?(?P<own>\S+))")
_ORDINAL = re.compile(r"\s?ที่\s?[\d๐-๙]{1,2}(?![\d๐-๙/.,:])")
# "ทั้ง 20 กระทรวง", "ร่วมกับ 4 กระทรวงหลัก", "และ 3 สมาคมธนาคารฯ" (not "ชั้น 2 สำนักเลขาธิการ…": a floor)
_COUNTED = re.compile(r"(?:ทั้ง|อีก|และ|กับ|จาก|ของ|แก่)\s?[\d๐-๙]{1,3}\s?$")


def _generic_count(text: str, pos: int, prefix: str) -> bool:
    """Is the name ending at `pos` counted as bodies of a kind by what follows it: "ทั้ง 11 …", "อีก", "กว่า", "อย่างน้อย" or "…ละ"
    and a number of a classifier of bodies ("สถาบันนิติเวชอีก 7 แห่ง", "…อำเภอจังหวัดละ 2 แห่ง"), or a number (more
    than one) of the name's own prefix word ("…ชั่วคราว 3 สำนักงาน")? A number with another noun after it ("…โคโรนา
    2019 กระทรวง…") is not."""
    m = _GENERIC_COUNT.match(text, pos)
    if not m:
        return False
    if m.group("own") is not None:  # a bare count names its own prefix word: "…ชั่วคราว 3 สำนักงาน" (a count in
        # "แห่ง" after a bare number counts what the body holds: "สังกัดกรมการแพทย์ 13 แห่ง"; one is one body:
        # "จัดตั้งกอง…ใหม่ จำนวน 1 กอง"), unless "…ละ" glued to the name spreads it ("…อำเภอจังหวัดละ 2 แห่ง")
        own = m.group("own").rstrip(",.;:)")
        if not own:  # only closing marks after the number: "(ร้อยละ 77)"
            return False
        return own == prefix or text.endswith("ละ", 0, pos) and tokenize(own)[0] in load_not_organizations()["classifiers"]
    counter = m.group("counter")
    if counter is None:
        return True
    if _prefix_pattern().match(counter):  # "… 3 สำนักงาน", not "สำนักจัดการหนี้ 1 สำนักงานบริหารหนี้…" (a parent)
        return counter.rstrip(",.;:)") == prefix
    return tokenize(counter)[0] in load_not_organizations()["classifiers"]  # "… 7 แห่ง"


_GLOSS_AFTER = re.compile(r"\s?\([^()\n]{1,80}\)")
_SPREAD = re.compile(r"\s?(?P<area>[\u0e01-\u0e4e]{1,20}?)ละ\s?(?P<least>[\u0e01-\u0e4e]{0,12}?)\s?[\d๐-๙]{1,3}(?![\d๐-๙/.,:])\s?"
                     r"(?P<counter>\S+)")
_OWN_COUNT = re.compile(r"\s?(?:ทั้ง|จำนวน)?\s?(?:[\d๐-๙]{1,3}(?![\d๐-๙/.,:])\s?|ทุก)(?P<counter>[\u0e01-\u0e4e]+)")


def _spread_after(text: str, pos: int, name: str, prefix: str) -> bool:
    """Does what follows the finished name (past a gloss in brackets: an abbreviation, an English name) spread it over
    areas or count it in its own last word: "<area>ละ [อย่างน้อย] N <classifier of bodies or its prefix word>" ("ศูนย์
    ปลูกถ่ายไต (Kidney Transplant Center) เขตสุขภาพละอย่างน้อย 1 แห่ง", "ศูนย์คนไทยห่างไกล NCDs อำเภอละ 1 แห่ง"), or a
    number or "ทุก" of the name's last word ("องค์การศาสนา 5 ศาสนา", "สถาบันศาสนา ทุกศาสนา")? Then the name is a kind
    of body, one in each area or of each sort, not one body (not "และ 4) …", "(ร้อยละ 77)": no area, no body counted)."""
    gloss = _GLOSS_AFTER.match(text, pos)
    at = gloss.end() if gloss else pos
    data = load_not_organizations()
    m = _SPREAD.match(text, at)
    if m and not m.group("area").endswith("แ") and m.group("least") in ("", *data["at_least"]):
        counter = tokenize(m.group("counter"))[0]
        if counter in data["classifiers"] or counter == prefix:
            return True
    words = [t for t in tokenize(name[len(prefix):]) if t.strip()]
    m = _OWN_COUNT.match(text, pos)
    return bool(m and words and len(words[-1]) > 1 and is_thai(words[-1][0]) and words[-1] in dictionary()
                and tokenize(m.group("counter"))[0] == words[-1])


def _refers_back(name: str, prefix: str) -> bool:
    """Is `name` its prefix word and another body's, cut short by "ฯ" ("คณะกรรมการสมาคมฯ": the board of the
    association the release named before; "สมาคมธนาคารฯ")? It refers back to a body, it names none."""
    rest = name[len(prefix):].strip()
    return rest.endswith("ฯ") and rest[:-1].strip() in _pattern_types()


def _post_after(doc: Doc, pos: int, stop: int) -> bool:
    """Does a post begin at `pos` (after "และ"): a title written before a body's name ("…และ|ประธานชมรมแม่บ้าน", "…และ|โฆษก
    กรมการแพทย์") or ending the run ("…และ|รัฐมนตรี")? A person's posts are listed, not the name's fields ("…และ
    ที่ปรึกษาการเงิน" is a field of the association's members)."""
    title = title_at(doc.text, pos)
    if title is None:
        return False
    at = pos + len(title[0])
    return at >= stop or bool(_prefix_pattern().match(doc.text, at)) or \
        bool(doc.starting_at(at, "organization"))


def _coordinated(text: str, pos: int) -> bool:
    """Does a second organization name begin at `pos` (after "และ")?"""
    m = _prefix_pattern().match(text, pos)
    return bool(m) and m.group() not in load_not_organizations()["coordinated_ok"] \
        and _generic_words().match(text, pos) is None


_RANGE = r"[\d๐-๙]{1,2}\s?[-–]\s?[\d๐-๙]{1,2}(?![\d๐-๙/.,:%])"  # "1-10", "1 - 5", "๑-๗"
_RANGE_END = re.compile(r"\s?[-–]\s?[\d๐-๙]{1,2}(?![\d๐-๙/.,:%])")  # "…ภูมิภาคที่ 1|-7"


@lru_cache(maxsize=1)
def _area_words() -> tuple[str, ...]:
    data = load_not_organizations()
    return tuple(sorted(set(data["area_words"]) | set(data["series_areas"]), key=len, reverse=True))


@lru_cache(maxsize=1)
def _area_range() -> re.Pattern[str]:
    return re.compile(r"\s{0,2}(?:" + "|".join(map(re.escape, _area_words())) + r")(?:ที่)?\s{0,2}" + _RANGE)


_BARE_RANGE = re.compile(r"\s{0,2}" + _RANGE)
_ORDINAL_WORD = "ที่"


def _numbered_range(text: str, pos: int, name: str) -> bool:
    """Is the name ending at `pos` numbered by a range of its area word (not_organizations area_words, series_areas:
    "สำนักงานจัดหางานกรุงเทพมหานคร| พื้นที่ 1-10", "สำนักงานจัดหางานกรุงเทพมหานครพื้นที่|  1-10", "สำนักงานเจ้าท่า
    ภูมิภาคที่ 1|-7")? Then it names a series of bodies, each numbered ("…พื้นที่ 1" to "…พื้นที่ 10"), not one body:
    like a count of them, a kind. A range after any other word may be the sentence's (days: "… 12-14 มีนาคม")."""
    if name[-1:].isdigit():
        return bool(_RANGE_END.match(text, pos)) and _ends_on_area(name.rstrip("0123456789๐๑๒๓๔๕๖๗๘๙ "))
    if _ends_on_area(name):
        return bool(_BARE_RANGE.match(text, pos))
    return bool(_area_range().match(text, pos))


def _ends_on_area(name: str) -> bool:
    """Does `name` end on an area word, or on one and "ที่" ("…ภูมิภาคที่")?"""
    return name.endswith(_area_words()) or name.removesuffix(_ORDINAL_WORD).endswith(_area_words())


_BRACKET_AFTER = re.compile(r"\s?\(")
_SERIES_NUMBER = re.compile(r"\s?[\d๐-๙]{1,2}(?![\d๐-๙/.,:%])")


def _series_numbered(doc: Doc, start: int, name: str, prefix: str) -> str | None:
    """`name`, run on through the number after it when it ends on an area word that numbers one body of a series
    (not_organizations "series_areas": "ศูนย์ป้องกันและบรรเทาสาธารณภัยเขต 1"); None when no number, place or bracket
    (its abbreviation: "คณะกรรมการบูรณาการนโยบายพัฒนาภาค (ก.บ.ภ.)") follows: "สำนักงานคลังเขต", "สภาเด็กและเยาวชนเขต"
    name every body of the series, and the judges call them kinds of body."""
    words = tokenize(name)
    if not words or words[-1] not in load_not_organizations()["series_areas"]:
        return name
    end = start + len(name)
    number = _SERIES_NUMBER.match(doc.text, end)
    if number and not doc.covered(number.start(), number.end()) and not _generic_count(doc.text, end, prefix):
        seat = province_at(doc.text, number.end() + 1) if doc.text.startswith(" ", number.end()) else None
        # "ศูนย์ป้องกันบรรเทาสาธารณภัยเขต 15| เชียงราย": the province after the number is the body's seat, its name's
        return doc.text[start:seat or number.end()]  # not "สำนักงานเขต 50 แห่ง": bodies counted
    after = end + 1 if doc.text.startswith(" ", end) else end
    if _BRACKET_AFTER.match(doc.text, end) or province_at(doc.text, after) is not None:
        return name
    return None


def validity_features(doc: Doc, m, name: str) -> dict[str, float]:
    """What the validity model (graph/extract/validity.py) reads of an organization candidate beyond what it reads of
    every class: a name ending on an area word with no place named ("สำนักงานคลังจังหวัด", "สำนักงานภาค",
    "ศูนย์ดิจิทัลประจำอำเภอ") is a kind of body, one in every province; a province or country named inside it, a
    bracket after it (its abbreviation or English name) or another body's name right after it (its parent) are what
    one body's name has; "ใน" inside it ("สถาบันอาชีวศึกษาในพื้นที่") describes bodies by where they are."""
    data = load_not_organizations()
    squeezed = name.replace(" ", "")
    place = _place_inside(squeezed)
    after = m.nend + 1 if doc.text.startswith(" ", m.nend) else m.nend
    parent = any(o is not m for o in doc.starting_at(after, "organization"))
    words = [t for t in tokenize(squeezed) if t.strip()]
    content = [w for w in words[1:] if w not in data["inside_ok"]]
    return {f"org_rule={m.data.get('rule', '')}": 1.0,  # how the name was ended: a word, "จำกัด", a country named, …
            "org_proper_words": float(sum(is_thai(w[0]) and w not in dictionary() for w in content)),
            "org_name_word_share": sum(w in name_words() for w in content) / max(1, len(content)),
            "org_area_end": float(squeezed.endswith(_area_ends()) and not place),
            "org_place_inside": float(place),
            "org_bracket_after": float(bool(_BRACKET_AFTER.match(doc.text, m.nend))),
            "org_parent_after": float(parent),
            "org_in_inside": float("ใน" in words[1:]),
            "org_and_inside": float(words[1:].count("และ")),
            "org_goes_on": _goes_on(doc.text, m.nend, squeezed),
            **clause_features(name, parent, place)}


@lru_cache(maxsize=1)
def _area_ends() -> tuple[str, ...]:
    """The words a name of a kind of body ends on with no place named (validity_features `org_area_end`): the place
    words of not_organizations `pos`, its `area_words`, and "ประจำ"."""
    data = load_not_organizations()
    return tuple(data["pos"]["place_words"]) + tuple(data["area_words"]) + ("ประจำ",)


def _place_inside(squeezed: str) -> bool:
    """Is a province or a country named inside `squeezed` (a name without its spaces)?"""
    return bool(province_pattern().search(squeezed)) or bool(_countries().search(squeezed))


def clause_features(name: str, parent: bool = False, place: bool | None = None) -> dict[str, float]:
    """The features of validity.clause read from `name` alone (and whether another body's name follows it, `parent`):
    how much the word after its prefix word is a verb (`follower_verb`), how often its prefix word stands alone as a
    sentence's subject (`bare_subject`). The validity stage reads them of a candidate; scripts/mine_organizations.py of
    a recurring name (validity.clause_name). `place` (a province or country named inside it, `_place_inside`) is read
    again when not given: validity_features has already searched the name for one, the costliest step here."""
    squeezed = name.replace(" ", "")
    if place is None:
        place = _place_inside(squeezed)
    return {"org_follower_verb": follower_verb(name),
            # a prefix word with a country or province after it names that place's body ("รัฐบาล|มาเลเซีย"), and a unit
            # with its parent right after it is that parent's ("ฝ่ายสื่อสารองค์กร บริษัท…"), however often the corpora
            # write the word alone as a subject ("รัฐบาล|จะ…", "ฝ่าย|ค้าน…")
            "org_bare_subject": 0.0 if place or parent else bare_subject(squeezed)}


CHUNK_LETTERS = 30  # letters of the chunk after a name read for a longer name the corpora write (validity_corpus.json)
_NEXT_CHUNK = re.compile(r"[ \xa0]?([^\s()“”\",]{1,%d})" % CHUNK_LETTERS)
_GLUED_ON = re.compile(r"[^\s()“”\",]{1,120}")  # the rest of a longer chunk: a long name mined whole (org_runs.json)
_LINE_BROKEN = re.compile(r"[ \xa0]*\n[ \xa0]*([^\s()“”\",]{1,30})")  # a name's line ends, the next line's first chunk:
# a table cell or a wrapped line goes on there ("…ป้องกันและปราบปราม|⏎การค้ามนุษย์"); run on only into a name the
# corpora write whole (_recurrent_longer), for a new line is usually a new item


LONGER_RELEASES = 3  # releases the corpora write a longer name in before a name runs on into it


def _recurrent_longer(doc: Doc, start: int, name: str) -> str:
    """`name` run on through the chunk written right after it (across one space) to the longest name the corpora
    write in LONGER_RELEASES releases or more (validity_corpus.json), or write whole glued on past the word it was
    cut at (org_runs.json: "คณะกรรมการควบคุมการเรี่ยไร|ของหน่วยงานของรัฐ"), that the text spells out there, ending at a
    word's end: "สำนักเลขาธิการ| อาเซียน", "คณะกรรมการขับเคลื่อน|การปฏิรูปประเทศ", "…คุ้มครองคน|หางาน" were cut
    short by a space or a word that usually goes on a sentence, and the judges call such a cut a boundary error. A name
    the corpora write whole with spaces inside (org_runs.json `spaced`) runs on through its further chunks too:
    "มูลนิธิส่งเสริมศิลปาชีพในสมเด็จพระนางเจ้าสิริกิติ์| พระบรมราชินีนาถ", "บมจ.อลิอันซ์| อยุธยา| ประกันชีวิต". A chunk
    that ends its line is read joined to the next line's first chunk, as a name that ends its line is ("…สังคมและ|⏎
    ความมั่นคงของมนุษย์"). A chunk longer than CHUNK_LETTERS is read on to its end for a long name mined whole
    ("กองบังคับการปราบปรามการกระทำผิด|เกี่ยวกับทรัพยากรธรรมชาติและสิ่งแวดล้อม"), not for the validity corpus's."""
    chunk = _NEXT_CHUNK.match(doc.text, start + len(name))
    broken = chunk is None  # the name ends its line: its first chunk is the next line's (_LINE_BROKEN)
    if broken:
        chunk = _LINE_BROKEN.match(doc.text, start + len(name))
    if not chunk:  # "…ทางวิทยาศาสตร์|\xa0 วิจัยและนวัตกรรม": spaces no chunk is read after
        end = _spaced_spelled(doc, start, name)
        return name if end is None else doc.text[start:end]
    squeezed, piece, at = name.replace(" ", ""), chunk.group(1), chunk.start(1)
    if piece.startswith(AND) and _post_after(doc, at + len(AND), chunk.end(1)):
        return name  # "สมาคมแม่บ้านมหาดไทย|และประธานชมรมแม่บ้าน": a person's second post, however often written so
    end = None if broken else _spaced_end(doc, start, name, chunk)
    if end is None:
        end = _spaced_spelled(doc, start, name)  # "…ปลอดภัย| อาชีวอนามัย⏎และสภาพแวดล้อมในการทำงาน", "…ปรองดอง|ไปพิจารณา"
    if end is not None:
        return doc.text[start:end]
    ends = list(range(at + 1, chunk.end(1) + 1))  # where the run ends after each letter of `piece`
    wrapped = None if broken else _LINE_BROKEN.match(doc.text, chunk.end(1))
    if wrapped:  # "กระทรวงการพัฒนาสังคม|และ⏎ความมั่นคงของมนุษย์": the chunk ends its line, the name goes on into the next
        piece += wrapped.group(1)
        ends += range(wrapped.start(1) + 1, wrapped.end(1) + 1)
    read, rest = len(piece), None if broken or wrapped else _GLUED_ON.match(doc.text, chunk.end(1))
    if rest:  # "กองบังคับการปราบปรามการกระทำผิด|เกี่ยวกับทรัพยากรธรรมชาติและสิ่งแวดล้อม": over one chunk's letters
        piece += rest.group(0)
        ends += range(rest.start() + 1, rest.end() + 1)
    for cut in range(longest_begun(squeezed, piece), 0, -1):  # longer cuts begin no name the corpora write
        end = ends[cut - 1]
        longer = squeezed + piece[:cut]
        recurring = cut <= read and releases_of("organization", longer) >= LONGER_RELEASES
        if not recurring and not written_whole_run(longer):
            continue
        if end < len(doc.text) and is_thai(doc.text[end]) and not starts_word(doc.text, end):
            continue
        return doc.text[start:end] if _free_run(doc, start, name, end) else name
    return name


@lru_cache(maxsize=1)
def _longer_names() -> list[str]:
    """The names `_recurrent_longer` may run a name on to, sorted, spaces left out: the organization names of the
    validity corpus (validity_corpus.json) and the names the corpora write whole glued on (org_runs.json `names`)."""
    names = set(corpus().get("organization", {})) | set(load_mined("org_runs.json").get("names", ()))
    return sorted({name.replace(" ", "") for name in names})


def longest_begun(squeezed: str, piece: str) -> int:
    """The most letters of `piece` that, after `squeezed`, begin a name `_recurrent_longer` may run on to
    (`_longer_names`; 0 when none begins so): a bisection over the sorted names for each length tried. Only cuts of
    `piece` up to that many letters can make such a name, so `_recurrent_longer` tries those alone, where it looked up
    each of a chunk's letters (up to 150) in two tables."""
    names, low, high = _longer_names(), 0, len(piece)
    while low < high:  # a name beginning with squeezed + piece[:k] begins with every shorter cut too
        mid = (low + high + 1) // 2
        if begins_any(names, squeezed + piece[:mid]):
            low = mid
        else:
            high = mid - 1
    return low


SPACED_CHUNKS = 3  # chunks after single spaces a name the corpora write with spaces inside runs on through


def _spaced_end(doc: Doc, start: int, name: str, chunk: re.Match[str]) -> int | None:
    """The end of the longest name of two or more whole chunks the corpora write with spaces inside (org_runs.json
    `spaced`) that `name` and the chunks after it (`chunk` the first, each after one space) spell out, when no other
    mention begins in what it adds; None when there is none."""
    ends = []
    while chunk and len(ends) < SPACED_CHUNKS:
        ends.append(chunk.end(1))
        chunk = _SPACED_CHUNK.match(doc.text, chunk.end(1))
    for end in reversed(ends):
        if spaced_run(glued_prefix(doc.text[start:end])):  # spaces where the corpora write them: not "ศูนย์…ข่าวปลอม|ดังนี้ ไลน์"
            inside = doc.starting_in(start + len(name), end, ("organization", "program", "person", "place"))
            return None if inside else end  # "คณะกรรมาธิการการพลังงาน| วุฒิสภา": a body of its own, the division's parent
    return None


_SPACED_CHUNK = re.compile(r" ([^\s()“”\",]{1,30})")


def _spaced_spelled(doc: Doc, start: int, name: str) -> int | None:
    """The end of the longest name the corpora write with spaces inside (org_runs.json `spaced`) begun by `name` as its
    first chunk that the text spells out after it the way a release lays a name out that _spaced_end does not read:
    its chunks parted by no-break or doubled spaces or by a line's end ("สถาบันส่งเสริมความปลอดภัย อาชีวอนามัย⏎
    และสภาพแวดล้อมในการทำงาน", "…ทางวิทยาศาสตร์\xa0 วิจัยและนวัตกรรม"), or its last chunk glued on to the sentence's next
    word ("สำนักงานขับเคลื่อนการปฏิรูปประเทศ ยุทธศาสตร์ชาติ และการสร้างความสามัคคีปรองดอง|ไปพิจารณา…"), ending where a
    word begins; None when there is none, or when another mention than a programme held whole begins in what it
    adds. Counted in v1.tar + v2.tar (a name and a release counted once), the mined spaced names are written so 567
    times (last chunk glued on 342, a line's end between chunks 33, doubled or no-break spaces 212) against 5,951
    with single spaces, ended there."""
    head = glued_prefix(name)
    if " " in head:
        return None
    at = start + len(name)
    for run in spaced_runs_after(head):
        spelled = _spelled_chunks(run).match(doc.text, at)
        if spelled is None:
            continue
        end = spelled.end()
        if end < len(doc.text) and is_thai(doc.text[end]) and not starts_word(doc.text, end):
            continue  # the last chunk ends inside a longer word of the text: another word, no name's end
        if doc.starting_in(at, end, ("organization", "person", "place")) \
                or any(o.nend > end for o in doc.starting_in(at, end, ("program",))):
            return None  # another body, a person or a place; a programme held whole is the name's ("…| ยุทธศาสตร์ชาติ")
        return end
    return None


@lru_cache(maxsize=None)
def _spelled_chunks(run: str) -> re.Pattern[str]:
    """The chunks of `run` after its first, each after a run of spaces or no-break spaces or a line's end."""
    return re.compile("".join(_CHUNK_GAP + re.escape(chunk) for chunk in run.split(" ")[1:]))


_CHUNK_GAP = r"(?:[ \xa0]+|[ \xa0]*\n[ \xa0]*)"


def _free_run(doc: Doc, start: int, name: str, end: int) -> bool:
    """May `name` (at `start`) run on to `end`: no other body's or programme's name begun in the run goes on past it
    ("สำนักงานปลัด|กระทรวง|แรงงาน"), and no person or place is written in it?"""
    cuts_other = any(o.nend > end for o in doc.starting_in(start + len(name), end, ("organization", "program")))
    return not cuts_other and not doc.covered(start, end, ("person", "place"))


def _preposition_object(doc: Doc, start: int, name: str, prefix_length: int) -> str:
    """`name` (at `start`) when its last word is no preposition; else run on through the preposition's object when
    that is a Latin name written right after it ("ศูนย์ทดสอบและพัฒนานวัตกรรมสำหรับ| Startup"), or through the rest of
    a name the release opens with a quote, glued up to the closing quote ("“คณะกรรมการปฏิรูปการศึกษาสำหรับ|ผู้มีความ
    ต้องการจำเป็นพิเศษ”"); with neither, cut before the preposition. A name never ends on a preposition that takes an
    object (not_organizations `object_words`: "สำหรับ", "ว่าด้วย", "ระหว่าง"; not "ภายใน", which also means internal):
    cut there, its object was lost to a space, a Latin word or a quote."""
    words = [w for w in tokenize(name[prefix_length:]) if w.strip()]
    if len(words) < 2 or words[-1] not in load_not_organizations()["object_words"]:
        return name
    end = start + len(name)
    kinds = ("organization", "program", "person", "place")
    latin = _LATIN_OBJECT.match(doc.text, end)
    if latin and not doc.starting_in(end, latin.end(), kinds):
        return doc.text[start:latin.end()]
    line_end = doc.line_bounds(start)[1]
    close = _CLOSING_QUOTES.get(doc.text[start - 1]) if start > 0 else None
    stop = doc.text.find(close, end, min(line_end, end + QUOTED_REST)) if close else -1
    if stop > end and not any(c.isspace() or c in _CLOSING_QUOTES for c in doc.text[end:stop]) \
            and not doc.starting_in(end, stop, kinds):
        return doc.text[start:stop]
    return name[:len(name) - len(words[-1])].rstrip()


def _seat_run(doc: Doc, start: int, name: str) -> str:
    """`name` run on across one space through a seat word (not_organizations `seat_words`: "ประจำ") and the body
    named glued right after it: "คณะกรรมการร้องทุกข์| ประจำกระทรวงยุติธรรม", "คณะกรรมการตรวจสอบและประเมินผลภาคราชการ|
    ประจำกระทรวงอุตสาหกรรม" are the committee of one ministry (the gold writes "…| ประจำประเทศไทย" so); cut at the
    space, the name is the body every ministry has. A seat word before anything else stays out ("…| ประจำปี 2562": the
    year; a place: no mention begins at "จังหวัด…")."""
    at = start + len(name)
    if not doc.text.startswith(" ", at) or doc.text.startswith(" ", at + 1):
        return name
    word = next((w for w in load_not_organizations()["seat_words"] if doc.text.startswith(w, at + 1)), None)
    if word is None:
        return name
    seat = doc.starting_in(at + 1 + len(word), at + 2 + len(word), ("organization",))
    return doc.text[start:max(m.nend for m in seat)] if seat else name


def _object_run(doc: Doc, start: int, name: str) -> str:
    """`name`, a committee's found by pattern (named by its purpose), run on through the object of a preposition glued
    after it (not_organizations `purpose_objects`: ของ, จาก, ตาม, เกี่ยวกับ) to the end of the glued run: "คณะกรรมการแก้ไข
    ปัญหาผลกระทบ|จากโครงการฝายราศีไศล", "คณะกรรมการขับเคลื่อนการดำเนินงาน|ตามแผนการผลิตและการตลาดข้าวครบวงจร". The mined
    cut words end a name at such a preposition, right for most bodies ("กรมการแพทย์|ตามนโยบาย…"), but a committee is
    named by what it does, and what it does often takes an object; the judges call the cut a boundary error.
    Not when the corpora write the name followed by many different letters, a name of its own
    (recurrence.followed_variously: "คณะกรรมการการเลือกตั้ง|ตามบทบัญญัติ…"; a stem cut short is followed by the same
    letter again and again), when it is a short form ("…ฯ"), when the object is a body ("…|ของกระทรวงศึกษาธิการ": its
    parent) or a mention other than a programme held whole in it begins in the run ("…|จากโครงการฝายราศีไศล" holds
    the programme), when a clause opens in it (`object_clauses`: "…|จากผู้ทรงคุณวุฒิที่มีความรู้…"), when the run
    stops at a space before a number or a Latin word ("…|ตามมาตรา 33", "…|ตามนโยบาย Thailand 4.0": the object goes on
    past it), or when the name holds an object already (not_organizations `object_words` but the purpose:
    "…แห่งชาติว่าด้วยค่าใช้จ่าย|ของ…", a regulation's title). A word that ends a name's run (not_organizations `ends`)
    ends the run there when it numbers what follows ("…ของแผ่นดิน|ครั้งที่ 1/2567", a sitting); anywhere else the
    sentence goes on in the run ("…ของผู้|ได้รับ…"). An adverbial closing a clause ends the run too. The preposition
    may be written after one space ("…พัฒนาสังคมและความมั่นคง| ของมนุษย์"), as Thai spaces a name's last words as often as
    it glues them; then not when another body's prefix word begins in the run ("…| ตามนโยบายรัฐมนตรีว่าการกระทรวง…")."""
    data = load_not_organizations()
    at = start + len(name)
    spaced = doc.text.startswith(" ", at) and not doc.text.startswith(" ", at + 1)
    if spaced:
        at += 1  # "คณะอนุกรรมการศึกษามาตรการเพื่อลดผลกระทบ| จากการนำ…": the preposition written after one space
    prep = next((p for p in data["purpose_objects"] if doc.text.startswith(p, at)), None)
    if prep is None or name.endswith("ฯ") or not name or not is_thai(name[-1]) \
            or followed_variously("organization", name):
        return name
    run = _GLUED_RUN.match(doc.text, at)
    if run is None or run.end() - at > OBJECT_RUN or org_prefix(doc.text[at + len(prep):run.end()]) \
            or doc.starting_in(at, run.end(), ("organization", "person", "place")) \
            or any(p.nend > run.end() for p in doc.starting_in(at, run.end(), ("program",))) \
            or spaced and _prefix_pattern().search(doc.text, at, run.end()):
        return name  # spaced: "…| ตามนโยบายรัฐมนตรีว่าการกระทรวงเกษตรฯ", another body's name begun in the run
    words = tokenize(doc.text[at:run.end()])
    if not words or words[0] != prep:
        return name  # the preposition begins a longer word ("ตาม|ตัว", "ของ|ขวัญ")
    held = set(tokenize(name[len(org_prefix(name)):])) & (set(data["object_words"]) - set(data["purpose"]))
    if held:
        return name  # "…แห่งชาติว่าด้วยค่าใช้จ่าย|ของอาสาสมัคร…": its object named already (a regulation's title)
    ends, clause_ends = frozenset(data["ends"]), tuple(data["clause_ends"])
    end, cut = at + len(prep), False
    for word in words[1:]:
        if doc.text.startswith(clause_ends, end) or word in ends and _NUMBER_SOON.match(doc.text, end + len(word)):
            cut = True  # "…ของแผ่นดิน|ครั้งที่ 1/2567": the sitting's number; "…|อย่างต่อเนื่อง": the clause closes
            break
        if word in ends or word in data["object_clauses"]:
            return name  # "…ของผู้|ได้รับ…", "…จากผู้ทรงคุณวุฒิ|ที่มี…": the sentence goes on in the run
        end += len(word)
    if not cut and _OBJECT_GOES_ON.match(doc.text, end):
        return name
    trailing = set(data["inside_ok"]) | set(data["nominalizers"])
    while end > at + len(prep) and tokenize(doc.text[at:end])[-1] in trailing:
        end -= len(tokenize(doc.text[at:end])[-1])  # a name never ends on "และ", "ใน", "การ"
    return doc.text[start:end] if end > at + len(prep) else name


def _closing_field(doc: Doc, start: int, name: str) -> str:
    """`name`, a committee's found by pattern, run on across one space through a last field it names with "และ" and a
    nominalized verb ("และการ…", "และความ…"), written whole up to the next space: "คณะอนุกรรมการขับเคลื่อนนโยบาย
    แก้ไขปัญหาการค้ามนุษย์| และการทำประมงผิดกฎหมาย", "คณะกรรมการพัฒนาระบบการติดตามคนหาย| และการพิสูจน์คนนิรนาม…". Thai
    spaces the last item of a name's list of tasks as often as it glues it; the judges call the cut a boundary error.
    Not for a short form ("…ฯ"), a name the corpora follow by many letters (a name of its own), nor when the item holds
    another body's prefix word or any mention ("…| และการแต่งตั้งคณะทำงาน…": the sentence's next act), a word that
    ends a name's run or opens a clause, or is longer than OBJECT_RUN."""
    data = load_not_organizations()
    at = start + len(name)
    closing = _spaced_and().match(doc.text, at)
    if closing is None or name.endswith("ฯ") or field_list(name) or followed_variously("organization", name):
        return name  # a standing committee's list of fields is read by names.closing_item
    item = _GLUED_RUN.match(doc.text, closing.start(1))
    end = item.end()
    if end - closing.start(1) > OBJECT_RUN or _prefix_pattern().search(doc.text, closing.end(), end) \
            or doc.starting_in(at, end, ("organization", "program", "person", "place")):
        return name
    stops = set(data["ends"]) | set(data["object_clauses"])
    if any(word in stops for word in tokenize(doc.text[closing.end():end])):
        return name
    return doc.text[start:end]


@lru_cache(maxsize=1)
def _spaced_and() -> re.Pattern[str]:
    """One space, "และ" and a nominalizer (not_organizations `nominalizers`) glued before more Thai letters."""
    nominalizers = literal_alternation(load_not_organizations()["nominalizers"])
    return re.compile(r" (" + AND + r"(?:" + nominalizers + r"))(?=[\u0e01-\u0e4e])")


OBJECT_RUN = 45  # characters a committee's name may run on through a glued object (_object_run)
_GLUED_RUN = re.compile(r"[^\s()\[\]“”\"',:;/]+")
_OBJECT_GOES_ON = re.compile(r" [\dA-Za-z๐-๙]")
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)", re.IGNORECASE)  # a web address's opening
_NUMBER_SOON = re.compile(r"[\u0e01-\u0e4e]{0,4}\s?[\d๐-๙]")  # a word numbering what follows ("ครั้ง|ที่ 1")


QUOTED_REST = 60  # characters a quoted name may run on past its preposition to the closing quote
_CLOSING_QUOTES = {"“": "”", '"': '"'}
_LATIN_OBJECT = re.compile(r" ?[A-Z][A-Za-z0-9&\-]*(?: [A-Z][A-Za-z0-9&\-]*){0,3}(?![\w.])")


def _legal_name(doc: Doc, start: int, prefix: str) -> bool:
    """Is a name begun by the prefix word `prefix` at `start` written in its legal form, a pattern of the prefix ended
    by "จำกัด" (org_patterns.jsonl: "สหกรณ์การเกษตรนากลาง จำกัด")? A registered name is one body, though its first
    words alone name a kind (not_organizations `words`: "สหกรณ์การเกษตร"). Not a company's: its legal form may close
    a name begun later ("บริษัทในเครือของบริษัท ปตท. จำกัด (มหาชน)")."""
    return not _company(prefix) and any(p["end"] == LIMITED and _name_end(doc, start, start + len(prefix), LIMITED) is not None
               for p in _pattern_types()[prefix])


LIMITED = "จำกัด"  # the rule of names ended by a legal form


def _one_run(words: str, prefix: str) -> bool:
    """Are `words`, written between a prefix word that is no company's and a legal form, one name: a single run
    ("สหกรณ์|นิคมทุ่งสง| จำกัด"), with neither the prefix word again nor a company's, nor a word that ends, counts or
    spreads a name (not_organizations "ends", "generic_before", "generic_after": "สหกรณ์การเกษตรทุกแห่งร่วมกับ…")?"""
    companies, stops = _run_breakers()
    if len(words.split()) != 1 or prefix in words or any(word in words for word in companies):
        return False
    return stops.isdisjoint(tokenize(words.strip()))


@lru_cache(maxsize=1)
def _run_breakers() -> tuple[tuple[str, ...], frozenset[str]]:
    """For `_one_run`, built once: the companies' prefix words, and the words that end, count or spread a name."""
    data = load_not_organizations()
    return (tuple(p["prefix"] for p in load_org_patterns() if p["type"] == COMPANY),
            frozenset(data["ends"]) | frozenset(data["generic_before"]) | frozenset(data["generic_after"]))


def _company(prefix: str) -> bool:
    """Does `prefix` begin companies' names (org_patterns.jsonl type Company), which may hold spaces and other words
    before their legal form ("บริษัท ไทยซัมมิท โกลด์ เพรส จำกัด")?"""
    return any(p["type"] == COMPANY for p in _pattern_types().get(prefix, ()))


@lru_cache(maxsize=1)
def _company_prefixes() -> re.Pattern[str]:
    """The prefix words of companies (org_patterns.jsonl type Company: บริษัท, บมจ., ห้างหุ้นส่วน…) after a space: one
    begun before a company's legal form ends the name begun earlier ("บริษัท CP และ| บริษัท …จำกัด")."""
    return re.compile(r"\s" + literal_alternation({p["prefix"] for p in load_org_patterns() if p["type"] == COMPANY}))


COMPANY = "Company"
_PUBLIC = re.compile(r"\s{1,2}\(มหาชน\)")


def _public_form(doc: Doc, start: int, name: str) -> str:
    """`name` ending on a legal form ("…จำกัด") run on through "(มหาชน)" written after a space or two: a public company's
    legal form is whole ("ธนาคารทิสโก้ จำกัด (มหาชน)"), as the company rule reads it after "บริษัท"."""
    m = _PUBLIC.match(doc.text, start + len(name)) if name.endswith(_LIMITED) else None
    return doc.text[start:m.end()] if m else name


_LIMITED = "จำกัด"


def _own_country_bracketed(doc: Doc, start: int, name: str) -> str:
    """`name` run on through the own country written in brackets right after it ("สมาคมครูดนตรี (ประเทศไทย)",
    as "บริษัท … (ประเทศไทย) จำกัด"): the Thai body of a name others share, part of its name, not an abbreviation."""
    m = _own_country_pattern().match(doc.text, start + len(name))
    return doc.text[start:m.end()] if m else name


@lru_cache(maxsize=1)
def _own_country_pattern() -> re.Pattern[str]:
    return re.compile(r"\s?\((?:ประเทศ)?(?:" + literal_alternation(own_country()) + r")\)")


def _goes_on(text: str, end: int, squeezed: str) -> float:
    """The releases (log) of the longest recurrent name (validity_corpus.json) the candidate runs on into through the
    chunk written right after it: "สำนักเลขาธิการ| อาเซียน", "สำนักวิจัย| และพัฒนาการเกษตร…", "…คุ้มครองคน|หางาน"
    are cut short, for the corpora name the longer body whole."""
    chunk = _NEXT_CHUNK.match(text, end)
    if not chunk:
        return 0.0
    table = corpus().get("organization", {})
    joined = squeezed + chunk.group(1)
    best = max((table[joined[:cut]][0] for cut in range(len(joined), len(squeezed), -1) if joined[:cut] in table),
               default=0)
    return math.log1p(best)
