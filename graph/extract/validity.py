"""Candidate validity: is a candidate name (organization, person, program or event) a real name with the right
boundaries? One trained mechanism for the four classes instead of one more rule per error: a logistic model over
cheap features of each candidate (how it was found, its length and characters, the words at its ends, what the
release writes right before and after it) and of how the corpora write it (ontology/th/validity_corpus.json,
scripts/mine_validity.py: a real name recurs across releases with the same boundaries and is followed by many
different things; a name cut short recurs mostly inside longer names; a name run on into the sentence recurs
rarely, while a shorter name inside it recurs often). The weights (ontology/th/validity.json) are trained by
scripts/train_validity.py on the judged corpus audits (docs/audit) and never scored on the labels they were
trained on. At run time the model is a dot product; the last stage drops the mentions it judges invalid, so they
mint no entity."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import lru_cache
from itertools import dropwhile, islice, repeat
from operator import mul

from phakhi.graph.extract.authority import organizations, programs
from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.event_identity import is_real_name, rest_after_cue
from phakhi.graph.extract.event_known import own_cores, vouched
from phakhi.graph.extract.event_labels import told_not_named
from phakhi.graph.extract.event_words import cue_words, event_cues, leading_cue
from phakhi.graph.extract.organizations import LIMITED, clause_features, validity_features as organization_features
from phakhi.graph.extract.persons import PERSON_KEY, titled_full_name
from phakhi.graph.extract.program_concepts import concepts
from phakhi.graph.extract.program_unprefixed import agreement
from phakhi.graph.extract.program_words import attributed, cut_word, generic_word, mined_program_names, split_prefix
from phakhi.graph.extract.recurrence import corpus
from phakhi.graph.extract.names import cut_words, dictionary, generic_names, known_names, org_prefix, sentence_words
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.thai import ABBREVIATION_MARK, count_thai, is_thai, starts_word, tokenize
from phakhi.graph.types import Mention
from phakhi.ontology import load_mined, load_not_organizations, load_org_patterns

KINDS = ("organization", "person", "program", "event")
_PUNCT = set(" \n\t,.;:()[]“”\"'‘’-–/")
_QUOTE_REACH = 200  # characters looked back for an open quotation mark
_WINDOW = 20  # characters read on each side of a candidate for the words next to it
_RIGHT_CAP = 64  # distinct continuations counted per name (mined); more says nothing new


@lru_cache(maxsize=1)
def model() -> dict:
    """The trained weights: {"features": [...], "weights": [...], "bias": b, "thresholds": {kind: t}}."""
    return load_mined("validity.json")


@lru_cache(maxsize=None)
def class_model(kind: str) -> dict:
    """A model trained for one class alone (ontology/th/validity_KIND.json, scripts/train_validity.py --only KIND):
    it judges that class in place of the shared model, so each class's model is trained and replaced on its own."""
    return load_mined(f"validity_{kind}.json")


def model_of(kind: str) -> dict:
    """The weights that judge candidates of `kind`: its own model if it has one, else the shared one."""
    return class_model(kind) or model()


def surface(doc: Doc, m: Mention) -> str:
    """The name the candidate would be labelled with: a program's name span, an event's name, else its text."""
    if m.kind == "program" and "name" in m.data:
        s, e = m.data["name"]
        return normalize_label(doc.text[s:e])
    if m.kind == "event":
        return normalize_label(str(m.data.get("name", m.text)))
    return normalize_label(m.text)


def _authority(m: Mention) -> bool:
    return m.key in organizations() or m.key in programs()


# 16,384 (835 bytes an entry, 13 MB full) answer as many calls as 65,536 did on 8,000 releases (0.49): the repeats
# come close together; 65,536 would hold 52 MB a worker on the whole record (benchmarks/README.md, fourteenth session)
@lru_cache(maxsize=16384)
def _words(name: str) -> tuple[str, ...]:
    """newmm words of a name (cached: a release names the same candidates again and again)."""
    return tuple(t for t in tokenize(name) if t.strip())


