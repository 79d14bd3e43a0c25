"""Where a programme's name written on directly after its prefix ends (`name_end`): the run goes on to the next
space across the words a name may hold ("เพื่อ", "จาก", "ส่งเสริม" …) and stops at a word that begins a clause
("ได้", "ซึ่ง" …), a cut word or a tail the corpora write after names; when such a word cut the run the name ends
before the first relative word (the clause began there) that no attribute follows ("…ระบบนิเวศ|ที่เหมาะสม" is the
name's). A name the corpora show standing whole ends a run that goes on past it with a linking word or verb
("กองทุนฝนหลวง|มีเงิน…"), a longer mined name wins over the rules, and an ordinal, a version ("… 4.0"), a number the
corpora write after a word ("…โคโรนา 2019"), a Latin acronym ("กองทุนฟื้นฟู SMEs"), a phase or year ("… ระยะที่ 12") and
Thai words joined by dashes (a route) are the name's. A name of generic words, numbers and a phase alone names nothing.
Kept apart from the scan: the mining scripts ask the same question of runs with no document around them."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

from phakhi.graph.extract.counts import counted_number
from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.names import org_prefix, partners, province_at, province_named_at, tag_words
from phakhi.graph.extract.program_continuations import continued_end, spaced_end
from phakhi.graph.extract.program_words import (attributed, bare, count_after, dictionary_words,
                                                function_words_never_last, function_word, generic_sets, known_phrase,
                                                mined_cut_words, mined_program_names, mined_tails, NAME_RUN,
                                                prefix_pattern, program_data, stop_pairs, word_sets)
from phakhi.graph.text.editions import without_yearly_edition
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import literal_alternation
from phakhi.graph.text.thai import is_thai, tokenize
from phakhi.ontology import load_counts_data, load_mined, load_months, load_not_organizations


# Latin words after a Thai name: one acronym ("SMEs", "LPG"), with a decimal glued to it that designates ("ฝุ่น
# PM2.5"), or several capitalised words ("HUMAN MILK …"), the English words that join a name's words between them
# (program_patterns.json "latin_connectors": "โครงการสำรวจ The Programme for the International Assessment of …")
@lru_cache(maxsize=1)
def _latin_tail() -> re.Pattern[str]:
    joined = r"(?:(?: (?:" + literal_alternation(program_data()["latin_connectors"]) + r"))* [A-Z][A-Za-z0-9\-]*)"
    return re.compile(r"\s([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?:\.\d(?![\d.,]))?" + joined + "{0,5}"
                      r"|[A-Z][a-z0-9\-]+" + joined + r"{1,8})(?=[\s,():]|$)")
PHASE_NUMBER = (r"(?:ระยะที่|ฉบับที่|เฟส|รุ่นที่|ปี(?:งบประมาณ)?(?: พ\.ศ\.)?) ?\d{1,4}(?:/\d{2,4})?"
                 r"(?: ?[-–] ?\d{2,4})?(?![\d.,])")  # and a range of years ("ปี 2562 – 2563")
EDITION = f"(?:{PHASE_NUMBER}|25[4-7]\\d(?![\\d.,]))"  # or a Buddhist-era year alone ("…ช่วงเทศกาลปีใหม่ 2565")
PHASE = re.compile(" " + EDITION)


@lru_cache(maxsize=1)
def _worded_phase() -> re.Pattern[str]:
    """A phase in words after a space (program_patterns.json "worded_phases"), ending a word, no item of a list."""
    data = program_data()["worded_phases"]
    return re.compile(f" (?:{literal_alternation(data['words'])})(?=[\\s”\"),]|$)"
                      f"(?![^\\S\\n]*(?:{literal_alternation(data['not_before'])}))")


@lru_cache(maxsize=1)
def _place_ordinal() -> re.Pattern[str]:
    """The ordinal of a built place after a space (program_patterns.json "place_ordinals"), with its number."""
    words = literal_alternation(program_data()["place_ordinals"]["words"])
    return re.compile(f" (?:{words}) ?(?:\\d{{1,3}}|[๐-๙]{{1,3}})(?![\\d.,]?\\d)")


@lru_cache(maxsize=1)
def _yearly_edition() -> re.Pattern[str]:
    """A yearly edition after a space (program_patterns.json "yearly_editions": "… ประจำปีงบประมาณ พ.ศ. 2560",
    "… ปีการผลิต 2566/67", "… ปีที่ 2", "… ปี 2560 - 2579"), its year or years with or without the era's mark
    ("era_marks"), spaces or none."""
    words = literal_alternation(program_data()["yearly_editions"]["words"] + program_data()["yearly_editions"]["years"])
    marks = literal_alternation(program_data()["era_marks"]["marks"])
    return re.compile(f" (?:{words})[^\\S\\n]*(?:(?:{marks})[^\\S\\n]*)?\\d{{1,4}}(?:/\\d{{2,4}})?"
                      f"(?: ?[-–] ?\\d{{2,4}})?(?![\\d.,])")


def yearly_edition_at(text: str, end: int) -> re.Match[str] | None:
    """The yearly edition written after a space at a name's end `end` ("…ถวายเทียนพรรษา| ประจำปี 2566")."""
    return _yearly_edition().match(text, end)


def phase_at(text: str, end: int) -> re.Match[str] | None:
    """The phase, edition or year written after a space at a name's end `end` ("… ระยะที่ 12", "… ปี 2560", "…
    ประจำปี 2566"), its phase in words ("…ของประเทศ| ระยะเร่งด่วน") or the ordinal of the place it builds ("…สะพาน
    ข้ามแม่น้ำโก-ลก| แห่งที่ 2"): which stage or which one of the programme is meant, so the name's."""
    return PHASE.match(text, end) or yearly_edition_at(text, end) or _worded_phase().match(text, end) \
        or _place_ordinal().match(text, end)


_DESIGNATION = re.compile(r" (\d{1,2}\.\d)(?![\d.,%])")  # "PM 2.5": a decimal with one digit after an acronym
_GLUED_PHASE = re.compile(PHASE_NUMBER)  # the phase word the run ends on, its number after a space ("…มาบตาพุดเฟส 3")
# the number after a word that numbers a name ("โครงการท่อส่งก๊าซธรรมชาติเส้นที่ 4", "…ทางหลวงหมายเลข 348"):
# program_patterns.json "ordinals", then a space
_ORDINAL = re.compile(r" ?(?:\d{1,4}|[๐-๙]{1,4})(?![\d.,]?\d)")
# a number after the space a name's run ends at ("… โคโรนา 2019"): `_numbered` says which words take which
_NUMBER_AFTER = re.compile(r" (\d{1,4}(?:\.\d{1,2})?)(?![\d.,]?\d)")
SHORT_PAIR = 4  # letters: a short token and a short stop glued together ("ภร" + "ณ") are pieces of one word
_NUMBER_NEXT = re.compile(r"\s?\d")
_RANGE_ON = re.compile(r"\s?[-–]\s?\d")  # a span of years the pattern read only half of ("พ.ศ. 2565|-25703")


