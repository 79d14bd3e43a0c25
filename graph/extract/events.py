"""Event mentions: meetings, conferences, seminars, signings, statements, exhibitions, launches, visits
and awards, from cue words kept as data (ontology/th/events.jsonl), with the date and parties the
sentence gives. A date comes from the sentence itself, from "วันนี้" (the publication date), or, for an
event in the title or lead, from the publication date.

This module is the scan over the cues: which cue is an event told (not a verb, a room, an assembly that
decides, an event referred back to), and the order of the steps that end its name (event_runs, then
event_extents), date it (event_dates) and add it with its parties. What a name is and what its label may
be (event_identity, event_labels) read names only and live apart, for resolution to use."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from phakhi.graph.text.dates import find_dates, run_ends
from phakhi.graph.text.footnotes import footnote_end
from phakhi.graph.text.numbers import multiplier_pattern, multiplier_value, parse_number
from phakhi.graph.extract.document import Doc, Mention
from phakhi.graph.extract.names import dictionary
from phakhi.graph.extract.organizations import _splits_prefix
from phakhi.graph.extract.tails import tailed_end
from phakhi.graph.text.thai import ABBREVIATION_MARK, is_thai, tokenize, word_in
from phakhi.graph.text.patterns import literal_alternation
from phakhi.ontology import load_months
from phakhi.graph.extract.event_words import cue_pattern, cue_words, event_cues, word_lists, word_set, word_tuple
from phakhi.graph.extract.event_identity import EVENT_KEY, is_real_name
from phakhi.graph.extract.event_dates import (WINDOW, DayIndex, TodayClauses, attended_before, begun_since,
                                              coming_before, counted_from, date_for, day_told_past, event_days,
                                              inside_phrases, later_year, lead_end,
                                              own_occasion, recalled, recalled_before, run_until, said_day,
                                              since_before, story_date, story_own, done_by_now, today_after, told_coming,
                                              told_past)
from phakhi.graph.extract.event_holders import holder_before
from phakhi.graph.extract.event_calls import (brings_matter, call_before, call_sides, done_before, is_call, is_talk,
                                              talk_after)
from phakhi.graph.extract.event_labels import told_not_named
from phakhi.graph.extract.event_spread import recurring, spread
from phakhi.graph.extract.event_runs import (AMPERSAND, COUNTERPART, DASHED_WORD, LATIN_OBJECT, LATIN_SPACE, LATIN_TAIL,
                                             alias_head_end, drafted_start, honorific_reach, latin_body, latin_head_end,
                                             latin_name_after, latin_run_end, part_number_end, series_place_end,
                                             sitting_start,
                                             name_end, object_end, purpose_end)
from phakhi.graph.extract.event_extents import (ALIAS, BRACKET_REACH, PLACES, anchored_end, body_end, bracketed_end,
                                                clause_cut, counted_cut,
                                                clause_end, dated_cut, mode_cut, numbered_cut, held_name_end, listed_titles, owner_end,
                                                manner_end, marked_end, mined_body_end, mined_end,
                                                mined_names, ordinal_end, partners_end, quoted_end, royal_end, royal_firsts,
                                                royal_object_end,
                                                series_end, session_end, spaced_owner_end, title_after, theme_cut,
                                                quoted_edition_end, quoted_name, titled_edition_end, trimmed_end,
                                                unquoted_end)


# a Latin name before its cue, with the function words inside it ("Nutrition for Growth Summit", "Prime Minister’s
# Export Award": either apostrophe) and partners
# joined by a dash ("24th ASEAN - Republic of Korea Summit", event_runs DASHED_WORD), over a line break only
# before a Latin word (event_runs LATIN_SPACE)
_LATIN_BEFORE = re.compile(r"(?:(?:[A-Z0-9][A-Za-z0-9&\-\.'’]*|on|of|for|and|the|in|&(?=[ \t\xa0](?!\d+(?:st|nd|rd|th)\b))|[–-](?=[ \t\xa0]?[A-Z]))"
                           + LATIN_SPACE + ")+$")
_LATIN_HEAD = re.compile(r"(?:(?:on|of|for|and|the|in|At|In|On|During|The|&|[–-])\s)+")  # a Latin name does not begin on these
# a full stop after a number or a word of three letters or more, then a capital: a sentence ended there ("U.S." and
# "H.E." are initials, not ends)
_SENTENCE_END = re.compile(r"(?:\d|[A-Za-z]{3})\.\s(?=[A-Z])")
# at most 20 words of a Latin name after its cue ("Conference on …"): a longer run is not one name, and an
# unbounded run made a line of cues quadratic
# An article joins words inside a name too ("Ad Hoc Committee to Elaborate a Comprehensive International Convention
# on …"), and a slash two names' words ("Creditors’/Debtors’ Rights and Remedies"): judged audits found both cut there.
_JOINING = r"on|of|for|and|the|in|against|to|through|towards|among|between|a|an"  # lowercase words inside a name
_LATIN_AFTER = re.compile(r"(?:" + LATIN_SPACE
                          + r"(?:" + _JOINING + "|" + AMPERSAND
                          + r"|[A-Z0-9][A-Za-z0-9&\-\.'’]*(?:/[A-Z][A-Za-z0-9&\-\.'’]*)?)|"
                          + DASHED_WORD + "){1,20}")
# a Latin cue with no name before it and a lowercase word after it that joins no name ("Meeting outcome of …",
# "Meeting was held …"): the common noun of a sentence; a name that follows is read from its own cue
_COMMON_AFTER = re.compile(r"[ \xa0](?!(?:" + _JOINING + r")\b)[a-z]{2,}\b")
# where a Latin run after a cue stops being its name: a sentence's end, at a line's end or after a number ("… for
# Border Areas in 2022.\nRegional Cooperation:"; not "Gen. Prayut"), a year told after "in" (when, not which),
# and "and (the) 5th …": a second event's edition ("14th Meeting of … Joint Commission … and the 5th Ministerial
# Meeting of …": two meetings, which judged audits found read as one)
# and a line that opens a sentence: a capitalised word, then a lowercase one that joins no name ("…for Criminal
# Purposes\nThe cabinet approved…"; not "…on Enhancing\nCooperation on Border Management"), and a full stop after a
# word of four lowercase letters or more, then a capital ("…Poverty Eradication. Should there be…"; not "Gen. Prayut")
_LATIN_STOP = re.compile(r"(?:\d|[A-Za-z]{3})(?=\.\n)|(?<=[a-z]{4})(?=\.\s+[A-Z])|\d(?=\.\s+[A-Z])"
                         r"|\s(?:in|of)\s(?:19|20)\d\d\b|\s(?:and|&)\s(?:the\s)?\d+(?:st|nd|rd|th)\b"
                         r"|\n(?=[A-Z][A-Za-z]*[ \xa0](?!(?:on|of|for|and|the|in|to|a|an)\b)[a-z])")


@lru_cache(maxsize=1)
def _latin_dated() -> re.Pattern[str]:
    """A day or month told after a Latin name, in English (months.json, the full names): "… General Conference in
    November 2025", "… Working Group Meeting August 2", "… in Digital Era May 2018" say when it was held, not which
    (judged audits: boundary); "April Series 2018", a month with no number after it, is a name's word."""
    months = load_months()["months"]
    full = [w for w in months if w.isascii() and not any(o.isascii() and months[o] == months[w] and len(o) > len(w)
                                                        for o in months)]
    names = literal_alternation(full)
    return re.compile(rf"\s(?:in|on|during)\s(?:{names})\b|\s(?:{names})\s\d")
STOP_PEEK = 24  # characters read past a Latin run for what tells where it stops (a sentence opening a line)
LATIN_BEFORE_REACH = 80  # characters read back from a Latin cue for the words of its name
LATIN_BEFORE_LONG = 200  # and when those run on past that reach (a start cut mid-name: "Malaysia Joint Commission …")
_WORDS_SIGNED = re.compile(r"ลงนาม\S{0,20}\s?$")
_CEREMONY = "พิธี"


EVENT_TAILS = ("partner",)  # an event's place is its venue, its number its session (ordinal_end): a partner is name


