"""A call or visit told by its verb: who came and whom they called on, and the talk it was for.

"คณะผู้แทนสภาธุรกิจสหภาพยุโรป-อาเซียน (…: EU-ABC) เข้าเยี่ยมคารวะ พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี โดยมีบุคคล
ระดับสูงภาครัฐเข้าร่วมหารือประกอบด้วย นายสมคิด…": the visitors are the subject written before the call verb
(event_words call_verbs), the host the first body or person right after it; the nearest bodies and persons
(events._parties) gave the officials who sat in (judged round 20: "EU-ABC's call on PM; description omits EU-ABC").
"…บริษัท โตโยต้า มอเตอร์ ประเทศไทย จำกัด นำคณะผู้บริหารบริษัทฯ เข้าพบ เพื่อหารือเรื่อง… โดยมี นายสหวัฒน์… ร่วมหารือ":
a talk (event_words call_talks) told after a call verb in the same sentence is the talk the call was for, and takes
the call's sides first too (judged round 22: "หารือ (กรมโรงงานอุตสาหกรรม, …)" "misses Toyota, the visiting party").
A call held for talks is one event, typed as its talk (a Meeting; twenty-ninth session's ruling, from the gold: dev 032
"…ให้ Mr. Stein Hansen … เข้าพบ เพื่อรายงานกิจกรรม… โดยมีนายณัฐพล… ร่วมหารือ" and dev 036 "…ให้นายสุพันธุ์… เข้าพบเพื่อหารือ…
ร่วมหารือด้วย" are one Meeting each): a call verb with a talk cue after it on its line (talk_after; "เข้าพบหารือ" too) is
typed as that talk, and a mention of the same call told without it (a title's "…ให้ผอ.UNIDO เข้าพบ…") joins it
(resolve._event_keys). A call whose talk is only one of its purposes and told by no talk cue ("เข้าพบ เพื่อแนะนำตัว…
พร้อมรับทราบนโยบาย… และหารือแนวทาง…": dev 003, a Visit) stays a visit.
"A ให้ B เข้าพบ", "A ให้การต้อนรับ B … ในโอกาสเข้าพบ": A, written before a word of call_hosts, received B; the host is A
and the visitor B, the body or person nearest the verb after that word (host_before; judged round 14: "เข้าพบ (บริษัท
โตโยต้า…, โตโยต้า)" "host (MoI deputy PS Phanuwat) missing").
Courtesy calls ("เข้าเยี่ยมคารวะ", "เยี่ยมคารวะ": 1,569 releases of the two corpora) are event cues since the twenty-ninth
session (h29-calls2). A visitor written with his post ("นายเศรษฐา ทวีสิน นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงการคลัง
เข้าเยี่ยมคารวะ…") is the person, not the ministry his post names (_holder_of); a mention that reads both sides (the
body's sentence, not the title's "เอกอัครราชทูตญี่ปุ่น…เข้าเยี่ยมคารวะพลอากาศเอก ประจิน…", where the visitor is a post)
gives the event's first two parties (resolve); the visitor received is read before where he was received
(call_venue_marks: "ให้การต้อนรับ นายปีร์กะ… ณ ห้องรับรอง… อาคารกระทรวงแรงงาน ในโอกาสเข้าเยี่ยมคารวะ").
"""

from __future__ import annotations

from functools import lru_cache
import re

from phakhi.graph.extract.document import Doc
from phakhi.graph.text.patterns import literal_alternation
from phakhi.graph.extract.event_words import word_set, word_tuple

CALL_REACH = 600  # characters from a call verb to a talk cue told as its purpose (one sentence of a release: the
# officials who sat in are listed before "ร่วมหารือ", 264 to 502 characters after the verb in 7 of the 45 such spans of the
# two 4,000-release samples, each the call's own talk; 250 until the twenty-ninth session)
SUBJECT_REACH = 120  # characters before a call verb its subject (a body, or a person and his post) may end within
HOST_GAP = 12  # characters between a call verb and its host's name (a honorific, "กับ", spaces)
HOST_REACH = 250  # characters before a call verb a word of call_hosts may stand ("ให้การต้อนรับ <visitor, his post and
# body> ในโอกาสเข้าพบ": one sentence)


@lru_cache(maxsize=1)
def _CALLS() -> re.Pattern[str]:
    return re.compile(literal_alternation(sorted(word_set("call_verbs"), key=len, reverse=True)))


def call_before(text: str, cue_start: int, line_start: int) -> re.Match[str] | None:
    """The last call verb written before a talk cue at `cue_start` on its line, within CALL_REACH, when the cue is
    one of call_talks (callers: a talk told after a call is the call's)."""
    low = max(line_start, cue_start - CALL_REACH)
    last = None
    for m in _CALLS().finditer(text, low, cue_start):
        last = m
    return last


@lru_cache(maxsize=1)
def _TALKS() -> re.Pattern[str]:
    return re.compile(literal_alternation(sorted(word_set("call_talks"), key=len, reverse=True)))


@lru_cache(maxsize=1)
def _HOSTS() -> re.Pattern[str]:
    return re.compile(literal_alternation(sorted(word_set("call_hosts"), key=len, reverse=True)))


