"""The event cues (ontology/th/events.jsonl) and the word lists of ontology/th/event_words.json, loaded once:
every stage of event extraction (the cue scan, a name's run and extent, its date, its identity and its label)
reads them, so they live apart from all of those stages and none has to import another for its words."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from phakhi.graph.text.patterns import literal_alternation
from phakhi.ontology import HERE, load_event_cues


@lru_cache(maxsize=1)
def cue_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of every cue (longest first, so a cue that holds another wins) and cue -> event type."""
    cues = {row["cue"]: row["type"] for row in load_event_cues()}
    return re.compile(literal_alternation(cues)), cues


@lru_cache(maxsize=1)
def cue_words() -> dict[str, str]:
    """Cue -> its type word, for the cues that hold the body that meets ("ประชุมคณะรัฐมนตรี": "ประชุม"; written
    without "การ", the type word alone is too often a verb to be a cue). The rest of such a cue is name."""
    return {row["cue"]: row["word"] for row in load_event_cues() if row.get("word")}


def event_cues() -> dict[str, str]:
    """Cue word -> event type."""
    return cue_pattern()[1]


@lru_cache(maxsize=1)
def _longest_cue() -> int:
    return max(map(len, event_cues()), default=0)


def leading_cue(name: str) -> str:
    """The longest cue word `name` begins with ("" for none): its prefixes looked up, longest first, not every cue
    tried on it (two cues of one length cannot both begin a name, so the longest is one)."""
    cues = event_cues()
    return next((name[:k] for k in range(min(len(name), _longest_cue()), 0, -1) if name[:k] in cues), "")


@lru_cache(maxsize=1)
def word_lists() -> dict:
    return json.loads((HERE / "th" / "event_words.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def word_set(key: str) -> frozenset[str]:
    """One list of event_words.json as a set, built once (membership tests run per candidate)."""
    return frozenset(word_lists()[key])


@lru_cache(maxsize=None)
def word_tuple(key: str) -> tuple[str, ...]:
    """One list of event_words.json as a tuple, built once (for str.startswith / str.endswith)."""
    return tuple(word_lists()[key])
