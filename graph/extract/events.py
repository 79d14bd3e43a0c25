"""Event mentions: meetings, conferences, seminars, signings, statements, exhibitions, launches, visits
and awards, from cue words kept as data (ontology/th/events.jsonl), with the date and parties the
sentence gives. A date comes from the sentence itself, from "วันนี้" (the publication date), or, for an
event in the title or lead, from the publication date."""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_left
from datetime import date, timedelta
from functools import lru_cache

from phakhi.graph.text.dates import find_dates, thai_date
from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.names import dictionary, footnote_mark, provinces
from phakhi.graph.extract.organizations import _splits_prefix
from phakhi.graph.extract.tails import tailed_end
from phakhi.graph.text.thai import is_thai, tokenize
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import literal_alternation
from phakhi.ontology import HERE, load_event_cues, load_months, load_stopwords

EVENT_KEY = "event:"
# "เรื่อง" and what the event is about: one Thai word run, or a capitalised Latin name ("ปาฐกถาพิเศษเรื่อง Future Economy
# & Internet Governance")
_TOPIC = re.compile(r"\s{0,3}เรื่อง\s{0,3}(?:[A-Z][A-Za-z0-9&\-\.':]*(?:\s(?:on|of|for|and|the|in|to|&|[A-Z0-9][A-Za-z0-9&\-\.':]*)){0,12}|[^\s(“\"]+)")
_TITLED = re.compile(r"[^\s“\"]{0,30}?\s{0,4}(?:เรื่อง|หัวข้อ|ภายใต้แนวคิด|ภายใต้หัวข้อ)?\s{0,4}([“\"])[^”\"\n]{3,150}[”\"]")
# a number after the name and the word it counts ("ครบรอบ 50 ปีความสัมพันธ์"); a year is taken alone ("เดือน
# กรกฎาคม 2564 ขยายตัว…": what follows a year is the sentence, not the name)
_NUMBER_PHRASE = re.compile(r"(?<=[\u0e00-\u0e7f]) (?:(?:19|20|24|25)\d\d(?![\d,.])|\d[\d,.]*\s?[^\s(“\"]+)")
_COUNTERPART = ("กับ", "ระหว่าง")  # "หารือทวิภาคีกับ H.E. …": who the event is with is part of its name
# a Latin name before its cue, with the function words inside it ("Nutrition for Growth Summit")
_LATIN_BEFORE = re.compile(r"(?:(?:[A-Z0-9][A-Za-z0-9&\-\.']*|on|of|for|and|the|in)\s)+$")
_LATIN_HEAD = re.compile(r"(?:(?:on|of|for|and|the|in|At|In|On|During|The)\s)+")  # a Latin name does not begin on these
# a full stop after a number or a word of three letters or more, then a capital: a sentence ended there ("U.S." and
# "H.E." are initials, not ends)
_SENTENCE_END = re.compile(r"(?:\d|[A-Za-z]{3})\.\s(?=[A-Z])")
# at most 20 words of a Latin name after its cue ("Conference on …"): a longer run is not one name, and an
# unbounded run made a line of cues quadratic
_LATIN_AFTER = re.compile(r"(?:\s(?:on|of|for|and|the|in|against|to|through|towards|among|between|[A-Z0-9][A-Za-z0-9&\-\.']*)){1,20}")
_LATIN_TAIL = re.compile(r"(?:\s(?:on|of|for|and|the|in|against|to|through|towards|among|between))+$")  # a Latin name does not end on these
_QUOTED = re.compile(r"\s?[“\"]([^”\"\n]{3,120})[”\"]")
WINDOW = 200
_WORDS_SIGNED = re.compile(r"ลงนาม\S{0,20}\s?$")
_CEREMONY = "พิธี"
_DOCUMENT = re.compile(r"\s?(?:MOU|MoU|MOA|MoA|LOI|LoI)\b(?:\s\d{1,2}\s?ฉบับ)?")
# characters read on from a cue without a space: the 28,555 corpus releases have runs up to 860 characters after
# a cue, but a name stops at a function word or a name long before (the longest so read is 96 characters)
MAX_RUN = 300
_NAME_RUN = re.compile(f"[^\\s()“”\",]{{0,{MAX_RUN}}}")


@lru_cache(maxsize=1)
def _cue_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    cues = {row["cue"]: row["type"] for row in load_event_cues()}
    return re.compile(literal_alternation(cues)), cues


@lru_cache(maxsize=1)
def _cue_words() -> dict[str, str]:
    """Cue -> its type word, for the cues that hold the body that meets ("ประชุมคณะรัฐมนตรี": "ประชุม"; written
    without "การ", the type word alone is too often a verb to be a cue). The rest of such a cue is name."""
    return {row["cue"]: row["word"] for row in load_event_cues() if row.get("word")}


def event_cues() -> dict[str, str]:
    """Cue word -> event type."""
    return _cue_pattern()[1]


EVENT_TAILS = ("partner",)  # an event's place is its venue, its number its session (_ordinal_end): a partner is name