def _class(ch: str) -> str:
    if not ch or ch in _PUNCT:
        return "gap"
    if ch.isdigit():
        return "digit"
    if is_thai(ch):
        return "thai"
    return "latin" if ch.isascii() and ch.isalpha() else "other"


_OPENING, _CLOSING = set("“\"‘'(«"), set("”\"’')»")


def _open_quote(text: str, start: int, end: int) -> bool:
    """Does a quotation opened earlier on the line close after the candidate's end, not at it? (The quoted name
    runs past the candidate: it was cut short.)"""
    low = max(0, start - _QUOTE_REACH)  # a quotation longer than this is no name: a 200,000-character line stays linear
    line_start = max(text.rfind("\n", low, start) + 1, low)
    opened = text.count("“", line_start, start) > text.count("”", line_start, start)
    return opened and "”" not in text[start:end + 1]


def _log(n: float) -> float:
    return math.log1p(max(0.0, n))


@lru_cache(maxsize=65536)
def _recurrence(kind: str, name: str) -> dict[str, float]:
    """How the corpora write `name`: its releases, the variety of what follows and precedes it, how often longer
    names begin with it, and the most recurrent shorter name it begins with (what it may have run on from)."""
    table = corpus().get(kind, {})
    squeezed = name.replace(" ", "")
    row = table.get(squeezed)
    releases, right, left, longer = row if row else (0, 0, 0, 0)
    inner = 0
    for cut in range(len(squeezed) - 1, 2, -1):
        other = table.get(squeezed[:cut])
        if other:
            inner = other[0]
            break
    return {"rec_seen": float(row is not None), "rec_releases": _log(releases),
            "rec_right": right / _RIGHT_CAP, "rec_left": left / _RIGHT_CAP,
            "rec_longer": _log(longer), "rec_longer_share": longer / (longer + releases) if longer + releases else 0.0,
            "rec_inner": _log(inner), "rec_inner_more": float(inner > releases)}


@lru_cache(maxsize=1)
def _opening_words() -> frozenset[str]:
    return frozenset(load_not_organizations()["opening_ok"])


@lru_cache(maxsize=1)
def _committee_words() -> frozenset[str]:
    """The prefix words of committees (org_patterns.jsonl type Committee: คณะกรรมการ…, คณะทำงาน…)."""
    return frozenset(p["prefix"] for p in load_org_patterns() if p["type"] == "Committee")


def _second(words: tuple[str, ...], kind: str, name: str) -> str:
    """The word after a name's first; for a committee, past a function word that opens the field or purpose it is
    named by (not_organizations.json `opening_ok`: "คณะทำงาน|ด้าน|ผลิตภัณฑ์…", "คณะกรรมการ|เพื่อ|การปฏิรูป…"), which
    says nothing of the name: committees are named so, the word after it tells one from a phrase. (Another body
    written so is mostly a kind: "สมาคมด้านการโฆษณา", "องค์การด้านการศึกษา".)"""
    rest = words[1:]
    if kind == "organization" and org_prefix(name.replace(" ", "")) in _committee_words():
        rest = tuple(dropwhile(_opening_words().__contains__, rest))
    return rest[0] if rest else ""


