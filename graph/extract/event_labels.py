"""What an event's label may be: the order of its names (the name with its number first), series named with
no sitting of their own (mined, ontology/th/event_series.json) labelled with their day, and events told by a
verb phrase rather than named, which get a description instead. Resolution asks these questions when it
labels an event; they read names only, but for spaced_first, which asks the release where a name was cut."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from phakhi.graph.text.dates import thai_date
from phakhi.graph.text.patterns import literal_alternation
from phakhi.graph.text.thai import ABBREVIATION_MARK, is_thai
from phakhi.ontology import load_mined
from phakhi.graph.extract.event_words import word_lists, word_set, word_tuple
from phakhi.graph.extract.event_identity import name_core


def numbered_first(names: list[str]) -> list[str]:
    """An event's names with each name that goes on from another of them with a number (a session, a year, an
    edition: "…รักษ์สิ่งแวดล้อม ครั้งที่ 1/2562" beside "…รักษ์สิ่งแวดล้อม" of the release's title, "Samaggi Fair 2018"
    beside "Samaggi Fair"), or with a Latin name ("การประชุม ASEAN-ROK CEO Summit"), or that a name abbreviated
    with "ฯ" stands for ("การสัมมนาวิชาการเวทีสำนักงานเศรษฐกิจการคลัง…" beside "การสัมมนาวิชาการฯ") put before the
    name it goes on from: the title and lead of a release write the name short, its body in full, and the first
    name is the event's label. A word that makes a noun of the cue (noun_heads: "การ") is set aside at the start of
    both: the title writes "ประชุมคณะกรรมการ COMMIT RT", the body "การประชุมคณะกรรมการ COMMIT RTF". The rest keep
    their order."""
    solid = [_headless("".join(n.split())) for n in names]
    ordered = list(names)
    for i, name in enumerate(names):
        for j, other in enumerate(names):
            stem = solid[j].removesuffix(ABBREVIATION_MARK)
            if i != j and solid[i].startswith(stem) and len(solid[i]) > len(solid[j]) \
                    and (stem != solid[j] or _numbered_or_latin(solid[i][len(stem):])) \
                    and ordered.index(name) > ordered.index(other):
                ordered.remove(name)
                ordered.insert(ordered.index(other), name)
    return ordered


def spaced_first(names: list[str], text: str) -> list[str]:
    """An event's names with each name that goes on, in Thai words, from another one put before it when the release
    writes that other one followed by a space and then the words the longer one goes on with: the shorter was cut
    at a space inside the name (a title's line break or layout gap: "การประชุมระดับรัฐมนตรีกรอบความร่วมมือ
    ทางเศรษฐกิจอินโด-แปซิฟิก" of the title beside the body's solid "…ความร่วมมือทางเศรษฐกิจอินโด-แปซิฟิก"; judged
    audits of rounds 4 and 16: "cut before ทางเศรษฐกิจอินโด-แปซิฟิก"). numbered_first takes Thai words after a name
    for a run-on; here the text shows they are the name's own. The rest keep their order."""
    ordered = list(names)
    for short in names:  # the body's solid name after the title's spaced one
        solid = "".join(short.split())
        for longer in names:
            rest = "".join(longer.split())[len(solid):]
            if longer is short or not "".join(longer.split()).startswith(solid) or not is_thai(rest[:1]) \
                    or ordered.index(longer) < ordered.index(short) or not _solid_at(longer, len(solid)):
                continue
            if _cut_at_space(short, rest).search(text):
                ordered.remove(longer)
                ordered.insert(ordered.index(short), longer)
    return ordered


def _solid_at(name: str, letters: int) -> bool:
    """Does `name` go on with no space after its first `letters` letters (spaces not counted)? A longer name that
    has a space there too ("World No Tobacco Day Awards 2020 จากองค์การอนามัยโลก") is the shorter one run on into
    the sentence, as the text writes it, not a name the text writes whole elsewhere."""
    seen = 0
    for i, ch in enumerate(name):
        if seen == letters:
            return not ch.isspace()
        seen += not ch.isspace()
    return False


def _cut_at_space(name: str, rest: str) -> re.Pattern[str]:
    """`name` as written (any run of spaces where it has one), a space, and the first CUT_WORD characters of
    `rest` (spaces allowed between them)."""
    head = r"\s+".join(re.escape(w) for w in name.split())
    return re.compile(head + r"\s+" + r"\s*".join(re.escape(ch) for ch in rest[:CUT_WORD]))


CUT_WORD = 4  # characters of the words after the cut that the text must write after the space: more than a vowel