def find_events(doc: Doc) -> None:
    pattern, cues = cue_pattern()
    text = doc.text
    published = doc.release.published
    dates = find_dates(text, published)
    first_line_end = lead_end(doc)
    title_end = text.find("\n", len(text) - len(text.lstrip()))  # the first line: the headline
    title_end = len(text) if title_end < 0 else title_end
    story = story_date(doc, dates, published)
    base = counted_from(text, dates, story, published)  # the day "พรุ่งนี้", "เมื่อวานนี้" count from
    dates = event_days(text, dates, published)  # not a decision's, a deadline's, an effect's or a birthday's
    days = DayIndex(text, dates)
    clauses = TodayClauses(text)
    date_starts = days.starts
    runs = run_ends(text, published)  # the last day of each run of days, by its first date's start
    reach = honorific_reach(doc)
    inside_at: dict[int, list[int]] = {}  # line start -> where each "inside" phrase first ends on the line
    # the date of the first event by position (ties: the first found) that has one, kept as events are added
    first_dated = next(((e.nstart, e.data["date"]) for e in doc.of_kind("event") if e.data.get("date")), None)
    first_call = first_dated  # the first event dated, calls too (a talk told "ในโอกาสนี้" of a call is held in it)
    last_dated = None  # the day of the event told last, for a further activity told after it
    last_line = (0, 0)  # the line that event was told on, read for a day told as gone by only when needed
    taken_until = -1
    read_at: list[tuple[Mention, dict[str, list[tuple[int, int]]], set[str]]] = []  # each event, where its parties
    # were read, and the sides of a call (read by event_calls, kept)
    for m in pattern.finditer(text):
        start, cue = m.start(), m.group()
        word = cue_words().get(cue, cue)  # the body a cue holds is no overlap ("ประชุมคณะรัฐมนตรี")
        word_start = start + max(0, cue.find(word))
        if start < taken_until or doc.covered(word_start, word_start + len(word), ("organization", "person", "place")):
            continue
        if cue.isascii() and not _latin_word(text, start, m.end()):
            continue
        if cue.isascii() and text[max(0, start - 12):start].rstrip().casefold().endswith(_medium()):
            continue  # "ผ่าน Video Conference": how a meeting is held, not an event
        if cue.isascii() and _VENUE_AFTER().match(text, m.end()):
            continue  # "Meeting Room 1-2": a room, not an event
        if cue.isascii() and _COMMON_AFTER.match(text, m.end()) and not _latin_before(text, start):
            continue  # "Meeting outcome of Joint Public-Private Meeting for …": no name begins at the cue
        if _anaphoric(text, m.end()) or text[max(0, start - NOT_AFTER_REACH):start].rstrip().endswith(
                word_tuple("not_after")):
            continue
        before = text[max(0, start - NOT_AFTER_REACH):start]
        if cue in cue_words() and before.endswith(word_tuple("assembly_before")) \
                and not before.endswith(word_tuple("assembly_at")):
            continue  # "ที่ประชุมคณะรัฐมนตรีมีมติ": the assembly that decides
        if _date_split(text, cue, m.end()):
            continue  # "จัดงานวัน|ที่ 11 กรกฎาคม 2567": no event named "งานวัน…"; the match is dropped, not cut back to "งาน"
        if _DOCUMENT_COUNT().match(text, m.end()):
            continue  # "เอกสารผลลัพธ์การประชุม 3 ฉบับ": documents, counted
        if text.startswith(word_tuple("verbal"), start):
            continue  # "จัดให้มีการประชุมกันทุกปี": meeting as an activity
        if cue.startswith("การ") and start > 0 and is_thai(text[start - 1]) and _splits_prefix(text, start, m.end()):
            continue  # "โครงการฝึกอบรม…" is a project, not "การฝึกอบรม"
        if cues[cue] == "Statement" and _WORDS_SIGNED.search(text, max(0, start - 20), start):
            continue  # "ลงนามในปฏิญญาร่วม": the declaration is what the signing signs, not a second event
        end = name_end(doc, m.end(), reach, start)
        if text.endswith(_CEREMONY, 0, start) and not cue.startswith(_CEREMONY):
            start -= len(_CEREMONY)  # "พิธีการลงนามความร่วมมือ"
        if cue.isascii():
            after = _LATIN_AFTER.match(text, m.end())
            if after:
                run = after.group()
                read = text[m.end():after.end() + STOP_PEEK]  # (what follows the run is read)
                stop = min((s for s in (_LATIN_STOP.search(read), _latin_dated().search(read)) if s),
                           key=lambda s: s.start(), default=None)
                stop = stop if stop and stop.start() < len(run) else None
                run = run[:stop.start() + (1 if run[stop.start()].isalnum() else 0)] if stop else run
                end = max(end, m.end() + len(LATIN_TAIL.sub("", run)))  # "… Chan-o-cha on"
            before = _latin_before(text, start)
            if before:
                begin = before.start()
                for stop in _SENTENCE_END.finditer(text, begin, start):  # "… 2025. At the World Leaders Summit"
                    begin = stop.end()
                for second in _SECOND_EDITION.finditer(text, begin, start):  # "… and the 5th Ministerial Meeting"
                    begin = second.end() - len(second.group("edition"))
                head = _LATIN_HEAD.match(text, begin)
                start = latin_head_end(text, head.end() if head else begin)  # "Gist The …", "Outcome of the …"
                drafted = drafted_start(text, start, end)  # "Draft Joint Statement for the 27th Meeting of …"
                if drafted is None:
                    continue  # "Draft ASEAN Regional Forum Statement on …": a document to approve, no event
                start = sitting_start(text, drafted)  # "43rd session of the UNESCO General Conference"
                year = _BE_YEAR.match(text, start)  # "ประจำปี 2560 Money Expo 2017": a Buddhist-era year is Thai
                if year and year.end() < m.start():
                    start = year.end()
            if latin_body(text, start, m.start(), m.end(), end):
                continue  # "ASEAN Centre for … Dialogue", "… Events Association (IFEA)": a body's name, no event
        purposed = False
        if end == m.end() and not (cue.isascii() and start < m.start()):  # "… Special Summit during May 12-13":
            if cue not in cue_words():  # "การประชุม|ขับเคลื่อนนโยบาย…": the purpose it is named by
                end = purpose_end(doc, end, cues[cue])
                purposed = end != m.end()
            if end == m.end():  # "เปิดตัว e-Seal", "การประชุม คณะกรรมการ…": a bare cue takes its object
                end = object_end(doc, end)
            # (a Latin name that ends on its cue is whole: what follows it is the sentence's)
        else:
            end = latin_name_after(doc, end)  # "เปิดตัวสินเชื่อ SMEs Transformation Loan"
            if cue not in cue_words() and _kind_only(text[m.end():end]):  # "การประชุม|เชิงปฏิบัติการ|เพื่อซักซ้อม…"
                end = purpose_end(doc, end, cues[cue])  # (not marked purposed: an undated one is kept, as when the
                # run reached its purpose itself: "การประชุมเชิงปฏิบัติการขับเคลื่อน…")
        end = series_end(text, end)  # "การประชุม ครม.นอกสถานที่"
        line_start, line_end = doc.line_bounds(m.start())
        end = anchored_end(doc, start, end, line_end)  # "การประชุมคณะกรรมการกำกับ และติดตาม… (กกภ.)"
        marked = marked_end(doc, end, line_end, m.end())  # "ประชุมวิชาการสร้างความร่วมมือในการคุ้มครองผู้บริโภค วันจันทร์ที่ …"
        if marked != end or cue.isascii():
            end = marked
        elif (clause := clause_end(doc, end, line_end, m.start(), m.end())) != end:  # "นิทรรศการบอกเล่า|ถึง…"
            end = anchored_end(doc, start, clause, line_end)  # "…เร่งรัดการเสนอร่างพระราชบัญญัติ| เพื่อขับเคลื่อน…
            # (ครน.)": the run read on may still have its alias after it
        elif (manner := manner_end(doc, end, line_end, m.end())) != end:  # "…ผู้ประสบอุทกภัย|อย่างครบวงจร…"
            end = anchored_end(doc, start, manner, line_end)  # "…พัฒนาเป็นพิเศษ|อย่างเร่งด่วน (ICU)"
        if not cue.isascii():  # "…โครงการ|ส่งเสริมวินัยการออม…": a programme it holds (a Latin name has its own run)
            end = held_name_end(doc, m.end(), end, line_end)
            end = body_end(doc, start, end, line_end)  # "ประชุมคณะทำงาน|เพื่อวิเคราะห์…": the body it holds, whole
        mined = mined_end(text, m.start(), end, line_end)  # a name the corpus writes in full elsewhere
        if mined == end:  # "การประชุมผู้นำกลุ่มความร่วมมือทางเศรษฐกิจ|ในเอเชีย-แปซิฟิก": a mined name inside it
            mined = mined_body_end(text, m.end(), end, line_end)
        if mined != end:  # "…สยามบรมราชกุมารี (อกท.)": a mined name may still have its alias after it
            end = anchored_end(doc, start, mined, line_end)
        end = royal_end(text, end)  # "…สมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี": one name
        end = royal_object_end(text, end)  # "ลงนามถวายพระพร| สมเด็จพระเจ้าลูกเธอ …": the royal it is for
        end = tailed_end(text, start, end, EVENT_TAILS)  # "การประชุมรัฐมนตรีอาเซียน - ญี่ปุ่น": its partner
        end = part_number_end(text, end)  # "…กลุ่มจังหวัดภาคกลางตอนล่าง 1": which group of provinces
        end = ordinal_end(text, end)  # "… ครั้งที่ 1/2564": the session's number is part of its name
        if cues[cue] not in word_set("told_types"):  # a visit has no edition: a number after it is another event's
            end = session_end(doc, start, end, line_end)  # "…ค่าทดแทน และค่าใช้จ่าย… ครั้งที่ 8/2560": cut before it
        while (numbered := ordinal_end(text, end, bracket=False)) != end:  # "… ครั้งที่ 3 ประจำปี 2562",
            end = numbered  # "การประชุมสภาผู้แทนราษฎร ชุดที่ 26 ปีที่ 1 ครั้งที่ 16"
        if (placed := series_place_end(text, start, end)) != end:  # "…นอกสถานที่ ครั้งที่ 1| จังหวัดสงขลา": which
            end = placed  # sitting of the series, and the year after its place ("…สัญจร ครั้งที่ 3 พื้นที่ภาคเหนือ ประจำปี 2566")
            while (numbered := ordinal_end(text, end, bracket=False)) != end:
                end = numbered
        end = clause_cut(text, m.end(), end)  # "…เมืองอัจฉริยะ|ในครั้งนี้ถือเป็น…": the sentence about it
        end = dated_cut(text, m.end(), end)  # "…รามเกียรติ์|ในเดือนมีนาคม": when it is held, not which it is
        end = mode_cut(text, m.end(), end)  # "…วาระปกติ|ผ่านระบบการประชุมทางไกล": how it is held, not which it is
        end = trimmed_end(text, m.end(), end)  # "การประชุมทางไกลแทน", "การประชุม 3 วัน"
        end = counted_cut(text, m.end(), end)  # "…ระดับชาติ|151 ชิ้นงาน": a count after it, not its edition
        end = footnote_end(text, start, end)  # "…Horticultural Expo|1 (EXPO 2022 …)": a footnote's mark
        end = owner_end(doc, m.end(), end)  # "นิทรรศการผลงานสำคัญของ ธ.ก.ส.": whose it is, or no "ของ" at its end
        if end > m.end():  # a bare type word's title is told by object_end, after it only spaces
            end = title_after(text, end, line_end)  # "การสัมมนาบุคลากรภาครัฐ “ยุทธศาสตร์ชาติภาคปฏิบัติ…”"
        if not cue.isascii():  # "“มหกรรมยุติธรรม…ที่ไม่ได้รับความเป็นธรรม”" (a Latin name has its own run)
            end = quoted_end(text, start, m.end(), line_end) or end
        end = titled_edition_end(text, end)  # "…“สำเภาทอง” ประจำปี 2566": the title's edition
        end = spaced_owner_end(doc, end, line_end)  # "การประชุมประจำปี 2561 ของ สศช.": whose it is
        end = partners_end(doc, m.end(), end, line_end)  # "…ระหว่างกระทรวงวัฒนธรรม|แห่ง…กับ…": its partner, or no one party
        if cue in _plain_cues() and is_real_name(text[start:end]) and _generic_rest(doc, start, m.end(), end, cues[cue]):
            end = m.end()  # "การประชุมคู่ขนาน", "การฝึกอบรมบุคลากร": a type word, told as one
        end = bracketed_end(text, start, end, line_end)  # "เปิดตัวสถาบัน… (New Economy Academy : NEA)", not "… ("
        end = alias_head_end(text, start, end)  # "…Community (AZEC) Leaders Meeting": the kind after the alias
        end = unquoted_end(text, start, end)  # "‘มหกรรมเกษตรสร้างชาติ’": the quote is the title's, opened before the cue
        end = quoted_edition_end(text, start, end)  # "“มหกรรมการเงินกรุงเทพ” ครั้งที่ 25": that title's edition
        end = latin_run_end(text, start, end)  # "นิทรรศการ PSU Smart campus": the English name whole
        end = theme_cut(text, start, m.end(), end)  # "งานวันกุ้งภาคกลาง ประจำปี 2561| ภายใต้หัวข้อ “…”": not the theme
        end = numbered_cut(text, m.end(), end)  # "…ราชชนนี| 2.นิทรรศการอาสาสมัครดีเด่น": the list's next item
        while end > m.end() and text[end - 1] in ";,":
            end -= 1  # "…Tourism Ministers Meeting; 2) …": the list's mark, not the name's
        name = quoted_name(text, start, end)  # "มหกรรมการเงินกรุงเทพ ครั้งที่ 25", without the title's closing quote
        taken_until = m.end()
        if cue in word_set("prize_cues") and (not _PRIZE_OCCASION().search(name) or _prize_won(text, start, name)):
            continue  # "Prince Mahidol Award", "SEAPITCH Award", "ได้รับรางวัล ITA Awards 2021": the prize, not the
            # ceremony that gives it
        if cues[cue] not in word_set("told_types") and _counted_before(text, start):
            continue  # "พบกับ 5 นิทรรศการไฮไลต์ที่ห้ามพลาด": several events of a kind, counted, no one event (a visit
            # is told by a verb, which no number counts: "ซอยเคหะร่มเกล้า 35 เยี่ยมชม…" is an address's)
        if _framework(text, start):
            framework_seen(name, published)  # a month of that series (scripts/mine_event_series.py counts it)
            taken_until = _alias_after(text, end, line_end)  # nor its alias: "(ASEAN Senior Law Officials Meeting…)"
            continue  # "ภายใต้กรอบการประชุมเจ้าหน้าที่อาวุโสอาเซียนด้านกฎหมาย", "…ของกลไกการประชุมระดับรัฐมนตรีอาเซียน…":
            # a meeting named as the framework or mechanism work goes on under, not one sitting
        if begun_since(text, m.end(), end):
            taken_until = end
            continue  # "ลงพื้นที่ตรวจสอบตั้งแต่เมษายน 2541", "มอบรางวัล “ประชาบดี” ตั้งแต่ปี 2550": going on since then
        if _held_many_times(text, end):
            continue  # "สัมมนาให้ความรู้ด้านการคุ้มครองผู้บริโภค จำนวน 15 ครั้ง": sessions counted, no one event
        if cues[cue] in word_set("tallied_types") and _tallied(text, end) \
                and (not is_real_name(name) or told_not_named(cues[cue], [name])):
            continue  # "ลงพื้นที่ตรวจประเมินความปลอดภัยระบบไฟฟ้าแล้ว รวมทั้งสิ้น 1,744 แห่ง": a running tally, no one
            # event (not "เข้าชมนิทรรศการแล้วรวมทั้งสิ้น 467,837 คน": one exhibition, its visitors counted)
        if text[end:end + FUTURE_REACH].lstrip().startswith(word_tuple("future_after")):
            continue  # "การประชุมคณะกรรมการค่าจ้างครั้งต่อไป": a meeting still to come, named by what it follows
        if end == m.end() and cues[cue] not in word_set("told_types") \
                and text[end:end + FUTURE_REACH].lstrip().startswith(word_tuple("plural_after")):
            continue  # "เข้าร่วมการประชุมต่าง ๆ บ่อยครั้ง", "จัดเทศกาล นิทรรศการต่าง ๆ ตลอดทั้งปี": events of a kind, no one
            # event (after more words the plural is the last noun's: "…ในพื้นที่พิเศษต่าง ๆ"; a visit to places
            # "เยี่ยมชมโซนการให้บริการต่าง ๆ" is one visit)
        if cues[cue] not in word_set("told_types") and _kinds_in_a_field(text, m.end(), end):
            continue  # "งานวันสำคัญทางศาสนาต่าง ๆ", "การประกวดด้านภาษาไทยต่าง ๆ": events of a kind in a field
        if _listed(doc, start, end, line_start, name):
            taken_until = end  # nor a cue inside it ("… และการแสดงดนตรีโฟล์คซอง")
            continue  # "ประกอบด้วย การฝึกอบรม … การแสดง นิทรรศการทางด้านการเกษตร… การประกวดแข่งขัน": an item of a list
        if m.start() >= title_end and _ordered(text, start, line_start) \
                and (not is_real_name(name) or told_not_named(cues[cue], [name])):
            taken_until = end
            continue  # "…วันนี้ (4 มกราคม) ได้สั่งการให้ข้าราชการระดับสูง… ลงพื้นที่…": what an order asks of its
            # addressees, described, is no event told (the day before it is the order's; one after it, the task's).
            # Not in the title, which tells the story's deed by who ordered it ("พม. กำชับทีม One Home ลงพื้นที่
            # ช่วยเหลือ…": judged audits called such visits real events)
        if _not_told(text, start, name, cues[cue]):
            taken_until = end  # nor a cue inside it ("…เกี่ยวข้องกับการอบรมสัมมนา")
            continue  # "เช่น การฝึกอบรมอาชีพ ฯลฯ", "งดจัดงานสัมมนา": a kind of activity, not an event reported
        if recurring(text, name, m.end(), end) or spread(text, start, m.end(), line_start, cues[cue], name):
            taken_until = end
            continue  # "จะมีการประชุมคณะทำงานทุกวัน", "หลายจังหวัดได้จัดกิจกรรมการประกวด…": done again and again, or by
            # many in many places, no one event (event_spread)
        when, explicit = date_for(text, m.start(), line_start, line_end, dates, published,
                                   m.start() < first_line_end, story, date_starts, end, clauses, base)
        assumed = not explicit and when is not None and m.start() < first_line_end  # the title's or lead's: the
        # story's day for want of one told (resolve._event_keys prefers a day another mention of it tells)
        said = said_day(text, end, published, base)  # "31 มี.ค.64 … หลังการประชุมคณะรัฐมนตรี (ครม.) เมื่อวานนี้": the day
        plain = False  # the day date_for read, no word around the name telling another
        if said:  # before the publication, whatever day the paragraph opens on
            when, explicit, assumed = said, True, False
        elif explicit and (story or published) and today_after(text, end) \
                and not days.given_before(line_start, m.start(), when):
            when, assumed = story or published, False  # "การประชุมในวันนี้ สืบเนื่องจาก มติ… เมื่อวันที่ 28 มกราคม
            # 2562": today's
        elif (told_past(text, end) or told_coming(text, end)) and when in (published, story):
            when, explicit = None, True  # "…งานวันสตรีไทย ประจำปี 2560 ที่ผ่านมา", "ลงพื้นที่จังหวัดสงขลา ในช่วงปลายเดือน
            # พฤศจิกายน ที่ผ่านมา": an event told as past is not the publication's or the story's, and its day is not told
        elif when in (published, story) and done_by_now(text, end, line_end) \
                and days.undated_or_said(line_start, m.start()):
            when, explicit = None, True  # "…ทีม พม. One Home จังหวัด… ได้ลงพื้นที่ตรวจสอบข้อเท็จจริงเรียบร้อยแล้ว พบว่า…":
            # done by the time of the statement, on a day it does not tell
        elif when in (published, story) and recalled_before(text, start, line_start):
            when, explicit = None, True  # "…เปิดเผยว่าตามที่นายอนุชา… ได้ลงพื้นที่ตรวจเยี่ยม…": a deed recalled as
            # what the story follows from, done before it; its day is not told
        elif when in (published, story) and since_before(text, start, line_start):
            when, explicit = None, True  # "…นับตั้งแต่นายกรัฐมนตรีเดินทางเยือนซาอุดีฯ": the start of a stretch, past
        elif not explicit and cues[cue] not in word_set("told_types") \
                and (own := story_own(text, start, end)) is not None:  # "การลงนามความร่วมมือ ในครั้งนี้": the story's
            when, explicit, assumed = story or published, True, True  # own event, on its day (not "การลงพื้นที่…
            # ครั้งนี้": a trip told so is the story itself, named by what was done on it)
            if own < end:  # "การประชุมหารือร่วมใน|ครั้งนี้"
                end = len(text[:own].rstrip())
                name = " ".join(text[start:end].split())
        elif not explicit and text[max(0, start - NOT_TOLD_REACH):start].rstrip().endswith(word_tuple("reported_after")):
            when, explicit, assumed = story or published, True, True  # "…เปิดเผยภายหลังการประชุม… ว่า": the story's
        else:
            plain = True
        coming = when is None and explicit and (told_coming(text, end)
                                                or coming_before(text, m.start(), line_start, date_starts))
        if coming and not is_real_name(name):
            continue  # "ในสัปดาห์หน้าจะมีการประชุมคณะผู้บริหารกระทรวง พม.": a plan with no day and no name, as a planned
            # event is (below), not an event told
        if not explicit and text[max(0, start - NOT_AFTER_REACH):start].rstrip().endswith(word_tuple("modal_before")):
            continue  # "กำชับให้ลงพื้นที่หาข่าว": an instruction or a duty with no day of its own, not an event told
        if not explicit and cues[cue] in word_set("told_types") and _invited(text, start, line_start):
            continue  # "เชิญนายกรัฐมนตรีอินเดียเยือนไทยในโอกาสที่เหมาะสม": a visit still to be made, with no day
        if _invited(text, start, line_start) and any(w in text[end:min(line_end, end + ONLINE_REACH)] for w in word_tuple("online_words")):
            continue  # "ขอเชิญร่วมลงนามถวายพระพร … ผ่านระบบออนไลน์ ที่เว็บไซต์ …": an invitation to take part online, open
            # for days, no one event told (judged junk in rounds 3, 15 and 22: "standing invitation, no event")
        if not explicit and _numbered_item(doc, start, end, line_start, name):
            continue  # "กิจกรรม 1) การอบรมให้ความรู้ 2) …": an item of a numbered list of activities, not one event
        if is_call(cue) and brings_matter(text, m.start(), line_start):
            continue  # "นำเรื่องดังกล่าวเข้าหารือในที่ประชุม ศบค.": a matter brought into talks, no call
        if is_call(cue) and text[line_start:m.start()].rstrip().endswith(word_tuple("call_planned_before")) \
                and (when is None or published is not None and when < published):
            continue  # "นอกจากนี้ ยังจะเข้าหารือกับ สคร.": a call still to be made, with no day or one gone by (that
            # day is another deed's, "…Dinner Meeting… เมื่อวันที่ 10 ตุลาคม ที่ผ่านมา"), is no event ("สำหรับการประชุม
            # ในวันที่ 13 มิถุนายน 2560 … จะเข้าพบ Mr. Guy Ryder", told that day, is the call of that day)
        if is_call(cue) and not explicit and done_before(text, m.start(), line_start):
            continue  # "…หลังเรียกผู้ให้บริการเช่าพื้นที่ 9 ห้างดังเข้าหารือ" (a title): a call the story follows, with no
            # day of its own, is no event of the story's day
        planned = _planned(text, start, end)
        went_on = False  # dated by the day its paragraph went on to, told as a further deed of that day
        announced = planned and explicit and days.announced(m.start(), end, line_start, line_end, PLANNED_DAY_REACH)
        if planned and explicit and not announced and (later := days.plan_day(m.start(), line_start, when)) is not None:
            when, planned, assumed = later, False, False  # "วันนี้ (26 พ.ย. 2566) … เปิดเผยว่า ในวันที่ 27 พฤศจิกายน 2566
            # นี้ … มีกำหนดการ…หารือทวิภาคี…": the plan's day, told after the day it was told on
        elif not planned and plain and explicit \
                and (later := days.plan_day(m.start(), line_start, when, told=True)) is not None:
            when, assumed = later, False  # "วันนี้ (26 ต.ค.) … เปิดเผยว่า พรุ่งนี้ (27 ตุลาคม 2566) … จะร่วมลงพื้นที่… อีกทั้ง
            # ตรวจเยี่ยม…", "ในช่วงสัปดาห์ที่ผ่านมาระหว่างวันที่ 7-14 ตุลาคม … เมื่อวันพุธที่ 9 ตุลาคม … ได้เยี่ยมชม…": the day
            # the paragraph has gone on to, not the one it opened on
            went_on = any(w in text[max(line_start, start - FURTHER_REACH):start] for w in word_tuple("further"))
        planned = planned and (not explicit or announced)  # "… เปิดเผยว่า … จะมีการลงนาม…": the day the plan was
        # told on is not the event's
        if planned and (told := days.told_date(m.start(), max(line_start, m.start() - PLANNED_DAY_REACH),
                                               min(line_end, end + PLANNED_DAY_REACH))) \
                and told != story and not (announced and told == when):
            when, explicit, planned, assumed = told, True, False, False  # "ในวันที่ 27 พฤศจิกายน 2566 นี้ …
            # มีกำหนดลงพื้นที่…": the day the release gives for a planned event is its day
        if planned:
            if not is_real_name(name):
                continue  # "ซึ่งจะมีพิธีลงนาม": a plan with no day of its own and no name, not an event told
            when = None  # "เตรียมจัด Work Expo": a named event still to come; the publication day is not its day
        if not explicit and name == cue and _took_place(text, end):
            assumed = assumed or when is None
            when = when or story or published  # "การพบหารือมีขึ้น ณ …": the story's event, told, not referred to
        elif (not explicit or plain and when is None) and m.start() >= first_line_end and (
                name == cue or text[max(0, start - 8):start].endswith(word_tuple("reference_after"))):
            continue  # a bare "การประชุม", or "…จากการฝึกอบรม…", with no date of its own refers to an event (told as
            # past with no day, "ในช่วงสัปดาห์ที่ผ่านมา ผมมีภารกิจ… และมีการประชุมที่ต่างประเทศ…", it is no more one)
        if when is None and not planned and not coming \
                and (phrases := inside_phrases(text, line_start, line_end, m.start(), inside_at)) \
                and not own_occasion([p for at, p in phrases if not _named_by(doc, at, m.start())], cues[cue], is_talk(cue),
                                     attended_before(text, start, line_start)):
            inside = first_call if is_talk(cue) else first_dated
            when = inside[1] if inside and not later_year(name, inside[1]) else None  # (not "ในโอกาสนี้ … ฝ่ายรัสเซียขอ
            # การสนับสนุนในการเป็นเจ้าภาพจัดงาน World Expo 2025": an event of a later year is not held on the occasion)
        further = when is None and not planned and not coming and m.start() >= first_line_end and (
            text.startswith(word_tuple("further"), line_start) or _told_after(text, line_start, m.start()))
        if further:  # "นอกจากนี้ … ได้ลงพื้นที่ตรวจเยี่ยม…": a further activity of the story, on the day told before
            when = _further_day(last_dated, day_told_past(text, dates, last_dated, *last_line), story)
        if when is None and (cues[cue] in word_set("dated_only") or cue in word_set("dated_only")) \
                and not _held_for_talks(text, cue, m.start(), m.end(), line_start, line_end):
            continue  # (a call held for talks is typed as its talk, a Meeting: undated, it is kept as an undated
            # meeting is, its release's own; event_identity.event_key)
        if not explicit:  # "…จัดขึ้นระหว่างวันที่ 30 มิถุนายน - 2 กรกฎาคม 2565 …": the day its paragraph tells, not the
            if told := days.told_date(m.start(), line_start, line_end):  # release's
                when, assumed = told, False
        if cues[cue] in word_set("told_types") and (
                text[max(0, start - NOT_AFTER_REACH):start].rstrip().endswith(word_tuple("campaign_before"))
                or when and days.campaign_run(line_start, line_end, when)):
            continue  # "จะเริ่มลงพื้นที่วันที่ 21 กุมภาพันธ์นี้ เพื่อสำรวจ… รายครัวเรือน", "ลงพื้นที่… ระหว่างวันที่ 1 เมษายน ถึง 31
            # กรกฎาคม": visits begun or told over months are a campaign, no one event
        if when is None and not is_real_name(name) and text[max(0, start - NOT_TOLD_REACH):start].rstrip().endswith(
                word_tuple("undated_not_told_before")):
            continue  # "สามารถเข้าร่วมการฝึกอบรมทางวิชาการ", "…มาเป็นการอบรมออนไลน์": what can be done or what
            # something is, with no day: a kind of activity, not an event told
        if recalled(when, published) and not any(ch.isdigit() for ch in name):
            continue  # "การประชุมคณะกรรมการสยามสมาคม… วันที่ 6 พฤศจิกายน 2405": history recalled, not an event reported
        held = when is None and _held(text, end, line_end)
        if when is None and not held and (purposed or cue in word_set("course_cues")) \
                and not any(ch.isdigit() or ch in "“”\"" for ch in name):
            continue  # "การอบรมครูผู้สอนภาษาอังกฤษชาวไทย" with no day, edition, title or place: a course, not an occasion;
            # "เสวนาเพื่อหาแนวทาง…": named only by what it is for, as a kind of meeting is (read as its bare type word,
            # an undated description, it was left out as well)
        topic = "" if is_real_name(name) else topic_after(doc, end, line_end)
        call = call_before(text, m.start(), line_start) if is_talk(cue) else None
        talk = talk_after(text, m.start(), m.end(), line_end) if is_call(cue) else None
        kind = cues.get(talk.group(), cues[cue]) if talk else cues[cue]  # a call held for talks is one event, typed as its talk
        found_at: dict[str, list[tuple[int, int]]] = {}
        parties = _parties(doc, m.start(), line_start, line_end, end, cues[cue] in word_set("told_types"), found_at)
        sides = []
        if is_call(cue) or call:  # who came and whom they called on (event_calls), first
            sides = call_sides(doc, *((m.start(), m.end()) if call is None else call.span()), line_start, line_end)
            parties = list(dict.fromkeys(sides + parties))
        event = doc.add(doc.mention(start, end, "event", EVENT_KEY + kind, type=kind, date=when, name=name,
                                    parties=parties, topic=topic))
        read_at.append((event, found_at, set(sides)))
        if is_call(cue) or call:
            event.data["call"] = True  # one call told in several mentions is one event (resolve._event_keys)
            if len(sides) == 2:
                event.data["sides"] = sides  # both sides read: they lead the event's parties (resolve)
            if talk or call or is_talk(cue):  # ("เข้าหารือ": a call verb that tells its talk itself)
                event.data["talks"] = True  # the call was held for talks: a mention of it told without them joins it
        if (further or went_on) and when:
            event.data["further"] = True  # "… เมื่อวันพุธที่ 9 ตุลาคม ช่วงเช้า … เยี่ยมชมภารกิจกองทัพบก… จากนั้นในช่วงบ่าย…
            # ได้เยี่ยมชมภารกิจสำนักงานส่งเสริมเศรษฐกิจดิจิทัล (DEPA)": another deed of the day, one of its own by its name
        holder = holder_before(doc, start, line_start)
        if holder is not None:  # "นายกฯจะ ลงพื้นที่…": the one person the release gives that post did it
            event.data["holder"] = holder  # (resolve._with_holders makes him a party)
        if cues[cue] in word_set("sitting_types") and _sitting(doc, word_start + len(word), end, name):
            event.data["sitting"] = True
        if held:
            event.data["held"] = True  # "จัดพิธีปิดโครงการ… ณ ห้อง Ballroom…": an occasion, told with no day
        if assumed and when:
            event.data["assumed"] = True  # the story's day, for want of one its sentence tells
        elif (until := run_until(dates, date_starts, runs, line_start, line_end, when)) is not None:
            event.data["run_until"] = until  # dated by a run's first day: a day of the run told for it elsewhere wins
        if when and (first_call is None or event.nstart < first_call[0]):
            first_call = (event.nstart, when)
        if when and not (is_call(cue) or call) and (first_dated is None or event.nstart < first_dated[0]):
            first_dated = (event.nstart, when)  # (a call is no occasion other events are held inside: what "ในโอกาสนี้"
            # of a call tells is its talk, "…ร่วมหารือโอกาสและแนวทาง…" (a talk cue), or what was said in it, "…ประธานการ
            # ประชุม COP26", "…เจ้าภาพจัดการประชุม… (JCBC) ครั้งที่ 3", events not held on its day)
        if when:
            last_dated, last_line = when, (line_start, line_end)  # (read lazily: a line of many dated events
            # stays linear)
        for t_start, t_end, title in listed_titles(text, end, line_end):  # "การอบรม “…” และ “…”": one each
            doc.add(doc.mention(t_start, t_end, "event", EVENT_KEY + cues[cue], type=cues[cue], date=when,
                                name=f"{text[start:m.end()]} “{title}”", parties=event.data["parties"], topic=""))
            taken_until = max(taken_until, t_end)

    _drop_other_events_parties(doc, read_at)