def name_end(text: str, start: int, pos: int, stop: int, *, mined: frozenset[str] | None = None,
             generic: frozenset[str] = frozenset(), tail_ok=lambda start, end: True) -> int | None:
    """Where a program's name that starts at `start`, its prefix ending at `pos`, ends (no further than `stop`);
    None when the words after the prefix name nothing. `mined`: names the corpora attest (default: the
    mined data file); `generic`: more words that name nothing on their own; `tail_ok(start, end)`: may a
    Latin acronym after the name ("มาตรการส่งเสริม SMEs"), or the rest of a name the corpora write with a space
    inside, join it?"""
    stops, links, not_last = word_sets()
    heads, generic = generic_sets()[0], (generic_sets()[2] if text[start:pos] in program_data()["named_by_any_subject"]
                                          else generic_sets()[1]) | generic
    relative = program_data()["relative"]
    tokens = _unglued_stops(tokenize(text[pos:stop]), stops)
    paired = _paired(tokens)  # "หนึ่งอำเภอหนึ่งทุน": one X, one Y
    if not paired and _opens_with_word(text, pos, tokens, program_data()["not_after"]):
        return None  # a function word: a reference back, no name ("โครงการ|ทาง…" is; "โครงการ|ทางพิเศษ…" is not)
    if tokens and tokens[0] in program_data()["class_words"]["words"]:
        return None  # "โครงการ|ประเภท|แหล่งน้ำ", "โครงการ|แบบ|ระยะยาว": a class of programmes, no name
    inner = prefix_pattern().match(text, pos)
    if inner and inner.end() < stop and name_end(text, pos, inner.end(), stop, mined=mined) is None:
        return None  # a prefix on a prefix that names nothing: "แผนงาน|โครงการที่มีความจำเป็น…", "โครงการ|นโยบายสำคัญ"
    cut_words = mined_cut_words()
    tails, numbered = mined_tails()
    if tokens and tokens[0] in cut_words:  # the sentence goes on right after the prefix ("โครงการใกล้จะ…")
        return None
    opening = ""
    for token in tokens[:3]:  # a reference or a modifier right after the prefix ("มาตรการดังกล่าว")
        opening += token
        if opening in heads:
            return None
    ends, end = [], pos  # (where token i ends, token i), the run's tokens up to the first stop
    first_link, first_relative, cut = None, None, False
    pairs = stop_pairs()
    for i, token in enumerate(tokens):
        if i < paired:  # the pair's words are the name's, stop words or not
            end += len(token)
            ends.append((end, token))
            continue
        glued_route = _glued_route().match(text, end) if ends and token in _route_words() else None
        if glued_route:  # "โครงการทางพิเศษ|สายพระราม 3 – ดาวคะนอง - วงแหวนรอบนอกตะวันตก": the segment is the name's
            end = glued_route.end()
            ends.append((end, glued_route.group()))
            break
        if token in stops or token.isspace() or (token, tokens[i + 1] if i + 1 < len(tokens) else "") in pairs \
                or (ends and (token in cut_words or token in tails or _copula_after_words(token, ends[-1][1]))):
            cut = not token.isspace()
            last = ends[-1][1] if ends else ""
            if cut and last and is_thai(last[-1]) and (last not in dictionary_words() or len(last) + len(token) <= SHORT_PAIR
                                                       or len(token) <= 2 and _NUMBER_NEXT.match(text, end + len(token))):
                return None  # the stop falls inside a word ("…จุฬาภร|ณราช…") or before a number ("…เดือน|ละ 999")
            break
        if ends and ends[-1][1] in links and prefix_pattern().match(token):  # "…และโครงการ…": two names
            ends.pop()
            break
        if ends and _second_fund(text[start:pos], token):  # "กองทุนเสมอภาคเพื่อการศึกษา|กองทุนยุติธรรม": two funds
            break
        if ends and ends[-1][1] in program_data()["joins"] and _body_after_join(text, end, token):
            ends.pop()  # "โครงการส่วนต่อขยาย|และคณะกรรมการกำกับดูแล…": another party, the sentence's
            break
        if token == "ฯ" or token.startswith("ฯ") and not token.startswith("ฯลฯ"):
            # an abbreviated name ends at its mark ("โครงการยกระดับศักยภาพหมู่บ้านฯ"), also where the tokenizer glues
            # the mark to the word after it ("กองทุนหมุนเวียน|ฯขอ|ประนอมหนี้": the fund, then what is asked of it)
            end += 1
            ends.append((end, "ฯ"))
            break
        if token in relative and ends and first_relative is None:
            first_relative = end
        if token in relative and first_link is None and ends and not attributed(tokens, i):
            first_link = end  # not "…ระบบนิเวศ|ที่เหมาะสม…": an attribute of the noun before it, the name's
        end += len(token)
        ends.append((end, token))
    if cut and first_link is not None:  # a clause began at the first relative word ("ที่")
        ends = [e for e in ends if e[0] <= first_link]
    if len(ends) > 1 and _duration_last(text, ends):  # "…ด้านพลังงาน|เป็นเวลา 3 เดือน": how long, not which
        ends.pop()
    ordinal = _ORDINAL.match(text, ends[-1][0]) if ends and ends[-1][1] in program_data()["ordinals"] else None
    if ordinal and len(ends) > 1:  # "…เส้นที่ 4", "…ทางหลวงหมายเลข 348": the number is the name's
        ends.append((ordinal.end(), text[ends[-1][0]:ordinal.end()]))
    while ends and (ends[-1][1] in not_last or _sentence_word_last(text[start:ends[-1][0]], ends)
                    or _full_stop(ends)):
        ends.pop()
    owner = _generic_owner(text, pos, ends)  # "โครงการรักษาเสถียรภาพราคายางพารา|ของภาครัฐ": who runs it
    if owner is not None:
        ends = [e for e in ends if e[0] <= owner]
    end = ends[-1][0] if ends else pos
    number = _NUMBER_AFTER.match(text, end) if ends and end == stop else None
    if number and (number.group(1) in numbered.get(ends[-1][1], ()) or version_number(text, number)):
        end = number.end()  # "…โคโรนา 2019", "…ไทยแลนด์ 4.0", "โครงการอบรมหมอดิน 4.0"
        ends.append((end, number.group(1)))
    attested = corpus_boundary(text, start, ends, end)  # "กองทุนฝนหลวง|มีเงินและทรัพย์สิน"
    if attested is not None:
        ends = [e for e in ends if e[0] <= attested]
        end = attested
    mined = mined_program_names()[0] - run_on_names() if mined is None else mined
    if mined:  # a longer name the corpora attest with these boundaries wins over the rules
        e = pos
        for token in tokens:
            e += len(token)
            if e > end and normalize_label(text[start:e]) in mined:
                end, ends = e, [(e, "")]
    further = continued_end(text, start, end, tail_ok)  # "โครงการเรา|ไม่ทิ้งกัน", "โครงการรถไฟฟ้าสายสีเขียว ช่วง…"
    if cut and first_relative is not None and first_relative != first_link and first_relative < end == further:
        # the corpora's rests were mined after names ended before any relative word: "โครงการเงินกู้เพื่อวิถีแห่ง
        # คุณภาพชีวิต|ที่ดีตามศาสตร์พระราชา" runs on from there, past its attribute
        further = max(further, continued_end(text, start, first_relative, tail_ok))
    run_disease = _disease().match(text, end) if further > end else None
    if run_disease and run_disease.end(1) == further:
        further = end  # "มาตรการป้องกัน| โควิด-19": the disease alone is read below (it names no programme alone)
    if further > end:
        end, stop, ends = further, max(stop, further), ends + [(further, text[end:further].strip())]
    spaced = spaced_end(text, start, end) if end == stop else None  # "โครงการออมขวัญ ปันสุข"
    rest = text[end:spaced].lstrip(" ") if spaced is not None else ""
    disease = _disease().match(text, end) if end == stop and ends and spaced is None else None
    if spaced is not None and tail_ok(spaced - len(rest), spaced):
        end, ends = spaced, ends + [(spaced, rest)]
    elif disease and tail_ok(disease.start(1), disease.end(1)):  # "…การแพร่ระบาดของไวรัส| โควิด-19"
        end, ends = disease.end(1), ends + [(disease.end(1), disease.group(1))]
    elif end == stop and (aimed := joined_aim_end(text, start, pos, end)) and tail_ok(end + 1, aimed):
        end, ends = aimed, ends + [(aimed, text[end:aimed].strip())]  # "…การกำกับดูแล| และส่งเสริม การประกอบการ…"
    elif end == stop and (listed := listed_end(text, end)) and tail_ok(end + 1, listed):
        end, ends = listed, ends + [(listed, text[end:listed].strip())]  # "…วิทยาศาสตร์| เทคโนโลยี และนวัตกรรม"
    elif end == stop:  # a Latin acronym after the run joins it ("กองทุนฟื้นฟู SMEs", "ราคาก๊าซ LPG")
        tail = _latin_tail().match(text, end)
        if tail and tail_ok(tail.start(1), tail.end(1)):
            end, ends = tail.end(1), ends + [(tail.end(1), tail.group(1))]
            designation = _DESIGNATION.match(text, end) if tail.group(1).split()[-1].isupper() else None
            if designation and not count_after().match(text, designation.end()):
                end = designation.end()  # "…ฝุ่นละออง PM 2.5": a decimal after an acronym designates, counts nothing
                ends.append((end, designation.group(1)))
    scope = _bare_scope(ends) if ends and end == ends[-1][0] and not phase_at(text, end) else 0
    if scope:  # "…ของหน่วยงานภาครัฐ|ในพื้นที่": where it runs, not which one it is ("…ในพื้นที่ ระยะที่ 2" runs on)
        ends = ends[:-scope]
        end = ends[-1][0] if ends else pos
    phase = phase_at(text, end)  # a phase, edition or year after the name ("… ระยะที่ 12", "… ปี 2560")
    if phase and phase.group()[1].isdigit() and text.endswith(_months(), 0, end):
        phase = None  # "…ในเดือนมิถุนายน| 2563": the year of a date, not the name's
    if phase and _dated_fund(text, start, pos, phase.end()):
        phase = None  # "กองทุนพัฒนาไฟฟ้า| ประจำปีงบประมาณ พ.ศ. 2563": a fund is not dated, the year is its budget's
    if not phase and ends and end == ends[-1][0] and ends[-1][1]:  # or glued to it ("…เฟส 3", "…ปีงบประมาณ 2566")
        phase = _GLUED_PHASE.match(text, end - len(ends[-1][1]))
        phase = phase if phase and phase.end() > end else None
    if not phase and ends and end == ends[-1][0]:
        phase = era_period(text, start, pos, end)  # "ยุทธศาสตร์อวกาศแห่งชาติ| พ.ศ. 2560-2579"
    named = end  # where the words that may name something end: before the phase, edition or year
    if phase:
        named, end = phase.start(), phase.end()
        # the years of the stage after it ("…กาญจนาภิเษก ระยะที่ 2| ปี 2560 - 2579"), no second stage or cohort: "…
        # ประจำปี 2560| รุ่นที่ 44" would make the cohort a programme of its own beside the year's edition
        later = yearly_edition_at(text, end) or era_period(text, start, pos, end)
        if later and not _dated_fund(text, start, pos, later.end()) and not _RANGE_ON.match(text, later.end()):
            end = later.end()  # "…การขอทาน ฉบับที่ 1| พ.ศ. 2562–2564": the stage and its years, both the name's
    abbreviated = len(ends) > 2 and ends[-1][1] == "ฯ"  # a longer name cut short: a name all the same
    if disease and ends[-1][1] == disease.group(1):  # the disease names no programme of its own:
        named = min(named, disease.start())  # "มาตรการป้องกัน| โควิด-19" is a kind
    if not abbreviated and not paired and all(token in generic or bare(token) in generic or _NUMBERS.fullmatch(token)
                               for e, token in ends if e <= named):
        return None  # generic words, numbers and a phase ("มาตรการระยะที่ 3", "โครงการปีงบประมาณ 2561") name nothing
    return end


