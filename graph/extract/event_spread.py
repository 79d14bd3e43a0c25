"""Deeds told as no single event: done again and again, or by many in many places.

A cue can tell an activity that repeats ("จากนี้จะมีการประชุมคณะทำงานทุกวัน", "ซึ่งการประชุมจะมีขึ้นทุกวันพฤหัสบดี",
"กรมศุลกากร แถลงข่าว ประจำทุกเดือน") or one that many actors do, each in their own place ("การที่หลายจังหวัดได้จัด
กิจกรรมการประกวดแสดงแบบผ้าไทย", "ประสานผู้ว่าราชการจังหวัดทุกจังหวัดได้ลงพื้นที่ไปสำรวจ…", "จะมีการลงพื้นที่ทั่วประเทศ
เพื่อสัมภาษณ์ผู้ประกอบการ"). Neither is one delimited event: judged audits (rounds 3, 4, 9, 15 and 22) called their
labels junk or described-bad ("'meetings every day' - recurring, not one event", "weekly recurring meetings",
"contests in many provinces, not one event", "nationwide survey fieldwork"). The words are data (ontology/th/
event_words.json: recurring_after, recurring_gaps, spread_words, spread_joined, spread_stops)."""

from __future__ import annotations

from phakhi.graph.extract.event_words import word_set, word_tuple
from phakhi.graph.text.thai import word_in

RECURRING_REACH = 30  # characters after a name read for the word that makes it recur (past a gap word)
SPREAD_REACH = 40  # characters between a word of many places and the cue of the deed they do
SPREAD_CHUNKS = 2  # space-separated runs at most between them (more: another clause's words)


def recurring(text: str, name: str, cue_end: int, end: int) -> bool:
    """Is the event whose name ends at `end` told as recurring: a word of event_words recurring_after ("ทุกวัน",
    "ทุกสัปดาห์", "ทุกเดือน") at the end of its name or of the words glued after its cue (ending at `cue_end`), or
    right after its name past spaces and at most one word of
    recurring_gaps ("จะมีขึ้น", "ประจำ")? "ทุกวันที่" followed by a day is a date's, not a recurrence ("ตรงกับ
    ทุกวันที่ 12 สิงหาคม"), and "ทุกปี" is not read: a yearly event's edition is one event."""
    words = word_tuple("recurring_after")
    squeezed = "".join(name.split())
    run = text[cue_end:cue_end + RECURRING_REACH * 2].split(None, 1)
    glued = run[0] if len(run) == 2 and text[cue_end:cue_end + 1].strip() else ""  # (a run the window cuts: none)
    if any(squeezed.endswith(w) or glued.endswith(w) for w in words):
        return True  # (the words glued after the cue, when the name was cut back to it: "การประชุม|คณะทำงานทุกวัน")
    after = text[end:end + RECURRING_REACH].lstrip()
    for gap in sorted(word_tuple("recurring_gaps"), key=len, reverse=True):
        if after.startswith(gap):
            after = after[len(gap):].lstrip()
            break
    return any(after.startswith(w) and not after.startswith(w + "ที่") for w in words)


def _says_which(name: str) -> bool:
    """Does a name say which event it is by its letters: a number (an edition, a year), a quote (a title) or a Latin
    word?"""
    return any(ch.isdigit() or ch in "“”\"" or ch.isascii() and ch.isalpha() for ch in name)


def spread(text: str, start: int, cue_end: int, line_start: int, kind: str, name: str) -> bool:
    """Is an event's deed done by many, each in their place: a word of
    event_words spread_words ("หลายจังหวัด", "ทุกจังหวัด", "ทั่วประเทศ") written just before its cue, in its
    clause (within SPREAD_REACH characters and SPREAD_CHUNKS runs, no digit, no word of spread_stops between), and
    the cue not one joined (spread_joined: "เข้าร่วม", "ร่วม": many joining one meeting is one meeting); or, for a
    visit, right after its cue (ending at `cue_end`: "ลงพื้นที่ทั่วประเทศเพื่อสัมภาษณ์…"; later in its name the words
    are its object's, "เยี่ยมชมบูธข้าวอินทรีย์ของเกษตรกรแต่ละจังหวัด": one visit)? A name that says which event it is (_says_which)
    stays ("องค์กร…ทั่วประเทศ จัด งานวันพยาบาลแห่งชาติ ประจำปี พ.ศ. 2567": one event, held by many); one of common
    words does not ("หลายจังหวัดได้จัดกิจกรรมการประกวดแสดงแบบผ้าไทย": the kind of contest each holds)."""
    if _says_which(name):
        return False
    words = word_tuple("spread_words")
    if kind in word_set("told_types") and text[cue_end:cue_end + SPREAD_REACH].lstrip().startswith(words):
        return True  # "ลงพื้นที่ทั่วประเทศ…", not "เยี่ยมชมบูธข้าวอินทรีย์ของเกษตรกรแต่ละจังหวัด": one visit, its object's
    before = text[max(line_start, start - SPREAD_REACH - max(map(len, words))):start]
    at, found = max(((before.rfind(w), w) for w in words), default=(-1, ""))
    if at < 0:
        return False
    between = before[at + len(found):]
    if len(between) > SPREAD_REACH or len(between.split()) > SPREAD_CHUNKS or any(ch.isdigit() for ch in between):
        return False
    if word_in(between, word_tuple("spread_stops")) or between.rstrip().endswith(word_tuple("spread_joined")):
        return False
    return True