def _held_for_talks(text: str, cue: str, start: int, end: int, line_start: int, line_end: int) -> bool:
    """Is the cue at [start, end) a call held for talks (event_calls: a talk cue told after the call verb,
    "เข้าพบหารือ", "…เข้าพบ เพื่อ… โดยมี… ร่วมหารือ"), so that the event is typed as its talk, a Meeting? Its type's
    rule for an undated event is then the meeting's, not the visit's (event_words dated_only): "…และคณะ ในโอกาส
    เข้าพบหารือการส่งเสริมและขยายความร่วมมือ…" with no day of its own is one meeting of its release, as an undated
    "ร่วมหารือ" is, not a visit dropped for want of a day."""
    return is_call(cue) and (talk_after(text, start, end, line_end) is not None or is_talk(cue))


def _kind_only(words: str) -> bool:
    """Do the words a name's run took after its cue only say what kind of meeting it is (generic: "การประชุม|
    เชิงปฏิบัติการ")? The purpose glued after them then names it, as after a bare type word ("การประชุมเชิงปฏิบัติการ
    เพื่อซักซ้อมแนวทาง…"; judged audits: the kind described with its parties, "text names it")."""
    return words.strip() in word_set("generic")


def _named_by(doc: Doc, at: int, start: int) -> bool:
    """Does an event mention found that spans the cue at `start` hold the position `at` (where a phrase of
    inside ends: "ใน|การประชุม ACD High-level Conference…" read again at its Latin cue)? Then the phrase begins that
    event's own name; it names no occasion the event is held inside."""
    return any(e.nstart < at <= e.nend and e.nstart <= start < e.nend for e in doc.of_kind("event"))