@lru_cache(maxsize=1)
def _joined_bodies() -> re.Pattern[str]:
    """A body's kind word (program_patterns.json "joined_runs" "bodies") at a word's start."""
    return re.compile(literal_alternation(program_data()["joined_runs"]["bodies"]))


def _body_after_join(text: str, at: int, token: str) -> bool:
    """Does the word `token` at `at`, right after a joining word, open another body ("…|และคณะกรรมการ…", "…|และ
    กรมปศุสัตว์", "…|และกรมชลประทาน"): a body's kind word, alone or glued to its name (a word of its own, or none of the
    dictionary), not the start of another word of the dictionary ("กรมธรรม์")?"""
    body = _joined_bodies().match(text, at)
    return body is not None and (len(token) <= len(body.group()) or token[len(body.group()):] in dictionary_words()
                                 or token not in dictionary_words())


@lru_cache(maxsize=1)
def _duration_after() -> re.Pattern[str]:
    """A number and a unit of time (counts.json "durations") after a space or none: "… 3 เดือน", "…10 ปี"."""
    return re.compile(r" ?(?:\d[\d,.]*|[๐-๙]+) ?(?:" + literal_alternation(load_counts_data()["durations"]) + ")")


def _duration_last(text: str, ends: list[tuple[int, str]]) -> bool:
    """Does the run end on a word of duration ("joined_runs" "durations": เป็นเวลา, ระยะเวลา) with a number and a
    unit of time after it ("…ด้านพลังงาน|เป็นเวลา 3 เดือน")?"""
    return ends[-1][1] in program_data()["joined_runs"]["durations"] \
        and _duration_after().match(text, ends[-1][0]) is not None


MIN_STOPPED = 3  # letters of a word before a full stop: shorter ones end abbreviations the tokenizer splits ("กย|ศ.")


def _full_stop(ends: list[tuple[int, str]]) -> bool:
    """Does the run end on the sentence's full stop: a "." the tokenizer splits off after a word of the dictionary
    ("…ของชาติฉบับใหม่|.", "…ท่าเทียบเรือประมงปัตตานี|."), not the dot of an abbreviation ("ธ.ก.ส.", "กยศ.", "วป|ร.")?"""
    return len(ends) > 1 and ends[-1][1] == "." and len(ends[-2][1]) >= MIN_STOPPED \
        and ends[-2][1] in dictionary_words()


def listed_end(text: str, end: int) -> int | None:
    """Where a name ends that the rules end at a space before the rest of a list its last word opens ("…ด้วย
    วิทยาศาสตร์| เทคโนโลยี และนวัตกรรม", "…ของผัก| ผลไม้และสินค้าเกษตร"): one or two words tagged a common noun, a
    joining word and the last member, a noun that runs to a stop (program_patterns.json "listed_members"); None when the
    text after the space is no such list. Each such list is written once, so no corpus table knows it: the form does."""
    data = program_data()["listed_members"]
    gap = _GAP.match(text, end)
    if not gap or text[end - 1] == "ฯ" or province_at(text, gap.end()) is not None \
            or prefix_pattern().match(text, gap.end()) or text[:end].endswith(_patronage_words()):
        return None  # an abbreviated name is whole ("กองทุนสื่อฯ| ผู้ทรงคุณวุฒิและกรรมการ"); provinces are its places; a
        # prefix begins a list of programmes ("โครงการรถไฟทางคู่…| โครงการมอเตอร์เวย์ และโครงการพัฒนาท่าอากาศยาน");
        # the royal patronage closes a name ("กองทุนพัฒนาเด็กชนบทในพระราชูปถัมภ์| หนังสือสูจิบัตร และหนังสือ…")
    first = NAME_RUN.match(text, gap.end()).end()
    members = tokenize(text[gap.end():first])
    joined = next((i for i, token in enumerate(members) if token in data["joins"]), None)
    at = first
    if joined is None:  # "เทคโนโลยี และนวัตกรรม": the joining word after a space
        after = _GAP.match(text, first)
        word = next((w for w in data["joins"] if after and text.startswith(w, after.end())), None)
        if word is None:
            return None
        joined, at = len(members), after.end()
    else:
        at = gap.end() + sum(len(token) for token in members[:joined])
    stops = word_sets()[0] | mined_cut_words() | mined_tails()[0]
    if not 1 <= joined <= data["max_words"] or not all(t in dictionary_words() and t not in stops
                                                        for t in members[:joined]) \
            or province_named_at(text, gap.end()) is not None:
        return None  # "…แม่น้ำป่าสัก| จังหวัดพระนครศรีอยุธยา และพบปะประชาชน": the name's place, then a clause
    join = next(w for w in data["joins"] if text.startswith(w, at))
    at += len(join)
    stops |= frozenset(data["member_ends"]["words"]) | frozenset(program_data()["relative"])
    last, words = at, tokenize(text[at:NAME_RUN.match(text, at).end()])
    if not words or any(tag not in data["tags"] for _, tag in tag_words((*members[:joined], join, words[0]))
                        if tag != data["join_tag"]):
        return None  # "…การกำกับ| ดูแล และส่งเสริม…": verbs, tagged in the list's context
    if any(map(_other_kind, (members[0], words[0]))) \
            and not _other_kind(tokenize(text[max(0, end - 40):end])[-1], located=True) \
            or any(w in data["own_words"]["words"] for w in words):
        return None  # "…ติดถนนใหญ่| ใกล้สถานที่ราชการ และสถาบันการศึกษา": bodies or places, unless the name's last word
        # is one too ("…ภาครัฐ| ภาคเอกชน และภาคประชาชน"); "…| โรงเรียนและจังหวัดของตน": the subject's own
    nominal = tuple(data["nominalizers"]["words"])
    if text.startswith(nominal, at) and not text.startswith(nominal, gap.end()):
        return None  # "…ระดับมัธยมศึกษา และ|การพัฒนาโรงเรียน…": a second item, not the list's last member
    for token in words:
        if token in stops or token in data["joins"] or prefix_pattern().match(token):
            break
        last += len(token)
    return last if last > at and is_thai(text[last - 1]) else None


