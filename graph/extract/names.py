"""The validity test of organization names found by pattern (graph/extract/organizations.py), built from data: the
words mined from the corpora as continuing a sentence (cut words), the recurring names and kinds of bodies mined
from them (ontology/th/organization_names.json, scripts/mine_organizations.py), the vocabulary of known names,
and part-of-speech tags of the words after the prefix word (ontology/th/not_organizations.json `pos`); and the
boundaries mined with them: where a known name stops and the sentence goes on (`known_stem`), and what the corpora
write on after a name as part of it (`run_on`: a continuation past a space, a number)."""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.extract.authority import organizations
from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.person_tables import known_names as person_names
from phakhi.graph.extract.recurrence import STEM_RELEASES, corpus, releases_of, written_whole
from phakhi.graph.text.patterns import literal_alternation
from phakhi.graph.text.thai import dictionary, is_thai, starts_word, thai_boundary_ok, tokenize
from phakhi.ontology import load_counts_data, load_mined, load_not_organizations, load_org_patterns, load_stopwords


@lru_cache(maxsize=1)
def _mined() -> dict:
    return load_mined("organization_names.json")


def begins_with_cut(token: str, cut: frozenset[str]) -> bool:
    """A compound the segmenter keeps whole ("เป็นประจำ") that is a cut word followed by a dictionary word."""
    return any(token[:i] in cut and token[i:] in dictionary() for i in range(4, len(token) - 2))  # not "เผย|แพร่"


def nominal(name: str, prefix_length: int) -> str | None:
    """The name without the determiners and other words that cannot end a name ("ธนาคารกลางส่วนใหญ่"), or None
    when the one or two words after the prefix word are a predicate, not a name ("กระทรวงเพิ่มขึ้น",
    "ธนาคารติดต่อกลับ", "กระทรวงสำคัญ"): dictionary words, none tagged as a noun (alone or after the prefix
    word; the perceptron tagger reads nouns as verbs often enough that both must agree) and one tagged as a
    predicate word. Longer names of verbs are real ("กองเผยแพร่และประชาสัมพันธ์")."""
    tokens = [t for t in tokenize(name[prefix_length:]) if t.strip()]
    if not tokens or not all(is_thai(t[0]) for t in tokens):
        return name
    pos = load_not_organizations()["pos"]
    alone = [tag for _, tag in tag_words(tuple(tokens))]
    while alone and alone[-1] in pos["trailing"] and not (len(tokens) > 1 and tokens[-2] in pos["place_words"]):
        alone.pop()
        name = name[:len(name) - len(tokens.pop())].rstrip()
    if not tokens or len(tokens) > 2 or not all(t in dictionary() for t in tokens):
        return name if tokens else None
    tags = alone + [tag for _, tag in tag_words(tuple([name[:prefix_length]] + tokens))[1:]]
    if not any(t.startswith(tuple(pos["noun_tags"])) for t in tags) and any(t.startswith(tuple(pos["predicate_tags"])) for t in tags):
        return None
    return name


_NUMBER_AFTER = re.compile(r" ?[0-9๐-๙]")


@lru_cache(maxsize=1)
def _count_cues() -> tuple[frozenset[str], str, frozenset[str], tuple[str, ...]]:
    """The count cues (not_organizations `_count_cues`): the qualifiers read before a number (counts.json, those with
    no not_after), the distributive word, the units it is glued after, and the phone cues, longest first."""
    counts, data = load_counts_data(), load_not_organizations()
    qualifiers = frozenset(q["cue"] for q in counts["qualifiers"] if q["where"] == "before" and "not_after" not in q)
    units = frozenset(counts["units"]) | frozenset(counts["not_units"]) | frozenset(counts["durations"])
    return qualifiers, data["per_word"], units, tuple(sorted(data["phone_cues"], key=len, reverse=True))


def count_cue_cut(text: str, start: int, name: str, prefix_length: int) -> str | None:
    """`name` (found by pattern at `start` of `text`) before the count, price or phone number the sentence goes on to
    (not_organizations `_count_cues`), with a number written right after it: None when the prefix word's only next
    word is a count's qualifier or a distributive word ("ธนาคาร|ขั้นต่ำ 10,000 บาท", "สหกรณ์|ตันละ 1,000 บาท", "ศูนย์|ละ
    50,000 บาท": the prefix word is the sentence's subject or counter, no body is named), the name cut before a phone
    cue that ends it ("ศูนย์ดำรงธรรม|โทร 1567"), else `name`. A qualifier further inside may be the name's own ("…
    ฝุ่นละอองขนาดเล็ก|ไม่เกิน 2.5 ไมครอน")."""
    if not _NUMBER_AFTER.match(text, start + len(name)):
        return name
    return count_cue_name(name, prefix_length)


def count_cue_name(name: str, prefix_length: int) -> str | None:
    """`name` before the count's cue it ends on, whatever is written after it (`count_cue_cut` asks this only with a
    number after the name): None when the prefix word's only next word is a count's qualifier or a distributive word
    ("ธนาคาร|ขั้นต่ำ", "ศูนย์|ละ", "สำนักงาน|ประมาณ"), the name cut before a phone cue that ends it ("ศูนย์ดำรงธรรม|
    โทร"), else `name`. The miners ask it of a name alone (scripts/mine_organizations.py `kept_name`): a recurring name
    that is a prefix word and a count's cue names no body."""
    qualifiers, per, units, phones = _count_cues()
    rest = name[prefix_length:].strip()
    if rest in qualifiers or rest.endswith(per) and (rest == per or rest[:-len(per)] in units):
        return None
    cue = next((c for c in phones if name.endswith(c)), None)
    if cue is not None and len(name) - len(cue) > prefix_length and starts_word(name, len(name) - len(cue)):
        return name[:-len(cue)].rstrip()
    return name