def features(doc: Doc, m: Mention, name: str | None = None) -> dict[str, float]:
    """The features of one candidate mention (named by `surface` unless `name` is given)."""
    name = surface(doc, m) if name is None else name
    words = _words(name) or (name,)
    first, last = words[0], words[-1]
    text = doc.text
    after = text[m.nend] if m.nend < len(text) else ""
    before = text[m.nstart - 1] if m.nstart > 0 else ""
    thai = count_thai(name)
    following = [t for t in tokenize(text[m.nend:m.nend + _WINDOW]) if t.strip()]
    preceding = [t for t in tokenize(text[max(0, m.nstart - _WINDOW):m.nstart]) if t.strip()]
    nxt, prev = (following[0] if following else ""), (preceding[-1] if preceding else "")
    programs_known, programs_generic = mined_program_names()
    # each asked once (the features below read them several times): the classes of the characters around the
    # candidate and the word lists, out of their caches
    after_class, before_class = _class(after), _class(before)
    sentence, known_words = sentence_words(), dictionary()
    f = {f"kind_{k}": float(m.kind == k) for k in KINDS}
    f |= {"authority": float(_authority(m)), "form_abbr": float(m.data.get("form") == "abbr"),
          "form_pattern": float(m.data.get("form") == "pattern" or m.key.startswith("name:")),
          "learned": float(bool(m.data.get("learned"))), "honorific": float(bool(m.data.get("honorific"))),
          "full": float(bool(m.data.get("full"))), "near": float(bool(m.data.get("near"))),
          "known_name": float(name.replace(" ", "") in known_names()),
          "length": _log(len(name)), "words": _log(len(words)), "spaces": float(name.count(" ")),
          "thai_share": thai / max(1, len(name)), "digits": float(any(map(str.isdigit, name))),
          "brackets_open": float(name.count("(") != name.count(")")),
          "last_sentence_word": float(last in sentence), "last_cut_word": float(last in cut_words()),
          "last_in_dictionary": float(last in known_words), "last_one_char": float(len(last) <= 1),
          "first_in_dictionary": float(first in known_words),
          "inner_sentence_words": float(sum(map(sentence.__contains__, words[1:-1]))
                                        - (m.kind == "program" and sum(attributed(words, i) and words[i] in sentence
                                                                       for i in range(1, len(words) - 1)))),
          "after_thai": float(after_class == "thai"), "after_gap": float(after_class == "gap"),
          "before_thai": float(before_class == "thai"), "before_gap": float(before_class == "gap"),
          "end_splits_word": float(after_class == "thai" and not starts_word(text, m.nend)),
          "start_splits_word": float(before_class == "thai" and not starts_word(text, m.nstart)),
          "next_sentence_word": float(nxt in sentence), "next_in_dictionary": float(nxt in known_words),
          "prev_sentence_word": float(prev in sentence),
          "generic": float(name in generic_names() or name in programs_generic or name in event_cues()),
          "known_program": float(name in programs_known),
          "event_real_name": float(m.kind == "event" and is_real_name(name)),
          "quoted": float(before in _OPENING and after in _CLOSING),
          "quote_inside": float(_open_quote(text, m.nstart, m.nend)),
          "line_ends": float(after == "\n"), "next_digit_or_latin": float(_class(nxt[:1]) in ("digit", "latin")),
          "dictionary_share": sum(map(known_words.__contains__, words)) / len(words),
          f"last={last}": 1.0, f"next={nxt}": 1.0, f"prev={prev}": 1.0,
          f"second={_second(words, m.kind, name)}": 1.0}
    suffix = "@" + m.kind  # each feature but the kind_ ones (the first len(KINDS)) again, for the class alone
    f |= {key + suffix: value for key, value in islice(f.items(), len(KINDS), None)}
    if m.kind == "program":
        f |= _program_features(name)
    if m.kind == "event":  # read by the event model only (other classes' weights give them 0)
        f |= _event_features(name)
    if m.kind == "organization":  # read by the organization model only (other classes' weights give them 0)
        f |= organization_features(doc, m, name)
    for k in KINDS:  # each class may weigh the corpus evidence differently
        if m.kind == k:
            for key, value in _recurrence(k, name).items():  # read only: the dict is cached
                f[key] = value
                f[f"{key}@{k}"] = value
    return f


_NUMBERED_ITEM = re.compile(r"ที่ ?[\d๐-๙]")