def joined_aim_end(text: str, start: int, pos: int, end: int) -> int | None:
    """Where a project's name ends that the rules end at a space before its second aim ("โครงการเพิ่มประสิทธิภาพ
    การกำกับดูแล| และส่งเสริม การประกอบการเหมืองแร่", "โครงการพัฒนาเครือข่ายคนพิการ| และพัฒนาศูนย์เรียนรู้…"): after
    a prefix of program_patterns.json "joined_aims", a name that opens with an aim, then และ and a second aim, runs on
    to the second aim's stop; an aim alone before a space takes the run after the space as its object. None when the
    text after the space is no such aim: after other prefixes, or with a clause's verb after และ, it is the sentence's."""
    data = program_data()["joined_aims"]
    aims = tuple(data["aims"])
    gap = _GAP.match(text, end)
    if text[start:pos] not in data["prefixes"] or not text.startswith(aims, pos) or not gap \
            or not text.startswith(data["join"], gap.end()) or not text.startswith(aims, gap.end() + len(data["join"])):
        return None
    at = gap.end() + len(data["join"])
    aim = at + max(len(a) for a in aims if text.startswith(a, at))
    last = _aim_run(text, at)
    if last == aim and (space := _GAP.match(text, last)) and is_thai(text[space.end():space.end() + 1]):
        last = max(last, _aim_run(text, space.end()))  # "และส่งเสริม| การประกอบการเหมืองแร่": the aim's object
    return last if last > aim and is_thai(text[last - 1]) else None


def _aim_run(text: str, at: int) -> int:
    """Where the words of an aim that begin at `at` end: at the run's end, its first stop word, relative word or
    prefix."""
    stops = word_sets()[0] | mined_cut_words() | mined_tails()[0] | frozenset(program_data()["relative"])
    last = at
    for token in tokenize(text[at:NAME_RUN.match(text, at).end()]):
        if token in stops or prefix_pattern().match(token):
            break
        last += len(token)
    return last


_GLOSS_AFTER = re.compile(r"\s*[(\[]")  # an opening bracket after a name: the gloss of what comes before it


def _generic_owner(text: str, pos: int, ends: list[tuple[int, str]]) -> int | None:
    """Where the name whose run after its prefix (at `pos`) ends with a generic owner glued on with its link
    (program_patterns.json "generic_owners": "…ราคายางพารา|ของภาครัฐ", "…จิตอาสาพระราชทาน|ของส่วนราชการ") ends: the
    state as a class says who runs a programme, not which one; None when there is none, or when a word of the name is
    made a noun by a nominalizer ("…การใช้ยาง|ของภาครัฐ": the owner is that action's, part of the name), or when a
    bracketed gloss follows the owner ("…ศูนย์บริการแบบเบ็ดเสร็จของภาครัฐ (One - Stop Service)": the gloss names the
    whole phrase before it, judged cut short without the owner in round 'before')."""
    if not ends:
        return None
    data, end = program_data()["generic_owners"], ends[-1][0]
    nominal = tuple(program_data()["listed_members"]["nominalizers"]["words"])
    for word in data["words"]:
        cut = end - len(data["link"]) - len(word)
        if cut > pos and text.startswith(data["link"] + word, cut) and any(e == cut for e, _ in ends) \
                and not any(token.startswith(nominal) for e, token in ends if e <= cut) \
                and not _GLOSS_AFTER.match(text, end):
            return cut
    return None


@lru_cache(maxsize=1)
def _patronage_words() -> tuple[str, ...]:
    return tuple(program_data()["patronage"]["words"])


@lru_cache(maxsize=2)
def _place_words(located: bool) -> tuple[str, ...]:
    data = load_not_organizations()
    words = {*data["pos"]["place_words"], *data["placed_words"], *data["area_words"], *data["collectives"]}
    return tuple(sorted(words | set(data["located_by"] if located else ()), key=len, reverse=True))


def _other_kind(token: str, located: bool = False) -> bool:
    """Does a list member's first token open with a kind of body (an organization's prefix word, org_patterns.jsonl)
    or of place (not_organizations.json place_words, placed_words, area_words; collectives, bodies by the many:
    หน่วยงาน, องค์กร), as a word of its own ("สถาบัน|การศึกษา", "ภาค|ตะวันออกเฉียงเหนือ"; not "สภา" in "สภาพแวดล้อม")?
    Such a list after a name's last word of another kind names where or by whom, not the programme's own fields.
    `located`: also the words that place bodies (located_by: ชุมชน, หมู่บ้าน), asked of the name's last word only, for
    as a list's member ชุมชน is as often a field ("…ด้านสังคมและชุมชน")."""
    head = org_prefix(token) or next((w for w in _place_words(located) if token.startswith(w)), "")
    rest = token[len(head):]
    return bool(head) and (not rest or tokenize(rest)[0] in dictionary_words())


def places_or_runs(token: str) -> bool:
    """Does `token` open with a kind of body or of place, the located words with them (`_other_kind`): words after a
    name that tell where it runs or who runs it ("…| จังหวัดแม่ฮ่องสอน", "…| ชุมชน…"), not which one it is?"""
    return _other_kind(token, True)


_GAP = re.compile(r" {1,3}")  # a longer run lays out a table or a page, not the space inside a list


@lru_cache(maxsize=1)
def _disease() -> re.Pattern[str]:
    """A disease a programme is named for, written after the space its run ends at (program_patterns.json "diseases":
    "… ไวรัส| โควิด-19", "…สถานการณ์| COVID-19"), to a word's end. The number after the disease's name is read however
    the corpora space it, whatever the list writes: a dash or none, a space or two (a zero-width one too) on either side
    of it, in Thai digits or Arabic ("สถานการณ์| COVID -19", "ไวรัส| COVID -19" with a zero-width space before the number, "…การแพร่ระบาด| โควิด-๑๙": 27
    releases write such a form after a programme's run)."""
    names, numbers = set(), set()
    for word in program_data()["diseases"]["words"]:
        numbered = _DISEASE_NUMBER.fullmatch(word)
        names.add(numbered.group(1) if numbered else word)
        if numbered:
            numbers |= {numbered.group(2), numbered.group(2).translate(_THAI_DIGITS)}
    return re.compile(f" ((?:{literal_alternation(names)})(?:{_DISEASE_GAP}(?:{literal_alternation(numbers)}))?)"
                      f"(?![ก-๛A-Za-z0-9])")


_DISEASE_NUMBER = re.compile(r"(.*?[^\s\-–])[\s\-–]+(\d+)")  # "โควิด – 19": the name, the number
_DISEASE_GAP = "(?:[ \u200b]{0,2}[-–][ \u200b]{0,2}|[ \u200b]{1,2})"  # a dash spaced or not, or a space alone
_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def _unglued_stops(tokens: list[str], stops: frozenset[str]) -> list[str]:
    """`tokens` with each stop the tokenizer made of the last syllable of the word before it and the word after it
    split back ("…สร้างราย|ได้แก่|เกษตรกร" is "…สร้างรายได้|แก่|เกษตรกร", income for farmers: cut at "ได้แก่" the name
    was judged cut mid-word): where the word before and the stop's head are a word of the dictionary, and so is the
    rest of the stop."""
    words = dictionary_words()
    for i in range(1, len(tokens)):
        token = tokens[i]
        if token not in stops or not is_thai(tokens[i - 1][-1:]):
            continue
        cut = next((k for k in range(1, len(token)) if tokens[i - 1] + token[:k] in words and token[k:] in words), None)
        if cut is not None:
            tokens[i - 1:i + 1] = [tokens[i - 1] + token[:cut], token[cut:]]
    return tokens


