"""The body an organization name found by pattern misspells: one IRI for "สำนักนายกรัฐมนตรึ" and
สำนักนายกรัฐมนตรี, for "สภาผู้แทนราษฏร" and สภาผู้แทนราษฎร, for "กลุ่มประชาสัมพันธฺและเผยแพร่" and the
กลุ่มประชาสัมพันธ์และเผยแพร่ the releases sign with.

A name is read as another when it is that name with its spaces moved, with look-alike marks or letters
(marks alone differ, or ฎ for ฏ), or with one or two letters slipped, and the other is an authority name or a
name the audit samples write FREQUENT times and RATIO times as often (ontology/th/validity_corpus.json). Bodies
one word apart are many ("กรมการขนส่งทหารบก" is not กรมการขนส่งทางบก, "…ราชภัฏเขต" not "…ราชภัฏเลย"), so a
slip of letters is read only where it garbles dictionary words into a piece no dictionary knows, leaves
numbers, Latin letters and abbreviations alone, and the name is no name the corpus writes in its own right (ontology/th/organization_names.json "names"); look-alikes make no other name.
A slip that spells words of its own ("กรมควบคุมโรง", "กรมชลประชาชน", "ธนาคารอมสิน") is read as a body only
when that body is an authority entry or a name the samples write in DOMINANT releases, the slip is written in
RARE of them at most, and it changes only dictionary words of that name and no province name: the odds then favour a typing slip over an unknown body.
The authority gazetteer's own near matching (authority.near_authority) runs first, at the text; this runs on the
name the pattern found."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from phakhi.graph.extract.authority import organizations
from phakhi.graph.extract.names import dictionary, known_names, org_prefix, provinces
from phakhi.graph.extract.recurrence import corpus
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.thai import tokenize
from phakhi.ontology import load_org_patterns

FREQUENT = 10  # releases of the audit samples a pattern name needs before slips of it are read as it
RATIO = 20  # ... and it must be written in this many times as many releases as the slip
LOOK_ALIKE_MIN = 6  # letters a name needs before a look-alike of it is read as it
SLIP_MIN = 8  # ... and before one slipped letter is
SLIP_MIN_TWO = 16  # ... and two
_LOOK_ALIKE_LETTERS = str.maketrans({"ฎ": "ฏ"})
GARBLED_MIN = 4  # letters of a word a slip garbles (a shorter one, "ทรู", "กสท", "ไทย", is a name's own mark)
_TAGS = re.compile(r"[0-9A-Za-z]+")  # numbers and Latin letters: never a slip
AUTHORITY = 10 ** 9  # the weight of an authority name: always the usual spelling
DOMINANT = 100  # releases of the audit samples (8,000) from which a name by pattern is read through any slip
RARE = 2  # ... that is written in this many of them at most
AUTHORITY_SLIP_TWO = 12  # letters from which a slip of an authority name may be two letters off


def squeeze(name: str) -> str:
    return name.replace(" ", "")


@lru_cache(maxsize=1)
def _targets() -> dict[str, tuple[str, int]]:
    """A name without its spaces -> (what it resolves to, releases): the authority's Thai names (their key,
    org:<id>) and the names by pattern the samples write in FREQUENT releases or more (the name)."""
    spaced = {squeeze(name): name for name in known_names()}  # the mined counts are of names without spaces
    out: dict[str, tuple[str, int]] = {}
    for name, counts in corpus().get("organization", {}).items():
        if counts[0] >= FREQUENT and not name.isascii():
            out[name] = (spaced.get(name, name), counts[0])
    for key, row in organizations().items():
        for label in (row["th"], *row["alt"]):
            if label and not label.isascii():
                out[squeeze(normalize_label(label))] = (key, AUTHORITY)
    return out


@lru_cache(maxsize=1)
def _by_length() -> dict[tuple[int, str], tuple[tuple[str, str, int, str, list[str]], ...]]:
    """(length, first letter) -> (name, what it resolves to, releases, its look-alike form, its numbers and Latin
    letters) of every target: a slip keeps its first letter, so only those are compared, each worked out once."""
    index: dict[tuple[int, str], list[tuple[str, str, int, str, list[str]]]] = {}
    for name, (key, count) in _targets().items():
        if name:
            index.setdefault((len(name), name[0]), []).append((name, key, count, _look_alike(name),
                                                               _TAGS.findall(name)))
    return {at: tuple(rows) for at, rows in index.items()}


def _look_alike(name: str) -> str:
    """The name with its combining marks dropped and look-alike letters made one."""
    return "".join(ch for ch in name if unicodedata.category(ch) != "Mn").translate(_LOOK_ALIKE_LETTERS)


@lru_cache(maxsize=16384)
def usual_organization(name: str) -> str | None:
    """What the organization name `name` (normalised) is a misspelling or respacing of: the authority's key
    (org:<id>), or the usual spelling of a name by pattern; None when it is no slip of one."""
    squeezed = squeeze(name)
    if len(squeezed) < LOOK_ALIKE_MIN:
        return None
    exact = _targets().get(squeezed)
    if exact:  # "รัฐบาล ไทย" is รัฐบาลไทย (a name by pattern keeps its own spacing: the samples count none)
        return exact[0] if exact[1] == AUTHORITY else None
    seen = corpus().get("organization", {}).get(squeezed, [0])[0]
    enough = max(FREQUENT, RATIO * max(seen, 1))
    slips = 0 if len(squeezed) < SLIP_MIN else 1 if len(squeezed) < SLIP_MIN_TWO else 2
    most = max(slips, 2 if len(squeezed) >= AUTHORITY_SLIP_TWO else 0)  # (slips of an authority name)
    own_name = squeezed in known_names()
    found = set()
    tags, look_alike = _TAGS.findall(squeezed), _look_alike(squeezed)
    for length in range(len(squeezed) - 2, len(squeezed) + 3):
        for other, key, count, other_look_alike, other_tags in _by_length().get((length, squeezed[0]), ()):
            if count < enough or other_tags != tags:
                continue  # (only names with the same first letter are compared; "…พื้นที่ 10" is not "…พื้นที่ 1")
            if other_look_alike == look_alike:
                found.add(key)
            elif most and "." not in other + squeezed and (not own_name or count >= DOMINANT and seen <= RARE
                                                             and _word_misspelt(squeezed, other)):
                apart = Levenshtein.distance(other, squeezed, score_cutoff=most)
                if apart <= slips and _garbled(squeezed, other) or count >= DOMINANT and seen <= RARE \
                        and apart <= (most if count == AUTHORITY else slips) and _typed_for(squeezed, other):
                    found.add(key)
    return found.pop() if len(found) == 1 else None


def _garbled(written: str, usual: str) -> bool:
    """Is `written` `usual` with dictionary words garbled ("นากย" for นายก, "เปย" for เผย)? Not where the slip
    spells words of its own ("ทหาร" for "ทาง", "เขต" for "เลย") or changes a word no dictionary knows, a name
    or an acronym ("ทศท" is not "ทรู", "กทส" not "กสท")."""
    mine, theirs = set(tokenize(written)), set(tokenize(usual))
    new, lost = mine - theirs, theirs - mine
    return bool(new) and not all(_word(w, 2) for w in new) and all(_word(w, GARBLED_MIN) for w in lost)


def _word_misspelt(written: str, usual: str) -> bool:
    """Is `written` `usual` with letters of one of its dictionary words left out or typed twice, into a piece no
    dictionary knows as a whole, even when its pieces are words ("ประสัมพันธ์" for ประชาสัมพันธ์ tokenises as ประ +
    สัมพันธ์)? Only letters dropped or added (no letter changed), all inside one word of `usual`. Such a name is a
    slip even when the corpora write it often enough to be mined as a name ("กลุ่มประสัมพันธ์และเผยแพร่", a
    signature line); a body of its own is named with other words ("กรมการขนส่งทหารบก" is not กรมการขนส่งทางบก:
    letters changed)."""
    if Levenshtein.distance(written, usual) != abs(len(written) - len(usual)):
        return False
    same = 0
    while same < min(len(written), len(usual)) and written[same] == usual[same]:
        same += 1
    tail = 0
    while tail < min(len(written), len(usual)) - same and written[-1 - tail] == usual[-1 - tail]:
        tail += 1
    start = 0
    covering = []
    for token in tokenize(usual):
        if start < max(len(usual) - tail, same + 1) and start + len(token) > same:
            covering.append((start, start + len(token), token))
        start += len(token)
    if len(covering) != 1:
        return False
    begin, end, word = covering[0]
    piece = written[begin:end + len(written) - len(usual)]
    return _word(word, GARBLED_MIN) and piece not in dictionary()


def _typed_for(written: str, usual: str) -> bool:
    """Is a slip that spells words of its own still `usual` typed wrong: it keeps the kind of body ("กอง…" is a
    division, not the กรม…), which is no company (a slip of a brand spells another: "ทศท" is not "ทรู"), and changes only dictionary words of the usual name ("โรค" of กรมควบคุมโรค; not a
    name's own mark such as "ทรู") and no province name (a province written for another is another office)?"""
    mine, theirs = set(tokenize(written)), set(tokenize(usual))
    kind = org_prefix(written)
    return kind == org_prefix(usual) and not _company(kind) \
        and all(_word(w, 2) for w in theirs - mine) and not (mine ^ theirs) & provinces()


def _company(prefix: str) -> bool:
    """Does this prefix word start a company's name (ontology/th/org_patterns.jsonl)?"""
    return any(p["prefix"] == prefix and p["type"] == "Company" for p in load_org_patterns())


def _word(token: str, shortest: int) -> bool:
    return len(token) >= shortest and token in dictionary()
