"""Property tests (hypothesis) for the normaliser and every extractor: on any text, built from pieces of the
real releases mixed with Thai digits, ASCII, control, bidi and zero-width characters, combining marks and
long runs, nothing raises, every span lies inside the original text and quotes what the extractor says it
found; numbers and dates written the ways releases write them parse back to the value they came from."""

from __future__ import annotations

import json
import math
import re
from datetime import date

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from conftest import SEEDS
from phakhi.graph.extract import (counts, event_identity, events, organizations, persons, program_words, programs,
                                  standards)
from phakhi.graph.extract.authority import organizations as authority_organizations
from phakhi.graph.extract.authority import programs as authority_programs
from phakhi.graph.extract.counts import find_counts
from phakhi.graph.text.dates import find_dates, parse_date, run_join
from phakhi.graph.extract.document import Doc
from phakhi.graph.text.normalize import normalize, normalize_label
from phakhi.graph.text.numbers import (MAX_DIGITS, NUMBER, NumberTooLarge, multiplier_pattern, multiplier_value,
                                  parse_number, scale)
from phakhi.graph.extract.pipeline import STAGES, extract
from phakhi.graph.read import ReadError, parse_release, read_bytes
from phakhi.ontology import EVENT_TYPES, ORGANIZATION_TYPES, QUALIFIERS, load_counts_data, load_months

RUNS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
REFERENCE = date(2018, 10, 3)

# --- the text strategy ---------------------------------------------------------------------------------

RELEASES = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
BIDI = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C)]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e", "\u00a0", "\u3000", "\u2009"]
TRICKY = ["\u0e4d\u0e32", "\u0e4d\u0e48\u0e32", "\u0e48\u0e34", "\u0e49\u0e35", "\u0e4d", "\u0e33", "\r\n", "\r",
          "\n", "\t", " ", "e\u0301", "\u0301", "(", ")", "“", "”", "\"", ",", ".", "-", "–",
          # cues the extractors anchor on, so the strategy reaches their inner branches
          "นาย", "นางสาว", "ดร.", "พล.อ.", "Mr. ", "H.E. ", "รัฐมนตรีว่าการ", "กระทรวง", "กรม", "สำนักงาน",
          "บริษัท ", " จำกัด (มหาชน)", "โครงการ", "มาตรการ", "โดย", "การประชุม", "ลงนาม", "สัมมนา", "Conference",
          "วันนี้", "เรื่อง", "กว่า", "ประมาณ", "ไม่ต่ำกว่า", "ตั้งเป้า", "1,000", "34,000", "1.5", "ล้าน", "แสนล้าน",
          "บาท", "คน", "ราย", "US$", "$", "ปี", "ครบ", "ที่", "ร้อยละ", "3 ต.ค. 61", "3 ตุลาคม 2561", "October 3, 2018",
          "โรงแรม", "ศูนย์การประชุม", "(กนอ.)", "(UNIDO)", "UNIDO", "สภาอุตสาหกรรมแห่งประเทศไทย", "อก."]


@st.composite
def release_piece(draw) -> str:
    """A slice of a real release (so names, titles, dates and counts occur), up to 300 characters."""
    text = draw(st.sampled_from(RELEASES))
    start = draw(st.integers(0, len(text) - 1))
    return text[start:start + draw(st.integers(1, 300))]


PIECES = st.one_of(
    release_piece(),
    release_piece(),
    st.sampled_from(TRICKY),
    st.text(alphabet=THAI_DIGITS + ",. ", min_size=1, max_size=12),
    st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=20),  # ASCII, control characters included
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp"]), max_size=6),
    st.sampled_from(BIDI + INVISIBLE),
    st.text(alphabet=st.characters(min_codepoint=0x0E00, max_codepoint=0x0E7F), min_size=1, max_size=12),
    st.text(alphabet=st.characters(categories=["Mn", "Mc", "Me"]), min_size=1, max_size=6),  # combining marks
    st.text(max_size=10),  # anything (hypothesis never generates lone surrogates for str)
    st.tuples(st.sampled_from(["ก", " ", "1", "\u0e48", "\u200b", "\u202e", "a", ",", "นาย", "\n"]),
              st.integers(50, 2000)).map(lambda t: t[0] * t[1]),  # long runs
)
TEXTS = st.lists(PIECES, max_size=25).map("".join)