def find_events(doc: Doc) -> None:
    pattern, cues = _cue_pattern()
    text = doc.text
    published = doc.release.published
    dates = find_dates(text, published)
    first_line_end = _lead_end(doc)
    story = _story_date(doc, dates, published)
    dates = _event_dates(text, dates, published)  # not a decision's, a deadline's, an effect's or a birthday's
    date_starts = [d_start for d_start, _, _ in dates]
    reach = _honorific_reach(doc)
    inside_at: dict[int, list[int]] = {}  # line start -> where each "inside" phrase first ends on the line
    # the date of the first event by position (ties: the first found) that has one, kept as events are added
    first_dated = next(((e.nstart, e.data["date"]) for e in doc.of_kind("event") if e.data.get("date")), None)
    last_dated = None  # the day of the event told last, for a further activity told after it
    taken_until = -1
    for m in pattern.finditer(text):
        start, cue = m.start(), m.group()
        word = _cue_words().get(cue, cue)  # the body a cue holds is no overlap ("ประชุมคณะรัฐมนตรี")
        word_start = start + max(0, cue.find(word))
        if start < taken_until or doc.covered(word_start, word_start + len(word), ("organization", "person", "place")):
            continue
        if cue.isascii() and not _latin_word(text, start, m.end()):
            continue
        if cue.isascii() and text[max(0, start - 12):start].rstrip().casefold().endswith(_medium()):
            continue  # "ผ่าน Video Conference": how a meeting is held, not an event
        if cue.isascii() and _VENUE_AFTER().match(text, m.end()):
            continue  # "Meeting Room 1-2": a room, not an event
        if _anaphoric(text, m.end()) or text[max(0, start - NOT_AFTER_REACH):start].rstrip().endswith(
                _word_tuple("not_after")):
            continue
        before = text[max(0, start - NOT_AFTER_REACH):start]
        if cue in _cue_words() and before.endswith(_word_tuple("assembly_before")) \
                and not before.endswith(_word_tuple("assembly_at")):
            continue  # "ที่ประชุมคณะรัฐมนตรีมีมติ": the assembly that decides
        if _DOCUMENT_COUNT().match(text, m.end()):
            continue  # "เอกสารผลลัพธ์การประชุม 3 ฉบับ": documents, counted
        if text.startswith(_word_tuple("verbal"), start):
            continue  # "จัดให้มีการประชุมกันทุกปี": meeting as an activity
        if cue.startswith("การ") and start > 0 and is_thai(text[start - 1]) and _splits_prefix(text, start, m.end()):
            continue  # "โครงการฝึกอบรม…" is a project, not "การฝึกอบรม"
        if cues[cue] == "Statement" and _WORDS_SIGNED.search(text, max(0, start - 20), start):
            continue  # "ลงนามในปฏิญญาร่วม": the declaration is what the signing signs, not a second event
        end = _name_end(doc, m.end(), reach, start)
        if text.endswith(_CEREMONY, 0, start) and not cue.startswith(_CEREMONY):
            start -= len(_CEREMONY)  # "พิธีการลงนามความร่วมมือ"
        if cue.isascii():
            after = _LATIN_AFTER.match(text, m.end())
            if after:
                end = max(end, m.end() + len(_LATIN_TAIL.sub("", after.group())))  # "… Chan-o-cha on"
            before = _LATIN_BEFORE.search(text, max(0, start - 80), start)
            if before:
                begin = before.start()
                for stop in _SENTENCE_END.finditer(text, begin, start):  # "… 2025. At the World Leaders Summit"
                    begin = stop.end()
                head = _LATIN_HEAD.match(text, begin)
                start = head.end() if head else begin
                year = _BE_YEAR.match(text, start)  # "ประจำปี 2560 Money Expo 2017": a Buddhist-era year is Thai
                if year and year.end() < m.start():
                    start = year.end()
        if end == m.end():
            end = _object_end(doc, end)  # "เปิดตัว e-Seal", "การประชุม คณะกรรมการ…": a bare cue takes its object
        else:
            end = _latin_name_after(doc, end)  # "เปิดตัวสินเชื่อ SMEs Transformation Loan"
        end = _series_end(text, end)  # "การประชุม ครม.นอกสถานที่"
        line_start, line_end = doc.line_bounds(m.start())
        end = _anchored_end(doc, start, end, line_end)  # "การประชุมคณะกรรมการกำกับ และติดตาม… (กกภ.)"
        end = _marked_end(doc, end, line_end, m.end())  # "ประชุมวิชาการสร้างความร่วมมือในการคุ้มครองผู้บริโภค วันจันทร์ที่ …"
        mined = _mined_end(text, m.start(), end, line_end)  # a name the corpus writes in full elsewhere
        if mined != end:  # "…สยามบรมราชกุมารี (อกท.)": a mined name may still have its alias after it
            end = _anchored_end(doc, start, mined, line_end)
        end = tailed_end(text, start, end, EVENT_TAILS)  # "การประชุมรัฐมนตรีอาเซียน - ญี่ปุ่น": its partner
        end = _ordinal_end(text, end)  # "… ครั้งที่ 1/2564": the session's number is part of its name
        if cues[cue] not in _word_set("told_types"):  # a visit has no edition: a number after it is another event's
            end = _session_end(doc, start, end, line_end)  # "…ค่าทดแทน และค่าใช้จ่าย… ครั้งที่ 8/2560": cut before it
        while (numbered := _ordinal_end(text, end, bracket=False)) != end:  # "… ครั้งที่ 3 ประจำปี 2562",
            end = numbered  # "การประชุมสภาผู้แทนราษฎร ชุดที่ 26 ปีที่ 1 ครั้งที่ 16"
        end = _trimmed_end(text, m.end(), end)  # "การประชุมทางไกลแทน", "การประชุม 3 วัน"
        if end > m.end():  # a bare type word's title is told by _object_end, after it only spaces
            end = _title_after(text, end, line_end)  # "การสัมมนาบุคลากรภาครัฐ “ยุทธศาสตร์ชาติภาคปฏิบัติ…”"
        if not cue.isascii():  # "“มหกรรมยุติธรรม…ที่ไม่ได้รับความเป็นธรรม”" (a Latin name has its own run)
            end = _quoted_end(text, start, m.end(), line_end) or end
        if cue in _plain_cues() and is_real_name(text[start:end]) and _generic_rest(doc, start, m.end(), end):
            end = m.end()  # "การประชุมคู่ขนาน", "การฝึกอบรมบุคลากร": a type word, told as one
        name = " ".join(text[start:end].split())
        taken_until = m.end()
        if cue in _word_set("prize_cues") and not _PRIZE_OCCASION().search(name):
            continue  # "Prince Mahidol Award", "SEAPITCH Award": the prize, not the ceremony that gives it
        if text[end:end + FUTURE_REACH].lstrip().startswith(_word_tuple("future_after")):
            continue  # "การประชุมคณะกรรมการค่าจ้างครั้งต่อไป": a meeting still to come, named by what it follows
        when, explicit = _date_for(text, m.start(), line_start, line_end, dates, published,
                                   m.start() < first_line_end, story, date_starts)
        if not explicit and text[max(0, start - NOT_AFTER_REACH):start].rstrip().endswith(_word_tuple("modal_before")):
            continue  # "กำชับให้ลงพื้นที่หาข่าว": an instruction or a duty with no day of its own, not an event told
        if not explicit and name == cue and _took_place(text, end):
            when = when or story or published  # "การพบหารือมีขึ้น ณ …": the story's event, told, not referred to
        elif not explicit and m.start() >= first_line_end and (
                name == cue or text[max(0, start - 8):start].endswith(_word_tuple("reference_after"))):
            continue  # a bare "การประชุม", or "…จากการฝึกอบรม…", with no date of its own refers to an event
        if when is None and _after_inside(text, line_start, line_end, m.start(), inside_at):
            when = first_dated[1] if first_dated else None
        further = when is None and text.startswith(_word_tuple("further"), line_start) and m.start() >= first_line_end
        if further:  # "นอกจากนี้ … ได้ลงพื้นที่ตรวจเยี่ยม…": a further activity of the story, on the day told before
            when = last_dated or story
        if when is None and (cues[cue] in _word_set("dated_only") or cue in _word_set("dated_only")):
            continue
        if not explicit:  # "…จัดขึ้นระหว่างวันที่ 30 มิถุนายน - 2 กรกฎาคม 2565 …": the day its paragraph tells, not the
            when = _told_date(text, m.start(), line_start, line_end, dates, date_starts) or when  # release's
        topic = "" if is_real_name(name) else topic_after(doc, end, line_end)
        event = doc.add(doc.mention(start, end, "event", EVENT_KEY + cues[cue], type=cues[cue], date=when, name=name,
                                    parties=_parties(doc, m.start(), line_start, line_end), topic=topic))
        if further and when:
            event.data["further"] = True
        if when and (first_dated is None or event.nstart < first_dated[0]):
            first_dated = (event.nstart, when)
        if when:
            last_dated = when
        for t_start, t_end, title in _listed_titles(text, end, line_end):  # "การอบรม “…” และ “…”": one each
            doc.add(doc.mention(t_start, t_end, "event", EVENT_KEY + cues[cue], type=cues[cue], date=when,
                                name=f"{text[start:m.end()]} “{title}”", parties=event.data["parties"], topic=""))
            taken_until = max(taken_until, t_end)


QUOTED_NAME = 150  # characters at most from a cue to the quote that closes the name it opens


def _quoted_end(text: str, start: int, cue_end: int, line_end: int) -> int | None:
    """Where a name that opens a quote ends: at the closing quote, when a quote opens right before the cue and
    closes on its line within QUOTED_NAME characters with no other quote between ("ขอเชิญร่วมงาน “มหกรรมยุติธรรม
    ช่วยเหลือลูกหนี้และประชาชนที่ไม่ได้รับความเป็นธรรม” ระหว่างวันที่ …"): the release marks the whole name, which
    the rules would cut at a function word (judged audits: a quoted name cut short is a boundary error); else None."""
    if start == 0 or text[start - 1] not in "“\"":
        return None
    for at in range(cue_end, min(line_end, start + QUOTED_NAME)):
        if text[at] in "”\"":
            return at if at > cue_end else None
        if text[at] == "“":
            return None
    return None


_SPECIFIED = re.compile(r" ?[A-Z“\"(]")  # a Latin name, a quoted title or an alias right after a name
GENERIC_WORDS = 1  # common words at most after a type word that still say only what kind of event it was (two would
# take topics: "การประชุมวิชาการอุตสาหกรรมเกษตร")


def _generic_rest(doc: Doc, start: int, cue_end: int, end: int) -> bool:
    """Do the words a name runs on with after its cue say only what kind of event it was: at most GENERIC_WORDS
    words, each a common word of the language (the pythainlp dictionary), with no body, person, place or program
    in them (nor a province or country of pythainlp's lists, "ครม.สัญจรบุรีรัมย์", "เดินทางเยือนจีน", nor a word
    its tagger reads as a proper noun), no digit,
    Latin letter, quote, bracket or "ฯ" (signs of a name) in them or right after them, and the whole not an event
    name the corpora write in full (event_names.json)? "การประชุมคู่ขนาน", "การประชุมระหว่างประเทศ", "การฝึกอบรมบุคลากร",
    "เปิดตัวบริการ", "เข้าพบแพทย์" name no event; "การประชุมคณะรัฐมนตรี" (a body), "ลงพื้นที่จังหวัดสุพรรณบุรี" (a
    place), "การประชุมสมัชชาใหญ่สมัยที่ 14" (a number) and longer runs ("การประชุมคณะกรรมการคุ้มครองผู้บริโภค") do.
    Such a name is read as its type word: described by its parties and date, or left out with no date of its own."""
    rest = doc.text[cue_end:end]
    if not rest.strip() or any(not (is_thai(ch) or ch.isspace()) or ch == "ฯ" for ch in rest):
        return False
    if _SPECIFIED.match(doc.text, end):
        return False  # "พิธีมอบใบอนุญาต E-License", "การอบรม “…”": the words after the space say which
    if doc.covered(cue_end, end) or _PLACES().search(rest) or any(w in rest for w in _word_tuple("series_words")):
        return False  # "ประชุม ครม. สัญจร": the series a meeting belongs to is part of its name
    words = [w for w in tokenize(rest) if w.strip()]
    if not words or len(words) > GENERIC_WORDS or not all(w in dictionary() for w in words):
        return False
    if any(_proper(w) for w in words):
        return False  # "ลงพื้นที่ภาคใต้": a proper noun says which
    return "".join(doc.text[start:end].split()) not in _mined_names()


@lru_cache(maxsize=1)
def _PLACES() -> re.Pattern[str]:
    """Thai provinces and countries (pythainlp's corpus lists) and regions (event_words regions): a name that
    holds one says where, so which."""
    from pythainlp.corpus import countries

    return re.compile(literal_alternation(provinces() | set(countries()) | set(_words()["regions"])))


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
    held = set(_cue_words()) | _word_set("names_follow")  # "ประชุมคณะรัฐมนตรี" holds its body; "งานวันเด็ก"
    return frozenset(c for c in cues if c not in held and not any(o != c and c.startswith(o) for o in cues))


@lru_cache(maxsize=1)
def _mined_names() -> frozenset[str]:
    """The mined event names (event_names.json), without spaces, of any length."""
    return frozenset(name for names in _mined().values() for name in names)


