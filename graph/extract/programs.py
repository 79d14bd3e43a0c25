"""Program mentions outside the authority scheme, the scan: names that begin with โครงการ / มาตรการ / นโยบาย / …,
quoted ("โครงการ “…”"), in Latin script ("นโยบาย MIND"), or written on directly ("โครงการพัฒนาผู้ประกอบการใหม่").
The numbered items of a plan are named after their number ("ยุทธศาสตร์ที่ 4 การเติบโต…"); a prefix after the head of
a law ("พ.ร.บ. กองทุน…") begins the law's name, not a program's; a body named inside a run ends it, unless the
program is named after what it makes or runs ("โครงการ[ธนาคารขยะ]"), and a scheme programme named inside a name
after words of its own is a piece of that name. A โครงการ written right after a plot of real property ("ห้องชุด",
"… ตารางวา ใน") is the housing estate the plot lies in, and so are the estates listed after it: no programmes; nor is
a company's own investment project in an approval list ("… จำกัด ได้รับส่งเสริมโครงการผลิต…", "โครงการ… บริษัท …
มูลค่าลงทุน …").

This module runs the scan; each question it asks lives in a module of its own, driven by data in ontology/th/
(program_*.json):
- program_words: the prefixes and word lists, loaded once;
- program_unprefixed: agreements, province models, dated plans and spaced scheme names, found before the prefixes
  are read;
- program_quoted: names bounded by quotes, or by the quotes the corpora give them;
- program_latin: Latin-script names;
- program_ends: where a name written on directly ends, and program_continuations: where the corpora carry it on;
- program_evidence: whether the words name a programme or only tell a kind of one;
- program_aliases: one programme under several names;
- program_products: kinds of financial product written with a prefix ("กองทุน RMF"), no programmes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.extract.authority import organizations
from phakhi.graph.extract.document import Doc, Mentions
from phakhi.graph.extract.event_extents import royal_end
from phakhi.graph.extract.program_aliases import (OR, abbreviated_names, alias_after, glossed_alternative, merge_chains,
                                                  scheme_named_after, unify_keys)
from phakhi.graph.extract.program_ends import (dash_pieces_end, identifier_end, name_end, numbered_pair_end, parties_end,
                                               patronage_end, route_end, slashed_end)
from phakhi.graph.extract.program_boards import find_board_funds
from phakhi.graph.extract.program_concepts import find_policy_concepts
from phakhi.graph.extract.program_coded import find_coded_names, find_field_coded_names
from phakhi.graph.extract.program_evidence import (classified, company_project, counted_before, counted_kind,
                                                   enumerated, estate, evidence, generic_quoted, head_of_many,
                                                   kind_of_programme, listed_estate, titled_quoted)
from phakhi.graph.extract.program_joined import join_heads
from phakhi.graph.extract.program_latin import (find_latin_names, find_quoted_latin, latin_end_before, latin_name,
                                                partial_names, prose_latin, quoted_phrases)
from phakhi.graph.extract.program_products import drop_product_kinds
from phakhi.graph.extract.program_quoted import (QUOTED, SINGLE_QUOTED, find_quoted_names, opened_quote_end,
                                                 quoted_name_end, release_quoted_end, scheme_fills, title_after,
                                                 unquoted)
from phakhi.graph.extract.program_repeated import release_continued_end
from phakhi.graph.extract.program_unprefixed import (find_acronym_agreements, find_agreements, find_dated_plans,
                                                      find_national_plans, find_place_models, find_routed_lines,
                                                      find_spaced_names)
from phakhi.graph.extract.program_words import (LAW_HEAD, MIN_REST, NAME_RUN, PATTERN_KEY, counted, in_host_name,
                                                law_before, not_before, offices, prefix_pattern, program_data,
                                                word_sets)
from phakhi.graph.text.footnotes import footnote_end
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.thai import tokenize
from phakhi.ontology import load_not_names, load_places


# the number of an item of a plan after its prefix ("ยุทธศาสตร์ที่ 4 ", "แผนงานที่ ๓ : "): its name follows
_NUMBERED = re.compile(r"ที่ ?(?:\d{1,2}|[๐-๙]{1,2})(?:\.\d{1,2})? ?:? ?(?=[ก-๛A-Za-z])")


def _crossed(doc: Doc, pos: int, inside: list, stop: int) -> dict[int, object]:
    """The bodies named inside a program's run that the run goes on across: ones the organization patterns found
    (no authority body), ending inside the run, right after the prefix or after words of the program's own with no
    linking word among them ("โครงการ[ธนาคารขยะ]", "โครงการจัดตั้ง[ศูนย์ทดสอบยานยนต์และยางล้อแห่งชาติ]"): a program
    named after what it makes or runs is the program, the body a piece of its name. After a linking word the body
    is another party ("โครงการชะลอการขายยางของ|สถาบันเกษตรกร", "นโยบายการค้าจาก|มหาวิทยาลัย…"): the run ends there.
    By id."""
    found = {}
    for o in inside:
        if o.kind != "organization" or o.key in organizations() or o.nend > stop:
            break  # a body after one that ends the run is past its end
        if o.nstart > pos and not _own_words(doc.text[pos:o.nstart]):
            break
        found[id(o)] = o
    return found


def _own_words(run: str) -> bool:
    """Are the words of `run` (between a prefix and a body) all the program's own: no linking, relative or joining
    word (program_patterns.json "links", "relative", "joins") nor a stop?"""
    parting = _parting_words()
    return not any(token in parting or token.isspace() for token in tokenize(run))


@lru_cache(maxsize=1)
def _parting_words() -> frozenset[str]:
    data = program_data()
    return frozenset(data["links"]) | frozenset(data["relative"]) | frozenset(data["joins"]) | word_sets()[0]


def _scheme_pieces(doc: Doc, start: int, pos: int, end: int, crossed: set[int] = frozenset()) -> set[int] | None:
    """The scheme programs named inside a name written on directly, after words of its own ("โครงการจิตอาสาพัฒนา
    [เศรษฐกิจหมุนเวียน]"): pieces of that name (their ids, to drop). None when anything else is named across
    [start, end) (a body, a person, a place, a program the name does not hold whole, or one right after the prefix:
    "โครงการ[เศรษฐกิจหมุนเวียน]" is the scheme's own name)."""
    if not doc.covered(start, end):
        return set()
    if any(id(o) not in crossed and not (kind == "place" and _bare_venue(doc, o, pos))
           for kind in ("organization", "person", "place") for _, o in doc.mentions.kind(kind).overlapping(start, end)):
        return None
    inner = [m for _, m in doc.mentions.kind("program").overlapping(start, end)]
    if any(m.nstart <= pos or m.nend > end or m.key.startswith(PATTERN_KEY) for m in inner):
        return None
    return {id(m) for m in inner}


def _bare_venue(doc: Doc, place, pos: int) -> bool:
    """Is `place` a venue's word alone (places.json "prefixes": "…เชื่อม 3 |สนามบิน|"), after the name's first words
    and standing as a word (a space or the text's end after it): a kind of place the name counts or links, no one
    venue named in it?"""
    after = doc.text[place.nend:place.nend + 1]
    return place.nstart > pos and doc.text[place.nstart - 1:place.nstart] == " " and (not after or after.isspace()) \
        and doc.text[place.nstart:place.nend] in load_places()["prefixes"]


def _quotes_a_party(doc: Doc, start: int, end: int) -> bool:
    """Is the quoted [start, end) after a prefix a person, a body or two parties: a person named in it (a title with a
    name, "นโยบาย “พลเอก ประยุทธ์ จันทร์โอชา”"), a body that opens the quote or runs on past its end, or one joined
    to the words before it ("“ส่งเสริมศิลปาชีพและ|มูลนิธิส่งเสริมศิลปาชีพฯ”")? A body the quoted name writes after
    words of its own is a piece of the name ("โครงการ “พัฒนาศักยภาพข้าราชการและเจ้าหน้าที่[สำนักงานปลัดกระทรวงการ
    ท่องเที่ยวและกีฬา] ประจำปีงบประมาณ พ.ศ. 2568”": a training programme named by whom it trains), as it is of a name
    written on directly (`_crossed`): the quotes bound the name."""
    if doc.covered(start, end, ("person",)):
        return True
    opening = start + len(doc.text[start:end]) - len(doc.text[start:end].lstrip())
    joins = tuple(program_data()["joins"])
    return any(m.nstart <= opening or m.nend > end or doc.text[opening:m.nstart].rstrip().endswith(joins)
               for _, m in doc.mentions.kind("organization").overlapping(start, end))


def _names_in_quotes(doc: Doc, start: int, end: int) -> bool:
    """Do the quoted words [start, end) name a programme: not a body, a person or two parties (`_quotes_a_party`), a
    name the scheme holds, a word that names nothing, a title ("นโยบาย “นายกฯ”", "“รมว.…”") or a kind?"""
    words = doc.text[start:end]
    return not (_quotes_a_party(doc, start, end) or scheme_fills(doc, start, end) or words.startswith(load_not_names())
                or generic_quoted(words) or titled_quoted(words))


def _title(doc: Doc, end: int) -> re.Match[str] | None:
    """The quoted title a name ending at `end` is written under ("โครงการบำบัดผู้ติดยาเสพติด| “หัวโทนโมเดล”",
    "มาตรการรัฐในการช่วยเหลือภาคธุรกิจ| “พักทรัพย์ พักหนี้”"): it tells which one the name is, as a route or its
    parties do, so the name runs on over it, and the title alone is one more name of it. Read after a name stands as
    one: a kind or a phrase before a quoted name ("นโยบายเสริมแกร่ง| “บีซีจีโมเดล”": BCG is the name) takes none. None
    when the quote names no programme, holds a disease ("มาตรการป้องกันแพร่| "โควิด"": what it fights), opens with a
    prefix (another name of it: "…ในชุมชนแออัด| "โครงการบ้านมั่นคง”", which the quoted names give) or with a word
    that ends names (the sentence going on in quotes: "…PM2.5| “โดยการมีส่วนร่วมของชุมชน”")."""
    title = title_after(doc.text, end)
    if title is None:
        return None
    words = title.group(1)
    if words in program_data()["diseases"]["words"] or prefix_pattern().match(words) \
            or next(iter(tokenize(words)), "") in word_sets()[0] \
            or not _names_in_quotes(doc, title.start(1), title.end(1)):
        return None
    return title


def find_programs(doc: Doc) -> None:
    find_spaced_names(doc)
    find_agreements(doc)
    find_acronym_agreements(doc)  # "ความตกลง CPTPP", "ความตกลงเขตการค้าเสรีอาเซียน (AFTA)"
    find_coded_names(doc)  # "นโยบาย 5x5 ฝ่าวิกฤตประชากร"
    find_field_coded_names(doc)  # "นโยบายส่งเสริมวัฒนธรรม 5F"
    find_place_models(doc)
    find_dated_plans(doc)
    find_national_plans(doc)
    drop = partial_names(doc) | prose_latin(doc)
    text = doc.text
    headline_end = doc.line_bounds(0)[1]
    items: list[tuple[int, int, str]] = []  # names written on directly, in order
    pending: set[int] = set()  # indexes of measures and policies that still need evidence of being names
    estate_end = -1  # where the name of the last housing estate met ends
    for m in prefix_pattern().finditer(text):
        start, pos = m.start(), m.end()
        if doc.covered(start, pos) or text.endswith(not_before(), 0, start) or text.startswith(offices(), start) \
                or law_before().search(text, max(0, start - LAW_HEAD), start) or counted(text, start) \
                or in_host_name(text, start):
            continue  # "คณะกรรมการนโยบาย…", "แผนยุทธศาสตร์…", "พ.ร.บ. กองทุน…": part of a body's, plan's or law's
            # name; "ทุกโครงการ…", "หลายมาตรการ…": a common noun counted; "โครงการ…2567.cgd.go.th": a host name
        if estate(text, start) or listed_estate(text, estate_end, start):
            estate_end = NAME_RUN.match(text, pos).end()  # "ห้องชุด|โครงการแฟลตปลาทอง": a housing estate, and the
            continue  # estates listed after it
        quoted = QUOTED.match(text, pos) or SINGLE_QUOTED.match(text, pos)  # "นโยบาย ‘Learn to Earn’"
        if quoted:
            name_start, end = quoted.start(1), quoted.end(1)
            if not _names_in_quotes(doc, name_start, end):
                continue  # a body, a person, a name the scheme holds, a title ("นโยบาย “นายกฯ”", "“รมว.…”"), a kind
            drop |= {id(inner) for inner in doc.starting_in(name_start, end, ("program",))  # "ธนารักษ์[ประชารัฐ]"
                     if inner.nend <= end and (inner.nstart, inner.nend) != (name_start, end)}
            doc.add(doc.mention(start, quoted.end(), "program", PATTERN_KEY + normalize_label(quoted.group(1)),
                                form="pattern", name=(name_start, end)))
            continue
        if pos >= len(text):
            continue
        latin = latin_name(text, pos)
        if latin is not None:
            name_start, end = latin
            inside = doc.starting_in(name_start + 1, end, ("organization", "person"))
            cut = latin_end_before(text, name_start, inside[0].nstart) if inside else None
            end = cut or end  # "โครงการ Green-city| by MOAC": the name ends before the joining word that leads to a body
            end = footnote_end(text, start, end)  # "โครงการ Champions Award|5": a footnote's mark
            if company_project(text, start, end):
                continue  # "โครงการ Data Center| บริษัท ทรู … จำกัด มูลค่าลงทุน …": a company's own investment
            pieces = () if cut else {id(o) for o in inside if o.nend <= end}  # else the bodies wholly inside it are
            # pieces of the name ("โครงการ Thailand - OECD Country Programme"), not what it is
            if not doc.covered(name_start, end, ("program",)) and not any(
                    id(o) not in pieces for kind in ("organization", "person")
                    for _, o in doc.mentions.kind(kind).overlapping(name_start, end)):
                doc.add(doc.mention(start, end, "program", PATTERN_KEY + normalize_label(text[start:end]),
                                    form="pattern"))
            continue
        numbered = _NUMBERED.match(text, pos) if m.group() in program_data()["numbered"] else None
        if numbered:  # "ยุทธศาสตร์ที่ 4 การเติบโตที่เป็นมิตรกับสิ่งแวดล้อม…": the item's name after its number
            pos = numbered.end()
        paired = numbered_pair_end(text, start, pos)  # "โครงการ 1 ตำบล 1 กลุ่มเกษตรทฤษฎีใหม่": a name after a space
        if paired is not None and not doc.covered(start, paired):
            doc.add(doc.mention(start, paired, "program", PATTERN_KEY + normalize_label(text[start:paired]),
                                form="pattern"))
            continue
        opened = opened_quote_end(text, start, pos)  # "“โครงการ 80 ปีกระทรวงอุตสาหกรรม …”": the quote bounds it
        if opened is not None:
            if not _quotes_a_party(doc, pos, opened) and not doc.covered(start, opened, ("program",)):
                doc.add(doc.mention(start, opened, "program", PATTERN_KEY + normalize_label(text[start:opened]),
                                    form="pattern"))
            continue
        if text[pos].isspace():
            continue
        known = quoted_name_end(text, pos)
        if known is not None:  # a name the corpora quote, written on here as the release quotes it whole
            known = max(known, release_quoted_end(text, pos, known))  # "โครงการตลาดนำการผลิต| ผักปลอดภัยสู่ผู้บริโภค"
        if known is not None and not doc.covered(pos, known, ("organization", "person")):
            drop |= {id(inner) for inner in doc.starting_in(pos, known, ("program",)) if inner.nend <= known}
            doc.add(doc.mention(start, known, "program", PATTERN_KEY + normalize_label(text[pos:known]),
                                form="pattern"))
            items.append((start, known, m.group()))  # a name: evidence for a measure written beside it
            continue
        stop = NAME_RUN.match(text, pos).end()
        inside = doc.starting_in(pos, stop, ("organization", "person"))  # a body or person named there ends it
        crossed = _crossed(doc, pos, inside, stop)  # ... unless the rules made it of the words after the prefix
        stop = min((other.nstart for other in inside if id(other) not in crossed), default=stop)
        alias = alias_after(doc, pos, stop)
        if alias is not None:  # "โครงการนำร่อง…หรือแฟคทอรี่แซนด์บ็อกซ์": the name ends at หรือ, one more name of it
            stop = alias.nstart - len(OR)
        end = name_end(text, start, pos, stop,
                       tail_ok=lambda s, e: not doc.covered(s, e, ("organization", "person", "program")))
        if end is not None:
            end = footnote_end(text, start, end)  # "กองทุนฝนหลวง|1 ขึ้นตาม…": a footnote's mark, not the name's number
        if end is None or end - pos < MIN_REST:
            continue
        if company_project(text, start, end):  # "… จำกัด ได้รับส่งเสริม|โครงการผลิตยางล้อ…": a company's own
            drop |= {i for i, o in crossed.items() if o.nstart < end}  # investment, no programme; a body the rules
            continue  # made of its words is what it builds ("โครงการ|ศูนย์ซ่อมอากาศยาน"), no body either
        quoted_end = release_quoted_end(text, pos, end)  # "โครงการวัด|ไม่ทิ้งโยม ถนนสายบุญ": quoted so in the release
        if quoted_end > end and not doc.covered(end, quoted_end, ("organization", "person")):
            end = quoted_end
        end = release_continued_end(text, start, end,  # "โครงการสินเชื่อบ้านมั่งมี| ศรีสุข" after every mention
                                    lambda s, e: not doc.covered(s, e, ("organization", "person", "program")))
        within = {i for i, o in crossed.items() if o.nstart < end}
        if any(o.nstart < end < o.nend for o in crossed.values()):
            continue  # the name ends inside the body's name
        pieces = _scheme_pieces(doc, start, pos, end, within)
        if pieces is None:
            continue
        drop |= within
        if alias is not None and end == stop:
            doc.add(doc.mention(start, end, "program", alias.key, form="name"))
            continue
        if glossed_alternative(doc, start, pos, end):
            continue
        end = identifier_end(doc, pos, slashed_end(doc, start, end))
        end = patronage_end(doc, route_end(doc, dash_pieces_end(doc, end)))
        # "โครงการท่าเรือมาบตาพุด| ระยะ 3", "โครงการขยายช่องจราจรถนน| ทล.2350 ตอน หนองหาน - กุมภวาปี": which one
        # "…พระราชดำริสมเด็จพระกนิษฐาธิราชเจ้า| กรมสมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี": the royal's name runs on
        # across its spaces (the span's), but the programme is the one written without the rest of it: its key and
        # whether it names one (alone, or listed beside others: `items`) are read up to `end`. The parties it joins
        # ("…ด้านการขนส่ง|ระหว่างอาเซียน-ญี่ปุ่น") tell which one it is, its key's, but make no kind a name
        # ("โครงการร่วมทุน|ระหว่างอังกฤษและสิงคโปร์": a kind, joined by its parties)
        keyed = parties_end(doc, end)
        whole = max(royal_end(text, end), keyed)
        items.append((start, end, m.group()))
        named = scheme_named_after(doc, whole)
        if named is not None:  # "มาตรการ…ระยะที่ 2 หรือ|EV 3.5": another name of the scheme's programme
            drop |= pieces
            doc.add(doc.mention(start, whole, "program", named.key, form="name"))
            continue
        if not numbered and (kind_of_programme(m.group(), text[pos:end])
                             or counted_kind(text, whole, m.group(), text[pos:end]) or classified(text, start, end)
                             or counted_before(text, start, whole, m.group())):
            pending.add(len(items) - 1)  # "โครงการพลังงานสะอาด", "โครงการบ้านจัดสรร| มีจำนวน 1,135 โครงการ", "ซึ่งเป็น|
            continue  # โครงการเคเบิลใยแก้วใต้น้ำ…": a kind, unless listed beside another name of its kind
        if (m.group() in program_data()["need_evidence"] or head_of_many(m.group(), text[pos:end])) \
                and not evidence(text, start, end, headline_end, m.group()):
            pending.add(len(items) - 1)  # "มาตรการคัดกรอง": a kind told by the whole record, unless marked as a name
            continue
        drop |= pieces
        title = _title(doc, keyed)  # "โครงการบำบัดผู้ติดยาเสพติด| “หัวโทนโมเดล”": a title quoted after the name
        key = PATTERN_KEY + normalize_label(text[start:keyed])
        if title is not None:  # keyed the same whichever quotes a release writes it in
            keyed = whole = max(whole, title.end())
            key = PATTERN_KEY + normalize_label(unquoted(text[start:keyed]))
        doc.add(doc.mention(start, whole, "program", key, form="pattern"))
        if title is not None:
            doc.add(doc.mention(title.start(1), title.end(1), "program", key, form="name"))
    find_quoted_names(doc, drop)
    find_quoted_latin(doc)
    drop |= quoted_phrases(doc)  # "การใช้ประโยชน์จาก “Soft Power” ของไทย": a phrase, unless the release names it
    if drop:  # one pass over the mentions, however many are dropped
        doc.mentions = Mentions(m for m in doc.mentions if id(m) not in drop)
    for i in sorted(pending & enumerated(text, items)):
        start, end, _ = items[i]
        if not doc.covered(start, end):
            doc.add(doc.mention(start, end, "program", PATTERN_KEY + normalize_label(text[start:end]),
                                form="pattern"))
    find_board_funds(doc)  # "คณะกรรมการบริหาร|กองทุนเพื่อส่งเสริมการท่องเที่ยวไทย": the fund its board runs
    drop_product_kinds(doc)  # "กองทุนสำรองเลี้ยงชีพ", "กองทุน RMF": a kind of fund, no programme, listed or not
    find_routed_lines(doc)  # after the scan: a route the prefixes announce is theirs
    find_policy_concepts(doc)  # after the scan: "ผลักดัน|ซอฟต์พาวเวอร์", a concept no prefixed name holds
    join_heads(doc)  # "นโยบายและ|แผน…": the title joins two heads, the name begins at the first
    merge_chains(doc)
    find_latin_names(doc)
    abbreviated_names(doc)
    unify_keys(doc)