def _release(text: str):
    """The release as `phakhi ingest` would build it; NUL or blank text is refused with a ReadError."""
    if "\x00" in text or not text.strip("\ufeff \t\r\n"):
        with pytest.raises(ReadError):
            parse_release(text, "p.txt")
        assume(False)
    return parse_release(text, "p.txt", published=REFERENCE)


# --- what every mention must satisfy --------------------------------------------------------------------

UNIT_SURFACES = tuple(s for s, _ in counts._units())
CANONICAL_UNITS = {c for _, c in counts._units()}


def _check_mention(doc: Doc, m) -> None:
    original, norm = doc.release.text, doc.norm
    assert 0 <= m.nstart < m.nend <= len(doc.text), m
    assert 0 <= m.start < m.end <= len(original), m
    assert m.text == original[m.start:m.end]
    assert (m.start, m.end) == norm.span(m.nstart, m.nend)
    # the original span holds every character the matched normalised text came from
    assert all(m.start <= norm.starts[k] and norm.ends[k] <= m.end for k in range(m.nstart, m.nend)), m
    seen = doc.text[m.nstart:m.nend]
    if m.data.get("learned"):  # "ชื่อเต็ม (ตัวย่อ)": the abbreviation names what the full name names
        assert any(o.key == m.key and o.kind == m.kind and not o.data.get("learned") for o in doc.mentions), m
        assert len(seen) >= 2 and seen.strip() == seen
    elif m.kind == "person" and m.data.get("gloss"):  # "นายอาเบะ อิชิโระ (Mr. Abe Ichiro)": the Latin name in
        # brackets is the Thai-written person before it, so it takes that mention's key (persons._join_glosses)
        assert any(o.kind == "person" and o.key == m.key and not o.data.get("gloss") and o.nend <= m.nstart
                   and doc.text[o.nend:m.nstart].rstrip().endswith("(") for o in doc.mentions), m
        assert m.data["hstart"] == m.nstart and m.data["honorific"] is None
    elif m.kind == "person":
        # the key is the name as seen, through person_key (a first name glued to its surname is keyed spaced)
        assert m.key.replace(" ", "") == persons.person_key(seen).replace(" ", ""), m
        # what stands between: the honorific, or a title beginning with one glued to the first name ("นายกแพทองธาร")
        assert doc.text[m.data["hstart"]:m.nstart].strip() == (m.data.get("glued_title") or m.data["honorific"])
        post = m.data.get("post")
        if post:
            assert 0 <= post["nstart"] < post["nend"] <= len(doc.text)
            if post["role"] != "representative":
                assert doc.text.startswith(post["title"], post["nstart"])
    elif m.kind == "organization":
        if m.key.startswith("org:"):
            assert m.key in authority_organizations()
        else:
            # keyed by the name as written, or by the name the extractor says it keyed it by: the unit with the parent
            # it joined ("whole"), or the release's glued or unspaced form of the same body ("keyed")
            named = m.data.get("whole") or m.data.get("keyed") or seen
            assert m.key == organizations.PATTERN_KEY + normalize_label(named), m
            assert m.data["type"] in ORGANIZATION_TYPES
    elif m.kind == "program":
        if m.key.startswith("program:"):
            assert m.key in authority_programs()
        elif "name" in m.data:
            s, e = m.data["name"]
            assert m.nstart < s < e < m.nend and m.key == program_words.PATTERN_KEY + normalize_label(doc.text[s:e])
        elif part := next((doc.text[at:e] for s, at, e in standards.marks_after_heads(doc.text)
                           if (s, e) == (m.nstart, m.nend)), None):
            assert m.key == program_words.PATTERN_KEY + normalize_label(part)  # "มาตรฐาน ISO 9001": keyed by its part
        elif normalize_label(seen) in standards.mined()["bare"] and m.data.get("form") == "pattern":
            # a mark the corpora write bare as a standard ("มอก."), given alone where its head is no free word
            assert m.key == program_words.PATTERN_KEY + normalize_label(seen), m
        elif seen.isascii():  # English: "… Programme", "… Model" (english.find_english_programs), or its (ABBR)
            assert m.data.get("form") in ("pattern", "name", "abbr"), m
        else:
            assert m.key == program_words.PATTERN_KEY + normalize_label(seen)
            assert program_words.prefix_pattern().match(seen)
    elif m.kind == "place":
        assert m.key == "place:" + normalize_label(seen)
    elif m.kind == "event":
        assert m.data["name"] == " ".join(seen.split())
        assert m.data["type"] in EVENT_TYPES and m.key == event_identity.EVENT_KEY + m.data["type"]
        assert m.data["date"] is None or isinstance(m.data["date"], date)
    elif m.kind == "count":
        value = m.data["value"]
        assert isinstance(value, int) or math.isfinite(value)
        assert value >= 0 and m.data["unit"] in CANONICAL_UNITS and m.data["qualifier"] in QUALIFIERS
        assert re.search(r"\d", seen)
        assert seen.removesuffix("เศษ").endswith(UNIT_SURFACES)
    else:
        pytest.fail(f"unknown mention kind {m.kind!r}")


