"""Which event an event name names, across releases: a name's core (spelling and ceremony words set aside),
whether a name says which event or only its type (is_real_name), the key that makes one event of a named,
dated event told by many releases, and whether two names of one release are two events. Used by extraction
(a type word told as one) and by resolution (merging events), so it depends on neither."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from difflib import SequenceMatcher
from os.path import commonprefix
from functools import lru_cache

from phakhi.graph.text.dates import BE_OFFSET
from phakhi.graph.text.thai import is_thai
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import literal_alternation
from phakhi.ontology import load_months
from phakhi.graph.extract.event_words import cue_words, event_cues, word_lists, word_set, word_tuple


EVENT_KEY = "event:"


SCOPE = "@@"  # graph/rdf/iris.py EVENT_SCOPE: a key ending in "@@<release>" names an event of that release only


@lru_cache(maxsize=65536)
def name_core(name: str) -> str:
    """What an event name says once spelling is set aside: normalised, casefolded, letters, marks and digits
    only, without the ceremony words that may or may not lead it ("พิธี", "การ", "งาน") or a trailing "ฯ"."""
    text = normalize_label(name).casefold()
    core = "".join(ch for ch in text if unicodedata.category(ch)[0] in "LMN" and ch != "ฯ")
    leading = word_tuple("leading")
    while core.startswith(leading):
        core = core[len(next(w for w in leading if core.startswith(w))):]
    return core


@lru_cache(maxsize=1)
def _cue_cores() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Cores of the cue words (longest first) and of the words that make no name of a cue ("คณะกรรมการ",
    "video"): (cues, generic). Cores of one length in their own order, never a set's: the first cue a name starts
    or (in Latin) ends with decides its rest, and a set's order changes with the hash seed."""
    cues = {name_core(cue_words().get(c, c)) for c in event_cues()} - {""}
    generic = {name_core(w) for w in word_lists()["generic"]} - {""}
    return tuple(sorted(cues, key=lambda c: (-len(c), c))), tuple(sorted(generic, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _cue_core_pattern() -> re.Pattern[str]:
    return re.compile(literal_alternation(_cue_cores()[0]))  # a trie: its match is the longest cue core


# 16,384 (575 bytes an entry, 9 MB full) answer 0.74 of the calls on 8,000 releases, as 65,536 did (benchmarks/README.md,
# fourteenth session)
@lru_cache(maxsize=16384)
def rest_after_cue(name: str) -> str:
    """What an event name says besides its cue word (its core: casefolded, no spaces or marks), "" when only the cue:
    "การประชุมคณะรัฐมนตรี" -> "คณะรัฐมนตรี". Identity, the validity model (validity._event_features) and the names
    vouched for (event_known) read these words."""
    core = name_core(name)
    if not core.isascii():  # only a cue at its start counts: the longest one, as the loop below would find it
        m = _cue_core_pattern().match(core)
        return core[m.end():] if m else core
    for cue in _cue_cores()[0]:
        if core.startswith(cue):
            return core[len(cue):]
        if core.endswith(cue) and core.isascii():
            return core[:-len(cue)]
    return core


@lru_cache(maxsize=1)
def _generic_words() -> tuple[str, ...]:
    """What the rest of a name may hold and still name no event: generic words, cue cores, leading ceremony
    words, the words of the way a meeting is held ("Zoom": "การอบรม ผ่านระบบออนไลน์ (Zoom Meeting)" names no one
    training) and the months written in full ("แถลงข่าวประจำเดือนมกราคม 2563": a type word and a date, which judged
    audits call junk; the abbreviations are left out, "ก.พ." is also a body), longest first."""
    cues, generic = _cue_cores()
    leading = {name_core(w) for w in word_lists()["leading"]} | set(word_lists()["leading"])
    medium = {name_core(w) for w in word_lists()["medium"]}
    months = {m for m in load_months()["months"] if "." not in m}
    return tuple(sorted((set(cues) | set(generic) | leading | medium | months) - {""}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _generic_pattern() -> re.Pattern[str]:
    """_generic_words as one trie: its match at the start of a rest is the longest of them, as a pass over the
    list, longest first, would find (one C call, not a startswith per word)."""
    return re.compile(literal_alternation(_generic_words()))


SAME_TITLE = 16  # characters two names share after their cue words to be one event told twice


def same_title(a: str, b: str) -> bool:
    """Do two names of one release's events of one type go on alike for SAME_TITLE characters after their
    cues? ("การลงนามความร่วมมือ “การสนับสนุนผู้ประกอบการ ในการเข้าถึง…” and "พิธีลงนามความร่วมมือ
    “การสนับสนุนผู้ประกอบการให้เข้าถึง…”: one signing, worded twice)."""
    x, y = rest_after_cue(a), rest_after_cue(b)
    return len(x) >= SAME_TITLE and len(y) >= SAME_TITLE and x[:SAME_TITLE] == y[:SAME_TITLE] \
        and not other_sessions(a, b) and not partnered(a, b)


def partnered(a: str, b: str) -> bool:
    """Does one of two names go on from the other, a real name, with a partner (event_words partner_words:
    "การประชุมรัฐมนตรีกลาโหมอาเซียน" and "…อาเซียนกับรัฐมนตรีกลาโหมประเทศคู่เจรจา", "การประชุมสุดยอดอาเซียน" and
    "…อาเซียนบวกสาม")? The longer names the body's meeting with others: another event (samples: ADMM and ADMM-Plus, an
    ASEAN meeting and ASEAN-Japan, merged as one name held in the other). Not when the shorter already lists its
    partners ("…ระหว่างกระทรวง ก" and "…ระหว่างกระทรวง ก กับกระทรวง ข": one meeting, cut short once)."""
    short, long = sorted((_joined(a), _joined(b)), key=len)
    if not short or short == long or not long.startswith(short) or _BETWEEN in short or not is_real_name(short):
        return False
    return long[len(short):].startswith(word_tuple("partner_words"))


_BETWEEN = "ระหว่าง"


def owned_alike(a: str, b: str) -> bool:
    """Are two names one event's name told with whose it is written two ways ("การประชุมประจำปี 2560 ของ สศช.",
    "การประชุมประจำปี 2560 ของสำนักงานคณะกรรมการพัฒนาการเศรษฐกิจและสังคมแห่งชาติ": an abbreviation and the body's full
    name, event_extents.spaced_owner_end): the same words before their last possessive word, more than a type word
    (a number will do: "ประจำปี 2560" is whose edition), and a body after each?"""
    parts = [max(("".join(name.split()).rpartition(w) for w in word_tuple("possessive")), key=lambda p: len(p[0]))
             for name in (a, b)]  # spaces set aside: resolve compares names without them
    (head, _, owner), (other, _, other_owner) = parts
    return bool(head and owner and other_owner) and head == other \
        and (is_real_name(head) or any(ch.isdigit() for ch in head))  # not a bare type word: "การประชุม ของ …"


def _joined(name: str) -> str:
    """A name without its spaces, what it gives in brackets, its session and the ceremony words that may lead it ("การ",
    "พิธี"), dashes kept."""
    text = _NUMBERED.sub("", "".join(_BRACKETED.sub("", normalize_label(name)).split()))
    leading = word_tuple("leading")
    while text.startswith(leading):
        text = text[len(next(w for w in leading if text.startswith(w))):]
    return text


def other_sessions(a: str, b: str) -> bool:
    """Do two names give different session numbers and none in common ("การประชุมสุดยอดอาเซียน ครั้งที่ 42" and
    "… ครั้งที่ 43", "การประชุมรัฐมนตรีขนส่งอาเซียน ครั้งที่ 29" and "…อาเซียน-ญี่ปุ่นครั้งที่ 21")? Then they are two
    editions, however alike the words before the number (judged audits and samples: summits 42 and 43 merged,
    and an English "43rd ASEAN Summit" split from its Thai name as a result)."""
    sessions_a, sessions_b = _sessions(a), _sessions(b)
    return bool(sessions_a and sessions_b and not sessions_a & sessions_b)


_SESSION = re.compile(r"(?:ครั้งที่|สมัยที่|รุ่นที่|ปีที่|#)\s?([\d๐-๙]+)|\b(\d+)(?:st|nd|rd|th)\b")


def named_apart(kind: str, a: str, b: str, beside: bool = True) -> bool:
    """Are two real names of one type, told in one release on one day, two events? Yes for the types told
    apart (told_apart: two meetings, two exhibitions), unless one is the other written otherwise: one holds
    the other or goes on alike (same_title), they give one session number ("ประชุม ครม.สัญจร ครั้งที่ 2/2567",
    "การประชุมคณะรัฐมนตรีอย่างเป็นทางการนอกสถานที่ ครั้งที่ 2/2567"), or one is an abbreviation of the other
    or translation (the words after their cues are of different scripts), or whose body is written short in one and in
    full in the other (owned_alike); a Thai cue with Latin words after it
    ("การประชุม AFMGM", "การประชุม APEC Economic Leaders") always, a name wholly Latin when `beside` (resolve: it
    is not the translation told after another event, "… การประชุมสันติภาพปารีส (Paris Peace Forum) การเข้าร่วมการประชุม
    สุดยอดอาเซียน ครั้งที่ 33": judged audits found them merged) and when it gives no other session number ("การประชุม
    สุดยอดอาเซียน ครั้งที่ 40" is not "41st ASEAN Summit"). A type and a day alone are no identity."""
    if kind not in word_set("told_apart") or not (is_real_name(a) and is_real_name(b)):
        return False
    x, y = rest_after_cue(a), rest_after_cue(b)
    if partnered(a, b):
        return True  # "การประชุมรัฐมนตรีกลาโหมอาเซียน" / "…กับรัฐมนตรีกลาโหมประเทศคู่เจรจา"
    if x in y or y in x or same_title(a, b) or owned_alike(a, b):
        return False
    sessions_a, sessions_b = _sessions(a), _sessions(b)
    thai_x, thai_y = _thai_share(_written_in(a)), _thai_share(_written_in(b))
    if thai_x != thai_y:  # "การประชุมสุดยอดอาเซียน ครั้งที่ 40" is not "41st ASEAN Summit"
        return other_sessions(a, b) or not (beside or any(is_thai(ch) for ch in (b if thai_x else a)))
    if _yearly_sessions(a) & _yearly_sessions(b):  # "ครั้งที่ 2/2567": a body's sitting of one year, however named
        return False
    return not (sessions_a & sessions_b and written_alike(x, y))


WRITTEN_ALIKE = 2  # characters at most that two names of one event, written otherwise, differ by ("สุยอด", "สุดยอด")
ACRONYM = 6  # letters at most of a name's rest that may be an acronym of the other's ("ครม." of "คณะรัฐมนตรี")


def written_alike(x: str, y: str) -> bool:
    """Are two names' rests after their cues (name cores) one name written otherwise, once their numbers are set
    aside: within WRITTEN_ALIKE characters of each other (a typo, a word spelt otherwise), or the shorter an acronym
    of the longer (its letters in order)? A shared bare session number ("ครั้งที่ 2", "สมัยที่ 8") is no identity by
    itself: "การประชุมระดับรัฐมนตรี… ครั้งที่ 2" and "การประชุมเจ้าหน้าที่อาวุโส… ครั้งที่ 2", "…อนุสัญญารอตเตอร์ดัมฯ
    สมัยที่ 8" and "…อนุสัญญาสตอกโฮล์มฯ สมัยที่ 8" are two meetings."""
    x, y = (_NUMBERED.sub("", t) for t in (x, y))
    lead = max(0, len(commonprefix([x, y])) - 1)  # the letter they last share may begin an acronym ("ค|รม")
    x, y = x[lead:], y[lead:]
    tail = len(commonprefix([x[::-1], y[::-1]]))
    short, long = sorted((x[:len(x) - tail], y[:len(y) - tail]), key=len)  # where the two differ
    if len(short) <= 1 or len(short) <= ACRONYM and short[0] == long[:1] and _in_order(short, long):
        return True  # one holds the other; "ครม" of "คณะรัฐมนตรี", "ปปส" of "ป้องกันและปราบปรามยาเสพติด"
    matched = sum(block.size for block in SequenceMatcher(None, short, long, autojunk=False).get_matching_blocks())
    return len(long) - matched <= WRITTEN_ALIKE


def _in_order(letters: str, text: str) -> bool:
    rest = iter(text)
    return all(ch in rest for ch in letters)


_NUMBERED = re.compile(r"(?:ครั้งที่|สมัยที่|รุ่นที่|ปีที่)?[\d๐-๙]+")  # a session and its word, or a number
_YEARLY = re.compile(r"(?:ครั้งที่|สมัยที่)\s?([\d๐-๙]+\s?/\s?[\d๐-๙]{4})")


def _yearly_sessions(name: str) -> set[str]:
    """The sessions a name gives with their year ("ครั้งที่ 2/2567" -> "2/2567"), in Arabic digits."""
    return {"".join(m.split()).translate(_THAI_DIGITS) for m in _YEARLY.findall(name)}


_BRACKETED = re.compile(r"\([^()]*\)")


def _written_in(name: str) -> str:
    """The core of a name after its cue without what it gives in brackets, which tells its script: "การประชุม
    สันติภาพปารีส (Paris Peace Forum)" is a Thai name with its translation (judged audits: read as a Latin name, it
    was taken for the translation of the ASEAN summit told after it)."""
    return rest_after_cue(_BRACKETED.sub("", name)) or rest_after_cue(name)


def _thai_share(core: str) -> bool:
    """Are most letters of `core` Thai?"""
    thai = sum(1 for ch in core if is_thai(ch))
    return thai * 2 > len(core)


@lru_cache(maxsize=65536)  # asked for every name of every group a mention is compared with
def _sessions(name: str) -> frozenset[str]:
    """The session numbers a name gives, in Arabic digits."""
    return frozenset(n.translate(_THAI_DIGITS) for m in _SESSION.finditer(name) for n in m.groups() if n)


_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


@lru_cache(maxsize=65536)  # a pure function of the name, asked again and again in a release and across releases
def is_real_name(name: str) -> bool:
    """Does `name` name one event, rather than only say its type? "การประชุม", "พิธีลงนามบันทึกข้อตกลงความร่วมมือ",
    "การประชุมคณะกรรมการ" and "Video Conference" say what kind of event happened; "การประชุมคณะรัฐมนตรี" and
    "Green Industry Conference" say which one. A name is its cue (at its start, or at its end for a Latin
    name) and the rest; it is real when the rest is more than generic words, other cues ("ลงพื้นที่ตรวจเยี่ยม",
    "แถลงผลการประชุม") and the ceremony words that may lead a cue."""
    rest = rest_after_cue(name)
    words = _generic_pattern()
    changed = True
    while rest and changed:
        changed = False
        word = words.match(rest)
        if word:
            rest, changed = rest[word.end():], True
        if rest[:1].isdigit():  # "การประชุม ครั้งที่ 2": a number names no event by itself
            rest, changed = rest.lstrip("0123456789๐๑๒๓๔๕๖๗๘๙"), True
    return bool(rest)


# a year of the Thai era or the Common Era as event names write them: B.E. years of these centuries, A.D. ones
BE_YEARS = range(2400, 2700)
AD_YEARS = range(BE_YEARS.start - BE_OFFSET, BE_YEARS.stop - BE_OFFSET)


@lru_cache(maxsize=1)
def _YEAR_PART() -> re.Pattern[str]:
    """A year part of a name: a year lead ("ประจำปี", "ปี"; event_words year_leads), an era ("พ.ศ.", "ค.ศ."; eras)
    and four digits, Thai or Arabic, each lead optional, not a sitting's year ("ครั้งที่ 2/2562") nor part of a
    longer number."""
    leads, eras = literal_alternation(word_tuple("year_leads")), literal_alternation(word_tuple("eras"))
    return re.compile(rf"(?<![\d๐-๙/.])(?:(?:{leads})\s?)?(?:(?:{eras})\s?)?([\d๐-๙]{{4}})(?![\d๐-๙])")


def _year(match: re.Match) -> str:
    """The year part as " ปี <B.E. year>": the two eras' years of these centuries do not overlap, so the number
    tells which it is, written with its era or not ("ค.ศ. 2019", "Expo 2019", "พ.ศ. 2562")."""
    year = int(match.group(1).translate(_THAI_DIGITS))
    if year in AD_YEARS:
        year += BE_OFFSET
    if year not in BE_YEARS:
        return match.group(0)  # a number, not a year: left as written
    return f" {word_tuple('year_leads')[-1]} {year}"


@lru_cache(maxsize=65536)
def year_written(name: str) -> str:
    """`name` with each year part written one way, " ปี <B.E. year>": "งานวันครู ประจำปี 2562", "งานวันครู ปี ๒๕๖๒",
    "งานวันครู พ.ศ. 2562", "งานวันครู 2019" all give "งานวันครู ปี 2562". A yearly event's name is told with its
    year written one way or another, often two ways in one release (samples: "งานวันที่อยู่อาศัยโลก 2566" and
    "… ประจำปี 2566", "งานวันครู ปี 2562" and "“งานวันครู” ประจำปี 2562"). A fiscal or academic year
    ("ปีงบประมาณ 2566") keeps its word, and an edition ("ครั้งที่") is no year part: those stay apart."""
    return _YEAR_PART().sub(_year, name) if any(ch.isdigit() for ch in name) else name


YEAR_WORD_REACH = 18  # characters before a year read for the year word that leads it


def name_years(name: str) -> list[int]:
    """The B.E. years `name` is named for, each year part (_YEAR_PART) read as year_written reads it: "World Expo
    2025" 2568, "มหกรรมพืชสวนโลก 2569" 2569, "… ประจำปี 2565" 2565. Not a year of a run of years ("แผน… พ.ศ. 2560-2579":
    a plan's span, no event's year) nor one led by a year word other than the plain leads (year_words less
    year_leads: "ประจำปีงบประมาณ พ.ศ. 2561", "ปีการศึกษา 2566": a fiscal or academic year, which begins before its
    number's calendar year does)."""
    if not any(ch.isdigit() for ch in name):
        return []
    other_years = tuple(w for w in word_tuple("year_words") if w not in word_set("year_leads"))
    years = []
    for match in _YEAR_PART().finditer(name):
        before, after = name[:match.start()].rstrip(), name[match.end():].lstrip()
        if before.endswith(("-", "–")) or after.startswith(("-", "–")):
            continue
        if any(w in name[max(0, match.start() - YEAR_WORD_REACH):match.start()] for w in other_years):
            continue  # "ปีงบประมาณ พ.ศ. 2561": the year word, an era and a space or two before the number
        year = int(match.group(1).translate(_THAI_DIGITS))
        year = year + BE_OFFSET if year in AD_YEARS else year
        if year in BE_YEARS:
            years.append(year)
    return years


def event_key(kind: str, when: date | None, names: list[str], release: str, index: int,
              visitor: str | None = None) -> str:
    """The identity of an event across releases. A dated event with a real name is one event wherever it is
    told: its type, date and the core of its first real name ("event:Meeting:2019-01-22:ประชุมคณะรัฐมนตรี"), its year
    written one way (year_written). A call (event_calls) is made by one visitor: its key holds the visitor read
    (`visitor`, an entity key), so two ambassadors' calls on the Prime Minister of one day, both told "courtesy call
    on Prime Minister and Defense Minister Gen. Prayut Chan-o-cha", are two events (judged round 3: "entity merges EU
    and Bahrain ambassadors' calls of 11 Feb 2022").
    An event known only by its type word, or without a date, belongs to its release (`index` tells its
    events apart): a type and a date alone do not make two releases' meetings one meeting."""
    day = when.isoformat() if when else "-"
    real = next((n for n in names if is_real_name(n)), None)
    if real is not None and when is not None:
        by = f":{visitor}" if visitor else ""
        return f"{EVENT_KEY}{kind}:{day}:{name_core(year_written(real))}{by}"
    return f"{EVENT_KEY}{kind}:{day}:{index}{SCOPE}{release}"