def _opens_with_word(text: str, pos: int, tokens: list[str], words: list[str]) -> bool:
    """Does the run at `pos` (its tokens) open with one of `words`, unless its first token is a kind of way a
    transport project is named after and a word of its own follows ("ทาง" refers back, "โครงการ|ทางพิเศษ|ฉลองรัช",
    "โครงการ|ทางด่วน|ขั้นที่ 3" name: program_patterns.json "route_words" "ways"; the way alone, or followed by a
    linking word, tells the kind: "โครงการทางพิเศษ", "โครงการทางพิเศษ|ใน…")?"""
    if not text.startswith(tuple(words), pos):
        return False
    named_way = len(tokens) > 1 and tokens[0] in program_data()["route_words"]["ways"] \
        and not tokens[1].isspace() and tokens[1] not in program_data()["links"]
    return not named_way


def _paired(tokens: list[str]) -> int:
    """How many tokens open a name that pairs ("หนึ่ง|ตำบล|หนึ่ง|ผลิตภัณฑ์": program_patterns.json "paired"): four,
    or none."""
    if len(tokens) >= 4 and tokens[0] in program_data()["paired"]["words"] and tokens[2] == tokens[0] \
            and all(is_thai(token[0]) and token not in program_data()["paired"]["words"] for token in tokens[1:4:2]):
        return 4
    return 0


@lru_cache(maxsize=1)
def _numbered_pair() -> re.Pattern[str]:
    """A space, one (program_patterns.json "paired" "numbers") and a Thai word, or any number and a Latin word (an
    English slogan, "6 countries 1 destination"; "มาตรการ 3 ด้าน 1 ระยะ" counts), one again, and the first letter of
    the second word."""
    one = literal_alternation(program_data()["paired"]["numbers"])
    return re.compile(rf" ?(?:(?:{one}) ?(?P<thai>[ก-๛]{{2,20}})|[\d๐-๙]{{1,2}} ?[A-Za-z]{{2,20}}) ?(?:{one}) ?"
                      r"(?=[ก-๛A-Za-z])")


def numbered_pair_end(text: str, start: int, pos: int) -> int | None:
    """Where a name that pairs with numbers, written after the prefix at `start` (ending at `pos`) and a space, ends
    ("โครงการ 1 ตำบล 1 กลุ่มเกษตรทฤษฎีใหม่| พื้นที่…", "นโยบาย 1 ครอบครัว 1 ซอฟต์พาวเวอร์", "โครงการ 6 countries 1
    destination"): N X, one Y is a name as "หนึ่งตำบลหนึ่งผลิตภัณฑ์" is (`_paired`), where a number after a prefix
    otherwise counts ("โครงการ 10 โครงการ"). The second word runs as a name's words do (`name_end`), or, generic or
    short, is the name's last word ("…1 อำเภอ 1 ทุน"), and no further than where the release writes the name
    standing alone elsewhere; None when no such pair follows, or the words are counts (a
    prefix counted, a unit after the one)."""
    pair = _numbered_pair().match(text, pos)
    if pair is None or pair.group("thai") and prefix_pattern().match(pair.group("thai")):
        return None
    second = pair.end()
    if text[second].isascii():
        return re.compile(r"[A-Za-z][A-Za-z\-]*").match(text, second).end()
    stop = NAME_RUN.match(text, second).end()
    tokens = tokenize(text[second:stop])
    end = name_end(text, start, second, stop) or second + len(tokens[0])
    for at in accumulate(map(len, tokens)):  # the release writes the name standing alone: it ends there here too
        if second + at < end and re.search(re.escape(text[start:second + at]) + "(?![ก-๛])", text):
            end = second + at  # "โครงการ 1 ตำบล 1 กลุ่มเกษตรทฤษฎีใหม่|ในทุกขั้นตอน…" beside "…ทฤษฎีใหม่ พื้นที่…"
            break
    units = f"(?:{count_after().pattern})+"
    return None if re.fullmatch(units, text[second:end]) else end  # "มาตรการ 1 ครัวเรือน 1 คน": a count


@lru_cache(maxsize=1)
def _era() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a period after a name: an era mark and a year or a range of years, the law heads and words of regulations a
    name may hold)."""
    era = program_data()["era_marks"]
    marks = literal_alternation(era["marks"])
    laws = literal_alternation(program_data()["law_heads"] + era["not_with"])
    return re.compile(f" (?:{marks}) ?\\d{{4}}(?: ?[-–] ?\\d{{2,4}})?(?![\\d.,])"), re.compile(laws)


def era_period(text: str, start: int, pos: int, end: int) -> re.Match[str] | None:
    """The period written after a name with the era's mark ("… พ.ศ. 2560-2579", "… พ.ศ.2567"): a plan's, a
    strategy's, a project's own (program_patterns.json "era_marks"); None after a fund's name (its prefix named by any
    subject: a fund is not dated, the year is a regulation's) or a name holding a law's head or a word of a regulation
    ("…ที่กำหนดในกฎกระทรวง…| พ.ศ. 2548", "นโยบายประกาศใช้แผน…")."""
    if text[start:pos] in program_data()["named_by_any_subject"]:
        return None
    period, laws = _era()
    found = period.match(text, end)
    return found if found and not laws.search(text, start, end) else None


def _dated_fund(text: str, start: int, pos: int, end: int) -> bool:
    """Is the name from `start` to `end` a fund's (its prefix `text[start:pos]` "กองทุน", "กองทุนเพื่อ":
    program_patterns.json "named_by_any_subject") with a year's edition at its end ("…| ประจำปีงบประมาณ พ.ศ. 2563",
    "กองทุนเพื่อผู้ใช้แรงงาน| ปี 66": graph/text/editions.py)? A fund is not dated: the year is its budget's or
    report's (judged audits, rounds 3, 14 and 22)."""
    if not text[start:pos].startswith(tuple(program_data()["named_by_any_subject"])):
        return False
    name = normalize_label(text[start:end])
    return without_yearly_edition(name) != name


@lru_cache(maxsize=1)
def _months() -> tuple[str, ...]:
    """The Thai month names and abbreviations (ontology/th/months.json): a year after one dates, it numbers no name."""
    return tuple(load_months()["months"])


def _copula_after_words(token: str, last: str) -> bool:
    """Is `token` a copula that opens a clause about the name ("โครงการกระตุ้นเศรษฐกิจ…การท่องเที่ยว|เป็นการทำกิจกรรม":
    the project is an activity), written right after the name's own words? After a word that joins two parts of one
    name (program_patterns.json "joins": และ, หรือ) it adds a second purpose to the name ("…ออกนอกพื้นที่และเป็นการ
    ช่วยเหลือเกษตรกร…", judged valid) and the run goes on."""
    data = program_data()
    return token in data["copulas"]["words"] and last not in data["joins"]


def _bare_scope(ends: list[tuple[int, str]]) -> int:
    """How many of the run's last tokens are words saying the programme runs "here", with no place after them
    (program_patterns.json "bare_scopes": "…ของหน่วยงานภาครัฐ|ในพื้นที่"); 0 when the run does not end on them or
    nothing of the name would be left before them. Read where no phase follows: "…ไปปฏิบัติในพื้นที่ ระยะที่ 2" is
    one project's name, its phase after it."""
    last = tuple(token for _, token in ends)
    for words in program_data()["bare_scopes"]["words"]:
        if len(last) > len(words) and last[-len(words):] == tuple(words):
            return len(words)
    return 0


def _sentence_word_last(run: str, ends: list[tuple[int, str]]) -> bool:
    """Does the run end on a function word no name ends on ("…ภูมิภาค|เอง", "…ข้าว|แต่อย่างใด", "…ดินแดง|จน"): a stop
    word the known names never end on, where neither the run (`run`, its prefix and all: "โครงการเรา|…ไม่ทิ้งกัน")
    nor the word with the one before it ("ชายแดน|ใต้") is written inside a known name, and that the tagger reads as a
    function word here ("โครงการรักษ์|ทาง" is a noun)?"""
    last = ends[-1][1]
    if last not in function_words_never_last() or known_phrase(run) \
            or len(ends) > 1 and known_phrase(ends[-2][1] + last):
        return False
    return function_word([token for _, token in ends])


@lru_cache(maxsize=1)
def mined_boundaries() -> frozenset[str]:
    """Names the corpora show standing whole (between spaces or punctuation in several releases) that elsewhere run
    on into a linking word or a verb with no space ("กองทุนฝนหลวง" / "กองทุนฝนหลวงมีเงิน…"): where a run reaches one
    and goes on with such a word, the name ends there (mined by scripts/mine_programs.py; normalised)."""
    return frozenset(load_mined("program_names.json").get("boundaries", ()))