# 4,096 (1.5 KB an entry, 6 MB full) answer as many calls as 65,536 did on 8,000 releases (0.25; a programme's
# name rarely comes back later) (benchmarks/README.md, fourteenth session)
@lru_cache(maxsize=4096)
def _program_features(name: str) -> dict[str, float]:
    """What the words after a program's prefix say (zero for the other classes, so a model of one class may use them):
    a clause goes on right after the prefix ("โครงการ|เสนอ", "โครงการ|เสร็จสมบูรณ์แล้ว…"), one plain word or only
    generic words follow it (a kind of scheme: "โครงการ|เร็ว", "โครงการ|จัดซื้อจัดจ้าง"), or a number follows it (the
    numbered item of a plan: "ยุทธศาสตร์|ที่ 4 …")."""
    prefix, rest = split_prefix(name)
    words = _words(rest.strip()) or ("",)
    first = words[0]
    return {"prog_prefixed": float(bool(prefix)), f"prog_prefix={prefix}": 1.0,
            "prog_numbered": float(bool(_NUMBERED_ITEM.match(rest.strip()))),
            "prog_rest_words": _log(len(words)),
            "prog_rest_one_word": float(len(words) == 1 and first in dictionary()),
            "prog_first_sentence_word": float(first in sentence_words()),
            "prog_first_cut_word": float(cut_word(first)),
            "prog_generic_share": sum(generic_word(w) for w in words) / len(words),
            "prog_rest_latin": float(any(ch.isascii() and ch.isalpha() for ch in rest))}


_EVENT_DATED = re.compile(r"วันที่ ?[\d๐-๙]")
_EVENT_NUMBERED = re.compile(r"(?:ครั้งที่|รุ่นที่|ปีที่) ?[\d๐-๙]|[\d๐-๙]+ ?/ ?[\d๐-๙]{2,4}")
_EVENT_YEAR = re.compile(r"(?<![\d๐-๙])(?:25|20|19)[\d]{2}(?![\d๐-๙])")
_ACRONYM = re.compile(r"[A-Z]{2,}")


@lru_cache(maxsize=4096)
def _event_features(name: str) -> dict[str, float]:
    """What an event's name says after its cue word (event_identity.rest_after_cue), the kinds of error the shared
    features do not see (judged audits): a day run into the name ("การประชุมติดตามการดำเนินงานตาม วันที่ 28 มิถุนายน
    2564"), a name cut with ฯ ("การประชุมอาเซียนฯ"), a rest of plain dictionary words that tells what was done, not
    which event ("การอบรมสร้างเครือข่ายภาคส่วน", "นิทรรศการความรู้ที่เป็นสาระประโยชน์"), against what marks one event:
    a session's number or year ("… ครั้งที่ 2/2562", "… 2017"), an acronym, a body whose meeting it is
    ("การประชุมคณะกรรมการ…"), a title in quotation marks."""
    rest = rest_after_cue(name)
    words = _words(rest) or ("",)
    first = words[0]
    return {"ev_abbr_end": float(name.rstrip().endswith(ABBREVIATION_MARK)),
            "ev_dated": float(bool(_EVENT_DATED.search(name))),
            "ev_numbered": float(bool(_EVENT_NUMBERED.search(name))),
            "ev_year": float(bool(_EVENT_YEAR.search(name))),
            "ev_acronym": float(bool(_ACRONYM.search(name))),
            "ev_quoted": float(any(q in name for q in "“\"")),
            "ev_body": float(bool(org_prefix(rest))),
            "ev_rest_words": _log(len(words)), "ev_rest_chars": _log(len(rest)),
            "ev_rest_dictionary_share": sum(w in dictionary() for w in words) / len(words),
            "ev_rest_known": float(any(w in known_names() for w in words)),
            "ev_rest_first_sentence_word": float(first in sentence_words()),
            "ev_rest_latin": float(rest.isascii()), f"ev_first={first}": 1.0}


def probability(f: dict[str, float], weights: dict | None = None) -> float:
    """The model's probability that the candidate with features `f` is a valid name (1.0 without a model)."""
    w = weights or model()
    if not w:
        return 1.0
    constant, coefficients = _sparse(w)
    # the same products summed in the same order as a generator over f.items() would, without its frame per feature
    z = constant + sum(map(mul, f.values(), map(coefficients.get, f.keys(), repeat(0.0))))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


_SPARSE: dict[int, tuple[dict, float, dict[str, float]]] = {}