def _check_extraction(release, extraction) -> None:
    text = release.text
    for entity in extraction.entities.values():
        assert entity.spans and entity.names
        for start, end in entity.spans:
            assert 0 <= start < end <= len(text), (entity.key, start, end)
        surfaces = {" ".join(text[s:e].split()) for s, e in entity.spans} | {text[s:e].strip() for s, e in entity.spans}
        if entity.kind == "person":  # a person's name is what the text says, normalised (no zero-width spaces)
            surfaces = {normalize_label(s) for s in surfaces}
        if entity.kind == "person":
            assert set(entity.names) <= surfaces, (entity.names, surfaces)  # names are what the text says
        elif entity.kind == "organization":  # names are what the text says, or a unit the text writes bare named
            parents = {row["th"] for row in authority_organizations().values()} | surfaces  # with the parent the
            assert all(name in surfaces or any(name.startswith(s + " ") and name[len(s) + 1:] in parents  # release
                                               for s in surfaces)  # names ("สำนักงานเลขานุการกรม| กรมส่งเสริม…")
                       for name in entity.names), (entity.names, surfaces)
        for post in entity.posts:
            assert post.span is None or 0 <= post.span[0] < post.span[1] <= len(text)
    for count in extraction.counts:
        start, end = count.span
        assert 0 <= start < end <= len(text) and text[start:end] == count.text


# --- reading ---------------------------------------------------------------------------------------------

JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXTS,
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                       max_size=3), max_leaves=6)


@RUNS
@given(st.one_of(st.binary(max_size=300), TEXTS.map(lambda t: t.encode("utf-8")),
                 TEXTS.map(lambda t: t.encode("utf-16")), TEXTS.map(lambda t: t.encode("utf-16-le"))),
       st.sampled_from(["r.txt", "r.json"]))
def test_any_bytes_read_as_a_release_or_a_read_error_naming_it(data, name):
    try:
        release = read_bytes(data, name)
    except ReadError as error:
        assert str(error).startswith(name + ": ")
    else:
        assert release.name == name and release.text.strip("\ufeff \t\r\n") and "\x00" not in release.text
        release.text.encode("utf-8")  # storable: no lone surrogate
        assert all(0 <= s <= e <= len(release.text) for s, e in release.regions)


@RUNS
@given(st.dictionaries(st.sampled_from(["text", "name", "title", "published", "source_url", "publisher", "x"]),
                       JSON_VALUES, max_size=6), st.booleans())