@lru_cache(maxsize=1)
def _continuations() -> tuple[frozenset[str], tuple[str, ...]]:
    """(words that may carry a run on past the end of a name into the sentence: the linking words, relative words,
    verbs a name may hold and predicates, but not the words that join two parts of one name ("joins": และ, หรือ);
    the function words among them, which the tokenizer may glue to the next word: "ใน|อัตรา", "มี|เงิน")."""
    data = program_data()
    glued = (frozenset(data["links"]) | frozenset(data["relative"]) | frozenset(data["predicates"])) \
        - frozenset(data["joins"])
    return glued | frozenset(data["inside"]) - frozenset(data["joins"]), tuple(sorted(glued, key=len, reverse=True))


def continues(token: str) -> bool:
    """Does `token` carry a run on into the sentence: a continuation word, or a function word glued by the tokenizer to
    a word of the dictionary ("มีเงิน", not "มาตรฐาน" nor "ทุกข์")?"""
    words, glued = _continuations()
    return token in words or _glued_function_word(token, glued)


def _glued_function_word(token: str, glued: tuple[str, ...]) -> bool:
    head = next((word for word in glued if token.startswith(word)), None)
    return head is not None and token[len(head):] in dictionary_words()


def opens_clause(token: str) -> bool:
    """Does `token` open a clause of its own: a linking, relative or predicate word ("แก่", "ให้", "มี", "ได้"; not
    the verbs a name may hold, program_patterns.json "inside", nor a joining word), alone or glued by the tokenizer
    to a word of the dictionary ("ให้ตั้ง|งบประมาณ")? Asked after a join that follows a name standing whole."""
    _, glued = _continuations()
    return token in glued or _glued_function_word(token, glued)


def corpus_boundary(text: str, start: int, ends: list[tuple[int, str]], end: int) -> int | None:
    """The end of the longest name the corpora attest whole (`boundaries`) inside the run [start, end), when the run
    goes on past it with a linking word, verb or predicate (`continues`) or an adverb of extent ("กองทุนยุติธรรม|อย่าง
    ยั่งยืน", "โครงการรถไฟฟ้าสายสีเขียว|ทั้งระบบ": `_extents`); None when there is none. `ends`: (where token i ends,
    token i) of the run after its prefix."""
    boundaries = mined_boundaries()
    if not boundaries and not whole_names():
        return None
    # no longer whole name holds this one: a fund's run-on is read there only; a run that is itself a name the corpora
    # write whole ("กองทุนพัฒนาบทบาทสตรีแห่งชาติ", program_guard.json "whole") runs on into nothing
    longest = normalize_label(text[start:end]) not in whole_names()
    for i in range(len(ends) - 2, -1, -1):
        e, following = ends[i][0], ends[i + 1][1]
        if e < end and (continues(following) or text.startswith(_extents(), e) or _second_activity(ends, i)) \
                and normalize_label(text[start:e]) in boundaries:
            return e
        if e < end and _clause_after_whole(text, start, ends, i):
            return e
        if longest and e < end and normalize_label(text[start:e]) in whole_names():
            longest = False
            if fund_run_on(text, start, ends, i):
                return e
    return None


_GLUED_ABBREVIATION = re.compile(r"[ก-ฮ]{2,6}\.")  # "กองทุนเงินให้กู้ยืมเพื่อการศึกษา|กยศ.": the fund's own short name


@lru_cache(maxsize=1)
def _fund_runs() -> dict[str, tuple[str, ...]]:
    return {name: tuple(rests) for name, rests in load_mined("program_fund_runs.json").get("names", {}).items()}


def fund_run_on(text: str, start: int, ends: list[tuple[int, str]], i: int) -> bool:
    """Does the run go on after token i, a fund's name the corpora write whole and run on into many different
    continuations (program_fund_runs.json, scripts/mine_program_fund_runs.py: "กองทุนยุติธรรม|ผ่านระบบ…",
    "กองทุนประกันสังคม|จัดเก็บเงินสมทบ…"), into the sentence: not with one of its recurrent continuations (a longer
    name's rest: "กองทุนร่วมลงทุน|ในกิจการ"), nor a place ("กองทุนพัฒนาบทบาทสตรี|จังหวัด…", "กองทุนแม่ของแผ่นดิน|บ้านโคกกลางสามัคคี": the fund of one place), a
    join or the abbreviation mark, which the rules read? A fiscal year ("กองทุนพัฒนาไฟฟ้า|ประจำปีงบประมาณ พ.ศ. 2563")
    is never a recurrent continuation. Thai words only, as mined ("กองทุนการออมแห่งชาติ|-กอช." is read elsewhere)."""
    e, following = ends[i][0], ends[i + 1][1]
    rests = _fund_runs().get(normalize_label(text[start:e]))
    if rests is None or not is_thai(following[:1]) or following in program_data()["joins"] or following.startswith("ฯ") \
            or _GLUED_ABBREVIATION.match(text, e):
        return False
    place = next((w for w in (*_place_words(True), *program_data()["fixed_names"]["villages"])
                  if following.startswith(w)), "")
    if place and (following == place or tokenize(following[len(place):])[0] in dictionary_words()) \
            or province_at(text, e) is not None:
        return False
    return not any(text.startswith(rest, e) for rest in rests)


@lru_cache(maxsize=1)
def whole_names() -> frozenset[str]:
    """Names the corpora write standing whole, between spaces or punctuation, in many releases and in most of the
    releases of the runs they begin (program_guard.json "whole", scripts/mine_program_guard.py; normalised):
    "กองทุนพัฒนากีฬาแห่งชาติ", "กองทุนเพื่อความเสมอภาคทางการศึกษา". Unlike `mined_boundaries` the corpora need not show
    them running on: only a clause of its own ends them (`_clause_after_whole`)."""
    return frozenset(load_mined("program_guard.json").get("whole", ()))


def _second_fund(prefix: str, token: str) -> bool:
    """Does `token`, inside the run of a name begun by `prefix`, begin a second fund (program_patterns.json
    "fixed_names" "prefixes")? The corpora write no fund's name whole with a second fund's head inside it: two funds
    listed with no space between ("กองทุนเสมอภาคเพื่อการศึกษา|กองทุนยุติธรรม") or a run on into a law's or an
    office's name ("กองทุนน้ำมันเชื้อเพลิงของสำนักงาน|กองทุน…")."""
    heads = tuple(program_data()["fixed_names"]["prefixes"])
    return prefix.startswith(heads) and token.startswith(heads)


@lru_cache(maxsize=1)
def run_on_names() -> frozenset[str]:
    """Mined longer names (program_names.json "names") that are a fund's name the corpora write whole far more often,
    run on into the sentence (program_patterns.json "fixed_names": "กองทุนคุ้มครองเด็ก|ในด้านทุนการศึกษา" stands whole
    in 3 releases, "กองทุนคุ้มครองเด็ก" in 27): its stem, the longest `whole_names` entry it begins with (ending
    between two of its words), stands whole in more than 1/share times its releases; or it holds a second fund's head
    ("กองทุนชุมชนเมืองตามพระราชบัญญัติ|กองทุน…", `_second_fund`). Such a name does not win over the rules."""
    data = program_data()["fixed_names"]
    prefixes, share = tuple(data["prefixes"]), data["share"]
    whole = load_mined("program_guard.json").get("whole", {})
    found = set()
    for name, releases in load_mined("program_names.json").get("names", ()):
        if not name.startswith(prefixes):
            continue
        cuts = list(accumulate(len(token) for token in tokenize(name)))[:-1]
        stem = next((name[:cut] for cut in reversed(cuts) if name[:cut] in whole), None)
        if stem is not None and releases < share * whole[stem] or any(name.startswith(prefixes, cut) for cut in cuts):
            found.add(name)  # or it holds a second fund's head (`_second_fund`)
    return frozenset(found)