def _took_place(text: str, end: int) -> bool:
    """Is a type word the subject of "took place" (event_words took_place: "การพบหารือมีขึ้น ณ …", "การประชุม
    จัดขึ้นที่ …")? Then the text tells the event of its story there, with the story's date; a bare type word
    elsewhere refers to an event told before."""
    at = end + (text[end:end + 1] == " ")
    return text.startswith(_word_tuple("took_place"), at)


@lru_cache(maxsize=1)
def _PRIZE_OCCASION() -> re.Pattern[str]:
    """What makes a prize's name an event's: a number (a year, an edition) or an occasion word."""
    return re.compile(f"\\d|\\b(?:{literal_alternation(_words()['occasion_words'])})\\b")


_COUNT_TAIL = re.compile(r"\s?[\d๐-๙][\d๐-๙,.]*\s?$")


def _trimmed_end(text: str, cue_end: int, end: int) -> int:
    """`end` less the words a name never ends on that the run took after the cue: a word that tells how,
    how much or when or that joins the next clause (tail_fillers: "การประชุมสภาผู้แทนราษฎรจึง", "ลงพื้นที่
    ตรวจสอบข้อเท็จจริงทันที"), and a count or duration ("การประชุม 3 วัน"). A name ending on a quote, a bracket
    or a number is left as it is (a title, an alias, a session number)."""
    if end <= cue_end or not is_thai(text[end - 1]) and text[end - 1] != "ๆ":
        return end
    fillers, units = _word_set("tail_fillers"), _word_set("tail_units")
    tokens = tokenize(text[cue_end:end])
    while tokens:
        last = tokens[-1]
        if not last.strip() or last in fillers:
            tokens.pop()
        elif last in units and len(tokens) > 1:
            rest = "".join(tokens[:-1])
            count = _COUNT_TAIL.search(rest)
            if count is None:
                break
            tokens = tokenize(rest[:count.start()])
        else:
            break
    return cue_end + len("".join(tokens))


@lru_cache(maxsize=1)
def _TITLE_AFTER() -> re.Pattern[str]:
    words = literal_alternation(_words()["title_words"])
    return re.compile(r"[ \xa0]{1,3}(?:(?:" + words + r")[ \xa0]{0,3})?[“\"][^”“\"\n]{3,120}[”\"]")


def _title_after(text: str, end: int, line_end: int) -> int:
    """Where a quoted title that follows a name after a space ends, the title spaced off from it or introduced
    by a title word (event_words title_words: "นิทรรศการวาดเส้น ชุด “เรือนพื้นถิ่น…”", "การสัมมนาบุคลากรภาครัฐ
    “ยุทธศาสตร์ชาติภาคปฏิบัติ…”", "เปิดตัวสลากออมทรัพย์ ชุด “นาคราช”"), else `end`: the title says which one.
    A name that already ends on a quote or bracket keeps its end (the next quote is another title, listed)."""
    if end == 0 or text[end - 1] in "”\")" or text.endswith(_word_tuple("not_before_title"), 0, end):
        return end  # "…และกล่าวว่า “…”": what is said, not a title
    title = _TITLE_AFTER().match(text, end, line_end)
    return title.end() if title else end


# a quoted title listed after another one ("… “รู้ข้อดีบัญชีเดียว” และ “การวิเคราะห์งบการเงินสำหรับ CEO “"): the corpus
# sometimes closes a quote with an opening mark
_LISTED_TITLE = re.compile(r"\s{0,2}(?:,|และ|หรือ)?\s{0,2}“([^”“\"\n]{3,120})[”“\"]")
LISTED_TITLES = 8  # quoted titles read after one cue at most


def _listed_titles(text: str, end: int, line_end: int) -> list[tuple[int, int, str]]:
    """The quoted titles listed after a name that ends on a quoted title, each an event of the cue's type
    ("การอบรมให้ความรู้ “รู้ข้อดีบัญชีเดียว พร้อมตัวช่วย” และ “การวิเคราะห์งบการเงินสำหรับ CEO”": two courses):
    (start, end, title) of each, up to the line's end."""
    if end == 0 or text[end - 1] not in "”\"":
        return []
    found = []
    while len(found) < LISTED_TITLES:
        listed = _LISTED_TITLE.match(text, end, line_end)
        if listed is None or not text[end:listed.start(1)].strip(" “"):
            break  # nothing joins them: a quote right after a quote is one title's odd marks
        found.append((listed.start(1) - 1, listed.end(), listed.group(1).strip()))
        end = listed.end()
    return found


TOPIC_MIN = 6  # characters a topic after a type word has at least
TOPIC_MAX = 80  # characters read for it


def topic_after(doc: Doc, pos: int, line_end: int) -> str:
    """What an event named only by its type word was about, when the text says it right after the name, past
    a space or an abbreviation in brackets: "เป็นประธานเปิดการประชุม มอบนโยบายการดำเนินงาน…", "การลงนามบันทึก
    ความเข้าใจ (MOU) การส่งเสริมการผลิตกาแฟคุณภาพ", "เปิดตัวโครงการ InnoAgri". The words up to the next space,
    function word (topic_stops) or person; none when a function word comes first; else ""."""
    text = doc.text
    alias = _ALIAS.match(text, pos)
    at = alias.end() if alias else pos
    gap = at
    while at < line_end and at - gap < 3 and text[at] == " ":
        at += 1
    if at == gap and not alias or at >= line_end:
        return ""
    if not is_thai(text[at]):
        latin = _LATIN_OBJECT.match(text, at)
        return latin.group() if latin and text[at].isupper() else ""
    if doc.starting_in(at, at + 1, ("person",)):
        return ""
    stops = _word_set("topic_stops") | _word_set("name_stops")
    person = doc.starting_in(at, min(line_end, at + TOPIC_MAX), ("person",))
    limit = person[0].nstart if person else min(line_end, at + TOPIC_MAX)
    kept: list[str] = []
    for token in tokenize(text[at:limit]):
        if not token.strip() or token in stops or not kept and token in _word_set("dangling") and token not in _word_set("nominalizers"):
            break
        kept.append(token)
    while kept and (kept[-1] in _word_set("dangling") or not kept[-1].strip("-–/.,:")):
        kept.pop()
    topic = "".join(kept)
    return topic if len(topic) >= TOPIC_MIN and is_real_name(_TOPIC_PROBE + topic) else ""  # not generic words only


_TOPIC_PROBE = "การประชุม"  # a cue a topic is read after, to ask whether it says more than generic words


def _latin_word(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end >= len(text) or not text[end].isalpha())


def _name_end(doc: Doc, pos: int, reach: tuple[int, int] | None = None, start: int | None = None) -> int:
    """The name runs on from the cue to the next space (MAX_RUN characters at most), stopping before a
    function word or a named organization or person; "เรื่อง …" and a quoted title are part of it.
    reach: as _honorific_reach(doc) gives it (computed here when not given); start: where the cue begins (a
    name read on over a possessive must be a real name before it)."""
    text = doc.text
    quoted = _QUOTED.match(text, pos)
    if quoted:
        return quoted.end()
    unclosed = _UNCLOSED().match(text, pos)  # a title the release never closes: it runs to what is said of it
    if unclosed:
        return unclosed.end()
    titled = _TITLED.match(text, pos)  # "การเสวนาหัวข้อ “…”", "สัมมนาเชิงปฏิบัติการ “…”"
    if titled and not any(w in text[pos:titled.start(1)] for w in _words()["not_before_title"]):
        return titled.end()
    end, whole, through = _run(doc, pos)
    if through is not None and end == through:
        return end  # "การประชุมคณะอนุกรรมการพัฒนากฎหมายกองทุนยุติธรรม": the body that meets ends the name
    if end > pos:
        joined = _coordinated(doc, end)  # "การประชุมหารือการปรับปรุงบทบาทภารกิจ และโครงสร้างการแบ่งส่วนราชการ…"
        if joined is not None:
            end, whole, through = joined
        owned = _possessive(doc, end)  # "การประชุมรัฐมนตรีด้านการศึกษาของอาเซียน"
        if owned is not None and start is not None and is_real_name(text[start:end]):
            end, whole, through = owned
    stops = _word_set("name_stops")
    stop = end if whole else -1  # the run ended by itself (or on a dangling word): a topic ("เรื่อง …") may follow
    word = next((w for w in _COUNTERPART if text.startswith(w, end)), None)
    if word:
        low, high = reach if reach is not None else _honorific_reach(doc)
        party = _party_at(doc, end + len(word), low, high)
        if party is not None:
            second = _PAIRED.match(text, party) if word == "ระหว่าง" else None
            other = _party_at(doc, second.end(), low, high) if second else None
            return other if other is not None else party  # "ระหว่าง กระทรวงสาธารณสุข กับราชวิทยาลัยจุฬาภรณ์"
    if end == stop:
        document = _DOCUMENT.match(text, end)  # "พิธีลงนาม MOU 2 ฉบับ"
        if document:
            return document.end()
        topic = _TOPIC.match(text, end)
        if topic:
            return topic.end()
        number = _NUMBER_PHRASE.match(text, end)  # "งานฉลองครบรอบ 50 ปีความสัมพันธ์…"
        if number and _MONTH_AFTER().match(text, number.start()):
            return end  # "งานวันไหลบางแสน 16-21 เม.ย. 66": a day and its month are the date, not the name
        if number:
            word = number.group().lstrip(" 0123456789,.")
            head = tokenize(word)[0] if word else word
            if word in _word_set("after_number") or word in stops or head in _word_set("after_number") \
                    or head in stops:  # "การประชุมผู้นำกลุ่ม 20 ณ …", "…โควิด 19 โดยนายแพทย์…": the number alone
                return number.start() + len(number.group()[:-len(word)].rstrip())
            return number.end()
    return end