def test_any_json_object_is_a_release_or_a_read_error(obj, surrogate):
    if surrogate and isinstance(obj.get("text"), str):
        obj["text"] += "\ud800"
    data = json.dumps(obj).encode()
    try:
        release = read_bytes(data, "r.json")
    except ReadError as error:
        assert str(error).startswith("r.json: ")
    else:
        assert isinstance(obj.get("text"), str) and release.text == obj["text"]
        for value in (release.text, release.name, release.title or "", release.publisher or ""):
            value.encode("utf-8")
        assert release.source_url is None or re.fullmatch(r"https?://\S+", release.source_url, re.IGNORECASE)


# --- the normaliser --------------------------------------------------------------------------------------

@RUNS
@given(TEXTS, st.data())
def test_normalized_spans_cover_their_source_characters(original, data):
    norm = normalize(original)
    assert len(norm.text) == len(norm.starts) == len(norm.ends) and norm.original_length == len(original)
    for s, e in zip(norm.starts, norm.ends):
        assert 0 <= s < e <= len(original)
    if norm.text:
        a = data.draw(st.integers(0, len(norm.text) - 1))
        b = data.draw(st.integers(a + 1, len(norm.text)))
        s, e = norm.span(a, b)
        assert 0 <= s < e <= len(original)
        assert all(s <= norm.starts[k] and norm.ends[k] <= e for k in range(a, b)), (a, b, s, e)


DROPPED = {"\ufeff", "\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\u180e"}
OTHER_SPACES = {"\r", "\t", "\x0b", "\x0c", "\u00a0", "\u202f", "\u205f", "\u3000", "\u2009"}


@RUNS
@given(TEXTS)
def test_normalized_text_has_no_invisible_characters_thai_digits_or_cr(original):
    text = normalize(original).text
    assert not set(text) & (DROPPED | OTHER_SPACES | set(THAI_DIGITS))


@RUNS
@given(st.text(alphabet=st.characters(codec="ascii", exclude_characters="\r\t\x0b\x0c"), max_size=200))
def test_plain_ascii_is_left_as_it_is(original):
    norm = normalize(original)
    assert norm.text == original and norm.starts == tuple(range(len(original)))
    assert norm.ends == tuple(range(1, len(original) + 1))


MARKS = st.lists(st.sampled_from(["ก", "ท", "e", " ", "๑", "\r", "\r\n", "\n", "\u200b", "\ufeff", "\u0301", "\u0327",
                                  *[chr(c) for c in range(0x0E30, 0x0E3B)], *[chr(c) for c in range(0x0E45, 0x0E4F)]]),
                 max_size=16).map("".join)


@settings(max_examples=400, deadline=None)
@given(MARKS)
def test_every_normalized_span_of_reordered_marks_covers_its_sources(original):
    """Tones typed before their vowel, decomposed sara am and NFC reorder characters: every span, not
    only the whole text, must still reach from the first to the last original character it came from."""
    norm = normalize(original)
    for a in range(len(norm.text)):
        for b in range(a + 1, len(norm.text) + 1):
            s, e = norm.span(a, b)
            assert s == min(norm.starts[a:b]) and e == max(norm.ends[a:b]), (a, b)


def test_a_tone_typed_before_its_vowel_at_the_end_of_a_span_is_quoted_whole():
    original = "ท\u0e48\u0e35"  # "ที่" typed tone-first: normalised to ท ี ่
    norm = normalize(original)
    assert norm.text == "ท\u0e35\u0e48"
    assert norm.span(0, 3) == (0, 3) and norm.span(0, 2) == (0, 3) and norm.span(1, 3) == (1, 3)


# --- the document's mention index ---------------------------------------------------------------------------

KINDS = ("organization", "program", "person", "place", "event", "count")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, 60), st.integers(0, 25), st.integers(-1, 40)),
                max_size=40),
       st.lists(st.tuples(st.integers(0, 90), st.integers(0, 40), st.lists(st.sampled_from(KINDS), min_size=1,
                                                                          max_size=3, unique=True)), max_size=30))