def talk_after(text: str, verb_start: int, verb_end: int, line_end: int) -> re.Match[str] | None:
    """The first talk cue (call_talks) written from inside a call verb ("เข้า|พบหารือ") to CALL_REACH after it on its
    line, before the next call verb: the talk the call was held for."""
    high = min(line_end, verb_end + CALL_REACH)
    following = _CALLS().search(text, verb_end, high)
    return _TALKS().search(text, verb_start + 1, following.start() if following else high)


def is_talk(cue: str) -> bool:
    return cue in word_set("call_talks")


def is_call(cue: str) -> bool:
    return cue in word_set("call_verbs")


def call_sides(doc: Doc, verb_start: int, verb_end: int, line_start: int, line_end: int) -> list[str]:
    """The call's sides found: the visitor, then the host. The visitor is the body or person ending nearest before
    the call verb (within SUBJECT_REACH, on its line; the person whose post names that body: _holder_of), the host the
    first one beginning right after it (within HOST_GAP); but when a word of call_hosts stands between them and the
    one written before it ends right before it (host_before), that one is the host and the visitor is who is written
    after the word, if anyone is."""
    low = max(line_start, verb_start - SUBJECT_REACH)
    before = [m for m in doc.starting_in(low, verb_start, ("organization", "person")) if m.nend <= verb_start]
    hosted = host_before(doc, verb_start, line_start)
    sides = []
    if (made_by := _made_by(doc.text, verb_end, line_end)) is not None:  # "…การเข้าเยี่ยมคารวะของ นายมงคล…": the
        # visitor is written after the call, the host before it
        visitor = _host_after(doc, made_by, line_end)
        if visitor is not None:
            sides.append(visitor.key)
        if hosted is not None:
            sides.append(hosted[1].key)
        elif before:
            sides.append(_holder_of(doc.text, before, max(before, key=lambda m: (m.nend, -m.nstart)), verb_start).key)
        return list(dict.fromkeys(sides))
    if hosted is not None:
        word_end, host = hosted
        stop = _venue_start(doc.text, word_end, verb_start)  # "ให้การต้อนรับ นายปีร์กะ… ณ ห้องรับรอง… อาคารกระทรวง
        # แรงงาน ในโอกาสเข้าเยี่ยมคารวะ": the visitor is written before where he was received
        visitors = [m for m in doc.starting_in(word_end, stop, ("organization", "person")) if m.nend <= stop]
        if visitors:
            sides.append(max(visitors, key=lambda m: (m.nend, -m.nstart)).key)
        sides.append(host.key)
        return list(dict.fromkeys(sides))
    if before:
        sides.append(_holder_of(doc.text, before, max(before, key=lambda m: (m.nend, -m.nstart)), verb_start).key)
    if (host := _host_after(doc, verb_end, line_end)) is not None:
        sides.append(host.key)
    return list(dict.fromkeys(sides))


def _host_after(doc: Doc, start: int, line_end: int):
    """The first body or person written within HOST_GAP after `start`, or a person whose post, written before his
    name, begins there ("paid a courtesy call on Prime Minister and Defense Minister Gen. Prayut Chan-o-cha",
    "เข้าเยี่ยมคารวะ นายกรัฐมนตรี พลเอก ประยุทธ์…": the Prime Minister is the host), whichever begins first."""
    high = min(line_end, start + HOST_GAP + 1)
    near = [(m.nstart, m) for m in doc.starting_in(start, high, ("organization", "person"))]
    for m in doc.starting_in(start, min(line_end, start + SUBJECT_REACH), ("person",)):
        firsts = [p["nstart"] for p in m.data.get("posts", ()) if start <= p.get("nstart", -1) < min(high, m.nstart)]
        if firsts:
            near.append((min(firsts), m))
    return min(near, key=lambda e: e[0])[1] if near else None


def _made_by(text: str, verb_end: int, line_end: int) -> int | None:
    """Where the visitor's name may begin when a word of call_of_marks follows the call verb (spaces between): "…การ
    เข้าเยี่ยมคารวะของ นายมงคล สุขเจริญคณา…" (the call told as a noun, made by who is written after it); else None."""
    rest = text[verb_end:line_end]
    gap = len(rest) - len(rest.lstrip(" "))
    for w in sorted(word_set("call_of_marks"), key=len, reverse=True):
        if rest.startswith(w, gap):
            return verb_end + gap + len(w)
    return None


def _venue_start(text: str, start: int, end: int) -> int:
    """Where a word of call_venue_marks ("ณ") first stands as a word between `start` and `end`, else `end`."""
    marks = [at for w in word_set("call_venue_marks") if (at := text.find(f" {w} ", start, end)) >= 0]
    return min(marks, default=end)