def numbered_first(names: list[str]) -> list[str]:
    """An event's names with each name that goes on from another of them with a number (a session, a year, an
    edition: "…รักษ์สิ่งแวดล้อม ครั้งที่ 1/2562" beside "…รักษ์สิ่งแวดล้อม" of the release's title, "Samaggi Fair 2018"
    beside "Samaggi Fair") put before the name it goes on from: the title and lead of a release write the name
    short, its body in full, and the first name is the event's label. The rest keep their order."""
    solid = ["".join(n.split()) for n in names]
    ordered = list(names)
    for i, name in enumerate(names):
        for j, other in enumerate(names):
            if i != j and solid[i].startswith(solid[j]) and len(solid[i]) > len(solid[j]) \
                    and any(ch.isdigit() for ch in solid[i][len(solid[j]):]) and ordered.index(name) > ordered.index(other):
                ordered.remove(name)
                ordered.insert(ordered.index(other), name)
    return ordered


_PAIRED = re.compile(r" {0,2}(?:กับ|และ) {0,2}")  # the second party of "ระหว่าง A กับ B"


def _party_at(doc: Doc, at: int, low: int, high: int) -> int | None:
    """Where the organization or person that begins at `at` (past spaces; a person by its honorific, which
    begins within [low, high] characters before its name) ends, or None."""
    text = doc.text
    while at < len(text) and text[at] == " ":
        at += 1
    for other in doc.starting_in(at + low, at + high + 1, ("organization", "person")):
        begins = other.data.get("hstart", other.nstart) if other.kind == "person" else other.nstart
        if begins == at:
            return other.nend
    return None


def _run(doc: Doc, pos: int) -> tuple[int, bool, int | None]:
    """The words of a name from `pos`: to the next space (MAX_RUN characters at most), stopping before a
    function word or a person; a named body is read through as one word ("การประชุมอาเซียนบวกสามว่าด้วย
    กิจการ…", "การประชุมสุดยอดอาเซียน") and the name may go on after it. (end, whether the run ended by
    itself, where the last body read ends or None)."""
    text = doc.text
    limit = _NAME_RUN.match(text, pos).end()
    stopwords, stops, dangling = load_stopwords(), _word_set("name_stops"), _word_set("dangling")
    at, through, whole = pos, None, True
    while at < limit:
        body = doc.starting_in(at, at + 1, ("organization",))
        if body:
            at = through = body[0].nend
            if at >= limit:  # a body with spaces in it ("บริษัท … จำกัด") ends the name
                break
            continue
        start = at
        inside = doc.starting_in(at, limit, ("organization", "person"))
        stop = min((other.nstart for other in inside), default=limit)
        run = tokenize(text[at:stop]) if stop > at else []
        kept: list[str] = []
        nominal = _word_set("nominalizers")
        for i, token in enumerate(run):
            if token in stops or token in stopwords and not (kept and kept[-1] in nominal) \
                    and not (token in _word_set("linking") and kept and i + 1 < len(run) and run[i + 1] in nominal):
                break  # a verb after "การ"/"ความ" is a noun: "การสนับสนุนผู้ประกอบการ", "การพัฒนา…"; "เพื่อการ…"
            kept.append(token)
        whole = len(kept) == len(run)
        glued_to = kept[-2] if len(kept) > 1 else text[max(0, start - 10):start]  # (or to the body read before)
        if kept and footnote_mark(kept[-1], glued_to, _ORDINAL_TAIL):
            kept.pop()  # "…อาหารสำเร็จรูป1": a footnote mark glued to the name's last word
        while kept and (kept[-1] in dangling or not kept[-1].strip("-–/.,:")):
            kept.pop()  # "การประชุมติดตามความคืบหน้าการ", "งานแสดงสินค้าจีน-": a name does not end on these
        at += sum(map(len, kept))
        stopped_by = next((o for o in inside if o.nstart == stop), None)
        if not (whole and at == stop > start and stopped_by is not None and stopped_by.kind == "organization"):
            break  # a function word, a person, or the end of the run
    return at, whole, through


_AND = re.compile(r" ?และ ?")


def _coordinated(doc: Doc, end: int) -> tuple[int, bool, int | None] | None:
    """The run of a name's second half after "และ" (_run's answer), when the words after it go on the
    name rather than begin a clause or another event: "แถลงข่าวสถานการณ์ราคาน้ำมัน และแนวทางการบรรเทาผลกระทบ…",
    "ลงพื้นที่ตรวจราชการจังหวัดปัตตานี และจังหวัดสงขลา". None when a function word, a verb of the clause (a
    stop word), another cue, a person or an organization follows, or the second half is too short to be words of a name."""
    text = doc.text
    joined = _AND.match(text, end)
    if joined is None:
        return None
    at = joined.end()
    if at >= len(text) or not is_thai(text[at]) or _cue_pattern()[0].match(text, at) \
            or doc.starting_in(at, at + 1, ("person", "organization")):
        return None  # "เปิดตัวผู้บริหาร และบริษัท …": a second party, not the name going on
    first = tokenize(text[at:at + COORDINATED_PEEK])[0]
    if _function_word(first) or first in _word_set("name_stops") or first in _word_set("topic_stops") \
            or first in _word_set("dangling") and first not in _word_set("nominalizers"):
        return None
    run = _run(doc, at)
    return run if run[0] - at >= COORDINATED_MIN else None


def _function_word(word: str) -> bool:
    """Is `word` a stop word (a function word or a verb of the clause, not a nominalizer that begins a name's noun),
    or two stop words the tokenizer keeps as one ("กล่าวว่า", "ได้แก่")? After "และ" either begins a clause: "…
    นิทรรศการวาดเส้น และกล่าวว่า …" is a second thing the subject did, not the exhibition's name going on."""
    stops, nominal = load_stopwords(), _word_set("nominalizers")
    if word in stops and word not in nominal:
        return True
    return any(word[:cut] in stops and word[:cut] not in nominal and word[cut:] in stops for cut in range(1, len(word)))


@lru_cache(maxsize=1)
def _MONTH_AFTER() -> re.Pattern[str]:
    """A day (or a range of days) and a month name after it."""
    months = literal_alternation(load_months()["months"])
    return re.compile(f"\\s?\\d{{1,2}}(?:\\s?[-–]\\s?\\d{{1,2}})?\\s?(?:{months})")


def _possessive(doc: Doc, end: int) -> tuple[int, bool, int | None] | None:
    """The run of what a name belongs to, when a possessive word ("ของ", event_words "possessive") is glued to the
    name without a space: "การประชุมระดับรัฐมนตรีด้านสตรีของเขตเศรษฐกิจเอเปค", "พิธีปิดการประชุมสืบเนื่องของการประชุม
    สมัชชาอนามัยโลก". Thai spaces a name off from what is said of it; a possessive inside the name's run says whose
    meeting, exhibition or day it is (judged audits: a name cut at a glued "ของ" was cut short 17 times in 20). The
    caller takes it only after a real name: after a type word and generic words ("ร่วมหารือการดำเนินงานของคณะทำงาน…")
    it tells what was discussed, not which event.
    The run after it must be words of a name (_run) that end by themselves (at a space, a bracket or the line's
    end) or a named body; None when a person, a function word or another event's cue follows, or the run is too
    short."""
    text = doc.text
    if end == 0 or not is_thai(text[end - 1]):
        return None
    word = next((w for w in _word_tuple("possessive") if text.startswith(w, end)), None)
    if word is None:
        return None
    at = end + len(word)
    if at >= len(text) or text[at].isspace() or doc.starting_in(at, at + 1, ("person",)) \
            or _cue_pattern()[0].match(text, at):
        return None  # "พิธีปิดการประชุมสืบเนื่องของการประชุมสมัชชาอนามัยโลก": two events, each its own
    first = tokenize(text[at:at + COORDINATED_PEEK])[0]
    if first in load_stopwords() and first not in _word_set("nominalizers") or first in _word_set("name_stops") \
            or first in _word_set("topic_stops"):
        return None  # "ของเขา", "ของทุกคน": whose, not which
    run = _run(doc, at)
    if run[0] - at < COORDINATED_MIN or not (run[1] or run[2] == run[0]):
        return None
    return run


COORDINATED_PEEK = 24  # characters tokenised to read the first word after "และ"
COORDINATED_MIN = 4  # characters the second half of a name has at least


_LATIN_OBJECT = re.compile(r"[A-Za-z0-9][A-Za-z0-9&\-\.']*(?:\s(?:on|of|for|and|the|in|[A-Z0-9][A-Za-z0-9&\-\.']*)){0,8}")