def test_mention_lookups_agree_with_a_scan_of_the_list(operations, queries):
    """Doc keeps its mentions indexed by kind and start; every lookup must answer what a scan of the list
    in the order found would, through additions and removals (find_by_pattern removes)."""
    doc = Doc.from_release(parse_release("ก" * 100, "d.txt"))
    for kind, start, length, remove in operations:
        if 0 <= remove < len(doc.mentions):
            doc.mentions.remove(doc.mentions[remove])
        else:
            doc.add(doc.mention(start, min(start + length, 100), kind, f"k{len(doc.mentions)}"))
    listed = list(doc.mentions)
    for kind in KINDS:
        assert doc.of_kind(kind) == sorted((m for m in listed if m.kind == kind), key=lambda m: m.nstart)
    # one-character windows either side of every mention's ends, where an off-by-one would show
    edges = [(max(0, p - 1), 1, [m.kind]) for m in listed for p in (m.nstart, m.nstart + 1, m.nend, m.nend + 1)]
    for start, length, kinds in queries + edges:
        end, kinds = start + length, tuple(kinds)
        assert doc.covered(start, end, kinds) == any(m.nstart < end and start < m.nend for m in listed
                                                     if m.kind in kinds), (start, end, kinds)
        assert doc.starting_in(start, end, kinds) == [m for m in listed if m.kind in kinds and start <= m.nstart < end]
        assert doc.starting_in(start, end) == [m for m in listed if start <= m.nstart < end]  # every kind
        for kind in kinds:
            assert doc.ending_at(end, kind) is next((m for m in listed if m.kind == kind and m.nend == end), None)
            assert doc.starting_at(start, kind) == [m for m in listed if m.kind == kind and m.nstart == start]


# --- each extractor on its own, and in pipeline order ------------------------------------------------------

SINGLE_STAGES = [organizations.mask_places, organizations.find_authority_names, persons.find_persons,
                 organizations.find_by_pattern, programs.find_programs, events.find_events, find_counts]


@pytest.mark.parametrize("stage", SINGLE_STAGES, ids=lambda s: s.__name__)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS)
def test_each_extractor_alone_gives_well_formed_spans(stage, text):
    doc = Doc.from_release(_release(text))
    assert len(doc.text) == len(doc.norm.text)
    stage(doc)
    for m in doc.mentions:
        _check_mention(doc, m)


@RUNS
@given(TEXTS)
@example("ให้เกียรติกล่าวเปิดการประชุม นายเศรษฐกิจหมุนเวียน (Circular Economy) ")  # a gloss: hypothesis found it
@example("ผลิตภัณฑ์ตามมาตรฐาน ISO 9001 แล้ว")  # a standard is keyed by its proper part ("มาตรฐานOctober 3" found)
@example("เป็นประธาน ณ โรงแรมขายสินค้าต้องได้มาตรฐาน มอก.")  # a bare mark where the head is no free word (found)
def test_every_stage_in_pipeline_order_gives_well_formed_spans(text):
    doc = Doc.from_release(_release(text))
    for stage in STAGES:
        stage(doc)
        for m in doc.mentions:
            _check_mention(doc, m)


@RUNS
@given(TEXTS)
@example("ศูนย์วํา รัฐบาลไทย")  # a unit named with its parent keeps its own name as written (ํา), not normalised (ำ)
def test_pipeline_never_raises_and_quotes_the_original(text):
    release = _release(text)
    _check_extraction(release, extract(release))


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_on_the_real_releases_every_fact_quotes_what_was_matched(path):
    """On real releases a matched span never splits a character cluster, so the original characters at
    every span normalise to exactly the text the matcher saw."""
    release = parse_release(path.read_text(encoding="utf-8"), path.name)
    doc = Doc.from_release(release)
    for stage in STAGES:
        stage(doc)
    assert doc.mentions
    for m in doc.mentions:
        _check_mention(doc, m)
        assert normalize_label(m.text) == normalize_label(doc.text[m.nstart:m.nend]), m
    _check_extraction(release, extract(release))