def _further_day(last_dated: date | None, last_past: bool, story: date | None) -> date | None:
    """The day of a further activity told with no day of its own ("นอกจากนี้ …"): the day of the event told before
    it, or the story's when none was. None when that event's day was told as one gone by (`last_past`,
    event_dates.day_told_past: "ทั้งนี้ เมื่อวันที่ 24 กันยายนที่ผ่านมา ศธ.ได้จัดให้มีการประชุม…") and is not the
    story's: it was recalled, and what the story goes on to tell after it did not happen on its day; the further
    event's day is not told (judged round 19: "graph date wrong … cabinet meeting undated"). A story itself told as
    past ("…ลงพื้นที่ตรวจติดตามงานในพื้นที่จังหวัดสงขลา เมื่อวันที่ 11 ตุลาคมที่ผ่านมา" … "นอกจากนี้ นายสุริยะฯ และ
    คณะ ได้ลงพื้นที่เยี่ยมชมตลาดคลองแห": judged round 9, described-ok) keeps its day for what it goes on to tell."""
    if last_past and last_dated != story:
        return None
    return last_dated or story


def _told_after(text: str, line_start: int, start: int) -> bool:
    """Does the paragraph of a cue at `start` open with a word of after_told ("ภายหลังเสร็จสิ้นการประชุม …", "ภายหลังการ
    หารือ …") and the cue stand past that opening run of words? The paragraph tells what was done after the story's
    event, on its day ("… ได้แถลงผลการประชุม", "… ได้มีพิธีลงนามบันทึกความเข้าใจ"): judged audits called such press
    conferences, told with no day, bad descriptions. A cue inside the opening run names the event told before."""
    return text.startswith(word_tuple("after_told"), line_start) and any(ch.isspace() for ch in text[line_start:start])