@lru_cache(maxsize=1)
def sentence_words() -> frozenset[str]:
    """Words that, glued to a name, continue the sentence rather than the name."""
    data = load_not_organizations()
    return (cut_words() | load_stopwords() | set(data["ends"])) - set(data["inside_ok"])


@lru_cache(maxsize=1)
def provinces() -> frozenset[str]:
    """The Thai provinces (pythainlp's corpus list): the organizations, events and spelling stages read them."""
    from pythainlp.corpus import provinces as listed

    return frozenset(listed())


@lru_cache(maxsize=1)
def partners() -> frozenset[str]:
    """The countries (pythainlp's corpus list) and regions (ontology/th/name_tails.json "regions") that stand as a
    name's partners ("…อาเซียน-ญี่ปุ่น"): the tails of organization and event names and the parties a programme joins
    (program_ends.parties_end) read them."""
    from pythainlp.corpus import countries

    return frozenset(countries()) | frozenset(load_mined("name_tails.json")["regions"])


@lru_cache(maxsize=1)
def province_pattern() -> re.Pattern[str]:
    return re.compile(literal_alternation(provinces()))


def province_at(text: str, pos: int) -> int | None:
    """End of the province name written right after `pos` ("…จังหวัดนราธิวาส"), if one is."""
    m = province_pattern().match(text, pos)
    return m.end() if m and thai_boundary_ok(text, pos, m.end()) else None


_LOCAL_NAME = re.compile(r"[\u0e01-\u0e4e]{2,30}")


def place_after(text: str, pos: int, word: str) -> int | None:
    """End of the place named at `pos` (glued or after one space) after the area word `word` ends there: a province
    after "จังหวัด"; after "อำเภอ", "ตำบล", a run of Thai letters the text follows with the area above it ("…อำเภอ|เมือง
    จังหวัดลำปาง", "ตำบล|ควนเนียง อ.…"; not_organizations `place_then`), for districts have no list of their own."""
    at = pos + 1 if text.startswith(" ", pos) else pos
    if word == _placed_words()[0]:
        return province_at(text, at)
    m = _LOCAL_NAME.match(text, at)
    if not m:
        return None
    then = m.end() + 1 if text.startswith(" ", m.end()) else m.end()
    return m.end() if text.startswith(tuple(load_not_organizations()["place_then"]), then) else None


def province_named_at(text: str, pos: int) -> int | None:
    """End of a province written at `pos` after its area word, glued or after one space ("จังหวัดน่าน", "จังหวัด
    น่าน"), if one is: the place a project is named after."""
    word = _placed_words()[0]
    return place_after(text, pos + len(word), word) if text.startswith(word, pos) else None


@lru_cache(maxsize=1)
def _placed_words() -> tuple[str, ...]:
    return tuple(load_not_organizations()["placed_words"])


@lru_cache(maxsize=1)
def _placed() -> frozenset[str]:
    return frozenset(load_mined("org_places.json").get("names", ()))


def placed_kind(text: str, start: int, name: str) -> bool:
    """Does `name`, written at `start`, name the kind of body every province, district or subdistrict has rather
    than one body: it ends on an area word with no place written after it, and either the corpora complete it with
    places (ontology/th/org_places.json, scripts/mine_org_places.py: "สำนักงานเกษตรจังหวัด|เชียงใหม่") or a word of
    level stands before the area word ("…ระดับอำเภอ", "…ประจำจังหวัด") or after the name, or the corpora hardly write
    it (in fewer than PLACED_RELEASES releases: "ศูนย์อำนวยการแก้ไขปัญหาหนี้นอกระบบอำเภอ", "สภาเด็กและเยาวชนอำเภอ",
    each district's)? A body named for the provinces it serves, never completed with one and written whole again and
    again ("สำนักพัฒนาและส่งเสริมการบริหารราชการจังหวัด"), or one the authority file knows, is one body."""
    if _level_at(text, start + len(name)):
        return True  # "คณะทำงานด้านความปลอดภัย| ระดับจังหวัด อำเภอ และท้องถิ่น": the working groups at that level
    squeezed = name.replace(" ", "")
    if squeezed in _spread():  # "ศูนย์ยุติธรรมชุมชน", "สำนักงานปศุสัตว์" with no place after (see spread_place)
        return spread_place(text, start + len(name)) is None
    word = next((w for w in _placed_words() if squeezed.endswith(w)), None)
    if word is None or place_after(text, start + len(name), word) is not None:
        return False
    return squeezed[:-len(word)].endswith(tuple(load_not_organizations()["levels"])) or squeezed in _placed() \
        or releases_of("organization", squeezed) < PLACED_RELEASES and squeezed not in _authority_labels()


PLACED_RELEASES = 3  # releases the corpora write a name ending on an area word in before, bare, it may be one body
ELIDED = "ฯ"  # the mark of a name written short


