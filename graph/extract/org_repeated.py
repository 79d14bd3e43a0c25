"""A body's name cut short where the release writes the same words after every one of its mentions: "การประชุม
คณะกรรมการบริหารการป้องกันและแก้ไขปัญหาฝุ่นละอองขนาดเล็ก|ไม่เกิน 2.5 ไมครอน (PM 2.5)" four times in one release, each
going on differently after it. A name written once or twice in the corpora has no mined continuation
(`_recurrent_longer`), and a word such as "ไม่" is mined as going on with the sentence, so the name found by pattern
is cut there; the judges call the cut a boundary error. As program_repeated.py does for programmes: when every
mention of the name as cut, two or more, goes on with the same chunks (the one glued on at the cut, then chunks after
single spaces that carry the name's numbers: a number, a bracket, a Thai word beside a number, as org_sittings reads
them; a run that opens after a space, "…ยาเสพติด| ณ …", "…จังหวัดตรัง| ร่วมกับ…", is the sentence's as often as the
name's, and is not read) and the text after them differs between the mentions (and the text before
them too: a headline written again in the lead says nothing), those chunks are the name's. A bracket the run ends
on is left out (the name's abbreviation or English name, learned as such). Not when the run opens with a word of
the sentence's verb or clause (not_organizations `sitting_breaks`, `repeated_breaks`: "…เกษตรกรรม|ที่เกี่ยวข้อง", or a word the corpora mostly write after a verb
marker, org_followers.json, in a run with no number: "ตามที่คณะกรรมการบริหารกองทุน|กำหนด" at each mention), holds the sitting's number (`sitting_numbers`:
the meeting's, not the body's), holds a body's prefix word ("…ครบวงจร|และศูนย์…": a second body), or when another
body, person or place begins in it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.names import org_prefix
from phakhi.graph.extract.org_sittings import BRACKET, DIGIT, numbered_chunk, sitting_number_word
from phakhi.graph.text.thai import tokenize
from phakhi.ontology import load_mined, load_not_organizations

REPEATED_MIN = 2  # mentions of a name that all go on with the same chunks before the chunks are read as the name's
MENTIONS_READ = 30  # mentions of a name read at most (a name written thousands of times: tests/test_hostile.py)
RUN_CHUNKS = 5  # chunks a name is run on through at most
VERB_SHARE = 0.5  # a first word the corpora write after a verb marker this often (org_followers.json) is a verb
CONTEXT = 12  # letters before a mention and after its run compared: alike in all, one sentence written twice
_GLUED = re.compile(r"[^\s()\[\]“”\"',:;/]{1,40}")  # the chunk glued on at the cut
_CHUNK = re.compile(r" (\([^()\n]{1,40}\)|[^\s()“”\"',;:/]{1,30})")  # a chunk after a single space


@lru_cache(maxsize=1)
def _breaks() -> frozenset[str]:
    data = load_not_organizations()
    return frozenset(data["sitting_breaks"]) | frozenset(data["repeated_breaks"])


def _verb_share(word: str) -> float:
    """The share of the releases writing `word` after a verb marker among those and the ones writing it after a body's
    prefix word (org_followers.json, as organizations.follower_verb reads it): "กำหนด" 0.76, "ที่" 0.03."""
    row = (load_mined("org_followers.json") or {}).get("words", {}).get(word)
    return row[1] / (row[0] + row[1]) if row else 0.0


def _chunks(text: str, at: int) -> list[str]:
    """The chunks written at `at`: the one glued on (if any), then those after single spaces, RUN_CHUNKS at most."""
    out, pos = [], at
    glued = _GLUED.match(text, pos)
    if glued is not None:
        out.append(glued.group())
        pos = glued.end()
    while len(out) < RUN_CHUNKS + 1:
        chunk = _CHUNK.match(text, pos)
        if chunk is None:
            break
        out.append(chunk.group())
        pos = chunk.end()
    return out


def repeated_run_on(doc: Doc, start: int, name: str) -> str:
    """`name` (at `start`) run on through the chunks the release writes after every one of its mentions; else `name`."""
    text = doc.text
    if not name.strip():
        return name
    runs, at, mentions = [], text.find(name), 0
    while at != -1 and mentions < MENTIONS_READ:
        runs.append((at, _chunks(text, at + len(name))))
        mentions += 1
        at = text.find(name, at + len(name))
    if len(runs) < REPEATED_MIN or all(a != start for a, _ in runs):
        return name
    common = []
    for pieces in zip(*(chunks for _, chunks in runs)):
        if len(set(pieces)) > 1:
            break
        common.append(pieces[0])
    common = common[:RUN_CHUNKS]
    if not common or common[0].startswith(" "):
        return name  # "…ยาเสพติด| ณ …", "…จังหวัดตรัง| ร่วมกับ…": after a space, the sentence's as often as the name's
    spaced = [c.lstrip(" ") for c in common[1:]]
    while spaced and not numbered_chunk(spaced, len(spaced) - 1):
        spaced.pop()  # a spaced chunk is the name's only when it carries its numbers ("ไม่เกิน| 2.5 ไมครอน")
    if not all(numbered_chunk(spaced, i) for i in range(len(spaced))):
        spaced = []
    common = common[:1 + len(spaced)]
    while common and BRACKET.fullmatch(common[-1].lstrip(" ")):
        common.pop()  # "…(PM 2.5)": the name's abbreviation or English name, learned as such
    if not common:
        return name
    breaks, numbers = _breaks(), sitting_number_word()
    run = "".join(common)
    words = [w for w in tokenize(run) if w.strip()]
    if not words or words[0] in breaks or numbers.search(run) or any(org_prefix(w) for w in words):
        return name  # "…|ได้มีมติ…", "…| ครั้งที่ 2": the sentence's verb, the sitting's number
    if not DIGIT.search(run) and _verb_share(words[0]) >= VERB_SHARE:
        return name  # "ตามที่คณะกรรมการบริหารกองทุน|กำหนด" twice: the clause's verb, the same at each mention
    width = len(name) + len(run)
    afters = {text[a + width:a + width + CONTEXT] for a, _ in runs}
    befores = {text[max(0, a - CONTEXT):a] for a, _ in runs}
    if len(afters) < 2 or len(befores) < 2:
        return name  # one sentence written twice
    end = start + width
    if doc.starting_in(start + len(name), end, ("organization", "person", "place")):
        return name  # "…| จังหวัดเชียงใหม่", "…| กระทรวง…": where it is or whose, a mention of its own
    return text[start:end]