HELD_REACH = 240  # characters after an undated event's name read for a word that tells where it is held


def _held(text: str, end: int, line_end: int) -> bool:
    """Is an event with no day of its own told as an occasion: a word of held_words after its name on its line,
    within HELD_REACH characters ("จัดพิธีปิดโครงการและแถลงผล… ณ ห้อง Ballroom", "…จะจัดขึ้นครั้งแรกที่ประเทศเกาหลี")?
    A line, not a sentence (Thai marks no sentence end), so a later clause's word within the reach counts too.
    Resolution keeps an undated description only then: without it, what the words tell is an activity in general
    ("การอบรมให้ความรู้"), a kind of meeting or a deed referred to, which names no occasion (judged audits of rounds
    3-7 and 9 called 21 of 23 undated descriptions bad)."""
    return _HELD().search(text, end, min(line_end, end + HELD_REACH)) is not None


@lru_cache(maxsize=1)
def _HELD() -> re.Pattern[str]:
    """A word of held_words: one of a single letter ("ณ") only between spaces, the others anywhere."""
    words = word_tuple("held_words")
    short = [re.escape(w) for w in words if len(w) == 1]
    long = [re.escape(w) for w in words if len(w) > 1]
    return re.compile("|".join([f"(?<!\\S)(?:{'|'.join(short)})(?=\\s)"] * bool(short) + long))


FURTHER_REACH = 40  # characters before a cue read for a word of further that tells it as the next deed of a day

PLANNED_DAY_REACH = 160  # characters around a planned event's cue read for the day its sentence gives it (a
# paragraph of a cabinet summary tells many things, each on its own day)
PLANNED_REACH = 24  # characters of the run of words glued before a name read for a word of planned_before


def _planned(text: str, start: int, end: int) -> bool:
    """Is the event named at [start, end) told as still planned: a word of planned_before right before it, past a
    ceremony word it may begin with ("มีกำหนดจัดงาน|มหกรรม…") or inside the run of words glued to it ("มีกำหนดลงพื้นที่|
    ตรวจเยี่ยมโรงงาน": the visit is the plan's), or a word of planned_after right after it ("…ที่จะจัดขึ้นที่…")?"""
    words = word_tuple("planned_before")
    before = text[max(0, start - PLANNED_REACH):start]
    bare = before.rstrip()
    for head in word_tuple("leading"):
        if bare.endswith(head) and bare[:-len(head)].rstrip().endswith(words):
            return True
    glued = before.split()[-1] if before.strip() and not before[-1].isspace() else ""
    return bare.endswith(words) or any(w in glued for w in words if len(w) > 3) \
        or text[end:end + FUTURE_REACH].lstrip().startswith(word_tuple("planned_after"))


_SPECIFIED = re.compile(r" ?[A-Z“\"(]")  # a Latin name, a quoted title or an alias right after a name
TOLD_GENERIC_WORDS = 1
GENERIC_WORDS = 3  # common words at most after a type word that still say only what kind of event it was (two would
# take topics: "การประชุมวิชาการอุตสาหกรรมเกษตร")
ABBREVIATED_GENERIC_WORDS = 1  # before a "ฯ": one common word ("นิทรรศการองค์ความรู้ฯ") is a kind; more may be a name


_SECOND_EDITION = re.compile(r"\s(?:and|&)\s(?:the\s)?(?P<edition>\d+(?:st|nd|rd|th)\s)")


def _latin_before(text: str, start: int) -> re.Match[str] | None:
    """The Latin words of a name before its Latin cue, read back LATIN_BEFORE_REACH characters, or further
    (LATIN_BEFORE_LONG) when they run on past that reach: a name read from the middle starts at a word its
    sentence gives no start to ("Malaysia Joint Commission …" of "the Thailand – Malaysia Joint Commission")."""
    low = max(0, start - LATIN_BEFORE_REACH)
    before = _LATIN_BEFORE.search(text, low, start)
    if before and before.start() == low > 0 and text[low - 1] != "\n" and not is_thai(text[low - 1]):
        return _LATIN_BEFORE.search(text, max(0, start - LATIN_BEFORE_LONG), start)
    return before