def _clause_after_whole(text: str, start: int, ends: list[tuple[int, str]], i: int) -> bool:
    """Does the run end after token i, a name the corpora write standing whole (`whole_names`), because the release
    goes on there with a clause of its own: a relative or predicate word (`_opens_sentence`: "กองทุน…|มีการจ่าย
    เงินเยียวยา…"), a join and a linking, relative or predicate word (`opens_clause`: "กองทุนพัฒนากีฬาแห่งชาติ|หรือ
    ให้ตั้งงบประมาณ…"), or an adverb of extent; not a linking word or a verb a name may hold ("…|เพื่อ…",
    "…|ส่งเสริม…"), nor a join and a nominalizer ("ยุทธศาสตร์พัฒนาโครงสร้างพื้นฐาน|และการให้บริการ…": a heading's
    second half), which a longer name goes on with."""
    e, following = ends[i][0], ends[i + 1][1]
    joined = following in program_data()["joins"] and i + 2 < len(ends) and opens_clause(ends[i + 2][1])
    return (_opens_sentence(following) or joined or text.startswith(_extents(), e)) \
        and normalize_label(text[start:e]) in whole_names()


@lru_cache(maxsize=1)
def _sentence_openers() -> tuple[str, ...]:
    """The relative and predicate words (program_patterns.json "relative", "predicates": ที่, ซึ่ง, มี, ได้, จะ, เป็น…),
    longest first; not the linking words ("เพื่อ", "ของ", "ให้"), which longer names hold."""
    data = program_data()
    return tuple(sorted(frozenset(data["relative"]) | frozenset(data["predicates"]), key=len, reverse=True))


def _opens_sentence(token: str) -> bool:
    """Is `token` a relative or predicate word, alone or glued by the tokenizer to a word of the dictionary ("มีเงิน")?"""
    openers = _sentence_openers()
    return token in openers or _glued_function_word(token, openers)


def _second_activity(ends: list[tuple[int, str]], i: int) -> bool:
    """Does a joining word after token i open a second activity, a nominalizer ("listed_members" "nominalizers")
    right after it ("กองทุนพัฒนาไฟฟ้า|และการประชาสัมพันธ์เชิงรุก"), or a clause of its own, a linking, relative or
    predicate word (`opens_clause`: "กองทุนการปฏิรูปที่ดินเพื่อเกษตรกรรม|และแก่เกษตรกร", "…|หรือให้ตั้งงบประมาณ…")?
    Read after a name standing whole only."""
    if not (i + 2 < len(ends) and ends[i + 1][1] in program_data()["joins"]):
        return False
    following = ends[i + 2][1]
    return following.startswith(tuple(program_data()["listed_members"]["nominalizers"]["words"])) \
        or opens_clause(following)


@lru_cache(maxsize=1)
def _extents() -> tuple[str, ...]:
    """Adverbs of extent (program_patterns.json "extents": "ทั่วประเทศ", "ทั้งระบบ") and of manner (อย่าง…:
    "อย่างยั่งยืน", "อย่างครบถ้วน"): how far a programme reaches or how it is run, not which one it is."""
    return tuple(program_data()["extents"]["words"])


_NUMBERS = re.compile(r"[\s.,/\-–]*[\d๐-๙][\s\d๐-๙.,/\-–]*")  # a token of numbers alone ("3", " 4.0"): no word of a name
_VERSION = re.compile(r"\d{1,2}\.0")


def version_number(text: str, number: re.Match[str]) -> bool:
    """Is the number after a name's run a version the name ends on ("… 4.0", "… 2.0"): a whole number and ".0",
    not a count or a measure?"""
    return bool(_VERSION.fullmatch(number.group(1))) and not count_after().match(text, number.end())


# a dash and a piece on the same line: a dash that opens a line is a list's bullet, its item no piece of the name on
# the line before ("โครงการผลิตบัณฑิตพันธุ์ใหม่|\n- อนุมัติการโอนใบอนุญาต", "มาตรการเว้นระยะห่าง|\n-ออกกำลังกาย…");
# the releases often write two spaces where one is meant ("…ดาวคะนอง  - วงแหวนรอบนอก…")
_SPACES = r"[^\S\n]{0,2}"  # a space or none, or two where one is meant, on the same line
_DASH_PIECE = re.compile(f"{_SPACES}[-–]{_SPACES}([ก-๙]{{2,60}})(?=[\\s,()]|$)")
MAX_PIECE = 30  # the longest first piece: a longer word after a dash is prose ("คืนตั๋ว – เลื่อนการเดินทางช่วง…")
MAX_PIECES = 4
_JOINED_LAST = re.compile(f"[-–]{_SPACES}[ก-๙]{{2,{MAX_PIECE}}}$")  # the name ends on a piece joined by a dash


def _joined(text: str, end: int, pieces: int) -> bool:
    """Does the name that ends at `end` already end on a piece joined by a dash (the second end of a route, "…พระราม
    3 – ดาวคะนอง")? Then the piece after it is a route's further end, a long place name as often as not ("… -
    วงแหวนรอบนอกกรุงเทพมหานครด้านตะวันตก"), no prose."""
    return pieces > 0 or _JOINED_LAST.search(text, max(0, end - 2 * MAX_PIECE), end) is not None


def dash_pieces_end(doc: Doc, end: int) -> int:
    """Thai words joined to a name by dashes belong to it: a route ("โครงการก่อสร้างรถไฟสายเด่นชัย – เชียงราย –
    เชียงของ") or a paired slogan ("โครงการรักษ์ทาง - รักถิ่น"); not another program ("- โครงการ…"), nor a
    body or person, nor the next item of a list bulleted with dashes (a dash across a line break)."""
    for pieces in range(MAX_PIECES):
        piece = _DASH_PIECE.match(doc.text, end)
        if not piece or len(piece.group(1)) > MAX_PIECE and not _joined(doc.text, end, pieces) \
                or prefix_pattern().match(piece.group(1)) \
                or doc.covered(piece.start(1), piece.end(1), ("organization", "person", "program", "place")):
            break
        end = piece.end(1)
        phase = phase_at(doc.text, end)  # "… ไทย – จีน ระยะที่ 1"
        if phase:
            return phase.end()
    return end


def slashed_end(doc: Doc, start: int, end: int) -> int:
    """Where a name ends that the text goes on with a slash glued between two Thai words: the word after it is the
    other of two alternatives the name holds ("โครงการช่วยเหลือผู้เสพ/ผู้ติดยาเสพติด", "โครงการต้นแบบสถานี/ซุ้มสวยงาม",
    "มาตรการผ่อนคลายกิจการผับ/บาร์"; cut at the slash, judged cut short in round 14), and the name runs on after it as
    it ran before (`name_end`), to a body or person named there at most. Not into another programme ("กองทุน
    หมุนเวียน/กองทุน…"), nor where the words after the slash name nothing of their own."""
    text = doc.text
    for _ in range(MAX_PIECES):
        at = end + 1
        if not text.startswith("/", end) or not is_thai(text[at:at + 1]) or not is_thai(text[end - 1:end]) \
                or prefix_pattern().match(text, at):
            break
        stop = NAME_RUN.match(text, at).end()
        stop = min((o.nstart for o in doc.starting_in(at, stop, ("organization", "person", "program"))), default=stop)
        further = name_end(text, start, at, stop,
                           tail_ok=lambda s, e: not doc.covered(s, e, ("organization", "person", "program")))
        if further is None or further <= at:
            break
        end = further
    return end


_ROUTE_PLACE = r"[ก-๙]{2,30}(?: ?\d{1,3}(?![\d.,]))?"  # a place of a route, numbered ("พระราม 3", "พระราม 9")
# places joined by dashes after a route word, to the end of the segment
ROUTE_PLACES = f"{_ROUTE_PLACE}(?: ?[-–] ?{_ROUTE_PLACE}){{1,{MAX_PIECES}}}(?=[\\s,()]|$)"


@lru_cache(maxsize=1)
def _route_places() -> str:
    """ROUTE_PLACES, whose last place may also end glued to a joining word and another programme's prefix ("…ช่วง
    ชุมทางถนนจิระ - ขอนแก่น|และโครงการก่อสร้าง…": the next project), no place running on into it."""
    joins = literal_alternation(program_data()["joins"])
    nxt = f"(?:{joins})(?:{prefix_pattern().pattern})"
    place = f"(?:(?!{nxt})[ก-๙]){{2,30}}(?: ?\\d{{1,3}}(?![\\d.,]))?"
    return f"{place}(?: ?[-–] ?{place}){{1,{MAX_PIECES}}}(?=[\\s,()]|$|{nxt})"