# --- dates ---------------------------------------------------------------------------------------------

MONTHS = load_months()["months"]
FULL_MONTHS = {n: name for name, n in MONTHS.items() if not name.isascii() and "." not in name}
SHORT_MONTHS = {n: name for name, n in MONTHS.items() if not name.isascii() and "." in name}
WEEKDAYS = load_months()["weekdays"]


def _thai_digits(s: str) -> str:
    return s.translate(str.maketrans("0123456789", THAI_DIGITS))


@RUNS
@given(day=st.dates(date(1957, 1, 1), date(2056, 12, 31)), short=st.booleans(), two_digit=st.booleans(),
       thai=st.booleans(), era=st.booleans(), weekday=st.booleans(), before=st.sampled_from(["", "เมื่อ", "นาย ก ", "(", "๑๒ "]),
       after=st.sampled_from(["", " - ", ")", " กระทรวงอุตสาหกรรม", ".", "\n"]))
def test_thai_buddhist_era_dates_parse_back(day, short, two_digit, thai, era, weekday, before, after):
    month = (SHORT_MONTHS if short else FULL_MONTHS)[day.month]
    be = day.year + 543
    year = f"{be % 100:02d}" if two_digit else str(be)
    written = f"{day.day} {month}{' พ.ศ.' if era else ''} {year}"
    if weekday:
        written = f"{WEEKDAYS[day.weekday()]}ที่ " + written
    if thai:
        written = _thai_digits(written)
    text = before + written + after
    assert parse_date(text) == day, text
    assert parse_date(normalize(text).text) == day, text
    (start, end, found), = find_dates(text)
    assert found == day and text[start:end].endswith(_thai_digits(year) if thai else year)


@RUNS
@given(day=st.dates(date(1857, 1, 1), date(9456, 12, 31)), short=st.booleans(), thai=st.booleans())
def test_four_digit_buddhist_era_years_parse_back(day, short, thai):
    month = (SHORT_MONTHS if short else FULL_MONTHS)[day.month]
    written = f"{day.day} {month} {day.year + 543}"
    assert parse_date(_thai_digits(written) if thai else written) == day


@RUNS
@given(day=st.dates(date(1900, 1, 1), date(2100, 12, 31)), short=st.booleans())
def test_a_date_without_year_takes_the_reference_year(day, short):
    assume(not (day.month == 2 and day.day == 29))
    month = (SHORT_MONTHS if short else FULL_MONTHS)[day.month]
    assert parse_date(f"ในวันที่ {day.day} {month} นี้", reference=day) == day


_RUN_LEAD = re.compile(f"(?:{'|'.join(map(re.escape, load_months()['run_leads']))})\\s*$")


@RUNS
@given(TEXTS)
@example("ระหว่างวันที่ 15 ถึงวันที่ 16 พฤศจิกายน 2566 ที่")
@example("การประชุม… ระหว่างวันที่ 27 พฤศจิกายน – 1 ธันวาคม 25")
def test_found_dates_are_ordered_disjoint_and_reparse_from_their_span(text):
    """Each date is read from its own characters: its span, with the word for the day right before it (a run of
    days "ระหว่างวันที่ 15 ถึงวันที่ 16 พฤศจิกายน 2566" needs it to be a run) and, when the date opens a run of dates
    (text.dates.run_join), through the run's last date, whose year a first date with none of its own takes
    ("27 พฤศจิกายน – 1 ธันวาคม 25": the run's year, not the reference's; twenty-fourth session)."""
    found = find_dates(text, REFERENCE)
    previous_end = 0
    for i, (start, end, d) in enumerate(found):
        assert previous_end <= start < end <= len(text)
        lead = _RUN_LEAD.search(text, 0, start)
        opens_run = i + 1 < len(found) and run_join().fullmatch(text, end, found[i + 1][0])
        assert parse_date(text[lead.start() if lead else start:found[i + 1][1] if opens_run else end], REFERENCE) == d
        previous_end = end