def _sparse(w: dict) -> tuple[float, dict[str, float]]:
    """The standardised weights folded into one coefficient per feature and a constant, so a candidate costs a
    look-up per feature it has rather than a pass over every feature of the model."""
    cached = _SPARSE.get(id(w))
    if cached is None or cached[0] is not w:
        coefficients = {n: wt / sd for n, wt, sd in zip(w["features"], w["weights"], w["scale"])}
        constant = w["bias"] - sum(coefficients[n] * mu for n, mu in zip(w["features"], w["mean"]))
        cached = _SPARSE[id(w)] = (w, constant, coefficients)
        if len(_SPARSE) > 64:  # training scores many models; keep only the last few
            _SPARSE.pop(next(iter(_SPARSE)))
    return cached[1], cached[2]


def recurrent(f: dict[str, float], weights: dict) -> bool:
    """Does the corpus evidence in `f` say the candidate is a name written whole, whatever this release writes around
    it? A class model may carry a rule `protect` {releases, right, longer_share}: a name the corpora write in that
    many releases, followed by that many different things, and continued into a longer name at most that share of
    the time ("กรมการแพทย์", "คณะกรรมการการเลือกตั้ง": real bodies the authority file lacks), unless it ends on an
    area word with no place in it (a kind of office every province has). Such a name is kept: the model reads one
    release's words, the corpora read hundreds."""
    rule = weights.get("protect")
    if not rule or f.get("org_area_end"):
        return False
    return (math.expm1(f.get("rec_releases", 0.0)) >= rule["releases"] - 1e-9
            and f.get("rec_right", 0.0) * _RIGHT_CAP >= rule["right"] - 1e-9
            and f.get("rec_longer_share", 1.0) <= rule["longer_share"])


# org_follower_verb from which the word after the prefix word is a verb: readable judged rounds at 0.72, 21 junk and
# no valid among prefix words over CLAUSE_SUBJECT ("ธนาคาร|ยกเว้นค่าธรรมเนียม…" 0.80, "ธนาคาร|สนับสนุนการออม…" 0.73)
CLAUSE_VERB = 0.72
# org_bare_subject from which a prefix word is a sentence's subject: รัฐบาล 0.30, สหกรณ์ 0.21, ธนาคาร 0.155; not ฝ่าย
# 0.142 (a side, "ทั้งสองฝ่ายได้…", whose units are named by what they do: "ฝ่ายทวนสอบ…", judged valid), คณะทำงาน 0.03
CLAUSE_SUBJECT = 0.15


def clause(f: dict[str, float]) -> bool:
    """Does the corpus evidence in `f` say the candidate is a clause, not a name: its prefix word is one the corpora
    write alone as a sentence's subject (organizations.bare_subject: "ธนาคาร|จะ…"), the word after it one they write
    after verb markers far more than after prefix words (organizations.follower_verb: "ธนาคาร|สงวนสิทธิ์ในการ…",
    "สหกรณ์|สร้างรายได้เสริม"), and it is not ended by a legal form? Such a candidate is dropped whatever the model
    says: the model reads one release's words, and pythainlp's tagger reads most of these verbs as nouns. A committee
    or centre named by what it does ("คณะทำงานเผาทำลายยาเสพติด") has a prefix word that rarely stands alone before a
    verb. A name registered in its legal form ("สหกรณ์วัดจันทร์ จำกัด", organizations.LIMITED) is no clause, whatever
    its first word. Recurrence is no way out (the thirtieth session, h30-orgverb): a clause the releases repeat
    ("ธนาคารลดดอกเบี้ย" in two audit-sample releases; "ธนาคารสนับสนุนสินเชื่อ", "สหกรณ์เข้มแข็ง" among the recurring
    names of organization_names.json) is still a clause; a name the corpora write whole in many releases, followed by
    anything, is kept before this is asked (`recurrent`)."""
    return (f.get("org_follower_verb", 0.0) >= CLAUSE_VERB and f.get("org_bare_subject", 0.0) >= CLAUSE_SUBJECT
            and not f.get(_LEGAL_RULE))


_LEGAL_RULE = f"org_rule={LIMITED}"  # organizations.validity_features: the name was ended by its legal form


