"""Mine ontology/th/org_runs.json: organization names the corpora write whole, glued on past a word that usually goes
on with the sentence ("คณะกรรมการควบคุมการเรี่ยไร|ของหน่วยงานของรัฐ", "คณะทำงานพัฒนาและส่งเสริมอาชีพผู้กระทำผิด|อย่างยั่งยืน"):
the extractor cuts a name where such a word ("ของ", "อย่าง", "ที่") begins, and the judges call the cut a boundary
error when the corpora write the longer name whole again and again.

    python scripts/mine_org_runs.py thaigov-v1.tar thaigov-v2.tar --skip v1-sample.tar --skip v2-sample.tar \
        --per-archive 100000

For every run of letters begun by an organization prefix word (org_patterns.jsonl; not inside an authority name nor
splitting a word) and ended by a space, bracket or punctuation mark, the script finds its head: the run cut where the
first word that goes on with the sentence (names.sentence_words: mined cut words, stop words) begins after the prefix
word. It counts, per run and per head, the releases writing it. A run longer than its head is a whole name when it is
written in MIN_RELEASES releases or more and in at least one in SHARE of the releases writing a run with that head
(the head's usual continuation, not one sentence of many: "คณะกรรมการพิจารณา|แล้ว…" goes on every way), no word of
it after the prefix word ends a name's run, counts or spreads bodies (not_organizations "ends", "generic_before", "generic_after":
"แล้ว", "ทุก", "ทั่วประเทศ": "สำนักงานจัดหางานจังหวัด|ทุกจังหวัด" is every office; but "ทุก" glued between the name's
words before a word that counts no bodies or places is the name's: "สภาคนพิการ|ทุกประเภทแห่งประเทศไทย", "…พัฒนาคน|
ทุกช่วงวัยอย่างยั่งยืน", `_every_of_people`), it lists no bodies in general
("…|และหน่วยงานที่เกี่ยวข้อง") and it ends on a word of its own, not a function word ("กองพันทหารราบที่" waits for its
number). About 100 s of CPU for the whole corpora (--per-archive 100000: 83,704 releases), the run that made the
shipped file.

Long names ("long"): a run is read to where the corpora end it (up to LONG_REACH letters), not cut at the 60 letters of
the other miners. A run longer than RUN_REACH letters, or holding a word that usually ends a name's run
(not_organizations "ends": "ได้รับ", "ใช้", "ผ่าน"), is a sentence as often as a name ("กระทรวงกำหนดค่าธรรมเนียม…",
"กลุ่มกู้ร่วมกันไม่น้อยกว่า"): such a run is whole (`_long_name`) when, the "ends" words aside, it is whole as above,
written in LONG_RELEASES releases or more, the usual continuation of its head alone or with the head's other recurring
runs ("กองบังคับการปราบปรามการกระทำความผิด|เกี่ยวกับ…": four divisions), cut at no verb, and its head is a body the
extractor gives when written alone (`_head_given`): "กองพิธีการศพ|ที่ได้รับพระราชทาน" (45 of the 46 releases writing
its head), "คณะกรรมการบริหารสถานการณ์เศรษฐกิจ|จากผลกระทบของการระบาดของโรคติดเชื้อไวรัสโคโรนา". The corpora, not the
word list, judge a word that ends a run there.
Names the authority file knows are matched before any pattern and are left out.

Spaced names ("spaced"): a run ended by one space is cut there by the extractor ("คณะกรรมาธิการการที่ดิน|
ทรัพยากรธรรมชาติและสิ่งแวดล้อม", "มูลนิธิส่งเสริมศิลปาชีพในสมเด็จพระนางเจ้าสิริกิติ์| พระบรมราชินีนาถ"). The run with the
next one to SPACED_CHUNKS chunks of Thai letters after single spaces is counted like a glued run, against the releases
writing the run as its own head: written in MIN_RELEASES releases or more and in at least one in SHARE of those, no
chunk beginning with a word that goes on with the sentence, another body's prefix word, a title or an honorific, and
whole as above, it is the name. A prefix word that abbreviates a legal form (org_patterns.jsonl `abbreviates`: บมจ.
for "บริษัท … จำกัด (มหาชน)") takes the company names the corpora write whole in that form with a space inside, in
MIN_RELEASES releases or more ("บริษัท อลิอันซ์ อยุธยา ประกันชีวิต จำกัด (มหาชน)" -> "บมจ.อลิอันซ์ อยุธยา ประกันชีวิต"):
the abbreviated name runs through its spaces as the legal form does to จำกัด.

The releases read are a stride of each archive (--per-archive of them), skipping every release a --skip archive holds
(the audit samples).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache
from pathlib import Path

from mining import RUN_REACH, run_archive_miner, run_end, strided_texts

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ontology" / "th" / "org_runs.json"
MIN_RELEASES = 3  # releases writing the whole run
SHARE = 2  # ... at least one in SHARE of the releases writing a run with its head
SPACED_CHUNKS = 3  # chunks after single spaces a spaced name is read to
LONG_REACH = 200  # longest run read after a prefix word (a run the corpora end later is no name)
LONG_RELEASES = 5  # releases writing a run longer than RUN_REACH or holding a word that ends a name's run


def mine(paths: list[str], skip_paths: list[str], per_archive: int) -> dict:

    from phakhi.graph.extract.authority import gazetteer
    from phakhi.graph.extract.organizations import _prefix_pattern, _splits_prefix
    from phakhi.graph.text.thai import is_thai

    runs: Counter[str] = Counter()
    heads: Counter[str] = Counter()
    heads_of: dict[str, str] = {}
    long_heads: Counter[str] = Counter()  # releases writing a run with the head, of any length to LONG_REACH
    cut_heads: Counter[str] = Counter()  # releases writing a run cut there at any of its sentence words (`later_heads`)
    spaced: Counter[str] = Counter()  # a run (its own head) with the chunks written after it across single spaces
    listed: Counter[str] = Counter()  # ... of those, the releases writing one more such chunk after it: a list going on
    legal = legal_forms()
    companies: Counter[str] = Counter()  # abbreviated prefix + a company name written whole in its legal form
    read = 0
    for text in strided_texts(paths, skip_paths, per_archive):
        read += 1
        covered = {i for h in gazetteer().candidates(text) if h.entry.kind == "organization" for i in range(h.start, h.end)}
        seen_runs, seen_heads, seen_long_heads, seen_spaced, seen_listed = set(), set(), set(), set(), set()
        seen_cut_heads = set()
        companies.update({prefix + " ".join(m.group(1).split()) for prefix, head, pattern in legal
                          for m in pattern.finditer(text) if " " in m.group(1).strip() and head not in m.group(1)})
        for m in _prefix_pattern().finditer(text):
            start = m.start()
            if start in covered or (start > 0 and is_thai(text[start - 1]) and _splits_prefix(text, start, m.end())):
                continue
            end = run_end(text, m.end(), LONG_REACH)
            if end is None or end - m.end() < 2:
                continue
            run = text[start:end]
            if not all(is_thai(ch) or ch.isdigit() or ch == "-" for ch in run):
                continue
            head = head_of(run, m.end() - start)
            reached = end - m.end() < RUN_REACH  # read as the other miners read runs; longer ones count as long names'
            seen_long_heads.add(head)
            if reached:
                seen_heads.add(head)
            if head != run:
                seen_runs.add(run)
                heads_of[run] = head
                seen_cut_heads.update(later_heads(run, head))
            elif reached and text.startswith(" ", end) and end + 1 not in covered:
                chunks = spaced_runs(text, run, end, covered, SPACED_CHUNKS + 1)
                seen_spaced.update(chunks[:SPACED_CHUNKS])
                seen_listed.update(chunks[:-1][:SPACED_CHUNKS])  # another item written after it
        runs.update(seen_runs)
        heads.update(seen_heads)
        long_heads.update(seen_long_heads)
        cut_heads.update(seen_cut_heads)
        spaced.update(seen_spaced)
        listed.update(seen_listed)
        if read % 5000 == 0:
            print(f"{read} releases", file=sys.stderr)
    family: Counter[str] = Counter()  # releases writing a run of MIN_RELEASES or more with the head, summed per head
    for r, n in runs.items():
        if n >= MIN_RELEASES:
            family[heads_of[r]] += n
    data = select({r: [n, (heads if _reached(r) else long_heads)[heads_of[r]]] for r, n in runs.items()
                   if n >= MIN_RELEASES}, read,
                  {r: (heads_of[r], family[heads_of[r]]) for r, n in runs.items() if n >= MIN_RELEASES},
                  cut_heads)
    candidates = {r: [n, heads[r.split(" ")[0]]] for r, n in spaced.items()
                  if n >= MIN_RELEASES and n * SHARE >= heads[r.split(" ")[0]]}
    lists = select_lists(candidates, listed)
    evidence = {r: e for r, e in candidates.items() if r not in lists}
    evidence.update({c: [n, 0] for c, n in companies.items() if n >= MIN_RELEASES})
    return {**data, **select_spaced(evidence), "lists": sorted(lists), "lists_evidence": lists}


_NUMBER_AFTER = re.compile(r" ?[\d๐-๙]")
# a chunk of Thai letters after one space, ended as a run is (not by a dot: "สร.", "พม." are abbreviations, other bodies)
_CHUNK = re.compile(r" ([\u0e01-\u0e4e][\u0e01-\u0e4e\-]{1,29})(?=[\s()\[\]“”\"',:;/]|$)")


def a_list(run: str, releases: int, continued: int) -> bool:
    """Is the spaced `run`, written in `releases` releases, a list cut short: its first chunk a prefix word with one
    common word after it (no name of its own: "สถาบัน|ชาติ", "คณะอนุกรรมการ|กำกับ", "สำนักงาน|ทางหลวง"), its last chunk
    no closing item ("…และ…": a list of a name's fields ends there, "สำนักวัฒนธรรม กีฬา และการท่องเที่ยว"), and another
    chunk of the same kind written after it (`continued` releases) in at least one in SHARE of its releases ("สถาบันชาติ
    ศาสนา| พระมหากษัตริย์", "คณะอนุกรรมการกำกับ ติดตาม| และประเมินผล…", "สำนักงานทางหลวง แขวงทางหลวง หมวดทางหลวง…")?
    Its chunks are items of the sentence's list, not a name's parts. A prefix word heading names written as a list of
    their fields (not_organizations field_lists, read by names.closing_item) is left alone."""
    from phakhi.graph.extract.names import dictionary, org_prefix
    from phakhi.graph.text.thai import tokenize
    from phakhi.ontology import load_not_organizations

    first, last = run.split(" ")[0], run.split(" ")[-1]  # "…และ…" inside a later chunk closes it too (_closed)
    prefix = org_prefix(first)
    words = tokenize(first[len(prefix):])
    return continued * SHARE >= releases and len(words) == 1 and words[0] in dictionary() \
        and not last.startswith(tuple(load_not_organizations()["inside_ok"])) and not _closed(run) \
        and not run.startswith(tuple(load_not_organizations()["field_lists"]))


def select_lists(candidates: dict[str, list[int]], listed: Counter[str]) -> dict[str, list[int]]:
    """The spaced candidates (evidence [releases, releases writing the first chunk]) that are lists cut short (`a_list`,
    `listed`: releases writing another item after each) and whole, longest first, with their evidence and `listed`. A
    run the corpora mostly go on with into a longer whole candidate that is no list is a longer name's beginning, not a
    list ("ธนาคารแลนด์ แอนด์| เฮ้าส์", "ธนาคารแลนด์ แอนด์ เฮ้าส์| จำกัด")."""
    lists: dict[str, list[int]] = {}
    for run in sorted(candidates, key=lambda r: r.count(" "), reverse=True):
        releases = candidates[run][0]
        if not (a_list(run, releases, listed[run]) and _whole(run)):
            continue
        if any(o.startswith(run + " ") and o not in lists and _whole(o) and candidates[o][0] * SHARE >= releases
               for o in candidates):
            continue
        lists[run] = [*candidates[run], listed[run]]
    return lists


def _closed(run: str) -> bool:
    """Does a chunk after the first hold "และ" ("สำนักตรวจสอบ ป้องกันและปราบปราม")? It closes a list of a name's fields
    (names.closing_item), as the last item of a list written "…และ…" does: what the corpora write after it is the
    sentence's, not more items."""
    from phakhi.graph.extract.names import AND

    return any(AND in chunk for chunk in run.split(" ")[1:])


def spaced_runs(text: str, run: str, at: int, covered: set[int] = frozenset(), chunks: int = SPACED_CHUNKS) -> list[str]:
    """`run` (ended by a space at `at`) with the one, two, … `chunks` chunks of Thai letters written after it
    across single spaces, up to the first chunk that begins where an authority name is written (`covered`: "…การพลังงาน|
    วุฒิสภา", the division's parent), with a word going on with the sentence, another body's
    prefix word, a venue's word (places.json prefixes: "ศูนย์แถลงข่าวรัฐบาล| ตึก…" is a place), a title or an honorific.
    None for a run that is a venue's name or ends on a function word ("รัฐบาลและ| …")."""
    from phakhi.graph.extract.authority import title_at
    from phakhi.graph.extract.names import sentence_words
    from phakhi.graph.text.thai import tokenize

    if run.startswith(_venues()) or tokenize(run)[-1] in sentence_words() | _function_words():
        return []
    out, name = [], run
    for _ in range(chunks):
        m = _CHUNK.match(text, at)
        if not m:
            break
        chunk = m.group(1)
        if m.start(1) in covered:
            break
        words = tokenize(chunk)
        rest = chunk[len(words[0]):] if words[0] in _function_words() else chunk  # "… และ|องค์กรปกครอง…": another body
        if any(w in sentence_words() for w in words) or words[0] in _stopwords() or _body_at(rest) \
                or chunk.startswith(_venues()) or words[0] in _place_words() or title_at(chunk, 0) \
                or chunk.startswith(_honorifics()) or _NUMBER_AFTER.match(text, m.end()):
            break  # "ศูนย์ช่วยเหลือสังคม| สายด่วน 1300", "…| ชั้น 2": a number follows, the chunk introduces it
        name += " " + chunk
        out.append(name)
        at = m.end()
    return out


def _body_at(chunk: str) -> bool:
    """Does `chunk` begin with an organization prefix word followed by a word ("กรม|วิทยาศาสตร์…"), not the first letters
    of a longer word ("สภา|พแวดล้อม")?"""
    from phakhi.graph.extract.names import dictionary, org_prefix
    from phakhi.graph.text.thai import is_thai, tokenize

    prefix = org_prefix(chunk)
    rest = chunk[len(prefix):]
    if not prefix or not rest:
        return bool(prefix)
    first = tokenize(rest)[0]
    return first in dictionary() or not is_thai(first[0])


@lru_cache(maxsize=1)
def _venues() -> tuple[str, ...]:
    import json

    from phakhi.ontology import HERE

    return tuple(json.loads((HERE / "th" / "places.json").read_text(encoding="utf-8"))["prefixes"])


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    """pythainlp's stop words but the function words names hold ("และ", "ใน", "เพื่อ"): "รวมถึง…" begins no part of a name."""
    from pythainlp.corpus import thai_stopwords

    return frozenset(thai_stopwords()) - _function_words()


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Words a place's name follows ("จังหวัด", "อำเภอ"): a chunk begun by one is an address, the tails stage's."""
    from phakhi.ontology import load_not_organizations

    return frozenset(load_not_organizations()["pos"]["place_words"])


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    from phakhi.ontology import load_not_organizations

    return frozenset(load_not_organizations()["inside_ok"])


@lru_cache(maxsize=1)
def _honorifics() -> tuple[str, ...]:
    from phakhi.graph.text.normalize import normalize_label
    from phakhi.ontology import load_honorifics

    return tuple(normalize_label(h["form"]) for h in load_honorifics())


def legal_forms() -> list[tuple[str, str, re.Pattern[str]]]:
    """(prefix word, the legal form's head word, the pattern of the legal form with the company name as group 1) for
    each prefix word of org_patterns.jsonl marked `abbreviates` [head, tail] (บมจ.: "บริษัท … จำกัด (มหาชน)"); a name
    holding the head word again runs across two companies ("บริษัทลูกของ บริษัท ทีโอที จำกัด (มหาชน)")."""
    from phakhi.ontology import load_org_patterns

    def spaced(words: str) -> str:
        return r"\s?".join(map(re.escape, words.split()))

    name = r"\s?([^\s()“”\"',:;/]+(?: [^\s()“”\"',:;/]+){0,4}?)\s?"
    return [(p["prefix"], p["abbreviates"][0], re.compile(spaced(p["abbreviates"][0]) + name + spaced(p["abbreviates"][1])))
            for p in load_org_patterns() if p.get("abbreviates")]


def select_spaced(evidence: dict[str, list[int]]) -> dict:
    """The spaced names among the runs with chunks (and the abbreviated company names) with their evidence [releases
    writing it, releases writing its first chunk as a run of its own (0 for a company name)], whole as `select` says,
    and not a part the corpora mostly go on from: a longer one of them begun by it and written in at least one in SHARE
    of its releases ("สถาบันส่งเสริมความปลอดภัย| อาชีวอนามัย" goes on with "และสภาพแวดล้อมในการทำงาน")."""
    whole = sorted(r for r in evidence if _whole(r))
    names = [r for r in whole if not any(o.startswith(r + " ") and evidence[o][0] * SHARE >= evidence[r][0] for o in
                                         whole[bisect_right(whole, r):bisect_left(whole, r + "!")])]
    return {"spaced": names, "spaced_evidence": {r: evidence[r] for r in names}}


def head_of(run: str, prefix_end: int) -> str:
    """`run` cut where the first word that goes on with the sentence begins after its prefix word (ending at
    `prefix_end`), as the extractor cuts it: "คณะกรรมการควบคุมการเรี่ยไร|ของ…"; the whole run when none does."""
    from phakhi.graph.extract.names import sentence_words
    from phakhi.graph.text.thai import tokenize

    pos = prefix_end
    for index, token in enumerate(tokenize(run[prefix_end:])):
        if index and token in sentence_words():
            return run[:pos]
        pos += len(token)
    return run


def later_heads(run: str, head: str) -> list[str]:
    """`run` cut at each word that goes on with the sentence after its head (`head_of`), shortest first: the cuts a
    reader of the run meets past the first ("ศูนย์อำนวยการปฏิบัติการขจัดความยากจนและ|พัฒนาคน|ทุกช่วงวัย…")."""
    from phakhi.graph.extract.names import sentence_words
    from phakhi.graph.text.thai import tokenize

    cuts, pos = [], len(head)
    for index, token in enumerate(tokenize(run[len(head):])):
        if index and token in sentence_words():
            cuts.append(run[:pos])
        pos += len(token)
    return cuts


def _whole(run: str, ends: bool = True) -> bool:
    """After its prefix word `run` holds no word that ends a name's run (not_organizations "ends"; with `ends` false,
    left to `_short` and `_head_given`), counts or spreads bodies ("generic_before", "generic_after"), no "และ" before a
    word for bodies in general ("…และหน่วยงานที่เกี่ยวข้อง"), and it ends on a word of its own, not a function word
    ("…ของ")."""
    from phakhi.graph.extract.names import sentence_words
    from phakhi.graph.extract.organizations import _prefix_pattern
    from phakhi.graph.text.thai import tokenize
    from phakhi.ontology import load_not_organizations

    data = load_not_organizations()
    stop = set(data["generic_before"]) | set(data["generic_after"]) | (set(data["ends"]) if ends else set())
    collectives, dangling = set(data["collectives"]), sentence_words() | set(data["inside_ok"])
    prefix = _prefix_pattern().match(run)
    words = [t for t in tokenize(run[prefix.end() if prefix else 0:]) if t.strip()]
    listed = any(a == "และ" and b in collectives for a, b in zip(words, words[1:]))
    stops = {w for i, w in enumerate(words) if w in stop and not _every_of_people(words, i)}
    return bool(words) and not stops and not listed and words[-1] not in dangling


def _reached(run: str) -> bool:
    """Is `run` within RUN_REACH letters after its prefix word?"""
    from phakhi.graph.extract.organizations import _prefix_pattern

    prefix = _prefix_pattern().match(run)
    return len(run) - (prefix.end() if prefix else 0) < RUN_REACH


def _short(run: str) -> bool:
    """Is `run` within RUN_REACH letters after its prefix word (`_reached`) and free of words that usually end a
    name's run (not_organizations "ends")? Such a run needs no more evidence than its releases and share."""
    from phakhi.graph.extract.organizations import _prefix_pattern
    from phakhi.graph.text.thai import tokenize
    from phakhi.ontology import load_not_organizations

    prefix = _prefix_pattern().match(run)
    rest = run[prefix.end() if prefix else 0:]
    return _reached(run) and not set(tokenize(rest)) & set(load_not_organizations()["ends"])


def _long_name(run: str, releases: int, head_releases: int, head: str, family: int) -> bool:
    """Is `run` (longer than RUN_REACH letters or holding a word that ends a name's run), written in `releases`
    releases, a whole name: written in LONG_RELEASES releases or more; the corpora go on past its head (`head`,
    written in `head_releases` releases) in at least one in SHARE of them with it, or with it and the head's other
    recurring runs (`family` releases: "กองบังคับการปราบปรามการกระทำความผิด|เกี่ยวกับ…" goes on with four divisions'
    names, each of them whole, not every way as a sentence does); the word it is cut at begins no verb
    (not_organizations "ends", "verb_markers": "ศูนย์ข้อมูล…|ได้รับมาจาก…", "สำนักงานเลขาธิการวุฒิสภา|ได้เสนอ…"
    are sentences however often written); and its head is a body the extractor gives (`_head_given`)?"""
    from phakhi.graph.text.thai import tokenize
    from phakhi.ontology import load_not_organizations

    data = load_not_organizations()
    cut = tokenize(run[len(head):])[0]
    return releases >= LONG_RELEASES and max(releases, family) * SHARE >= head_releases \
        and cut not in set(data["ends"]) | set(data["verb_markers"]) and _head_given(head)


def _given_later(run: str, releases: int, head: str, cut_heads: Counter[str], family: Counter[str]) -> bool:
    """Is `run`, a long run whose head the extractor does not give as a body (`_head_given`: the head ends on a
    function word, "ศูนย์อำนวยการปฏิบัติการขจัดความยากจนและ|พัฒนาคน…", or inside the body's task, "สำนักงานเลขาธิการ
    ศูนย์อาเซียนด้านการรับมือ|กับภาวะฉุกเฉิน…"), a whole name judged at its first later cut that the extractor gives
    (`later_heads`): written in LONG_RELEASES releases or more, it alone or with the other recurring runs cut there
    (`family`: the spellings "…ตามหลักปรัชญา|เศรษฐกิจพอเพียง" and "…ตามหลักปรัชญาของเศรษฐกิจพอเพียง") in at least one
    in SHARE of the releases writing a run cut there (`cut_heads`), cut there and before at no verb? The name the extractor gives
    from such a run is that cut, and the corpora say whether they go on from it with the run."""
    from phakhi.graph.text.thai import tokenize
    from phakhi.ontology import load_not_organizations

    if releases < LONG_RELEASES:
        return False
    verbs = set(load_not_organizations()["ends"]) | set(load_not_organizations()["verb_markers"])
    for later in [head, *later_heads(run, head)]:
        if tokenize(run[len(later):])[0] in verbs:
            return False  # "กระทรวงการ|ได้รับประโยชน์ทดแทน…": a regulation's title, a sentence
        if later != head and _head_given(later):
            return max(releases, family[later]) * SHARE >= cut_heads[later]
    return False


@lru_cache(maxsize=None)
def _head_given(head: str) -> bool:
    """Does the extractor give `head` as an organization when a release writes it alone before a space? Then the run
    the corpora go on with past its cut word is that body's whole name, not a sentence begun by a word the extractor
    reads as no body ("กระทรวงกำหนด…" in a regulation's title, "กลุ่มกู้…", "ธนาคารมาแล้ว…")."""
    from datetime import date

    from phakhi.graph.extract.pipeline import extract
    from phakhi.graph.read import parse_release

    result = extract(parse_release(f"ข่าว\nผู้แทน{head} เข้าร่วมประชุม\n", "head.txt", published=date(2020, 1, 1)))
    return head in {name for e in result.of_kind("organization") for name in e.names}


def _every_of_people(words: list[str], index: int) -> bool:
    """Is words[index] "ทุก" glued between a noun of the name and a word that counts no bodies and no places: "คน|ทุก|
    ช่วง|วัย" (every age of the people a body serves: "ศูนย์อำนวยการขจัดความยากจนและพัฒนาคนทุกช่วงวัย…", ศจพ.),
    "คนพิการ|ทุก|ประเภท" (สภาคนพิการทุกประเภทแห่งประเทศไทย)? Not "ทุก|จังหวัด", "ทุก|แห่ง", "ทุก|หน่วยงาน", "ทุก|ภาค|
    ส่วน", "ทุก|กระทรวง" (every body or place of a kind: not_organizations classifiers, collectives, place and area
    words, a prefix word), nor "ใน|ทุก|มิติ", "และ|ทุก|ความต้องการ" or "ทุก" first (an adverbial of the sentence after
    a function word, or no name at all: "กลุ่ม|ทุกไลฟ์สไตล์")."""
    from phakhi.graph.extract.names import org_prefix
    from phakhi.graph.extract.organizations import EVERY
    from phakhi.ontology import load_not_organizations

    if words[index] != EVERY or not 0 < index < len(words) - 1 or words[index - 1] in _function_words():
        return False
    data = load_not_organizations()
    spread = set(data["classifiers"]) | set(data["collectives"]) | set(data["pos"]["place_words"]) | \
        set(data["area_words"])
    after = words[index + 1]
    return after not in spread and not org_prefix(after)


def select(evidence: dict[str, list[int]], read: int, heads_of: dict[str, tuple[str, int]],
           cut_heads: Counter[str] = Counter()) -> dict:
    """The whole names among runs with their evidence [releases writing the run, releases writing a run with its
    head]: the run is no sentence going on or kind of body (`_whole`: after its prefix word no word that counts or
    spreads bodies, not_organizations "generic_before", "generic_after"; no "และ" before a word for
    bodies in general, "…และหน่วยงานที่เกี่ยวข้อง"), and it ends on a word of its own, not a function word ("…ของ"); a
    run longer than RUN_REACH letters or holding a word that ends a name's run is `_long_name`. `heads_of`: each run's
    head and the releases writing the head's runs of MIN_RELEASES releases or more."""
    later_family: Counter[str] = Counter()  # releases writing a run of MIN_RELEASES or more cut at a later head
    for r, (n, _head) in evidence.items():
        if n >= MIN_RELEASES:
            later_family.update({later: n for later in later_heads(r, heads_of[r][0])})
    names = sorted(r for r, (n, head) in evidence.items() if n >= MIN_RELEASES and _whole(r, ends=False)
                   and (n * SHARE >= head if _short(r) else _long_name(r, n, head, *heads_of[r])
                        or not _head_given(heads_of[r][0]) and _given_later(r, n, heads_of[r][0], cut_heads,
                                                                            later_family)))
    # a run kept for its head's family, not its own share, that goes on from another name is that name run on into the
    # sentence ("…ร่างอนุบัญญัติที่เสนอคณะรัฐมนตรี|ตรวจพิจารณาเป็นเรื่องด่วน")
    names = [r for r in names if evidence[r][0] * SHARE >= evidence[r][1]
             or not any(r.startswith(o) and o != r for o in names[:bisect_right(names, r)])]
    return {"_doc": (f"Mined by scripts/mine_org_runs.py from {read} releases of the thaigov v1 and v2 corpora (every "
                     "release but the audit samples'): runs of letters begun by an organization prefix word, glued on "
                     "past a word that usually goes on with the sentence, that the corpora write whole in at least "
                     f"{MIN_RELEASES} releases and in at least one in {SHARE} of those writing a run cut at the same "
                     "word, adding no word that counts or spreads a name, and ending on a word of their own; a run "
                     f"longer than {RUN_REACH} letters or adding a word that usually ends a name's run "
                     f"(not_organizations ends) is written in at least {LONG_RELEASES} releases and its head is a "
                     "body the extractor gives. "
                     "graph/extract/organizations.py runs a name on to such a run when the text writes it whole. "
                     "spaced: the same for a run cut by a space, with the next one to "
                     f"{SPACED_CHUNKS} chunks of Thai letters after single spaces (\"คณะกรรมาธิการการที่ดิน "
                     "ทรัพยากรธรรมชาติและสิ่งแวดล้อม\"; evidence: releases writing it, releases writing its first chunk "
                     "as a run of its own), none beginning with a word that goes on with the sentence, another body's "
                     "prefix word, a title or an honorific; and a prefix word abbreviating a legal form (บมจ.) with the "
                     f"company names written whole in that form with a space inside in at least {MIN_RELEASES} releases "
                     "(evidence: releases, 0). lists: spaced runs left out as lists cut short (mine_org_runs.a_list: "
                     "a prefix word and one common word, then items the corpora mostly go on with, \"สถาบันชาติ ศาสนา\"; "
                     "evidence: releases, releases writing the first chunk, releases writing another item after it): "
                     "the extractor finds no body where the text spells one out."),
            "names": names,
            "evidence": {r: evidence[r] for r in names}}


def main() -> None:

    run_archive_miner(__doc__, OUT, mine, lambda data: f"{len(data['names'])} names", per_archive=2000)


if __name__ == "__main__":
    main()