def _generic_rest(doc: Doc, start: int, cue_end: int, end: int, kind: str) -> bool:
    """Do the words a name runs on with after its cue say only what kind of event it was: at most GENERIC_WORDS
    words, each a common word of the language (the pythainlp dictionary), with no body, person, place or program
    in them (nor a province or country of pythainlp's lists, "ครม.สัญจรบุรีรัมย์", "เดินทางเยือนจีน", nor a word
    its tagger reads as a proper noun), no digit,
    Latin letter, quote, bracket or "ฯ" (signs of a name) in them or right after them, and the whole not an event
    name the corpora write in full (event_names.json)? "การประชุมคู่ขนาน", "การประชุมระหว่างประเทศ", "การฝึกอบรมบุคลากร",
    "เปิดตัวบริการ", "เข้าพบแพทย์" name no event; "การประชุมคณะรัฐมนตรี" (a body), "ลงพื้นที่จังหวัดสุพรรณบุรี" (a
    place), "การประชุมสมัชชาใหญ่สมัยที่ 14" (a number) and longer runs ("การประชุมคณะกรรมการคุ้มครองผู้บริโภค") do.
    Such a name is read as its type word: described by its parties and date, or left out with no date of its own.
    A "ฯ" ending such words is no sign of a name: it cuts off the words that would say which ("นิทรรศการองค์ความรู้ฯ",
    "การลงนามถวายพระพรฯ": judged junk, "bare type … with ฯ"), and what is left says only the kind, unless the
    release writes those words on in full elsewhere (then the short form stands for that name:
    event_labels.numbered_first), or they are more than one word ("…ผลการดำเนินงานของกระทรวงฯ": whose exhibition, the
    text's own short form) or a thing done made a noun ("พิธีปิดการแข่งขันฯ": of the competition the release named
    before)."""
    rest = doc.text[cue_end:end].rstrip()
    most = TOLD_GENERIC_WORDS if kind in word_set("told_types") else GENERIC_WORDS
    if rest.endswith(ABBREVIATION_MARK):
        rest, most = rest[:-1], ABBREVIATED_GENERIC_WORDS
        if rest.startswith(word_tuple("nominalizers")):
            return False
        stem = doc.text[start:cue_end] + rest
        if doc.text.count(stem) > doc.text.count(stem + ABBREVIATION_MARK):
            return False  # "การสัมมนาวิชาการฯ" beside "การสัมมนาวิชาการเวทีสำนักงานเศรษฐกิจการคลัง…": told in full
    if not rest.strip() or any(not (is_thai(ch) or ch.isspace()) or ch == "ฯ" for ch in rest):
        return False
    if _SPECIFIED.match(doc.text, end) or doc.text[start - 1:start] in ("“", "\""):
        return False  # "พิธีมอบใบอนุญาต E-License", "การอบรม “…”", "“มหกรรม…”": the words after it or the quote say which
    if doc.covered(cue_end, end) or PLACES().search(rest) or any(w in rest for w in word_tuple("series_words")):
        return False  # "ประชุม ครม. สัญจร": the series a meeting belongs to is part of its name
    if any(head in rest for head in royal_firsts()):
        return False  # "ลงนามถวายพระพรสมเด็จพระนางเจ้าสิริกิติ์ …": the royal it is for says which (pythainlp's
        # dictionary holds the royal titles as common words; judged audits of rounds 15, 16: described as "ลงนาม (…)")
    words = [w for w in tokenize(rest) if w.strip()]
    if not words or len(words) > most or not all(w in dictionary() for w in words):
        return False
    if any(_proper(w) for w in words):
        return False  # "ลงพื้นที่ภาคใต้": a proper noun says which
    return "".join(doc.text[start:end].split()) not in mined_names()


@lru_cache(maxsize=4096)
def _proper(word: str) -> bool:
    """Does pythainlp's part-of-speech tagger (ORCHID tags) read `word` after a type word as a proper noun?"""
    from pythainlp.tag import pos_tag

    return pos_tag([_TOPIC_PROBE, word])[1][1] == "NPRP"


@lru_cache(maxsize=1)
def _plain_cues() -> frozenset[str]:
    """The Thai cues that hold no other cue at their start ("การประชุม", "การฝึกอบรม", "เปิดตัว"; not "การประชุมวิชาการ"):
    after a cue that already says what kind of meeting it was, one word is its topic ("การประชุมวิชาการอุตสาหกรรม
    เกษตร"); after a plain type word or verb, one common word tells the kind or the object of an activity. Not
    a cue that holds the body that meets, nor one the event's own name follows (event_words names_follow: the day
    of "งานวันเด็ก")."""
    cues = [c for c in event_cues() if not c.isascii()]
    held = set(cue_words()) | word_set("names_follow")  # "ประชุมคณะรัฐมนตรี" holds its body; "งานวันเด็ก"
    return frozenset(c for c in cues if c not in held and not any(o != c and c.startswith(o) for o in cues))


def _sitting(doc: Doc, word_end: int, end: int, name: str) -> bool:
    """Is a meeting's name a body's sitting: it ends on a named organization (and its alias in brackets) that
    begins after the type word ("การประชุมคณะกรรมการชายแดนส่วนภูมิภาค", "การประชุมผู้บริหารสำนักงานปลัดกระทรวง…
    (สป.พม.)"), not as its counterpart ("หารือกับรองประธานสภาหอการค้า…": who the meeting was with), with no number, quote or
    Latin word of its own? A body meets again and again: such a name says whose meetings, not which one (judged
    audits: "type + body, no edition" junk; the cabinet's meeting with its day valid), so its day is its
    edition, as for a mined series (event_labels.dated_label). So is a name whose words after the type word begin
    with a body that meets again and again (event_words sitting_heads: "คณะกรรมการ…", "ผู้บริหาร…") after a word of
    meeting (sitting_cues: not "พบหารือผู้บริหาร…", whom someone met), when it is a
    real name ("การประชุมคณะกรรมการร่วม" says only what kind of meeting: a description)."""
    if any(ch.isdigit() or ch in "“”\"" or ch.isascii() and ch.isalpha() for ch in name):
        return False
    text = doc.text
    if is_real_name(name) and text.endswith(word_tuple("sitting_cues"), 0, word_end) \
            and text.startswith(word_tuple("sitting_heads"), word_end + (text[word_end:word_end + 1] == " ")):
        return True  # "การประชุมคณะกรรมการกำกับและบริหารโครงการ…": a committee's meeting, whether or not its name was read whole
    if text[end - 1:end] == ")" and (opened := text.rfind("(", word_end, end)) > word_end:
        end = len(text[:opened].rstrip())  # "… (สป.พม.)": the body before its alias
    body = doc.ending_at(end, "organization")
    return body is not None and body.nstart >= word_end \
        and not any(w in text[word_end:body.nstart] for w in COUNTERPART)


def _not_told(text: str, start: int, name: str, kind: str) -> bool:
    """Is an event told only by what was done (no real name, or a visit's verb phrase: it would be described) given
    right after a word that makes it no event reported (event_words not_told_before: an example, "เช่น การฝึกอบรม
    อาชีพ"; one cancelled, "งดจัดงานสัมมนา"; what rules are about, "ที่เกี่ยวข้องกับการอบรมสัมมนา"; an instruction,
    "…ให้ลงพื้นที่หาข่าว"; what someone can do, "ผู้สนใจสามารถเยี่ยมชม…"; staff sent out, "ส่งเจ้าหน้าที่ลงพื้นที่…")?
    Whatever day its sentence gives is another deed's (the order's, the release's) or when it may be done. Judged
    audits call such descriptions bad: they pick out no event."""
    if is_real_name(name) and not told_not_named(kind, [name]):
        return False
    return text[max(0, start - NOT_TOLD_REACH):start].rstrip().endswith(word_tuple("not_told_before"))


NOT_TOLD_REACH = 20  # characters before a cue read for a word of not_told_before (the longest, and spaces)


ORDER_REACH = 120  # characters before a cue read for the order it is what of (the order word, then its addressees)


def _ordered(text: str, start: int, line_start: int) -> bool:
    """Is the event whose name starts at `start` what an order asks of its addressees: a verb of ordering (event_words
    order_words: "สั่งการ", "กำชับ"; not the noun "ข้อสั่งการ", order_not_after, whose orders were given at an
    event the text then names) within ORDER_REACH characters before it on its line, with no digit (a date, a
    number: another clause's) and no word that opens another clause (order_ends: "โดย", "ว่า", "เมื่อ") between?
    "…ได้สั่งการให้ข้าราชการระดับสูง…และหน่วยงานที่เกี่ยวข้อง ลงพื้นที่ไปดูแล…", "สั่งการให้กรมประมงประสาน ธ.ก.ส.
    และธนาคารออมสิน ดำเนินการเปิดตัวโครงการดังกล่าวโดยเร็ว", "กำชับ จนท. เร่งลงพื้นที่…": judged audits call the
    description of such a deed (who was told, dated by the order or the release) bad: an order is no one event."""
    low = max(line_start, start - ORDER_REACH)
    before = text[low:start]
    at = max(before.rfind(w) for w in word_tuple("order_words"))
    if at < 0 or before[:at].endswith(word_tuple("order_not_after")):
        return False
    between = before[at:]
    return not any(ch.isdigit() for ch in between) and not word_in(between, word_tuple("order_ends"))


LIST_REACH = 200  # characters before a cue read for the word that opens the list it is an item of


def _last_word(window: str) -> str:
    """The characters `\\S*$` matches in `window` (its last run of non-space, "" after a space; `$` also stands before a
    final newline), cut by a split from the end: the search tried every position of a long glued run, which Thai
    text is, and read the rest of the run from each."""
    if window.endswith("\n"):
        window = window[:-1]
    return "" if not window or window[-1].isspace() else window.rsplit(None, 1)[-1]


def _listed(doc: Doc, start: int, end: int, line_start: int, name: str) -> bool:
    """Is an event's name (`start` to `end`) an item of a list of things done, between two other items: a word
    that opens a list (event_words list_intro: "ประกอบด้วย", "เช่น") earlier on its line, the item before it a
    noun made by "การ" or a cue (_item: "การแลกเปลี่ยนข้อมูล", "สัมมนาทางวิชาการ") or that word itself, past one space
    (or a noun made by "การ" glued to its cue: "การแสดงนิทรรศการ…"), and after it the line's end or,
    past a space, another such item or a word that closes a list (list_end: "เป็นต้น")? "ภายในงาน ประกอบด้วย การฝึก
    อบรม ประชุม สัมมนาทางวิชาการ การแสดง นิทรรศการทางด้านการเกษตรและทรัพยากรธรรมชาติ การประกวดแข่งขัน …", "เช่น การ
    แลกเปลี่ยนข้อมูล การฝึกอบรม การถ่ายทอดองค์ความรู้": kinds of activity a fair holds or a plan lists, not one event
    (judged audits: "things that are no one event"). A name that says which (a number, a quote, a Latin name, a
    body, person or place in it: "อาทิ นิทรรศการแก้วเปลี่ยนโลก (Through the Looking Glass) และ …") stays."""
    text = doc.text
    if _says_which(doc, start, end, name):
        return False
    glued = _last_word(text[max(line_start, start - LIST_REACH):start])
    if glued and not glued.startswith(word_tuple("nominalizers")):
        return False  # "การแสดงนิทรรศการ…": the item is the showing, glued to the cue
    before = text[max(line_start, start - len(glued) - LIST_REACH):start - len(glued)]
    if not before[-1:].isspace() or not any(w in before for w in word_tuple("list_intro")):
        return False
    words = before.split()
    if not words or not (_item(words[-1]) or words[-1] in word_set("list_intro")):
        return False
    after = text[end:end + LIST_REACH].split("\n", 1)[0]
    if not after.strip():
        return True  # the list's last item, at its line's end ("ได้แก่ การจัดทำแผน… การอบรมการดับเพลิงขั้นต้น")
    if not after[:1].isspace():
        return False
    following = after.split()
    return _item(following[0]) or following[0] in word_set("list_end")