def _object_end(doc: Doc, pos: int) -> int:
    """Where a bare cue's object ends when one follows after a space: a quoted title, a place, a named body,
    or a Latin name; else `pos`."""
    text = doc.text
    at = pos
    while at < len(text) and at - pos < 2 and text[at] == " ":
        at += 1
    if at == pos:
        return pos
    quoted = _QUOTED.match(text, at)
    if quoted:
        return quoted.end()
    place = doc.starting_in(at, at + 1, ("place",))
    if place:
        return place[0].nend  # a venue
    province = _place_object().match(text, at)
    if province:  # "ลงพื้นที่ จ.ขอนแก่น": where a visit went tells which visit it was
        stopwords, stops = load_stopwords(), _word_set("name_stops")
        head = province.group(1)
        kept = []
        for token in tokenize(province.group(2)) if province.group(2) else []:
            if token in stopwords or token in stops:
                break
            kept.append(token)
        if kept or head[-1] not in ".":
            end = at + len(head) + sum(map(len, kept))
            also = _AND_PLACE().match(text, end)  # "ลงพื้นที่ จังหวัดสุรินทร์ และจังหวัดบุรีรัมย์": both places
            return also.end() if also else end
    body = doc.starting_in(at, at + 1, ("organization",))
    latin = _LATIN_OBJECT.match(text, at)
    latin_end = at + len(_LATIN_TAIL.sub("", latin.group())) if latin else at
    if body and body[0].nend >= latin_end:
        return body[0].nend
    if latin and (text[at].isupper() or "-" in latin.group()):  # "Web Conference", "e-Seal", "ASEAN Meeting on …"
        return latin_end
    return pos


FUTURE_REACH = 16  # characters after a name read for a word that makes it a meeting still to come
NOT_AFTER_REACH = 12  # characters before a cue read for a word that makes it part of a place ("ศูนย์แสดงสินค้าและ")
_ORDINAL_TAIL = ("ที่", "ฉบับ")
_BE_YEAR = re.compile(r"25\d\d\s")


@lru_cache(maxsize=1)
def _DOCUMENT_COUNT() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _words()["document_count"])
    return re.compile(f"\\s?[\\d๐-๙]+\\s?(?:{words})")


@lru_cache(maxsize=1)
def _VENUE_AFTER() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _words()["venue_after"])
    return re.compile(f"\\s(?:{words})\\b")


# what a name cut short runs on to: an abbreviation in brackets (Thai initials, Latin of 20 characters at most:
# it joins the name), a longer Latin translation in brackets (it does not) or a session number
_ALIAS = re.compile(r"\s{0,2}\((?:[ก-ฮ][ก-ฮะ-ู\.]{0,12}\.[ก-ฮ\.]{0,8}|[ก-ฮ]{2,6}|(?=[^)]{2,20}\))[A-Za-z][A-Za-z0-9&\-\.]{1,15}(?: [A-Za-z0-9&\-\.]+){0,2})\)")
_GLOSS = re.compile(r"\s{0,2}\([A-Za-z][A-Za-z0-9&\-\.' :,]{1,80}\)")
ANCHOR_GAP = 80  # characters at most between a name cut short and its alias or session number


@lru_cache(maxsize=1)
def _anchor() -> re.Pattern[str]:
    words = literal_alternation(_words()["ordinal"])
    return re.compile(f"(?P<alias>{_ALIAS.pattern})|{_GLOSS.pattern}|\\s{{0,2}}(?:{words})\\s{{0,2}}[\\d๐-๙]")


def _anchored_end(doc: Doc, start: int, pos: int, line_end: int) -> int:
    """A name's end: `pos`, or, when an alias in brackets or a session number follows within ANCHOR_GAP
    characters with only words of a name between (no function word but the joiners, no person, no
    number, no quote), where that alias ends or that number begins ("การประชุมคณะกรรมการติดตามการปฏิบัติงาน
    ตามนโยบายของรัฐบาล (คตน.)", "การประชุมรัฐมนตรีด้านการศึกษา ของอาเซียน ครั้งที่ 13"). The corpus writes a
    name in full before its alias and number; the words between are what the name's run stopped on. A name
    that is only its type ("พิธีลงนามความตกลง (Signing Ceremony)", "การลงนามบันทึกความเข้าใจ (MOU)") takes
    no gloss in brackets: the brackets translate the type, they name no event."""
    text = doc.text
    if pos == 0 or text[pos - 1] in "”\")":
        return pos  # a quoted title or an alias ends a name
    anchor = _anchor().search(text, pos, min(line_end, pos + ANCHOR_GAP))
    if anchor is None:
        return pos
    gap = text[pos:anchor.start()]
    if not gap.strip() and (not anchor.group("alias") or not is_real_name(text[start:pos])):
        return pos  # a translation in brackets, or a type word's gloss
    if gap.strip():
        if any(ch.isdigit() or ch in "“”\"()[],;:" for ch in gap) or doc.starting_in(pos, anchor.start(), ("person",)) \
                or _cue_pattern()[0].search(gap):
            return pos
        stopwords, stops, joiners = load_stopwords(), _word_set("name_stops"), _word_set("joiners")
        words = [w for w in tokenize(_MANNER().sub(" ", gap)) if w.strip()]  # "…อย่างเป็นทางการนอกสถานที่ ครั้งที่ 1/2564"
        if any(w in stops for w in words):
            return pos
        # a type word the text goes on from without a space or function word ("การประชุมคณะกรรมการร่วมด้าน
        # วิทยาศาสตร์ … ครั้งที่ 2"): the words up to the session number are its name, function words and all
        continued = not gap[0].isspace() and bool(words) and words[0] not in _word_set("topic_stops") \
            and not is_real_name(text[start:pos])
        if not continued and any(w in stopwords and w not in joiners for w in words):
            return pos
    if anchor.group("alias"):
        return anchor.end()
    return pos + len(gap.rstrip())


@lru_cache(maxsize=1)
def _MANNER() -> re.Pattern[str]:
    return re.compile(literal_alternation(_words()["manner"]))


def _series_end(text: str, end: int) -> int:
    """`end`, or the end of a series word right after it, spaced or not ("การประชุม ครม.นอกสถานที่", "ประชุม
    ผู้บริหาร ทส. สัญจร"): the series a meeting belongs to is part of its name."""
    for word in _word_tuple("series_words"):
        for at in (end, end + 1):
            if text.startswith(word, at) and (at == end or text[end] == " "):
                return at + len(word)
    return end


MARKED_GAP = 80  # characters at most from a name cut at a function word to the space before an end marker


@lru_cache(maxsize=1)
def _END_MARKER() -> re.Pattern[str]:
    return re.compile(f"\\s+(?:{literal_alternation(_words()['end_markers'])})")


@lru_cache(maxsize=1)
def _UNCLOSED() -> re.Pattern[str]:
    """A quote opened after a cue and not closed on its line ("ปาฐกถาพิเศษ "บทบาทของ ศธ. ต่อการสร้างบุคลากร
    สุขภาพในศตวรรษที่ 21 ที่ จ.สระบุรี วันพุธที่ …"): the title, up to the space before an end marker."""
    return re.compile(f"\\s?[“\"](?=[^”“\"\\n]*$)[^”“\"\\n]{{3,120}}?(?=\\s+(?:{literal_alternation(_words()['end_markers'])}))",
                      re.MULTILINE)


def _marked_end(doc: Doc, pos: int, line_end: int, cue_end: int | None = None) -> int:
    """A name's end: `pos`, or, when the name was cut inside a run of words (no space at `pos`) and that run
    ends, within MARKED_GAP characters, at a space followed by an end marker (where, when, how or by whom)
    or the line's end, that space: the words between are the rest of the name when they are words of a name
    (no function word but the joiners, nominalizers and glued heads, no word that ends names, no date word, no
    quote, bracket or cue). Thai writes an event's name as one run and spaces it off from what is said about it.
    A run that goes on with a glued head (event_words glued_heads: "ที่", "ใน", "เพื่อ", "ต่อ", …) after a name
    longer than its cue (`cue_end`) is the name's own qualifier wherever the run ends ("แถลงการณ์ร่วมว่าด้วย
    การพัฒนาที่ยั่งยืน", "สัมมนาการบริหารจัดการด้านระบบสื่อสารในภาวะวิกฤต", "ลงพื้นที่ให้กำลังใจญาติแรงงานไทยในยูเครน"):
    judged audits called the name cut at such a head a boundary error 20 times in 186 labels still given."""
    text = doc.text
    if pos >= line_end or pos == 0 or not is_thai(text[pos]) or not is_thai(text[pos - 1]):
        return pos  # a space, or a footnote digit glued to the name ("…อาหารสำเร็จรูป1")
    run_end, reach = pos, min(line_end, pos + MARKED_GAP + 1)  # no further: a line of one run stays linear
    while run_end < reach and not text[run_end].isspace():
        run_end += 1
    if run_end - pos > MARKED_GAP:
        return pos
    gap = text[pos:run_end]
    if any(ch in "“”\"()[],;:" for ch in gap) or _cue_pattern()[0].search(gap) \
            or doc.starting_in(pos, run_end, ("person",)):
        return pos
    tokens = tokenize(gap)
    heads = _word_set("glued_heads")
    marked = run_end == line_end or _END_MARKER().match(text, run_end)
    if not marked and (cue_end is None or pos <= cue_end or tokens[0] not in heads
                       or tokens[0] in _word_set("venue_heads") and tokens[1:2] and tokens[1] in _word_set("venue_words")):
        return pos  # "…ร้านจำหน่ายในพื้นที่จังหวัดสุราษฎร์ธานี": where it was held, not which
    stopwords, stops = load_stopwords(), _word_set("name_stops")
    allowed = _word_set("joiners") | _word_set("nominalizers") | heads
    if any(t in stops or t in stopwords and t not in allowed or t in _date_words() for t in tokens):
        return pos
    if tokens[-1] in _word_set("dangling") or tokens[-1] in _word_set("tail_fillers"):
        return pos
    return run_end