# --- numbers -------------------------------------------------------------------------------------------

_NUMBER = re.compile(NUMBER)
MULTIPLIERS = load_counts_data()["multipliers"]


@RUNS
@given(st.integers(0, 10**MAX_DIGITS - 1), st.booleans())
def test_integers_with_commas_or_thai_digits_parse_back(n, thai):
    written = f"{n:,}"
    if thai:
        written = _thai_digits(written)
        assert parse_number(written) == n
        written = normalize(written).text
    assert _NUMBER.fullmatch(written)
    assert parse_number(written) == n and parse_number(written.replace(",", "")) == n


@RUNS
@given(whole=st.integers(0, 99_999), cents=st.integers(0, 99), words=st.lists(st.sampled_from(sorted(MULTIPLIERS)),
                                                                             min_size=1, max_size=3))
def test_numbers_with_thai_multiplier_words_parse_back(whole, cents, words):
    """"1.5 ล้าน", "3 แสนล้าน", "103,835ล้าน": digits times the Thai multiplier words after them."""
    factor = math.prod(MULTIPLIERS[w] for w in words)
    digits = f"{whole:,}.{cents:02d}" if cents else f"{whole:,}"
    expected = (whole * 100 + cents) * factor // 100 if (whole * 100 + cents) * factor % 100 == 0 else None
    assume(expected is not None)  # a whole number of units, as counts are
    phrase = digits + " " + "".join(words)
    number = _NUMBER.match(phrase)
    mult = multiplier_pattern().match(phrase, number.end())
    assert mult and mult.end() == len(phrase)
    assert multiplier_value(mult.group(1)) == factor
    value = scale(parse_number(number.group()), multiplier_value(mult.group(1)))
    assert value == expected and isinstance(value, int)


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 10**15), st.sampled_from(["บาท", "คน", "ราย", "โรงงาน"]), st.booleans())
def test_a_count_in_a_sentence_has_the_value_written(n, unit, thai):
    digits = _thai_digits(f"{n:,}") if thai else f"{n:,}"
    text = f"มีผู้เข้าร่วม {digits} {unit} ในงาน"
    release = parse_release(text, "n.txt", published=REFERENCE)
    found = extract(release).counts
    assert [(c.value, c.unit) for c in found] == [(n, unit)]
    assert found[0].text.endswith(f"{digits} {unit}") and text[slice(*found[0].span)] == found[0].text


@RUNS
@given(TEXTS)
def test_every_number_and_multiplier_a_release_can_contain_parses(text):
    norm = normalize(text).text
    for m in _NUMBER.finditer(norm):
        whole = m.group().replace(",", "").partition(".")[0]
        if len(whole) > MAX_DIGITS:
            with pytest.raises(NumberTooLarge):
                parse_number(m.group())
            continue
        value = parse_number(m.group())
        assert value >= 0 and math.isfinite(value)
        if "," not in m.group() and "." not in m.group():
            assert value == int(m.group())
        mult = multiplier_pattern().match(norm, m.end())
        if mult:
            try:
                factor = multiplier_value(mult.group(1))
            except NumberTooLarge:
                continue
            assert factor >= 10


@pytest.mark.parametrize("number", ["9" * 25, "9" * 400, "1," + ",".join(["000"] * 30), "5 " + "ล้าน" * 50,
                                    "9" * 5000 + ".5", "1." + "0" * 5000])
def test_numbers_beyond_any_amount_are_not_counts(extract_text, number):
    """A 400-digit run once became the count "Infinity" (an invalid xsd:decimal); 5,000 digits would
    overflow int(). Such runs are not amounts: no count, no error."""
    result = extract_text(f"มีผู้เข้าร่วม {number} บาท และ 12 คน")
    assert [(c.value, c.unit) for c in result.counts] == ([(1, "บาท"), (12, "คน")] if number.startswith("1.")
                                                          else [(12, "คน")])