def elided_place(text: str, name: str) -> bool:
    """Does `name` end on an area word with the place elided ("ศูนย์รักษาความสงบเรียบร้อยจังหวัดฯ", "คณะอนุกรรมการ
    ระดับจังหวัดฯ"), and the release never write its stem on with anything else? Then it names the kind every
    province has (the centres of several provinces), as placed_kind does a name written bare; a release that writes the
    stem with its place ("…จังหวัดสงขลา") shortens that one body so (resolve joins the short form to it)."""
    squeezed = name.replace(" ", "")
    if not squeezed.endswith(ELIDED) or not squeezed[:-1].endswith(_placed_words()):
        return False
    stem = name.rstrip()[:-1]
    return text.count(stem) == text.count(stem + ELIDED)


@lru_cache(maxsize=1)
def _spread() -> frozenset[str]:
    return frozenset(load_mined("org_spread.json").get("names", ()))


def spread_kind(name: str) -> bool:
    """Is `name` one the releases complete with different places, count or set up as a kind of body, one in many
    places (ontology/th/org_spread.json, scripts/mine_org_spread.py: "สำนักงานปศุสัตว์|จังหวัด…", "วิทยาลัยเทคนิค|…")?
    Written with no place after it, it names no one body (placed_kind)."""
    return name.replace(" ", "") in _spread()


def spread_place(text: str, pos: int) -> int | None:
    """End of the place written at `pos` (glued or after one space) after a kind of body (`spread_kind`): an area word
    and its place ("…| อำเภอท่าแพ", "…|ตำบลบ้านไทร", "…|จังหวัดสุรินทร์") or a province ("…|สุรินทร์")."""
    at, word = _area_word_at(text, pos)
    return place_after(text, at + len(word), word) if word else province_at(text, at)


def place_name(text: str, pos: int, end: int) -> str:
    """The place `spread_place` read between `pos` and `end`, without its area word ("… อำเภอน้ำพอง" -> "น้ำพอง"): the
    kind glued to it ("สมาคมชาวไร่อ้อย|น้ำพอง") is how releases also write the same body."""
    at, word = _area_word_at(text, pos)
    return text[at + len(word):end].strip()


def _area_word_at(text: str, pos: int) -> tuple[int, str]:
    """Where a place written at `pos` begins (past one space) and the area word it begins with ("อำเภอ", "จังหวัด"), or
    "" when it begins with none."""
    at = pos + 1 if text.startswith(" ", pos) else pos
    return at, next((w for w in _placed_words() if text.startswith(w, at)), "")


def _level_at(text: str, pos: int) -> bool:
    """Is a level of bodies ("ระดับจังหวัด", "ประจำอำเภอ") with no place after it written at `pos` (after one space)?"""
    at = pos + 1 if text.startswith(" ", pos) else pos
    level = next((lv for lv in load_not_organizations()["levels"] if text.startswith(lv, at)), None)
    if level is None:
        return False
    at += len(level)
    word = next((w for w in _placed_words() if text.startswith(w, at)), None)
    return word is not None and place_after(text, at + len(word), word) is None


def unheard(name: str, prefix_length: int) -> bool:
    """Are the words after the prefix all dictionary words that no known organization's name holds ("กองขิง",
    "ศูนย์ทอผ้า", "คณะกรรมการผู้เชี่ยวชาญ")? Names are made of a small vocabulary (authority names and the
    names mined from the corpora); a proper name the dictionary lacks is no evidence either way."""
    words = [t for t in tokenize(name[prefix_length:]) if t.strip()]
    content = [t for t in words if t not in load_not_organizations()["inside_ok"]]
    return bool(content) and all(t in dictionary() for t in words) and not any(t in name_words() for t in content)