def clause_name(name: str) -> bool:
    """Is the organization name `name`, read alone, a clause by `clause` (organizations.clause_features; a name ending
    on its legal form is none)? scripts/mine_organizations.py keeps no recurring name this holds of ("ธนาคาร|ยั่งยืน",
    "สหกรณ์|เข้มแข็ง"): the validity stage would drop it as a candidate, the mined list should not vouch for it."""
    return clause({**clause_features(name), _LEGAL_RULE: float(name.replace(" ", "").endswith(LIMITED))})


def after_earlier(f: dict[str, float], weights: dict) -> bool:
    """Does the earlier model a class model is written behind (`after`: its weights and thresholds carried whole, as
    scripts/train_validity.py --after writes them) keep the candidate? The earlier model drops first; the later one
    judges only what it keeps. Every judged round since the third was drawn from the earlier model's survivors, so a
    retrain never sees what the earlier model drops and may not be asked about it (the twentieth and twenty-sixth
    sessions: alone, a retrain let through names the earlier model dropped rightly)."""
    earlier = weights.get("after")
    if not earlier:
        return True
    return probability(f, earlier) >= max(earlier.get("thresholds", {}).values(), default=0.0)


@lru_cache(maxsize=1)
def _guarded_names() -> frozenset[str]:
    """Programme names the whole corpora write whole in many releases (ontology/th/program_guard.json,
    scripts/mine_program_guard.py)."""
    return frozenset(load_mined("program_guard.json").get("names", {}))


def guarded(kind: str, name: str) -> bool:
    """Is the programme `name` one a model written behind an earlier one may not drop: a name the whole corpora write
    whole, with the same boundaries, in many releases ("กองทุนหมู่บ้านและชุมชนเมือง"; program_guard.json), or a trade
    agreement named by its parties ("FTA ไทย - EU", "ความตกลงเขตการค้าเสรีอาเซียน - จีน": program_patterns.json
    "agreements", which the guideline and the gold sets count as programmes), or a concept the corpora present as a
    policy (program_concepts.json: taken only where a release frames it so, "ผลักดัน|ซอฟต์พาวเวอร์")? The later
    model reads one release's words; the corpora read hundreds, and the agreements are a form the project has ruled
    on."""
    if kind != "program":
        return False
    return name.replace(" ", "") in _guarded_names() or agreement(name) or name in concepts()


# The corpus-recurrence lists whose names the corpora confirm whole, with the same boundaries, in many releases:
# (class, mined file, key, longest rows only). A tails list also holds each name's run up to the number or the
# space ("มูลนิธิอนุรักษ์ป่ารอยต่อ 5"), which is no name: only its longest rows count. Measured and left out (the
# twenty-ninth session, h29-guard): organization_names "names" (kinds of office: "สำนักวิจัย", "กองเกียรติยศ"),
# org_runs (runs glued past a sentence word, some cut: "ศูนย์บริหารจัดการเดินรถด้วยระบบ| GPS"), program_guard
# "whole", program_recurring and program_names (each brought back as many judged-bad labels as judged-valid ones),
# and program_guard "names" against the earlier programme model too (dev-b's held half gained two wrong programmes;
# its guard stays behind the later model only, `guarded`).
CONFIRMED_WHOLE = (("organization", "org_numbered_tails.json", "names", True),
                   ("organization", "org_joined_tails.json", "names", True))


@lru_cache(maxsize=None)
def confirmed_whole(kind: str) -> frozenset[str]:
    """The names of class `kind` (spaces left out) that a corpus-recurrence list confirms whole (CONFIRMED_WHOLE)."""
    out: set[str] = set()
    for of, file, key, longest in CONFIRMED_WHOLE:
        if of != kind:
            continue
        rows = load_mined(file).get(key, ())
        names = sorted({"".join((row if isinstance(row, str) else row[0]).split()) for row in rows})
        # sorted: a longer row a name begins comes right after it
        out |= {n for n, nxt in zip(names, names[1:] + [""]) if not (longest and nxt.startswith(n))}
    return frozenset(out)