def _headless(solid: str) -> str:
    """A name written without spaces, without the word that makes a noun of its cue (noun_heads) it begins with."""
    for head in word_tuple("noun_heads"):
        if solid.startswith(head) and len(solid) > len(head):
            return solid[len(head):]
    return solid


def without_lead_verb(name: str) -> str:
    """`name` without a word that leads its cue and makes no noun of it (event_words leading, not noun_heads:
    "ร่วม" of "ร่วมลงนาม…", "ร่วมหารือกับ…"): it says who took part, not which event (judged audits: "verb ร่วม glued
    on"). The name's identity (event_identity.name_core) already sets such words aside."""
    heads = word_set("noun_heads")
    for verb in word_tuple("leading"):
        if verb not in heads and name.startswith(verb) and len(name) > len(verb):
            return name[len(verb):]
    return name




def _numbered_or_latin(rest: str) -> bool:
    """Does what a name goes on with say which edition or which named event: a number, or a Latin name
    ("การประชุม ASEAN-ROK" of the title beside "… CEO Summit" of the body)? Thai words after it may be a run-on."""
    return any(ch.isdigit() for ch in rest) or rest[:1].isascii() and rest[:1].isupper()


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
    rows = load_mined("event_series.json").get("names", [])
    return frozenset(core for core, _, _ in rows)


def is_series(name: str) -> bool:
    """Does `name` name a series (a weekly cabinet meeting, a committee that meets every month, a yearly day)
    rather than one event of it: a mined series name with no session number, year or date of its own?"""
    return not any(ch.isdigit() for ch in name) and series_core(name) in _series()


def dated_label(name: str, when: date) -> str:
    """A series' name with its event's day as its edition, written as the releases write a day ("การประชุม
    คณะรัฐมนตรี วันที่ 22 มกราคม 2562"): the day says which sitting of the series it was."""
    return f"{name} {word_lists()['series_day']} {thai_date(when)}"


def told_not_named(kind: str, names: list[str]) -> bool:
    """Is an event of type `kind` told by a verb phrase rather than named ("ลงพื้นที่ตรวจเยี่ยมโรงพยาบาล…",
    "เยี่ยมชมกลุ่มวิสาหกิจชุมชน…", "เดินทางเยือนประเทศไทย")? For the types whose events the releases tell as what
    someone did (event_words told_types: visits), a name that does not begin with a word that makes a noun of it
    (noun_heads: "การ", "พิธี", "งาน"), nor holds a Latin name, a quoted title or an edition (a gloss in brackets at
    its end, "(Official Visit)", translates the deed and does not count), says what was done,
    not which event: judged audits call such a label junk. The event is then shown by a description (who,
    when), its phrases kept as hidden labels."""
    if kind not in word_set("told_types"):
        return False
    heads = word_tuple("noun_heads")
    return all(not name.startswith(heads) and not _edition().search(name)
               and not any(ch.isascii() and ch.isalpha() or ch in "“\""
                           for ch in _BRACKETED_TAIL.sub("", name))  # "(Official Visit)" glosses
               for name in names)


def named_first(kind: str, names: list[str]) -> list[str]:
    """An event's names with those that name it as a noun (noun_heads: "การเดินทางเยือนญี่ปุ่นอย่างเป็นทางการ") or
    with its edition put before those told as what was done ("เยือนญี่ปุ่น"), for the types told by verb phrases: the
    first name is the label, and resolution describes the event when that name only tells what was done
    (told_not_named of the first name: "ลงพื้นที่บางเลน" of a title beside "ลงพื้นที่ความก้าวหน้า “โครงการ 9101 …”" of the
    body is one trip, described, not labelled by the bare verb phrase). The rest keep their order."""
    if kind not in word_set("told_types"):
        return names
    heads = word_tuple("noun_heads")
    return sorted(names, key=lambda name: not (name.startswith(heads) or _edition().search(name)))


@lru_cache(maxsize=1)
def _edition() -> re.Pattern[str]:
    """A number a told event's words give as its edition, after an ordinal word ("… ประจำปีงบประมาณ 2562 รอบที่ 2"):
    a number of anything else ("ลงพื้นที่ 3 จังหวัดชายแดนภาคใต้", "ชุมชนคลองเตยล็อค 4-5-6", "ตลอด 4 เดือน") counts
    what was visited or for how long and still says what was done, not which event (judged audits: junk)."""
    return re.compile(f"(?:{literal_alternation(word_lists()['ordinal'])})\\s*\\d")