def _says_which(doc: Doc, start: int, end: int, name: str) -> bool:
    """Does an event's name say which one it is beyond its kind: a number, a quote, a Latin word, or a body,
    person or place in it?"""
    return any(ch.isdigit() or ch in "“”\"" or ch.isascii() and ch.isalpha() for ch in name) \
        or bool(doc.starting_in(start, end, ("organization", "person", "place")))


_ITEM_NUMBER = re.compile(r"(?:^|\s)\(?[\d๐-๙]{1,2}\)\s{0,2}$")  # "1) ", "(2) ": a numbered list's item
ITEM_NUMBER_REACH = 8  # characters before a cue read for its item's number


def _numbered_item(doc: Doc, start: int, end: int, line_start: int, name: str) -> bool:
    """Is an event's name with no day of its own the item of a numbered list ("โดยมีกิจกรรม 1) การอบรมให้ความรู้แก่
    เกษตรกร 2) การจัดนิทรรศการ…"), saying no more than what kind of activity it is? Such a list tells what a plan or
    a project does, not one event the release reports (judged audits: "things that are no one event")."""
    before = doc.text[max(line_start, start - ITEM_NUMBER_REACH):start]
    return bool(_ITEM_NUMBER.search(before)) and not _says_which(doc, start, end, name)


ONLINE_REACH = 120  # characters after an invited event's name read for the word that puts it online
INVITE_REACH = 80  # characters before a visit read for the word that invites someone to make it


def _invited(text: str, start: int, line_start: int) -> bool:
    """Is the visit told at `start` one someone is invited to make: an invitation word (invited_before: "เชิญ")
    earlier in its sentence, within INVITE_REACH characters, not one accepted or acted on (invitation_not:
    "ตามคำเชิญ", "ได้รับเชิญ")? "…ได้เชิญนายกรัฐมนตรีอินเดียเยือนไทยในโอกาสที่เหมาะสม": the visit has not happened."""
    before = text[max(line_start, start - INVITE_REACH):start]
    for word in word_tuple("invited_before"):
        at = before.rfind(word)
        if at >= 0 and not before[:at + len(word)].endswith(word_tuple("invitation_not")):
            return True
    return False


def _prize_won(text: str, start: int, name: str) -> bool:
    """Is a prize's name (prize_cues) told as a prize someone won (prize_won_before right before it: "ได้รับรางวัล
    ITA Awards 2021"), not the ceremony that gives it (an occasion word in the name: "… Award Ceremony")?"""
    if any(word in name.split() for word in word_tuple("occasion_words")):
        return False
    return text[max(0, start - NOT_AFTER_REACH - 4):start].rstrip().endswith(word_tuple("prize_won_before"))


def _item(word: str) -> bool:
    """Does a word between spaces begin an item of a list of things done: a noun made by "การ" or "ความ"
    (nominalizers), an event cue ("สัมมนาทางวิชาการ") or a cue's type word ("ประชุม")?"""
    return word.startswith(word_tuple("nominalizers")) or cue_pattern()[0].match(word) is not None \
        or word in cue_words().values()  # "ประชุม", the type word a cue that holds its body begins with


def _took_place(text: str, end: int) -> bool:
    """Is a type word the subject of "took place" (event_words took_place: "การพบหารือมีขึ้น ณ …", "การประชุม
    จัดขึ้นที่ …")? Then the text tells the event of its story there, with the story's date; a bare type word
    elsewhere refers to an event told before."""
    at = end + (text[end:end + 1] == " ")
    return text.startswith(word_tuple("took_place"), at)


@lru_cache(maxsize=1)
def _PRIZE_OCCASION() -> re.Pattern[str]:
    """What makes a prize's name an event's: a number (a year, an edition) or an occasion word."""
    return re.compile(f"\\d|\\b(?:{literal_alternation(word_lists()['occasion_words'])})\\b")


TOPIC_MIN = 6  # characters a topic after a type word has at least
TOPIC_MAX = 80  # characters read for it


def topic_after(doc: Doc, pos: int, line_end: int) -> str:
    """What an event named only by its type word was about, when the text says it right after the name, past
    a space or an abbreviation in brackets: "เป็นประธานเปิดการประชุม มอบนโยบายการดำเนินงาน…", "การลงนามบันทึก
    ความเข้าใจ (MOU) การส่งเสริมการผลิตกาแฟคุณภาพ", "เปิดตัวโครงการ InnoAgri". The words up to the next space,
    function word (topic_stops) or person; none when a function word comes first; else ""."""
    text = doc.text
    alias = ALIAS.match(text, pos)
    at = alias.end() if alias else pos
    gap = at
    while at < line_end and at - gap < 3 and text[at] == " ":
        at += 1
    if at == gap and not alias or at >= line_end:
        return ""
    if not is_thai(text[at]):
        latin = LATIN_OBJECT.match(text, at)
        return latin.group() if latin and text[at].isupper() else ""
    if doc.starting_at(at, "person") or text.startswith(word_tuple("end_markers"), at):
        return ""  # "การประชุมครั้งที่ 1/2563 วันพุธที่ 4 มีนาคม": when, where or how it was held is no topic
    stops = word_set("topic_stops") | word_set("name_stops")
    person = doc.starting_in(at, min(line_end, at + TOPIC_MAX), ("person",))
    limit = person[0].nstart if person else min(line_end, at + TOPIC_MAX)
    kept: list[str] = []
    for token in tokenize(text[at:limit]):
        if not token.strip() or token in stops or not kept and token in word_set("dangling") and token not in word_set("nominalizers"):
            break
        kept.append(token)
    while kept and (kept[-1] in word_set("dangling") or not kept[-1].strip("-–/.,:")):
        kept.pop()
    topic = "".join(kept)
    return topic if len(topic) >= TOPIC_MIN and is_real_name(_TOPIC_PROBE + topic) else ""  # not generic words only


_TOPIC_PROBE = "การประชุม"  # a cue a topic is read after, to ask whether it says more than generic words


def _latin_word(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end >= len(text) or not text[end].isalpha())


FUTURE_REACH = 16  # characters after a name read for a word that makes it a meeting still to come
NOT_AFTER_REACH = 12  # characters before a cue read for a word that makes it part of a place ("ศูนย์แสดงสินค้าและ")
_BE_YEAR = re.compile(r"25\d\d\s")


@lru_cache(maxsize=1)
def _DOCUMENT_COUNT() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in word_lists()["document_count"])
    return re.compile(f"\\s?[\\d๐-๙]+\\s?(?:{words})")


@lru_cache(maxsize=1)
def _VENUE_AFTER() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in word_lists()["venue_after"])
    return re.compile(f"\\s(?:{words})\\b")


@lru_cache(maxsize=1)
def _medium() -> tuple[str, ...]:
    return tuple(w.casefold() for w in word_lists()["medium"])


@lru_cache(maxsize=1)
def _TIMES() -> re.Pattern[str]:
    """A count of times right after a name: a word of tally_after or none ("ไปแล้ว", "มาแล้ว": held so far), a word
    of count_heads or none, a number and a unit of times_units, not followed by "ที่" (an ordinal: "ครั้งที่ 2"), or
    a word of times_many ("หลายครั้ง": many times, no number)."""
    words = word_lists()
    tally, heads = literal_alternation(words["tally_after"]), literal_alternation(words["count_heads"])
    units, many = literal_alternation(words["times_units"]), literal_alternation(words["times_many"])
    return re.compile(f"\\s{{0,2}}(?:(?:{tally})\\s{{0,2}})?(?:(?:{heads})\\s{{0,2}})?"
                      f"(?:(?P<n>[\\d,]+)\\s{{0,2}}(?:{units})(?!ที่)|(?P<many>{many}))")


def _held_many_times(text: str, end: int) -> bool:
    """Does a count of two times or more, or many times, follow an event's name (_TIMES: "สัมมนาให้ความรู้… จำนวน 15
    ครั้ง", "ได้มีการประชุมไปแล้ว 5 ครั้ง", "ได้มีการประชุมคณะกรรมการฯไปแล้วหลายครั้ง")? The name is then of a series
    of sessions, no one event."""
    counted = _TIMES().match(text, end)
    return counted is not None and (counted.group("many") is not None or _several(_TIMES(), text, end))


@lru_cache(maxsize=1)
def _TALLY() -> re.Pattern[str]:
    """A running tally right after a name: a word of tally_after ("แล้ว", "ไปแล้ว"), up to two words of count_heads
    ("รวมทั้งสิ้น") or none, a number, with its multipliers (counts.json: "1.2 หมื่น") or none."""
    tally, heads = literal_alternation(word_lists()["tally_after"]), literal_alternation(word_lists()["count_heads"])
    return re.compile(f"\\s{{0,2}}(?:{tally})\\s{{0,2}}(?:(?:{heads})\\s{{0,2}}){{0,2}}(?P<n>[\\d,]+(?:\\.\\d+)?)(?![\\d,.])"
                      f"(?:{multiplier_pattern().pattern})?")


def _tallied(text: str, end: int) -> bool:
    """Does a tally of two or more done so far follow a described deed (_TALLY: "ลงพื้นที่ตรวจประเมินความปลอดภัย
    ระบบไฟฟ้าแล้ว รวมทั้งสิ้น 1,744 แห่ง", "…การอบรมวิทยากรไปแล้ว จำนวน 250 ราย", "ได้ลงพื้นที่แล้วกว่า 1.2 หมื่นชุมชน")?
    The deed is then a programme's work counted over places and days, no one event (round 14, described-bad:
    "ongoing inspection activity")."""
    counted = _TALLY().match(text, end)
    if counted is None:
        return False
    try:
        value = parse_number(counted.group("n"))
    except ValueError:  # a run of commas, or too long to be a count
        return False
    if counted.group(counted.re.groups):  # the multipliers' group, the pattern's last
        value = value * multiplier_value(counted.group(counted.re.groups))
    return value >= 2