@lru_cache(maxsize=1)
def _date_words() -> frozenset[str]:
    """Month and weekday names: a run that tells when ("…ในเดือนมีนาคม") goes on with the sentence, not the name."""
    months = load_months()
    return frozenset(months["months"]) | frozenset(months["weekdays"]) | frozenset(_words()["date_words"])


MINED_KEY = 16  # characters from the cue that index the mined names (shorter names are not kept)
MINED_REACH = 400  # characters read after a cue for a mined name


@lru_cache(maxsize=1)
def _mined() -> dict[str, tuple[str, ...]]:
    """Event names mined from the corpora with their full boundaries (ontology/th/event_names.json, by
    scripts/mine_events.py), written without spaces (the corpus spaces one name in several ways), by their
    first MINED_KEY characters, longest first."""
    path = HERE / "th" / "event_names.json"
    rows = json.loads(path.read_text(encoding="utf-8"))["names"] if path.exists() else []
    index: dict[str, set[str]] = {}
    for name, _ in rows:
        name = "".join(name.split())
        if len(name) > MINED_KEY:
            index.setdefault(name[:MINED_KEY], set()).add(name)
    return {key: tuple(sorted(names, key=len, reverse=True)) for key, names in index.items()}


def _mined_end(text: str, cue_start: int, end: int, line_end: int) -> int:
    """Where a mined name that the text at `cue_start` begins with ends, when it ends there (a space, a
    bracket or the line's end follows) and runs past `end`; else `end`. Spaces are set aside in comparing.
    "การประชุมคณะกรรมการติดตามการปฏิบัติงานตามนโยบายของรัฐบาล" is written so, before its alias, in 22 releases:
    the rules' cut at "ตาม" is no end."""
    window = text[cue_start:min(line_end, cue_start + MINED_REACH)]
    solid = "".join(window.split())
    names = _mined().get(solid[:MINED_KEY])
    if not names:
        return end
    current = len("".join(text[cue_start:end].split()))
    for name in names:
        if len(name) <= current:
            break
        if solid.startswith(name):
            at = _raw_offset(window, len(name))
            if at == len(window) or window[at].isspace() or window[at] == "(":
                return cue_start + at
    return end


def _raw_offset(window: str, solid_length: int) -> int:
    """The offset in `window` just after its `solid_length`-th character that is not a space."""
    count = 0
    for i, ch in enumerate(window):
        if count == solid_length:
            return i
        if not ch.isspace():
            count += 1
    return len(window)


@lru_cache(maxsize=1)
def _place_object() -> re.Pattern[str]:
    words = literal_alternation(_words()["place_object"])
    return re.compile(f"((?:{words})\\s?)([^\\s()“”\",]*)")


_LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9&\-\.]*(?:\s(?:on|of|for|and|the|in|[A-Z0-9][A-Za-z0-9&\-\.]*)){1,8}")
# one Latin word in capitals, digits allowed ("G20", "IPEF", "CESRA"), ended by a space, a line end or Thai
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,9}(?=[\s\u0e00-\u0e7f]|$)")


def _latin_name_after(doc: Doc, pos: int) -> int:
    """Where a Latin name of two words or more, capitalised, that follows a Thai name after one space ends
    ("เปิดตัวสินเชื่อ SMEs Transformation Loan": the Thai words say what it is, the Latin ones which), unless
    it is a named body or person; or where one acronym so placed ends ("การประชุมผู้นำ G20", "เปิดตัวข้อริเริ่ม
    กรอบ IPEF", "เปิดตัวศูนย์ CESRA"), a body's too (whose meeting it was); else `pos`. Judged audits called a
    name cut before such an acronym a boundary error."""
    text = doc.text
    if text[pos:pos + 1] not in (" ", "\xa0") or pos == 0 or not is_thai(text[pos - 1]):
        return pos
    latin = _LATIN_NAME.match(text, pos + 1)
    if latin is None:
        acronym = _ACRONYM.match(text, pos + 1)
        if acronym is None or doc.covered(pos + 1, acronym.end(), ("person", "place")):
            return pos
        return acronym.end()
    end = pos + 1 + len(_LATIN_TAIL.sub("", latin.group()))
    if doc.covered(pos + 1, end, ("organization", "person", "place")):
        return pos
    return end


@lru_cache(maxsize=1)
def _AND_PLACE() -> re.Pattern[str]:
    words = literal_alternation(_words()["place_object"])
    return re.compile(f"\\s{{0,2}}และ\\s{{0,2}}(?:{words})\\s?[ก-๙]+(?=[\\s(]|$)")


_NUMBER = re.compile(r"\s{0,2}[\d๐-๙]{1,4}(?:\s?[/-]\s?[\d๐-๙]{1,4})?(?![\d๐-๙,.])")


@lru_cache(maxsize=1)
def _ordinal() -> re.Pattern[str]:
    words = literal_alternation(_words()["ordinal"])
    return re.compile(f"\\s{{0,2}}(?:{words})")


_BRACKET = re.compile(r"\s{0,2}\([^()\n]{2,90}\)")  # "(ASEAN Ministers on Agriculture and Forestry: AMAF)"


def _ordinal_end(text: str, pos: int, bracket: bool = True) -> int:
    """Where a session number or year right after an event's name ends ("การประชุม CCPCJ สมัยที่ 28", "การประชุม
    คณะกรรมการส่งเสริมการลงทุน ครั้งที่ 1/2564", "ครั้งที่ 28-29", "การประชุมเอเปค ประจำปี 2562"), else `pos`. An
    alias or translation in brackets may stand between: the corpus writes "<name> (<alias>) ครั้งที่ <n>", and
    the name runs to the number with its alias (unless `bracket` is false)."""
    bracket = bracket and _BRACKET.match(text, pos)  # "… (คณะกรรมการ PPP) ครั้งที่ 3/2560", "… (National AI Committee) ครั้งที่ 2"
    at = bracket.end() if bracket and pos > 0 and text[pos - 1] not in ")”\"" else pos
    word = _ordinal().match(text, at)
    number = word and _NUMBER.match(text, word.end())
    return number.end() if number else pos


SESSION_GAP = 100  # characters at most from a name cut short to an edition number later on its line
_BRACKETED = re.compile(r"\((?:[^()\n]|\([^()\n]*\))*\)|\[[^\[\]\n]*\]")  # one nesting: "(… Summit (WTTC))"


@lru_cache(maxsize=1)
def _edition() -> re.Pattern[str]:
    return re.compile(literal_alternation(_words()["editions"]))


def _session_end(doc: Doc, start: int, pos: int, line_end: int) -> int:
    """A name's end: `pos`, or, when an edition number ("ครั้งที่ 8/2560", "สมัยที่ 28") follows later on the line
    within SESSION_GAP characters, where that number ends, when the words between are more of the name: no cue,
    person, quote or line break, brackets balanced (an alias or translation: "(Joint Cabinet Retreat-JCR)"), and
    outside brackets no type word of a cue ("ประชุม") and no word of a clause (session_gap_stops, name_stops, end_markers) nor date word. The corpus
    writes a meeting's full name before its number ("การประชุมคณะกรรมการพิจารณาค่าตอบแทนผู้เสียหาย และค่าทดแทน
    และค่าใช้จ่ายแก่จำเลยในคดีอาญา ครั้งที่ ๘/๒๕๖๐", "การประชุมรัฐมนตรีเศรษฐกิจอาเซียน [ASEAN Economic Minister (AEM)]
    ครั้งที่ 55", "…อาเซียน + 3 ครั้งที่ 27"); the rules cut it at a function word, a digit or a bracket, and a
    name with its edition is the event's identity. A number right after the name is _ordinal_end's; a name that
    has its edition already ("…รุ่นที่ 821") does not run on to another ("… วิทยาลัยป้องกันราชอาณาจักร รุ่นที่ 60")."""
    text = doc.text
    if pos == 0 or text[pos - 1] in "”\"" or _edition().search(text, start, pos):
        return pos  # a quoted title is whole
    edition = _edition().search(text, pos, min(line_end, pos + SESSION_GAP))
    number = edition and _NUMBER.match(text, edition.end())
    if not number:
        return pos
    gap = text[pos:edition.start()]
    outside = _BRACKETED.sub(" ", gap)
    if any(ch in "“”\"()[],;:\n" for ch in outside) or _cue_pattern()[0].search(gap) \
            or doc.starting_in(pos, edition.start(), ("person",)):
        return pos
    outside = _MANNER().sub(" ", outside)
    if any(word in outside for word in _cue_words().values()):
        return pos  # "เปิดตัวในที่ประชุมสุดยอดอาเซียนครั้งที่ 35": the number is the meeting's the gap names
    stops = _word_set("session_gap_stops") | _word_set("name_stops") | _word_set("end_markers") | _date_words()
    if any(w in stops for w in tokenize(outside)):
        return pos
    return number.end()