def _holder_of(text: str, before: list, nearest, verb_start: int):
    """The person whose post holds `nearest` (the body a visitor's post names: "นายเศรษฐา ทวีสิน นายกรัฐมนตรีและ
    รัฐมนตรีว่าการกระทรวงการคลัง เข้าเยี่ยมคารวะ…", "นายหวัง อี้ รัฐมนตรีว่าการกระทรวงการต่างประเทศสาธารณรัฐประชาชนจีน
    เข้าเยี่ยมคารวะ…": the visitor is the minister, not his ministry), or the person a comma's aside after his name
    tells with his post and that body, up to a comma before the verb ("H.E. Mr. David Daly, Ambassador of the European
    Union to Thailand, paid a courtesy call…": the post is read as "Ambassador" alone), else `nearest` itself."""
    if nearest.kind == "person":
        return nearest
    holders = [m for m in before if m.kind == "person" and any(
        p.get("nstart", nearest.nstart + 1) <= nearest.nstart and p.get("nend", -1) >= nearest.nend
        for p in m.data.get("posts", ()))]
    if not holders and "," in text[nearest.nend:verb_start]:
        holders = [m for m in before if m.kind == "person" and text.startswith(",", m.nend) and any(
            m.nend < p.get("nstart", -1) <= nearest.nstart for p in m.data.get("posts", ()))]
    return max(holders, key=lambda m: m.nstart) if holders else nearest


def host_before(doc: Doc, verb_start: int, line_start: int):
    """(end of the word, the host) when a word of call_hosts stands within HOST_REACH before a call verb on its line
    and a body or person ends right before it (spaces, "ฯ" and a word of call_host_leads between): "นายภานุวัฒน์
    ตริยางกูรศรี รองปลัดกระทรวงอุตสาหกรรม ให้นายสุรภูมิ… เข้าพบ", "พลเอกประยุทธ์… รัฐมนตรีว่าการกระทรวงกลาโหม ได้ให้
    นายสุพันธุ์… เข้าพบ". Only the last such word before the verb counts; None when it is not so written."""
    text = doc.text
    low = max(line_start, verb_start - HOST_REACH)
    words = list(_HOSTS().finditer(text, low, verb_start))
    for word in words[-1:]:  # the word nearest the verb: one written before it told another clause
        lead = text[max(line_start, word.start() - HOST_GAP):word.start()]
        cut = lead.rstrip().rstrip("ฯ").rstrip()
        for w in sorted(word_set("call_host_leads"), key=len, reverse=True):
            if cut.endswith(w):
                cut = cut[:-len(w)].rstrip()
                break
        end = word.start() - (len(lead) - len(cut))
        near = doc.starting_in(max(line_start, end - SUBJECT_REACH), end, ("organization", "person"))
        holders = [m for m in near if m.kind == "person" and any(p.get("nend") == end for p in m.data.get("posts", ()))]
        if holders:  # "พลอากาศเอก ประจิน จั่นตอง รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงยุติธรรม ได้ให้การต้อนรับ": the
            return word.end(), holders[-1]  # person whose post ends there, not the ministry his post names
        hosts = [m for m in near if m.nend == end]
        if hosts:
            return word.end(), min(hosts, key=lambda m: m.nstart)
    return None


BRING_REACH = 120  # characters before a call verb a word of call_bring may stand ("นำข้อเรียกร้องจากสมาชิกชุมนุม
# สหกรณ์โคนมแห่งประเทศไทย เข้าหารือ": the matter brought is a phrase)


def _since_call(text: str, verb_start: int, line_start: int) -> int:
    """Where the words told with the call verb at `verb_start` begin: BRING_REACH before it on its line, or after
    the call verb before it there (brings_matter and done_before read the words between)."""
    low = max(line_start, verb_start - BRING_REACH)
    calls = list(_CALLS().finditer(text, low, verb_start))
    return calls[-1].end() if calls else low


def brings_matter(text: str, verb_start: int, line_start: int) -> bool:
    """Is the call verb at `verb_start` told after a word of call_bring (within BRING_REACH on its line, no other call
    verb between) that is followed by the verb itself or by a word of call_matters: a matter brought into talks
    ("นำเรื่องดังกล่าวเข้าหารือในที่ประชุม ศบค.", "จะนำเข้าหารือในที่ประชุม"), no call (a delegation brought,
    "นำคณะผู้แทนสำนักงาน คปภ. เข้าหารือกับ…", is one)?"""
    low = _since_call(text, verb_start, line_start)
    matters = tuple(word_set("call_matters"))
    for w in word_set("call_bring"):
        at = text.rfind(w, low, verb_start)
        if at < 0:
            continue
        brought = text[at + len(w):verb_start].strip()  # what is brought: nothing but the verb, or a matter
        if not brought or brought.startswith(matters):
            return True
    return False


def done_before(text: str, verb_start: int, line_start: int) -> bool:
    """Does a word of call_done_before ("หลัง") stand within BRING_REACH before the call verb on its line, no other call
    verb between: the call told as what the story follows ("…หลังเรียกผู้ให้บริการเช่าพื้นที่ 9 ห้างดังเข้าหารือ")?"""
    low = _since_call(text, verb_start, line_start)
    further = word_tuple("further")  # "หลังจากนั้น เวลา 16.55 น. นายกรัฐมนตรีเข้าหารือ…": the story goes on, no recall
    return any((at := text.find(w, low, verb_start)) >= 0 and not text.startswith(further, at)
               for w in word_set("call_done_before"))