@lru_cache(maxsize=1)
def _org_prefixes() -> tuple[str, ...]:
    return tuple(sorted({p["prefix"] for p in load_org_patterns()}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _org_prefix_pattern() -> re.Pattern[str]:
    return re.compile(literal_alternation(_org_prefixes()))  # a trie: its match is the longest prefix word


def org_prefix(name: str) -> str:
    """The kind of body `name` starts with: the longest prefix word of ontology/th/org_patterns.jsonl, or ""."""
    m = _org_prefix_pattern().match(name)
    return m.group() if m else ""


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """The words after the prefix word in the names of the authority file and the mined recurring names."""
    labels = [label for row in organizations().values() for label in (row["th"], *row["alt"])
              if label and not label.isascii()]
    words: set[str] = set()
    for label in labels + sorted(known_names()):
        words.update(t for t in tokenize(label[len(org_prefix(label)):]) if t.strip())
    return frozenset(words)


@lru_cache(maxsize=1)
def _stems() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """The known names (authority Thai labels and mined recurring names), and for each the first words that follow
    it inside a longer known name (after "สำนักงานคลังจังหวัด" come province names; after "สถาบันเกษตรกร", nothing)."""
    labels = {label for row in organizations().values() for label in (row["th"], *row["alt"])
              if label and not label.isascii() and " " not in label}
    labels |= {n for n in known_names() if " " not in n}
    ordered = sorted(labels)
    follows: dict[str, set[str]] = {}
    for i, short in enumerate(ordered):
        for longer in ordered[i + 1:]:
            if not longer.startswith(short):
                break
            tokens = tokenize(longer[len(short):])
            if tokens:
                follows.setdefault(short, set()).add(tokens[0])
    return frozenset(labels), {k: frozenset(v) for k, v in follows.items()}


@lru_cache(maxsize=1)
def continuation_words() -> frozenset[str]:
    """The first words the corpora go on from a whole name with into a longer name: after any known name (`_stems`)
    or any name the audit samples write in STEM_RELEASES releases or more (validity_corpus.json) that begins another
    such name ("สำนักงานคลังจังหวัด|ชลบุรี", "กรมการแพทย์|แผนไทย…", "ศูนย์ดำรงธรรม|อำเภอ", "…|แห่งประเทศไทย"). A word no
    recurring name is ever continued with ("…|รับรอง", "…|ไง", "…|ยัน") goes on with the sentence after a whole name."""
    table = corpus().get("organization", {})
    labels = sorted(_stems()[0] | {n for n, row in table.items() if row[0] >= STEM_RELEASES and " " not in n})
    words: set[str] = set()
    for i, short in enumerate(labels):
        for longer in labels[i + 1:]:
            if not longer.startswith(short):
                break
            tokens = tokenize(longer[len(short):])
            if tokens:
                words.add(tokens[0])
    return frozenset(words)


def _no_name_goes_on(name: str, end: int, following: str, tag: str) -> bool:
    """Does `name` run on past `name[:end]`, a body's whole name (`bare_body`), into the sentence: the corpora write the
    longer name in fewer than STEM_RELEASES releases, and `following`, the word glued after the stem, is one no
    recurring name goes on with (`continuation_words`), that fewer than INNER_NAMES known names hold past their first
    word (a verb begins many a body's task right after the prefix word, "สำนักงาน|รับรอง…", and goes on with a sentence
    after a whole name, "กรมการแพทย์|รับรอง"; a noun holds names' middles, "ศูนย์ธุรกิจ|อนาคต", "สำนักข่าว|ออนไลน์…"),
    no proper name (tagged so, "สำนักข่าว|บลูมเบิร์ก", or a first name, "สำนักข่าว|อิศรา") and not the prefix word of a parent body ("ศูนย์บรรเทาสาธารณภัย|กองทัพภาค…")?
    No place is written there: the stem ends on an area word, an area word begins the rest, or a province is among its
    first words or a country or a region inside one."""
    placed, words = tuple(load_not_organizations()["placed_words"]), tokenize(name[end:])
    if name[:end].endswith(placed) or any(p in "".join(words[:2]) for p in placed) \
            or any(word in provinces() or any(p in word for p in partners()) for word in words[:PLACE_WORDS]):
        return False  # "สำนักงานสาธารณสุขอำเภอ|กุยบุรี", "สำนักงานส่งเสริมการลงทุน|เคนยา", "…|เทศบาลตำบลหัวตะพาน",
        # "กระทรวงการเงิน|สาธารณรัฐประชาธิปไตยประชาชนลาว": a place says which body
    return releases_of("organization", name) < STEM_RELEASES and following not in continuation_words() \
        and _inner_name_words().get(following, 0) < INNER_NAMES and not tag.startswith(PROPER_TAG) \
        and following not in person_names()[0] and not org_prefix(name[end:]) and bare_body(name[:end])


PLACE_WORDS = 4  # words after the stem read for a province, a country or a region
INNER_NAMES = 2  # known names holding a word past their first word before it may go on with a whole name
PROPER_TAG = "NPRP"  # the tagger's proper nouns


@lru_cache(maxsize=1)
def _inner_name_words() -> dict[str, int]:
    """For each word, the known names (authority Thai labels and mined recurring names) holding it after the first word
    past their prefix word."""
    labels = [label for row in organizations().values() for label in (row["th"], *row["alt"])
              if label and not label.isascii()]
    counts: dict[str, int] = {}
    for label in set(labels) | known_names():
        words = [t for t in tokenize(label[len(org_prefix(label)):]) if t.strip()]
        for word in set(words[1:]):
            counts[word] = counts.get(word, 0) + 1
    return counts


def bare_body(name: str) -> bool:
    """Is `name` one body's whole name that a word no recurring name goes on with cannot continue: the audit samples
    write it bare in STEM_RELEASES releases or more, and at least as often as they go on from it into longer names
    ("กรมการแพทย์", 73 releases and 37 longer; "ศูนย์ดำรงธรรม", 98 and 98, its provinces' and districts' centres), its
    prefix word neither a committee's (named by its purpose: "คณะกรรมการนโยบาย|เพิ่มขีดความสามารถ…") nor a unit's or a
    faculty's (named by any work, or after a person: "ฝ่ายบริหาร|ลูกค้าธุรกิจ…", org_patterns.jsonl)? Not a stem the corpora go on from into many names
    ("ศูนย์วิจัย|ข้าว…", 12 and 97; "องค์การบริหารส่วนตำบล|…", 20 and 52; "ศูนย์เยาวชน|ชัยพฤกษ์มาลา", 2 and 3)."""
    row = corpus().get("organization", {}).get(name)
    if not row or row[0] < STEM_RELEASES or row[3] > row[0]:
        return False
    prefix = org_prefix(name)
    return not any(p["prefix"] == prefix and (p["type"] == PURPOSE_TYPE or p.get("end") in UNIT_ENDS)
                   for p in load_org_patterns())


PURPOSE_TYPE = "Committee"  # org_patterns.jsonl type of the bodies named by their purpose
UNIT_ENDS = ("unit", "faculty")  # org_patterns.jsonl end rules of the units named with their parent body ("ฝ่าย…",
# "กลุ่ม…"; a faculty, named after a person too: "คณะนิติศาสตร์|ปรีดีพนมยงค์")


def whole_before(name: str) -> bool:
    """Is `name` whole on its own: a known name (authority or mined, `_stems`) or one the corpora write whole
    (recurrence.written_whole)? After such a name an adverbial opener (not_organizations `whole_name_adverbials`:
    "คณะกรรมการการบินพลเรือน|ในการให้ความเห็นชอบ…") is the sentence's, not a longer name's; after a name that is not
    whole ("คณะกรรมการพัฒนาขีดความสามารถ|ในการแข่งขัน…") it may still be the name's."""
    return name in _stems()[0] or written_whole("organization", name)


RARER = 10  # a longer name the corpora write this many times less often than a whole name it begins with runs on
FOOTNOTE_DIGITS = 2  # digits a footnote mark glued to a name's last word has at most


def footnote_mark(token: str, before: str, numbering: tuple[str, ...]) -> bool:
    """Is `token`, the last of a name's words, a footnote mark glued to the word `before` it ("…อาหารสำเร็จรูป1"):
    digits right after a Thai letter, `before` no word that numbers what follows it (`numbering`: "…ที่1")?"""
    return token.isdigit() and len(token) <= FOOTNOTE_DIGITS and bool(before) and is_thai(before[-1]) \
        and not before.endswith(numbering)


def known_stem(name: str, prefix_length: int) -> str:
    """`name` cut after the longest known name it begins with when the word after that is not a noun and no known
    name holds it (after the prefix word), let alone continues that name with it ("สำนักงานพาณิชย์จังหวัด|เข้มงวด
    กวดขัน…", "ศูนย์เฝ้าระวัง|เพียงแต่"): the sentence goes on past the name. A word names are made of may continue
    a known name into a longer one ("คณะกรรมการนโยบาย|เพิ่มขีดความสามารถ…"), unless it is no noun there and the corpora
    write the known name whole and the longer one rarely ("สำนักงานพระพุทธศาสนาแห่งชาติ|ตรวจสอบ", "…|ในฐานะ…"); a place
    word ("…|จังหวัดปทุมธานี") goes on with the name."""
    known, follows = _stems()
    if name in known:
        return name
    tokens = tokenize(name[prefix_length:])
    end, stem = prefix_length, None
    for i, token in enumerate(tokens[:-1]):
        end += len(token)
        if name[:end] in known:
            stem = (end, i + 1)
    if stem is None:
        return name
    end, i = stem
    following = tokens[i]
    if following in follows.get(name[:end], ()) or not is_thai(following[0]) or following not in dictionary() \
            or following in load_not_organizations()["pos"]["place_words"]:
        return name  # "สมาคมแม่บ้านมหาดไทย|จังหวัดปทุมธานี": a place word says which one
    stem_name = name[:end]
    tags = tag_words(tuple(tokens[max(0, i - 2):i + 1]))
    noun = tags[-1][1].startswith(tuple(load_not_organizations()["pos"]["noun_tags"]))
    of_names = following in name_words()
    if written_whole("organization", stem_name) and not (of_names and noun) and \
            releases_of("organization", name) * RARER < releases_of("organization", stem_name):
        return stem_name  # "คณะกรรมการการเลือกตั้ง|ร้องขอ", "สำนักงานพระพุทธศาสนาแห่งชาติ|ตรวจสอบ": the corpora write the
        # stem whole, and this name rarely; a noun names are made of may still go on with it ("…|ประจำจังหวัด")
    if _no_name_goes_on(name, end, following, tags[-1][1]):
        return stem_name  # "กรมการแพทย์|รับรอง", "ศูนย์ดำรงธรรม|ไง", "สภาทหารผ่านศึก|ยัน": no recurring name goes on so
    return name if of_names or noun else stem_name


@lru_cache(maxsize=1)
def generic_names() -> frozenset[str]:
    """Names found by pattern that the corpora count with quantifiers ("ทุก…", "ทั้ง 76 …"): kinds of bodies."""
    return frozenset(_mined().get("generic", ()))


@lru_cache(maxsize=None)
def _mined_runs(file: str, key: str) -> frozenset[str]:
    """The runs begun by an organization prefix word that a mined file lists under `key` (written without spaces)."""
    return frozenset(load_mined(file).get(key, ()))


def kind_of_body(name: str) -> bool:
    """Is `name` one the releases count, spread or list as bodies of a kind ("ทุกสถาบันอุดมศึกษา", "ศูนย์พักพิง
    ต่าง ๆ", "บริษัทเอกชน 5 แห่ง"; ontology/th/org_kinds.json, scripts/mine_org_kinds.py) rather than one body?"""
    return name.replace(" ", "") in _mined_runs("org_kinds.json", "kinds")


def scheme_name(name: str) -> bool:
    """Is `name` one the releases write as a scheme's or an activity's, after "โครงการ" or "กิจกรรม" ("โครงการ
    ธนาคารปู", "กิจกรรมธนาคารขยะ"; ontology/th/org_schemes.json, scripts/mine_org_schemes.py), rather than a body's?
    A community bank of crabs or waste is named like a bank and is none."""
    return name.replace(" ", "") in _mined_runs("org_schemes.json", "schemes")


@lru_cache(maxsize=1)
def _org_units() -> dict:
    return load_mined("org_units.json") or {"names": []}


def unit_of_many(name: str) -> bool:
    """Is `name` a unit the releases write with its parent body's name right
    after it, one unit of many bodies ("สำนักงานปลัด|กระทรวงกลาโหม", "กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม";
    ontology/th/org_units.json, scripts/mine_org_units.py)?"""
    return name.replace(" ", "") in _unit_names()


@lru_cache(maxsize=1)
def _unit_names() -> frozenset[str]:
    """org_units.json's names as a set: a look-up, not a pass over its list, for every candidate name."""
    return frozenset(_org_units()["names"])


def generic_unit(name: str) -> bool:
    """Is `name` a division's prefix word (org_patterns.jsonl `division`: กลุ่มงาน…, ฝ่าย…, ศูนย์…) and a work the
    corpora name units of many bodies by ("กลุ่มงาน|ประชาสัมพันธ์", "ฝ่าย|องค์กรสัมพันธ์และสื่อสาร", "กลุ่มงาน|ที่ปรึกษา";
    ontology/th/org_unit_functions.json, scripts/mine_org_functions.py)? Alone it names no one body, however rarely the
    corpora write that exact name; not a name the authority file knows, nor one whose prefix word heads a parent level
    (`parent_level_head`: "กรม…")."""
    squeezed = name.replace(" ", "")
    prefix = org_prefix(squeezed)
    return (bool(prefix) and _division_prefix(prefix) and squeezed[len(prefix):] in _unit_functions()
            and not parent_level_head(squeezed) and squeezed not in _authority_labels())


@lru_cache(maxsize=None)
def _division_prefix(prefix: str) -> bool:
    return any(p.get("division") for p in load_org_patterns() if p["prefix"] == prefix)


@lru_cache(maxsize=1)
def _unit_functions() -> frozenset[str]:
    return _mined_runs("org_unit_functions.json", "names")


COMMON_UNIT_PARENTS = 3  # different parents the corpora write after a unit before, written bare, it names no one unit
PARENT_HEAD_BODIES = 10  # authority bodies a prefix word heads, all of a parent level, before it heads no unit


def common_unit(name: str) -> bool:
    """Is `name` a unit of many bodies (`unit_of_many`) that the corpora write with COMMON_UNIT_PARENTS or more different
    parents ("กองคลัง" 5, "สำนักงานเลขานุการกรม" 4, "กองกฎหมาย" 18)? Written with no parent it is any of them, no one
    unit. A unit of one body, written with that body and with its ministry ("สถาบันทันตกรรม", "กลุ่มตรวจการเดินเรือ":
    2), names one unit even bare; so does a name the authority file knows, and one begun by a prefix word that heads
    only bodies of a parent level there (`parent_level_head`: "กรมสารนิเทศ", a department, is no unit, though lists of
    bodies write other bodies after it: 5 "parents" in org_units.json)."""
    squeezed = name.replace(" ", "")
    row = _org_units().get("evidence", {}).get(squeezed)
    return (row is not None and row[2] >= COMMON_UNIT_PARENTS and not parent_level_head(name)
            and squeezed not in _authority_labels())


def parent_level_head(name: str) -> bool:
    """Does `name` begin with a prefix word that heads PARENT_HEAD_BODIES or more authority bodies, every one of a
    level units join (not_organizations `unit_parents`: "กรม", 58 departments)? Such a name is a body of that level."""
    return org_prefix(name) in _parent_heads()


@lru_cache(maxsize=1)
def _parent_heads() -> frozenset[str]:
    levels = {t for level in load_not_organizations()["unit_parents"] for t in level}
    heads: dict[str, list[bool]] = {}
    for row in organizations().values():
        if (head := org_prefix(row["th"])):
            heads.setdefault(head, []).append(row.get("type") in levels)
    return frozenset(h for h, parent in heads.items() if len(parent) >= PARENT_HEAD_BODIES and all(parent))


@lru_cache(maxsize=1)
def _authority_labels() -> frozenset[str]:
    return frozenset(label.replace(" ", "") for row in organizations().values() for label in (row["th"], *row["alt"])
                     if label)


def name_word(chunk: str) -> bool:
    """Does `chunk` begin with a word the authority file's Thai names are made of (or a Latin word)? Stricter than
    `name_words`, whose mined names hold a sentence's words now and then."""
    first = tokenize(chunk)[0]
    return not is_thai(first[0]) or first in _authority_words()


@lru_cache(maxsize=1)
def _authority_words() -> frozenset[str]:
    return frozenset(t for row in organizations().values() for label in (row["th"], *row["alt"])
                     if label and not label.isascii() for t in tokenize(label))


def run_on(doc: Doc, start: int, name: str) -> str:
    """`name` (found by pattern at `start`) run on through what the corpora mostly write after it, then through the
    number that mostly follows it (both mined), a policy generation ("… 4.0") or the number the corpora write after
    the word it ends on ("…โรคติดเชื้อไวรัสโคโรนา 2019": program_tails.json `numbered`, the programmes' pairs)."""
    return number_run(doc, start, closing_item(doc, start, _extended(doc, start, name)))


def number_run(doc: Doc, start: int, name: str) -> str:
    """`name` run on through the number written after it that belongs to it: the one that mostly follows it (mined), a
    policy generation, or the one the corpora write after its last word (`run_on`); not a count ("… 12 แห่ง")."""
    at = start + len(name)
    number = _NUMBER.match(doc.text, at) if numbered(name) else _VERSION.match(doc.text, at) or _word_number(doc.text, at, name)
    dashed = number is not None and _DASH.match(doc.text, at) is not None  # "โควิด -19": a dash ties the number to the
    # word before it, which counts nothing ("…โควิด -19 วันละ…" is no "19 days")
    if number and not doc.covered(number.start(), number.end()) and (dashed or not _unit_at(doc.text, number.end())):
        return doc.text[start:number.end()]  # "ศูนย์วัณโรคเขต 1", "กองตรวจการมาตรฐาน 1" (not "… 12 แห่ง"), "…เกษตร 4.0"
    return name


_VERSION = re.compile(r" ?[1-9]\.0(?![\d.,%])")  # "คณะกรรมการขับเคลื่อนนโยบายเกษตร 4.0", "ศูนย์ปฏิรูปอุตสาหกรรม 4.0": a
# policy's generation names the body (Thailand 4.0); any other number after a name is the mined one or the sentence's


_NUMBER = re.compile(r"\s?[\d๐-๙]{1,2}(?![\d๐-๙/.,:%])")
_DASH = re.compile(r" ?[-–]")
_WORD_NUMBER = re.compile(r"(?: ?[-–] ?| )(\d{1,4})(?![\d.,/:%]?\d)")  # "โควิด 19", "โควิด – 19", "โควิด -19"


def _word_number(text: str, pos: int, name: str) -> re.Match[str] | None:
    """The number written at `pos` (after one space, or a dash with or without spaces: "โควิด – 19") that the corpora
    write after the last word of `name` ("โคโรนา" 2019, "โควิด" 19; program_tails.json `numbered`)."""
    m = _WORD_NUMBER.match(text, pos)
    if not m:
        return None
    from phakhi.graph.extract.program_words import mined_tails  # the pairs are mined over every kind of name

    words = tokenize(name)
    return m if words and m.group(1) in mined_tails()[1].get(words[-1], ()) else None


def _extended(doc: Doc, start: int, name: str) -> str:
    """`name` run on through what the corpora mostly write after it (`extension`), when the text has that, it ends
    there and holds no other mention: "สถาบันส่งเสริมความปลอดภัย อาชีวอนามัย และสภาพแวดล้อมในการทำงาน"."""
    rest = extension(name)
    at, end = start + len(name), start + len(name) + len(rest)
    if not rest or not doc.text.startswith(rest, at) or end < len(doc.text) and \
            (is_thai(doc.text[end]) or doc.text[end].isalnum()):
        return name
    if doc.starting_in(at, end):
        return name  # a person, a place or another body follows
    chunks = rest.split()
    listed = len(chunks) > 1 and tokenize(chunks[-1])[0] in load_not_organizations()["inside_ok"]
    # every part begins with a word the authority's names are made of, or the parts are a list closed by "และ …"
    # ("…ภาพยนตร์ ละคร และซีรีส์"); other words ("… สีขาว", "… ดังนี้") end the name as written
    return doc.text[start:end] if listed or all(name_word(chunk) for chunk in chunks) else name


AND = "และ"
_CLOSING = re.compile(r" ?" + AND + r"([\u0e01-\u0e4e]{2,40})")


def closing_item(doc: Doc, start: int, name: str) -> str:
    """`name`, written as a list of its fields with spaces ("กระทรวงที่ดิน โครงสร้างพื้นฐาน", or cut at its first space:
    "กระทรวงเศรษฐกิจ| การค้า"), run on through the items of the list (`_list_items`) and the item "และ…" that closes it
    ("… และคมนาคม", "… และอุตสาหกรรม"): the words after "และ" up to the first that no authority name holds or that goes
    on with a sentence ("… และการขนส่ง|ของเกาหลี"), as Thai closes a list; not when the list item is another body or a
    mention's. Without the closing "และ…" the words after a space are the sentence's. Items after a name cut at its first
    space are read only for a closed class of bodies (not_organizations closed_prefixes: กระทรวง), whose names are lists
    of fields; after another name a list goes on with other actors ("สมาคมชาวไร่อ้อย| โรงงานน้ำตาล และเกษตรกร…")."""
    closed = field_list(name)
    vocabulary = _field_words() if closed and not name.startswith(_closed_prefixes()) else _authority_words()
    at = _list_items(doc, start + len(name), vocabulary) if closed else start + len(name)
    if at == start + len(name) and " " not in name[len(org_prefix(name)):].strip():
        return name
    m = _CLOSING.match(doc.text, at)
    if not m and at > start + len(name) and _closed_inside(doc.text[start + len(name):at].split()[-1]):
        return doc.text[start:at]  # "คณะกรรมาธิการการที่ดิน| ทรัพยากรธรรมชาติและสิ่งแวดล้อม": "และ" glued in the last item
    if not m or _prefix_at(m.group(1)):
        return name
    end, nominalizers = m.start(1), load_not_organizations()["nominalizers"]
    for word in tokenize(m.group(1)):
        if word not in vocabulary or word in sentence_words() and word not in nominalizers:
            break
        end += len(word)
    if end == m.start(1) or end < len(doc.text) and is_thai(doc.text[end]) and not starts_word(doc.text, end) \
            or doc.covered(at, end, ("organization", "person", "place", "program")):
        return name
    return doc.text[start:end]


@lru_cache(maxsize=1)
def _field_lists() -> tuple[str, ...]:
    """The prefix words of bodies named by a list of their fields (not_organizations `field_lists`: the ministries, the
    standing committees of the House and the Senate, "คณะกรรมาธิการการศาสนา คุณธรรม จริยธรรม ศิลปะ และวัฒนธรรม")."""
    return tuple(load_not_organizations()["field_lists"])


def field_list(name: str) -> bool:
    """Is `name` headed by the prefix word of a body named by a list of its fields (`_field_lists`)?"""
    return name.startswith(_field_lists())


def _closed_inside(item: str) -> bool:
    """Does the list item `item` close the list itself, "และ" glued inside it between two fields ("วิจัยและนวัตกรรม",
    "ทรัพยากรธรรมชาติและสิ่งแวดล้อม"), as Thai writes the last two items of a list as often as it spaces them?"""
    words = tokenize(item)
    return AND in words[1:-1]


@lru_cache(maxsize=1)
def _closed_prefixes() -> tuple[str, ...]:
    return tuple(load_not_organizations()["closed_prefixes"])


@lru_cache(maxsize=1)
def _field_words() -> frozenset[str]:
    """The words a field of a body named by its fields may hold: those of the authority's names and of the names mined
    from the corpora (name_words; "คุณธรรม", "จริยธรรม", "การตำรวจ"). A ministry's fields are the authority's alone."""
    return _authority_words() | name_words()


def _list_items(doc: Doc, at: int, vocabulary: frozenset[str]) -> int:
    """Where the items of a list of fields written after a name with spaces end ("กระทรวงเศรษฐกิจ| การค้า| และ…"): each
    item one space and a word or words every one of which the authority's names hold and none of which goes on with a
    sentence; not "และ…" (the closing item), a body's prefix word or a mention's text. `at` itself when there is none."""
    text, end = doc.text, at
    for _ in range(_MAX_ITEMS):
        item = _ITEM.match(text, end)
        if not item or item.group(1).startswith(AND) or _prefix_at(item.group(1)) \
                or doc.covered(item.start(1), item.end(1), ("organization", "person", "place", "program")):
            break
        words = tokenize(item.group(1))
        if any(w not in vocabulary or w in sentence_words() for w in words):
            break
        end = item.end()
    return end


_ITEM = re.compile(r" ([\u0e01-\u0e4e]{2,40})(?=[\s(),]|$)")  # an item of a list of fields, a space or the end after it
_MAX_ITEMS = 3  # items a list of fields holds before its closing "และ…" ("เศรษฐกิจ การค้า และอุตสาหกรรม")


def _prefix_at(text: str) -> bool:
    return bool(org_prefix(text))


def _unit_at(text: str, pos: int) -> bool:
    """Does a counted noun or a multiplier follow `pos` ("… 12 แห่ง", "… 4.0 ล้าน")? Then the number before it counts."""
    words = tokenize(text[pos:pos + 20].lstrip(" "))
    return bool(words) and words[0] in _units()


@lru_cache(maxsize=1)
def _units() -> frozenset[str]:
    counts = load_counts_data()
    return frozenset(load_not_organizations()["classifiers"]) | frozenset(counts["units"]) | frozenset(counts["multipliers"])


def numbered(name: str) -> bool:
    """Is `name` mostly followed by a number that belongs to it ("ศูนย์วัณโรคเขต 1"; mined)?"""
    return name in _numbered()


@lru_cache(maxsize=1)
def _numbered() -> frozenset[str]:
    return frozenset(_mined().get("numbered", ()))


def extension(name: str) -> str:
    """What follows `name` in most of the releases naming it (mined): "ธนาคารไทยเครดิต" + " เพื่อรายย่อย"."""
    return _mined().get("extensions", {}).get(name, "")


@lru_cache(maxsize=1)
def known_names() -> frozenset[str]:
    """Names found by pattern that recur in the corpora with the same boundaries (organization_names.json)."""
    return frozenset(_mined()["names"])


@lru_cache(maxsize=4096)
def tag_words(words: tuple[str, ...], corpus: str = "orchid") -> list[tuple[str, str]]:
    """pythainlp's bundled perceptron part-of-speech tags of the words (ORCHID's tag set unless `corpus` says
    otherwise), remembered: the same few words reach the tagger again and again across releases. Read only."""
    from pythainlp.tag import pos_tag

    return pos_tag(list(words), corpus=corpus)


@lru_cache(maxsize=1)
def cut_words() -> frozenset[str]:
    data = load_not_organizations()
    keep = set(data["inside_ok_verbs"]) | set(data["inside_ok"]) | set(data["not_cut"])
    return frozenset(_mined()["cut_words"]) - keep