def confirmed(kind: str, name: str, f: dict[str, float]) -> bool:
    """Is the candidate `name` (features `f`) a name the corpora confirm whole, written as they count it: standing
    complete before a space, punctuation or the line's end ("…ณ มูลนิธิอนุรักษ์ป่ารอยต่อ 5 จังหวัด พลเอก…",
    "…เครือข่ายกองทุนหมู่บ้าน ฯลฯ")? Such a name is kept whatever either model says: the model reads one release's
    words, the corpora read hundreds. Glued on to more letters ("โครงการประชารัฐ|ร่วมใจ", "โครงการอันเนื่องมาจาก
    พระราชดำริ|จากหน่วยงานต่าง ๆ"), the release writes another run than the one the corpora confirm: the models judge it."""
    return bool(f.get("after_gap")) and "".join(name.split()) in confirmed_whole(kind)


def judged(m: Mention) -> bool:
    """Is `m` a candidate name the model judges? Not an authority match (the authority files are curated), nor an
    event named only by its type word or told by what was done (event_labels.told_not_named): resolve describes
    such an event by its parties and date instead."""
    if m.kind == "event":  # a visit told by its verb phrase is described with that phrase, not named by it
        name = str(m.data.get("name", ""))
        return is_real_name(name) and not told_not_named(str(m.data.get("type", "")), [name])
    return m.kind in KINDS and not _authority(m)


def _named_in_full(doc: Doc) -> Callable[[Mention], bool]:
    """Is a bare first name one that resolution will join to a full name: a person of this release written in
    full with that first name, or the one person the corpus writes with that honorific or title at the time
    (persons.titled_full_name), or the one person the corpus means by a quoted headline first name ("one_person")?
    Such a mention is evidence for a known person, not a candidate name."""
    firsts = {m.key.removeprefix(PERSON_KEY).split(" ")[0] for m in doc.mentions
              if m.kind == "person" and m.data.get("full")}

    def named(m: Mention) -> bool:
        if m.kind != "person" or m.data.get("full", True):
            return False
        return m.key.removeprefix(PERSON_KEY) in firsts or "one_person" in m.data or titled_full_name(doc, m) is not None

    return named


def _known_event(doc: Doc) -> Callable[[Mention], bool]:
    """Is an event name one that says which event by something known (event_known.vouched: a body or programme of
    the authority or of this release, a mined series, an acronym defined in brackets)? Such a name is kept
    whatever the model says: the model reads one release's words, and on a short text rejects real names."""
    own = None  # the cores of the release's bodies and programmes, read at the first event asked about: most
    # releases have no event candidate to judge, and reading them costs a normalisation per mention

    def known(m: Mention) -> bool:
        nonlocal own
        if m.kind != "event":
            return False
        if own is None:
            own = own_cores(surface(doc, o) for o in doc.mentions if o.kind in ("organization", "program"))
        return vouched(str(m.data.get("name", "")), own=own)

    return known


SHORT_STEM = 6  # characters a name written before the abbreviation mark has at least ("ศูนย์ฯ" stands for no one name)


def _short_of_full(doc: Doc) -> Callable[[Mention], bool]:
    """Is an organization written short with the abbreviation mark ("คณะกรรมการอำนวยการฯ") the short form of the one
    organization this release names in full beginning with those words ("คณะกรรมการอำนวยการขับเคลื่อนเศรษฐกิจ
    ภาคอุตสาหกรรม")? Resolution joins the two (resolve._short_organizations); the short form is a reference to a
    name the release gave, not a candidate name, and its mark is no evidence against it."""
    full = {"".join(m.text.split()) for m in doc.mentions if m.kind == "organization" and ABBREVIATION_MARK not in m.text}

    def short(m: Mention) -> bool:
        stem = "".join(m.text.split()).removesuffix(ABBREVIATION_MARK)
        if m.kind != "organization" or not m.text.rstrip().endswith(ABBREVIATION_MARK) or len(stem) < SHORT_STEM:
            return False
        return sum(name.startswith(stem) and len(name) > len(stem) for name in full) == 1

    return short