def _several(pattern: re.Pattern[str], text: str, end: int) -> bool:
    """Does `pattern` match at `end` with a count (its group "n") of two or more?"""
    counted = pattern.match(text, end)
    return counted is not None and int(counted.group("n").replace(",", "") or 0) >= 2


_COUNT_BEFORE = re.compile(r"(?<![\d๐-๙.,/:])(?P<n>[\d๐-๙]{1,2})\s{1,2}$")


def _framework(text: str, start: int) -> bool:
    """Is a name glued right after a word of event_words framework_before ("กรอบ", "กลไก"), no space between?
    "…เป็นการประชุมระดับคณะทำงานภายใต้กรอบการประชุมเจ้าหน้าที่อาวุโสอาเซียนด้านกฎหมาย (ASEAN Senior Law Officials
    Meeting: ASLOM)", "ภายใต้การกำกับดูแลของกลไกการประชุมระดับรัฐมนตรีอาเซียนด้านการจัดการภัยพิบัติ": the series of
    meetings is the framework or mechanism something is done under, no one sitting told (judged audits of rounds 3, 7
    and 9: junk, "framework/series, no specific session", "standing ministerial mechanism"). After a space the
    meeting may be the one told ("…ในกรอบ การประชุม ADMM-Plus": judged valid)."""
    return text[max(0, start - NOT_AFTER_REACH):start].endswith(word_tuple("framework_before"))


def framework_seen(name: str, published: date | None) -> None:
    """A meeting's name written as the framework work goes on under ("ภายใต้กรอบการประชุมสุดยอดเอเชียตะวันออก"), on
    a release published `published`: no event here (_framework), but the framework is a standing series of meetings.
    Nothing is done with it when extracting; scripts/mine_event_series.py sets this to count it as a month that series
    is written on (the samples write EAS, ADMM and AFMM dated on two months only, and as frameworks on more)."""


def _alias_after(text: str, end: int, line_end: int) -> int:
    """The end of a bracketed alias right after a name, past one space at most ("… (ASEAN Senior Law Officials
    Meeting: ASLOM)"), on its line; else `end`."""
    at = end + (text[end:end + 1] == " ")
    if text[at:at + 1] != "(":
        return end
    close = text.find(")", at, min(line_end, at + BRACKET_REACH))
    return close + 1 if close > 0 else end


def _kinds_in_a_field(text: str, cue_end: int, end: int) -> bool:
    """Is a name followed by a plural (event_words plural_after: "ต่าง ๆ") whose words after the cue name a field of
    activity (a word of field_words, "ด้าน", "ทาง", "แขนง", a word of its own)? The plural then counts the events of
    that field ("การประกวดด้านภาษาไทยต่าง ๆ"), not the last noun of one event's topic ("การประชุมหารือการแก้ไข
    ปัญหาต่าง ๆ", one meeting)."""
    if end <= cue_end or not text[end:end + FUTURE_REACH].lstrip().startswith(word_tuple("plural_after")):
        return False
    return not word_set("field_words").isdisjoint(tokenize(text[cue_end:end]))


def _counted_before(text: str, start: int) -> bool:
    """Is a name preceded, past a space, by a count of two or more ("พบกับ 5 นิทรรศการไฮไลต์…", "ทั้ง 3 การประชุม")?
    It then names several events of a kind, none of them one event (self16-events: "five highlight exhibitions"
    labelled as one exhibition). A number after a word of count_not_after ("คนที่ 1", "ข้อ 2") numbers something else."""
    before = text[max(0, start - NOT_AFTER_REACH):start]
    counted = _COUNT_BEFORE.search(before)
    if counted is None or parse_number(counted.group("n")) < 2:
        return False
    return not before[:counted.start()].rstrip().endswith(word_tuple("count_not_after"))


_DAY_NUMBER = re.compile(r"\s?[\d๐-๙]")


def _date_split(text: str, cue: str, end: int) -> bool:
    """Does a cue end inside a word of date_heads whose rest follows it, and a number after that ("งานวัน|ที่ 11
    กรกฎาคม")? The cue's last word is then the date's, not the name's."""
    for head in word_tuple("date_heads"):
        for cut in range(1, len(head)):
            if cue.endswith(head[:cut]) and text.startswith(head[cut:], end) \
                    and _DAY_NUMBER.match(text, end + len(head) - cut):
                return True
    return False


def _anaphoric(text: str, pos: int) -> bool:
    """"การประชุมครั้งนี้", "การประชุมดังกล่าว" refer back to an event already found."""
    return text.startswith(word_tuple("anaphora"), pos)


def _parties(doc: Doc, pos: int, line_start: int, line_end: int, end: int | None = None,
             told: bool = False, found_at: dict[str, list[tuple[int, int]]] | None = None) -> list[str]:
    """The organizations and persons named on the cue's line within WINDOW of it, nearest first (a body named
    right before "การประชุมครั้งที่ 6/2567" is the body that met; one named a sentence later is not: a description
    shows the first DESCRIBED_PARTIES of them); when none is, the first PARAGRAPH_PARTIES named on its line before
    the cue (a paragraph tells one story, its doer first: "กรมส่งเสริมอุตสาหกรรม… โดยการประชุมคณะกรรมการร่วมจะจัดขึ้น…"),
    never one named after it past the window: that is another deed's or a document's ("…ลงพื้นที่ตรวจสภาพที่ดิน… และ
    คำสั่ง คสช. ที่ 31/2560", "…การฝึกอบรมผ่านออนไลน์… สอบถาม…ที่สายด่วนกระทรวงแรงงาน": judged audits of rounds 16, 19,
    20 and 22). Not one named right after a word that makes it whom something is proposed to or
    the body of another meeting (event_words not_party_before), outside the event's own name (`pos`
    to `end`): judged audits found the cabinet a party of an inspection, a commission's meeting and a visit so.
    Of an event told by what someone did (`told`: a visit), not the one who reports it (_reporter)."""
    low, high = max(line_start, pos - WINDOW), min(line_end, pos + WINDOW + 1)
    found = [m for m in doc.starting_in(low, high, ("organization", "person")) if _party(doc.text, m, pos, end)
             and not (told and _reporter(doc.text, m))]
    found = sorted(found, key=lambda m: (pos - m.nend if m.nend <= pos else m.nstart - pos) * 2 + (m.nstart > pos))
    near = list(dict.fromkeys(m.key for m in found))
    if not near:
        found = [m for m in doc.starting_in(line_start, pos, ("organization", "person"))
                 if _party(doc.text, m, pos, end) and not (told and _reporter(doc.text, m))]
        near = list(dict.fromkeys(m.key for m in found))[:PARAGRAPH_PARTIES]
    if found_at is not None:  # where each was read (find_events drops one read only inside another event's name)
        for m in found:
            found_at.setdefault(m.key, []).append((m.nstart, m.nend))
    return near


def _drop_other_events_parties(doc: Doc, read_at: list) -> None:
    """A body or person read as a party of an event only where another event's own name holds it is that event's
    party, not this one's: "สุวิทย์ เมษินทรีย์ … กระทรวงวิทยาศาสตร์ฯ ลงพื้นที่ ก่อนการประชุมคณะรัฐมนตรีนอกสถานที่
    อย่างเป็นทางการ (ครม.) สัญจร": the cabinet (its alias in brackets too) is the party of the mobile cabinet meeting,
    not of the minister's visit (judged audits of rounds 4 and 9: "cabinet listed as party wrongly"). Not a visit's
    name told by its verb (event_words told_types): the body it names is the one visited, host of what else is done
    there ("…เป็นประธานการประชุมหารือและตรวจเยี่ยมสำนักงานคณะกรรมการนโยบายเขตพัฒนาพิเศษภาคตะวันออก", judged round
    16 described-ok). The sides of a call stay (event_calls reads them), and so does a party named anywhere else near
    the cue."""
    told = word_set("told_types")
    spans = [(e.nstart, e.nend) for e, _, _ in read_at if e.data.get("type") not in told]
    for event, found_at, sides in read_at:
        own = (event.nstart, event.nend)
        def elsewhere(key: str) -> bool:
            return key in sides or key not in found_at or any(
                not any(s <= a and b <= t and (s, t) != own and not (s < own[1] and own[0] < t) for s, t in spans)
                for a, b in found_at[key])
        kept = [key for key in event.data["parties"] if elsewhere(key)]
        if len(kept) < len(event.data["parties"]):
            event.data["parties"] = kept


def _party(text: str, mention, start: int, end: int | None) -> bool:
    """May `mention` be a party of the event named from `start` to `end` (see _parties)?"""
    if end is not None and start <= mention.nstart <= end + 1:
        return True  # "การประชุมคณะรัฐมนตรี", "ประธานการประชุม คณะกรรมการ…": the body that meets
    before = text[max(0, mention.nstart - NOT_AFTER_REACH):mention.nstart].rstrip()
    return not before.endswith(word_tuple("not_party_before"))


REPORTER_REACH = 40  # characters around a mention read for a reporter's post


def _reporter(text: str, mention) -> bool:
    """Is a body or person told as the one who reports: a person with a post of reporter_posts right after his
    name or right before it ("นายชัย วัชรงค์ โฆษกประจำสำนักนายกรัฐมนตรีเปิดเผยว่า …", "โฆษกประจำสำนักนายกรัฐมนตรี
    นาย…"), or the office glued to such a post ("โฆษกประจำ|สำนักนายกรัฐมนตรี")? Judged audits: visit descriptions
    named the government spokesman as a party."""
    posts = word_tuple("reporter_posts")
    before = text[max(0, mention.nstart - REPORTER_REACH):mention.nstart]
    glued = before.split()[-1] if before and not before[-1].isspace() and before.split() else ""
    if glued.startswith(posts):
        return True  # the office a spokesman belongs to
    if mention.kind != "person":
        return False
    if text[mention.nend:mention.nend + REPORTER_REACH].lstrip().startswith(posts):
        return True
    words = before.split()
    return bool(words) and (words[-1].startswith(posts) or len(words) > 1 and words[-2].startswith(posts)
                            and len(words[-1]) <= 6)  # "โฆษกประจำสำนักนายกรัฐมนตรี นาย …": an honorific between


PARAGRAPH_PARTIES = 1  # a second body named far from the cue is more often another deed's (judged audits: descriptions with
# wrong parties; two of them: replays of rounds 3-7 each 1 to 1.5 points lower)