@lru_cache(maxsize=1)
def _route() -> re.Pattern[str]:
    """A route's segment after a name: after a space (two where one is meant), or glued to a name the rules or the
    corpora end on its own words ("โครงการทางหลวงพิเศษระหว่างเมือง|สายนครปฐม - ชะอำ"), and after the way's number
    ("…ระหว่างเมือง|หมายเลข 82 สายบางขุนเทียน - บ้านแพ้ว": program_patterns.json "ordinals")."""
    words = literal_alternation(program_data()["route_words"]["words"])
    ordinals = literal_alternation(program_data()["ordinals"])
    return re.compile(f"(?:(?:{ordinals}) ?\\d{{1,4}})?(?:[^\\S\\n]{{1,2}}|(?<=[ก-๙]))(?:{words}) ?{_route_places()}")


@lru_cache(maxsize=1)
def _route_words() -> frozenset[str]:
    return frozenset(program_data()["route_words"]["words"])


@lru_cache(maxsize=1)
def _glued_route() -> re.Pattern[str]:
    """The segment of a route written glued to a run ("…ทางพิเศษ|สายพระราม 3 – ดาวคะนอง - วงแหวนรอบนอกตะวันตก",
    "…ทางรถไฟ|ช่วงชุมพร - ท่าเรือน้ำลึกระนอง"): a route word, then places joined by dashes. Without the dashes the
    word is prose ("ช่วงปิดภาคเรียน") and ends the run as before."""
    words = literal_alternation(program_data()["route_words"]["words"])
    return re.compile(f"(?:{words}){_route_places()}")


def route_end(doc: Doc, end: int) -> int:
    """Where a name ends that the text goes on with the segment of a route, its places joined by dashes, after a space
    ("โครงการรถไฟทางคู่| ช่วงลพบุรี - ปากน้ำโพ", "โครงการก่อสร้างทางรถไฟ| สายเด่นชัย-เชียงราย-เชียงของ"), glued or after
    the way's number (`_route`): the segment names which project it is, places and all (program_patterns.json
    "route_words"); not a body, person or other programme, and a phase after it is the name's too."""
    route = _route().match(doc.text, end)
    if not route or doc.covered(end + 1, route.end(), ("organization", "person", "program")):
        return end
    phase = phase_at(doc.text, route.end())
    return phase.end() if phase else route.end()


@lru_cache(maxsize=1)
def _identifier() -> re.Pattern[str]:
    """What names which one of a kind of project, after one space (program_patterns.json "identifiers"): a phase
    numbered without ที่ ("ระยะ 3"), a way's code ("ทล.2350", "มอเตอร์เวย์ M6", "หมายเลข 3702"), or a Latin code of
    letters, a dash and a number or of one capital and a number ("AAE-1", "THEOS-2", "M82", "B10"); a phase's number in
    group 1."""
    data = program_data()["identifiers"]
    phases, marks = literal_alternation(data["phases"]), literal_alternation(data["way_marks"])
    return re.compile(f" (?:(?:{phases}) ?(\\d{{1,2}})(?![\\d.,])"
                      f"|(?:{marks}) ?M?(\\d{{1,4}})(?![\\d.,]?\\d)"
                      f"|[A-Z]{{1,6}}-(\\d{{1,4}})[A-Z]?(?![A-Za-z0-9.,\\-])"
                      f"|[A-Z](\\d{{1,4}})[A-Z]?(?![A-Za-z0-9.,\\-]))")


def identifier_end(doc: Doc, pos: int, end: int) -> int:
    """Where a name ends that its run ends at a space before what says which one of its kind it is: a phase without
    ที่, the code of the road it builds or a Latin code (`_identifier`: "โครงการท่าเรือมาบตาพุด| ระยะ 3",
    "โครงการขยายช่องจราจรถนน| ทล.2350", "โครงการเคเบิลใต้น้ำระหว่างประเทศ| AAE-1"); not a number read as a count
    after a phase ("… ระยะ 3 ปี": counts.counted_number; a code's number, glued to its letters, counts nothing:
    "มอเตอร์เวย์ M6| สาย…"), a disease's code (program_patterns.json "diseases"), nor across a body,
    person or other programme, nor after a name whose words after its prefix (at `pos`) hold another prefix
    ("โครงการพระราชดำริฝนหลวงและเปิดงานโครงการความร่วมมือ| R3": the run holds two, the code names the second's)."""
    found = _identifier().match(doc.text, end)
    if not found or doc.text[end - 1:end].isspace() or prefix_pattern().search(doc.text, pos, end):
        return end
    if found.group(1) is not None and counted_number(doc.text, found.start(1), found.end(1)) \
            or found.group().strip() in program_data()["diseases"]["words"] \
            or doc.covered(end + 1, found.end(), ("organization", "person", "program")):
        return end
    return found.end()


@lru_cache(maxsize=1)
def _parties() -> re.Pattern[str]:
    """The parties a programme joins, written after its name: glued to it (the run ends where a party the organization
    patterns found begins: "…ด้านการขนส่ง|อาเซียน - ญี่ปุ่น"), after a space or "ระหว่าง" (not_organizations.json
    "parties"), two to four countries or regions (`names.partners`) joined by dashes, or after "ระหว่าง" two joined by
    "กับ"/"และ" (program_patterns.json "party_joins"), the last ending a word."""
    party = f"(?:{literal_alternation(partners())})"
    between = literal_alternation(load_not_organizations()["parties"])
    joins = literal_alternation(program_data()["party_joins"]["words"])
    return re.compile(f"(?:{_SPACES}(?:{between}) ?|{_SPACES}){party}(?: ?[-–] ?{party}){{1,3}}(?![ก-๛])"
                      f"|{_SPACES}(?:{between}) ?{party} ?(?:{joins}) ?{party}(?![ก-๛])")


def parties_end(doc: Doc, end: int) -> int:
    """Where a name ends that the text goes on with the parties it joins ("ยุทธศาสตร์ความร่วมมือด้านการขนส่ง|ระหว่าง
    อาเซียน – จีน", "แผนงานการพัฒนาเขตเศรษฐกิจสามฝ่าย| อินโดนีเซีย – มาเลเซีย – ไทย", "โครงการโลจิสติกส์ควบคุมอุณหภูมิ|
    ระหว่างอาเซียนกับญี่ปุ่น"): the parties tell which cooperation it is, as a route tells which railway (`route_end`),
    and a phase or year after them is the name's too. Not across a person or another programme (a party the
    organization patterns found, "อาเซียน", is one of the parties)."""
    parties = _parties().match(doc.text, end)
    if not parties or doc.covered(end, parties.end(), ("person", "program")):
        return end
    phase = phase_at(doc.text, parties.end())
    return phase.end() if phase else parties.end()


@lru_cache(maxsize=1)
def _patronage() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the formula after a space at a name's end, the formula a name already ends with: its last run)."""
    words = literal_alternation(program_data()["patronage"]["words"])
    return re.compile(f" (?:{words})"), re.compile(f" (?:{words})[^\\s]*$")


PATRONAGE_REACH = 120  # characters read back from a name's end for the formula it may end with


def patronage_end(doc: Doc, end: int) -> int:
    """Where a name ends that the text goes on with the royal patronage it is named with, after a space ("โครงการ
    อ่างเก็บน้ำลำสะพุง| อันเนื่องมาจากพระราชดำริ", "กองทุนพัฒนาเด็กชนบท| ในพระราชูปถัมภ์สมเด็จพระเทพรัตนราชสุดาฯ"):
    the formula (program_patterns.json "patronage") and the royal written glued to it, up to the first word that ends
    names, are the name's, and so is a province written right after it, also after a name that ends with the formula
    already ("… อันเนื่องมาจากพระราชดำริ| จังหวัดน่าน"). Not across a body or another programme."""
    after, ending = _patronage()
    formula = after.match(doc.text, end)
    if formula:
        run_end = NAME_RUN.match(doc.text, formula.end()).end()
        further, stops, cuts = formula.end(), word_sets()[0], mined_cut_words()
        for token in tokenize(doc.text[formula.end():run_end]):
            if token in stops or token in cuts:
                break
            further += len(token)
        if doc.covered(end + 1, further, ("organization", "program")):
            return end
    elif ending.search(doc.text, max(0, end - PATRONAGE_REACH), end):
        further = end
    else:
        return end
    province = province_named_at(doc.text, further + 1) if doc.text.startswith(" ", further) else None
    return province if province is not None else further