def _honorific_reach(doc: Doc) -> tuple[int, int]:
    """The least and the most a person mention's start lies after its honorific's ("hstart"), and 0 (an
    organization begins where it starts): whatever begins at `at` starts within [at + least, at + most]."""
    gaps = [m.nstart - m.data.get("hstart", m.nstart) for m in doc.of_kind("person")]
    return min(gaps + [0]), max(gaps + [0])


def _after_inside(text: str, line_start: int, line_end: int, pos: int, first_ends: dict[int, list[int]]) -> bool:
    """Does a phrase that puts an event inside another ("ในการประชุม", "ภายในงาน") stand between the line's
    start and `pos`? first_ends caches, by line, where each phrase first ends on it (so a long line is read
    once per phrase, not once per cue)."""
    ends = first_ends.get(line_start)
    if ends is None:
        ends = first_ends[line_start] = [at + len(phrase) for phrase in _word_tuple("inside")
                                         if (at := text.find(phrase, line_start, line_end)) >= 0]
    return any(end <= pos for end in ends)


@lru_cache(maxsize=1)
def _words() -> dict:
    return json.loads((HERE / "th" / "event_words.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _word_set(key: str) -> frozenset[str]:
    """One list of event_words.json as a set, built once (membership tests run per candidate)."""
    return frozenset(_words()[key])


@lru_cache(maxsize=None)
def _word_tuple(key: str) -> tuple[str, ...]:
    """One list of event_words.json as a tuple, built once (for str.startswith / str.endswith)."""
    return tuple(_words()[key])


@lru_cache(maxsize=1)
def _medium() -> tuple[str, ...]:
    return tuple(w.casefold() for w in _words()["medium"])


def _anaphoric(text: str, pos: int) -> bool:
    """"การประชุมครั้งนี้", "การประชุมดังกล่าว" refer back to an event already found."""
    return text.startswith(_word_tuple("anaphora"), pos)


def _lead_end(doc: Doc) -> int:
    """End of the title and the first body line: an event there happens on the publication date."""
    lines = [i for i, line in enumerate(doc.text.split("\n")) if line.strip()]
    if not lines:
        return 0
    ends, offset = [], 0
    for line in doc.text.split("\n"):
        offset += len(line) + 1
        if line.strip():
            ends.append(offset)
        if len(ends) == 2:
            break
    return ends[-1]


def _story_date(doc: Doc, dates, published: date | None) -> date | None:
    """The day the release's story happened: the date that opens one of the first body paragraphs
    ("เมื่อวันที่ 4 กันยายน 2560 นายอุตตม…", "ขอนแก่น : วันนี้ (12 ธันวาคม 2561)"), else the publication date.
    The title and lead paragraph often name the event without a date and the next paragraph dates it."""
    text = doc.text
    paragraphs = [i for i, line in enumerate(text.split("\n")) if line.strip()]
    if len(paragraphs) < 2:
        return published
    offsets, offset = {}, 0
    for i, line in enumerate(text.split("\n")):
        offsets[i] = offset
        offset += len(line) + 1
    lead = [offsets[i] for i in paragraphs[1:1 + STORY_PARAGRAPHS]]
    for d_start, _, d in dates:
        for p_start in lead:
            opening = p_start <= d_start <= p_start + STORY_OPENING
            if opening and any(w in text[p_start:d_start] for w in _words()["story_date"]):
                if published is None or timedelta(0) <= published - d <= timedelta(days=STORY_DAYS):
                    return d
    return published


STORY_PARAGRAPHS = 3  # body paragraphs read for the story's date
STORY_OPENING = 40  # characters from a paragraph's start to its date
STORY_DAYS = 14  # a release reports an event at most this long after it


FUTURE_YEARS = 3  # years after its publication a release dates an event at most (a later year is a misread one)
NOT_EVENT_REACH = 40  # characters before a date read for a word that makes it no event's day


@lru_cache(maxsize=1)
def _NOT_EVENT_DATE() -> re.Pattern[str]:
    words = literal_alternation(_words()["not_event_dates"])
    return re.compile(f"(?:{words})\\s?(?:เมื่อ|ตั้งแต่|ใน)?\\s?(?:วัน(?:ที่)?)?\\s?\\(?\\s*$")


def _event_dates(text: str, dates, published: date | None) -> list:
    """The dates that may be an event's day: not one a word right before makes the day of a decision, a deadline, a
    rule's effect, a document, a yearly observance or a birthday (event_words not_event_dates: "คณะรัฐมนตรีได้มีมติ
    เมื่อวันที่ 18 ธันวาคม 2555" beside a signing, "ภายในวันที่ 1 ธันวาคม 2567" beside a session), nor one more than
    FUTURE_YEARS after the publication (a misread year: 2114). The nearest date in a paragraph dated an event with
    such a day; the event's own day, or none, is better."""
    pattern = _NOT_EVENT_DATE()
    late = published.year + FUTURE_YEARS if published else None
    return [(s, e, d) for s, e, d in dates
            if not pattern.search(text, max(0, s - NOT_EVENT_REACH), s) and (late is None or d.year <= late)]


def _date_for(text: str, pos: int, line_start: int, line_end: int, dates, published: date | None,
              lead: bool, story: date | None = None, starts: list[int] | None = None) -> tuple[date | None, bool]:
    """(date, whether the sentence states it explicitly). dates: as find_dates gives them, in text order
    without overlaps; starts: their starts (computed here when not given)."""
    if starts is None:
        starts = [d_start for d_start, _, _ in dates]
    nearest = None
    low, high = max(line_start, pos - WINDOW), min(line_end, pos + WINDOW + 1)
    for i in range(bisect_left(starts, low), bisect_left(starts, high)):  # the closest date in the same
        d_start, _, d = dates[i]  # paragraph, near the cue
        if nearest is None or abs(d_start - pos) < abs(nearest[0] - pos):
            nearest = (d_start, d)
    if nearest:
        return nearest[1], True
    high = min(line_start + STORY_OPENING + 1, pos)
    for i in range(bisect_left(starts, line_start), bisect_left(starts, high)):
        d_start, _, d = dates[i]  # "เมื่อวันที่ 3 เมษายน 2560 …" dates everything its paragraph tells
        if _opens_paragraph(text, line_start, d_start):
            return d, True
    today = load_months()["today"]
    window = text[max(line_start, pos - WINDOW):pos]
    if published and any(word in window for word in today):
        return published, False
    if lead and (story or published):
        return story or published, False
    return None, False


def _told_date(text: str, pos: int, line_start: int, line_end: int, dates, starts: list[int]) -> date | None:
    """The date nearest `pos` in its paragraph that the paragraph tells as a day something happens on: right after a
    story-date word or a weekday ("เมื่อวันที่ 3 กันยายน", "ระหว่างวันที่ 30 มิถุนายน", "ในวันพุธ ที่ 24 สิงหาคม"). A
    paragraph tells one story: its event's own day, however far from the cue, says more than the release's date."""
    nearest = None
    for i in range(bisect_left(starts, line_start), bisect_left(starts, line_end)):
        d_start, _, d = dates[i]
        before = text[max(line_start, d_start - TOLD_REACH):d_start]
        if any(w in before for w in _told_words()) and (nearest is None or abs(d_start - pos) < abs(nearest[0] - pos)):
            nearest = (d_start, d)
    return nearest[1] if nearest else None


TOLD_REACH = 12  # characters before a date in which the word that tells it as a day stands ("ในวันพุธ ที่ 24")


@lru_cache(maxsize=1)
def _told_words() -> tuple[str, ...]:
    return tuple(_words()["story_date"]) + tuple(load_months()["weekdays"])


def _opens_paragraph(text: str, line_start: int, d_start: int) -> bool:
    """Does the date open its paragraph: after a story-date word ("เมื่อวันที่"), or first thing in it, as
    English releases write it ("March 31, 2022, at 0930hrs, …")?"""
    before = text[line_start:d_start]
    return not before.strip() or any(w in before for w in _words()["story_date"])


def _parties(doc: Doc, pos: int, line_start: int, line_end: int) -> list[str]:
    """The organizations and persons named on the cue's line within WINDOW of it, nearest first (a body named
    right before "การประชุมครั้งที่ 6/2567" is the body that met; one named a sentence later is not: a description
    shows the first DESCRIBED_PARTIES of them); when none is, the first PARAGRAPH_PARTIES named on its line (a
    paragraph tells one story)."""
    low, high = max(line_start, pos - WINDOW), min(line_end, pos + WINDOW + 1)
    found = doc.starting_in(low, high, ("organization", "person"))
    found = sorted(found, key=lambda m: (pos - m.nend if m.nend <= pos else m.nstart - pos) * 2 + (m.nstart > pos))
    near = list(dict.fromkeys(m.key for m in found))
    if near:
        return near
    keys = dict.fromkeys(m.key for m in doc.starting_in(line_start, line_end, ("organization", "person")))
    return list(keys)[:PARAGRAPH_PARTIES]


PARAGRAPH_PARTIES = 2


# --- identity: which event an event name names, across releases --------------------------------------------

SCOPE = "@@"  # graph/rdf/iris.py EVENT_SCOPE: a key ending in "@@<release>" names an event of that release only


@lru_cache(maxsize=65536)
def name_core(name: str) -> str:
    """What an event name says once spelling is set aside: normalised, casefolded, letters, marks and digits
    only, without the ceremony words that may or may not lead it ("พิธี", "การ", "งาน") or a trailing "ฯ"."""
    text = normalize_label(name).casefold()
    core = "".join(ch for ch in text if unicodedata.category(ch)[0] in "LMN" and ch != "ฯ")
    leading = _word_tuple("leading")
    while core.startswith(leading):
        core = core[len(next(w for w in leading if core.startswith(w))):]
    return core


@lru_cache(maxsize=1)
def _cue_cores() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Cores of the cue words (longest first) and of the words that make no name of a cue ("คณะกรรมการ",
    "video"): (cues, generic)."""
    cues = {name_core(_cue_words().get(c, c)) for c in event_cues()} - {""}
    generic = {name_core(w) for w in _words()["generic"]} - {""}
    return tuple(sorted(cues, key=len, reverse=True)), tuple(sorted(generic, key=len, reverse=True))


@lru_cache(maxsize=65536)
def _after_cue(name: str) -> str:
    """The core of `name` without its cue word."""
    core = name_core(name)
    for cue in _cue_cores()[0]:
        if core.startswith(cue):
            return core[len(cue):]
        if core.endswith(cue) and core.isascii():
            return core[:-len(cue)]
    return core


@lru_cache(maxsize=1)
def _generic_words() -> tuple[str, ...]:
    """What the rest of a name may hold and still name no event: generic words, cue cores and leading
    ceremony words, longest first."""
    cues, generic = _cue_cores()
    leading = {name_core(w) for w in _words()["leading"]} | set(_words()["leading"])
    return tuple(sorted(set(cues) | set(generic) | leading - {""}, key=len, reverse=True))


SAME_TITLE = 16  # characters two names share after their cue words to be one event told twice


def same_title(a: str, b: str) -> bool:
    """Do two names of one release's events of one type go on alike for SAME_TITLE characters after their
    cues? ("การลงนามความร่วมมือ “การสนับสนุนผู้ประกอบการ ในการเข้าถึง…” and "พิธีลงนามความร่วมมือ
    “การสนับสนุนผู้ประกอบการให้เข้าถึง…”: one signing, worded twice)."""
    x, y = _after_cue(a), _after_cue(b)
    return len(x) >= SAME_TITLE and len(y) >= SAME_TITLE and x[:SAME_TITLE] == y[:SAME_TITLE]


_SESSION = re.compile(r"(?:ครั้งที่|สมัยที่|รุ่นที่|ปีที่|#)\s?([\d๐-๙]+)|\b(\d+)(?:st|nd|rd|th)\b")


def named_apart(kind: str, a: str, b: str) -> bool:
    """Are two real names of one type, told in one release on one day, two events? Yes for the types told
    apart (told_apart: two meetings, two exhibitions), unless one is the other written otherwise: one holds
    the other or goes on alike (same_title), they give one session number ("ประชุม ครม.สัญจร ครั้งที่ 2/2567",
    "การประชุมคณะรัฐมนตรีอย่างเป็นทางการนอกสถานที่ ครั้งที่ 2/2567"), or one is a translation or an abbreviation
    of the other (the words after their cues are of different scripts: "การประชุม AFMGM"). A type and a day
    alone are no identity."""
    if kind not in _word_set("told_apart") or not (is_real_name(a) and is_real_name(b)):
        return False
    x, y = _after_cue(a), _after_cue(b)
    if x in y or y in x or same_title(a, b):
        return False
    if _thai_share(x) != _thai_share(y):
        return False
    sessions_a, sessions_b = _sessions(a), _sessions(b)
    return not (sessions_a & sessions_b)


def _thai_share(core: str) -> bool:
    """Are most letters of `core` Thai?"""
    thai = sum(1 for ch in core if is_thai(ch))
    return thai * 2 > len(core)


def _sessions(name: str) -> set[str]:
    """The session numbers a name gives, in Arabic digits."""
    return {n.translate(_THAI_DIGITS) for m in _SESSION.finditer(name) for n in m.groups() if n}


_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


@lru_cache(maxsize=65536)  # a pure function of the name, asked again and again in a release and across releases
def is_real_name(name: str) -> bool:
    """Does `name` name one event, rather than only say its type? "การประชุม", "พิธีลงนามบันทึกข้อตกลงความร่วมมือ",
    "การประชุมคณะกรรมการ" and "Video Conference" say what kind of event happened; "การประชุมคณะรัฐมนตรี" and
    "Green Industry Conference" say which one. A name is its cue (at its start, or at its end for a Latin
    name) and the rest; it is real when the rest is more than generic words, other cues ("ลงพื้นที่ตรวจเยี่ยม",
    "แถลงผลการประชุม") and the ceremony words that may lead a cue."""
    rest = _after_cue(name)
    words = _generic_words()
    changed = True
    while rest and changed:
        changed = False
        for word in words:
            if rest.startswith(word):
                rest, changed = rest[len(word):], True
                break
        if rest[:1].isdigit():  # "การประชุม ครั้งที่ 2": a number names no event by itself
            rest, changed = rest.lstrip("0123456789๐๑๒๓๔๕๖๗๘๙"), True
    return bool(rest)


def event_key(kind: str, when: date | None, names: list[str], release: str, index: int) -> str:
    """The identity of an event across releases. A dated event with a real name is one event wherever it is
    told: its type, date and the core of its first real name ("event:Meeting:2019-01-22:ประชุมคณะรัฐมนตรี").
    An event known only by its type word, or without a date, belongs to its release (`index` tells its
    events apart): a type and a date alone do not make two releases' meetings one meeting."""
    day = when.isoformat() if when else "-"
    real = next((n for n in names if is_real_name(n)), None)
    if real is not None and when is not None:
        return f"{EVENT_KEY}{kind}:{day}:{name_core(real)}"
    return f"{EVENT_KEY}{kind}:{day}:{index}{SCOPE}{release}"


# --- series and events told, not named: what an event's label may be ----------------------------------------

_BRACKETED_TAIL = re.compile(r"(?:\s*\([^()]*\))+\s*$")


@lru_cache(maxsize=65536)
def series_core(name: str) -> str:
    """The core of a name (name_core) without the alias or translation in brackets it ends on: "การประชุม
    คณะรัฐมนตรี (ครม.)" and "ประชุมคณะรัฐมนตรี" are one series."""
    return name_core(_BRACKETED_TAIL.sub("", name))


@lru_cache(maxsize=1)
def _series() -> frozenset[str]:
    """Cores of the names the corpora write on many different months with no number in them
    (ontology/th/event_series.json, by scripts/mine_event_series.py): series, not events."""
    path = HERE / "th" / "event_series.json"
    rows = json.loads(path.read_text(encoding="utf-8"))["names"] if path.exists() else []
    return frozenset(core for core, _, _ in rows)


def is_series(name: str) -> bool:
    """Does `name` name a series (a weekly cabinet meeting, a committee that meets every month, a yearly day)
    rather than one event of it: a mined series name with no session number, year or date of its own?"""
    return not any(ch.isdigit() for ch in name) and series_core(name) in _series()


def dated_label(name: str, when: date) -> str:
    """A series' name with its event's day as its edition, written as the releases write a day ("การประชุม
    คณะรัฐมนตรี วันที่ 22 มกราคม 2562"): the day says which sitting of the series it was."""
    return f"{name} {_words()['series_day']} {thai_date(when)}"


def told_not_named(kind: str, names: list[str]) -> bool:
    """Is an event of type `kind` told by a verb phrase rather than named ("ลงพื้นที่ตรวจเยี่ยมโรงพยาบาล…",
    "เยี่ยมชมกลุ่มวิสาหกิจชุมชน…", "เดินทางเยือนประเทศไทย")? For the types whose events the releases tell as what
    someone did (event_words told_types: visits), a name that does not begin with a word that makes a noun of it
    (noun_heads: "การ", "พิธี", "งาน"), nor holds a Latin name, a quoted title or a number (a gloss in brackets at
    its end, "(Official Visit)", translates the deed and does not count), says what was done,
    not which event: judged audits call such a label junk. The event is then shown by a description (who,
    when), its phrases kept as hidden labels."""
    if kind not in _word_set("told_types"):
        return False
    heads = _word_tuple("noun_heads")
    return all(not name.startswith(heads) and not any(ch.isdigit() or ch.isascii() and ch.isalpha() or ch in "“\""
                                                      for ch in _BRACKETED_TAIL.sub("", name))  # "(Official Visit)" glosses
               for name in names)
