"""Mine the concepts the releases present as a policy -> ontology/th/program_concepts.json.

    python scripts/mine_program_concepts.py v1.tar v2.tar --skip v1-sample.tar --skip v2-sample.tar [--out FILE]

GUIDELINE.md counts a concept as a programme "when presented as a policy/strategy" ("เศรษฐกิจหมุนเวียน", "BCG Model",
"Smart City"), and the gold lists such concepts bare ("หวังผลักดัน|อุตสาหกรรมเป้าหมาย"), where no prefix announces
them. The same words are as often an ordinary noun ("การลงทุนในอุตสาหกรรมเป้าหมายของประเทศ"), so a concept is taken
only where a release frames it as a policy (program_concepts.py), and only a concept the corpora frame so often and
consistently: this script says which.

A frame (program_patterns.json "policy_concepts": "frames" and "evidence_frames", the verbs of a policy driven,
pushed or promoted, "ขับเคลื่อน", "ผลักดัน", "ส่งเสริม"; "policy_nouns", "นโยบาย", "ยุทธศาสตร์") that is no word of
a body's or a programme's name ("กรมส่งเสริม|…", "นโยบายผลักดัน|…": `in_body_name`) is followed, glued or after a
space, by a run of Thai letters; each opening of that run of 1 to MAX_TOKENS words that ends the run or stops before
a stop word ("ผลักดัน|อุตสาหกรรมเป้าหมาย|ที่ใช้…") is a candidate (`candidates`), unless it opens with a "not_first"
word ("การ", "ความ": an activity), a programme prefix or a stop word, or the name goes on in digits or Latin letters.
Rows are [concept, releases writing it after a verb frame, distinct verb frames, distinct sentences so framed (the
words after it), releases writing it after a policy noun, releases writing it at all]; a row is kept (`kept_row`)
when the concept is framed by a verb in at least MIN_FRAMED releases, by at least MIN_FRAMES different verbs, in at
least MIN_SENTENCES different sentences and in as many as MIN_VARIETY of the releases framing it (fewer is one line
repeated: "ขับเคลื่อนวาระแห่งชาติ"), after a policy noun in at least MIN_POLICY releases (the corpora call it a
policy), in at least MIN_SHARE of the releases writing it at all, is MIN_LETTERS long, and names a concept
(`names_a_concept`: no dictionary word, "เศรษฐกิจ"; no programme the authority scheme holds, found wherever written;
no body, field, kind or sector, "not_first"; no phrase holding a stop word, "เศรษฐกิจของประเทศ"; no country's topic,
"not_last", "เศรษฐกิจไทย"). The audit samples are left out (--skip). Whole corpora, two passes;
scripts/check_mined.py asks `kept_row` of every shipped row.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from functools import lru_cache

from mining import release_texts, run_miner

from phakhi.graph.extract.program_concepts import frame_patterns, in_body_name
from phakhi.graph.extract.program_words import prefix_pattern, program_data
from phakhi.graph.text.patterns import literal_alternation
from phakhi.graph.text.thai import tokenize
from phakhi.graph.extract.authority import program_entries
from phakhi.graph.text.normalize import normalize_label
from phakhi.ontology import load_org_patterns, load_stopwords

MAX_TOKENS = 4  # words in a concept
RUN = 40  # Thai letters read after a frame
MIN_LETTERS = 6
MIN_FRAMED = 5  # releases writing the concept right after a verb frame
MIN_FRAMES = 2  # different verb frames
MIN_SENTENCES = 5  # different words after the framed concept
MIN_VARIETY = 0.5  # different words after it, per release framing it: fewer is one line repeated
MIN_POLICY = 2  # releases writing it right after a policy noun
MIN_SHARE = 0.05  # of the releases writing it at all, those framing it by a verb
_THAI_RUN = re.compile(r"[ก-๛]+")
_GOES_ON = re.compile(r" ?[0-9A-Za-z]")


def kept_row(row: list) -> bool:
    """Is a mined row [concept, verb-framed releases, verbs, sentences, policy-noun releases, releases] a concept
    the corpora present as a policy? (See the docstring.) scripts/check_mined.py asks it of every shipped row."""
    concept, framed, frames, sentences, policy, anywhere = row
    return framed >= MIN_FRAMED and frames >= MIN_FRAMES and sentences >= max(MIN_SENTENCES, MIN_VARIETY * framed) \
        and policy >= MIN_POLICY \
        and framed >= MIN_SHARE * anywhere and len(concept) >= MIN_LETTERS and names_a_concept(concept)


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    """The words of the Royal Institute's dictionary (pythainlp's thai_orst_words: "เศรษฐกิจ", "ภารกิจ",
    "วิสัยทัศน์"): a word of the language, no concept a policy is named by."""
    from pythainlp.corpus import thai_orst_words

    return frozenset(thai_orst_words())


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    """The programmes the authority scheme holds (found wherever written: "เศรษฐกิจหมุนเวียน")."""
    return frozenset(normalize_label(entry.label) for entry in program_entries())


def names_a_concept(concept: str) -> bool:
    """Can `concept` name a policy: no dictionary word, no programme the scheme holds, no body ("คณะกรรมการ…"), no
    opening of a kind or field ("not_first": "ด้านการตลาด", "กรอบความร่วมมือ"), no stop word among its words (a
    phrase: "เศรษฐกิจ|ของ|ประเทศ", "…|และ|…") and no country it ends on (the topic of a place, "not_last":
    "เศรษฐกิจไทย")?"""
    data = program_data()["policy_concepts"]
    tokens = tokenize(concept)
    return concept not in _common() and normalize_label(concept) not in _known() \
        and not concept.startswith(tuple(data["not_first"])) and not concept.startswith(_org_prefixes()) \
        and not any(t in load_stopwords() for t in tokens) and not concept.endswith(tuple(data["not_last"]))


@lru_cache(maxsize=1)
def _org_prefixes() -> tuple[str, ...]:
    return tuple({p["prefix"] for p in load_org_patterns()})


@lru_cache(maxsize=1)
def _opening_ban() -> tuple[str, ...]:
    return tuple(program_data()["policy_concepts"]["not_first"])


def candidates(text: str, pos: int) -> list[tuple[str, str]]:
    """The candidate concepts written from `pos` (right after a frame): (concept, the words after it)."""
    pos += text.startswith((" ", "“", "\""), pos)
    run = _THAI_RUN.match(text, pos)
    if run is None:
        return []
    words = run.group()[:RUN]
    tokens = tokenize(words)
    if len(run.group()) > RUN:
        tokens = tokens[:-1]  # cut inside a word
    stops = load_stopwords()
    if not tokens or tokens[0] in stops or tokens[0].startswith(_opening_ban()) or prefix_pattern().match(words):
        return []
    found = []
    goes_on = len(tokens) <= MAX_TOKENS and _GOES_ON.match(text, run.end()) is not None
    for k in range(1, min(MAX_TOKENS, len(tokens)) + 1):
        if k < len(tokens) and tokens[k] not in stops or k == len(tokens) and goes_on:
            continue  # "ขับเคลื่อน|ไทยแลนด์| 4.0": the name goes on in digits or Latin letters
        concept = "".join(tokens[:k])
        after = "".join(tokens[k:k + 2]) if k < len(tokens) else text[run.end():run.end() + 6]
        found.append((concept, after))
    return found


def framed(text: str) -> tuple[dict[str, set[tuple[str, str]]], set[str]]:
    """(concept -> {(verb frame, the words after it)} for the verb frames, the concepts after a policy noun)."""
    verbs, nouns = frame_patterns()
    by_verb: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for m in verbs.finditer(text):
        if not in_body_name(text, m.start()):
            for concept, after in candidates(text, m.end()):
                by_verb[concept].add((m.group(), after))
    by_noun = {concept for m in nouns.finditer(text) if not in_body_name(text, m.start())
               for concept, _ in candidates(text, m.end())}
    return by_verb, by_noun


def mine(paths: list[str], limit: int | None = None, skip: frozenset[str] = frozenset()) -> dict:
    releases: Counter[str] = Counter()
    frames: dict[str, set[str]] = defaultdict(set)
    sentences: dict[str, set[str]] = defaultdict(set)
    policy: Counter[str] = Counter()
    seen = 0
    for seen, text in enumerate(release_texts(paths, limit, skip), 1):
        by_verb, by_noun = framed(text)
        releases.update(list(by_verb))
        policy.update(by_noun)
        for concept, uses in by_verb.items():
            frames[concept].update(f for f, _ in uses)
            sentences[concept].update(a for _, a in uses)
        if seen % 10000 == 0:
            print(f"{seen} releases, {len(releases)} candidates", file=sys.stderr)
    wanted = sorted(c for c, n in releases.items() if n >= MIN_FRAMED and len(frames[c]) >= MIN_FRAMES
                    and policy[c] >= MIN_POLICY and len(c) >= MIN_LETTERS)
    anywhere: Counter[str] = Counter()
    if wanted:
        pattern = re.compile(literal_alternation(wanted))
        for text in release_texts(paths, limit, skip):
            anywhere.update({m.group() for m in pattern.finditer(text)})
    rows = [[c, releases[c], len(frames[c]), len(sentences[c]), policy[c], anywhere[c]] for c in wanted]
    return {
        "_doc": "Mined by scripts/mine_program_concepts.py from the thaigov archives (the audit samples left out): "
                "concepts the releases write right after a policy verb (ขับเคลื่อน, ผลักดัน ...) and after a policy "
                "noun (นโยบาย, ยุทธศาสตร์), as [concept, releases framing it by a verb, different verbs, different "
                "sentences so framed, releases writing it after a policy noun, releases writing it at all]. names: "
                "the rows the script's filter keeps (the extractor takes such a concept, bare, for a programme where "
                "a release writes it right after a frame); left: the rows it does not keep. Rebuild with the "
                "script; see its docstring.",
        "releases": seen,
        "names": [row for row in rows if kept_row(row)],
        "left": [row for row in rows if not kept_row(row)],
    }


def main() -> None:
    run_miner(__doc__, "program_concepts.json", mine,
              lambda data: f"{data['releases']} releases, {len(data['names'])} names, {len(data['left'])} left")


if __name__ == "__main__":
    main()