def drop_invalid(doc: Doc) -> None:
    """The pipeline's last stage: candidates (`judged`) whose validity falls below their class's threshold
    (chosen on the training labels) are dropped, so they mint no entity. The decision is per entity (kind and
    key), not per mention: a name the release also gives in a form the model believes ("มาตรการป้องกันควบคุม
    พื้นที่เฉพาะหรือบับเบิลแอนด์ซีล (Bubble & Seal)") keeps all its forms, and a key with a mention that is not
    judged at all (an authority match, a first name resolution will join to a full name, a short form with ฯ of
    a name the release gave in full) is never dropped. An event's decision is per name (`_entity`), and an event
    name below the threshold leaves the event told by its cue word (`_told_by_type`), not dropped."""
    weights = {kind: model_of(kind) for kind in KINDS}
    # a class at 0 (or without a model) is judged, never dropped
    thresholds = {kind: t for kind, w in weights.items() if (t := w.get("thresholds", {}).get(kind, 0.0)) > 0}
    if not thresholds:
        return
    named, short, known = _named_in_full(doc), _short_of_full(doc), _known_event(doc)
    best: dict[tuple[str, ...], float] = {}
    entities = [_entity(doc, m) for m in doc.mentions]  # once each: an event's is its surface, cut and squeezed
    for m, entity in zip(doc.mentions, entities):
        if m.kind not in thresholds:
            continue
        if best.get(entity, 0.0) >= thresholds[m.kind]:
            continue  # already kept: no need to score its other mentions
        p = 1.0
        if judged(m) and not named(m) and not short(m) and not known(m):
            name = surface(doc, m)
            f = features(doc, m, name)  # the name read once: features would read it again
            p = (1.0 if recurrent(f, weights[m.kind]) or confirmed(m.kind, name, f)
                 else 0.0 if clause(f) else judge(f, weights[m.kind], m.kind, name))
        best[entity] = max(best.get(entity, 0.0), p)
    kept = []
    for m, entity in zip(doc.mentions, entities):
        if best.get(entity, 1.0) >= thresholds.get(m.kind, 0.0):
            kept.append(m)
        elif m.kind == "event" and (told := _told_by_type(doc, m)) is not None:
            kept.append(told)
    doc.mentions[:] = kept


def judge(f: dict[str, float], weights: dict, kind: str, name: str) -> float:
    """The validity of a candidate (features `f`, named `name`) by its class's weights: 0.0 if the earlier model they
    are written behind drops it (`after_earlier`), 1.0 if it is kept whatever the later model says (`guarded`),
    else the later model's probability."""
    if not after_earlier(f, weights):
        return 0.0
    if weights.get("after") and guarded(kind, name):
        return 1.0
    return probability(f, weights)


def _told_by_type(doc: Doc, m: Mention) -> Mention | None:
    """Keep an event whose name the model judges no name as the event the text tells by its type word: the mention
    becomes the type word its cue begins with, as written ("การอบรม|สร้างเครือข่ายภาคส่วน" -> "การอบรม"), so resolution
    describes it by its parties and day (resolve.describe_event) or leaves it out when they do not pick one event out
    (_identified), as the guideline asks of events the text does not name. A name that begins with no cue is
    dropped (None)."""
    name = str(m.data.get("name", ""))
    cue = leading_cue(name)
    if not cue:
        return None
    word = cue_words().get(cue, cue)
    if not cue.replace(" ", "").startswith(word.replace(" ", "")):  # "ครม.สัญจร", whose type word ends it: the cue
        word = cue  # whole, not the type word's count of letters from its start ("ครม.ส")
    end, letters = m.nstart, 0
    while end < m.nend and letters < len(word.replace(" ", "")):  # the word's letters as written (spaces aside)
        letters += not doc.text[end].isspace()
        end += 1
    return doc.mention(m.nstart, end, m.kind, m.key, **{**m.data, "name": " ".join(doc.text[m.nstart:end].split())})


def _entity(doc: Doc, m: Mention) -> tuple[str, ...]:
    """What one keep-or-drop decision covers: an entity (kind and key); for an event, one of its names. Before
    resolution an event's key is only its type ("event:Meeting"), so every meeting of a release would share one
    decision: each name of an event is judged on its own."""
    return (m.kind, m.key, surface(doc, m).replace(" ", "")) if m.kind == "event" else (m.kind, m.key)
