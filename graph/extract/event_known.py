"""Event names that say which event by something the project already knows, whatever the validity model says of
them. The events' model (validity_event.json) reads one release's words: on a short text it rejects real names
("การประชุมคณะรัฐมนตรี", "การประชุมสภาผู้แทนราษฎร", "Asia-Europe Meeting (ASEM)") that these sources vouch for,
as the organization model's `protect` keeps a body the corpora write whole. A name is vouched for when the words
after its cue end on a body or programme the authority files or the release itself name (whose meeting, about which
programme); when, cut with the abbreviation mark, it ends on a body's kind word (the ministry the release speaks
for: "นิทรรศการผลการดำเนินงานของกระทรวงฯ", not "การประชุมอาเซียนฯ", whose mark cuts off what followed); when it is
a series the corpora write every month (ontology/th/event_series.json) or one sitting of it told by its day; or when
it is a Latin name defining its acronym in brackets, or one of LATIN_WORDS capitalised words or more before the Latin
cue that ends it ("Southern Industrial Fair", "Bali International Choir Festival": what kind of event a Latin name's
last word says, the capitalised words before it say which; one word is most often a kind or a part, "Technical
Meeting", "Music Festival", "Leaders Meeting", which the model goes on judging). A prize (event_words prize_cues:
"Prince Mahidol Award") is no event for that. A name that goes on from a body with its partner (event_words
partner_words) and a country or a number ("การประชุมสุดยอดอาเซียนบวกสาม", "แถลงการณ์ร่วมอาเซียน - จีน": ASEAN and
its dialogue partners) is vouched for as the name before the partner is."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from phakhi.graph.extract.authority import organizations, programs
from phakhi.graph.extract.event_identity import name_core, rest_after_cue
from phakhi.graph.extract.event_labels import is_series
from phakhi.graph.extract.event_words import event_cues, word_set, word_tuple
from phakhi.graph.extract.names import org_prefix
from phakhi.graph.text.thai import ABBREVIATION_MARK

BODY_CHARS = 6  # a body's core this long at least counts ("สภาผู้แทนราษฎร"); shorter ones end many plain words
_DAY = re.compile(r"\s*วันที่\s*[\d๐-๙]")  # a series' sitting told by its day: "การประชุม ครม. วันที่ 28 เมษายน 2563"
_ACRONYM_ALIAS = re.compile(r"^[A-Za-z][^()]*\(\s*[A-Z][A-Za-z0-9&.\-]*[A-Z]\s*\)\s*$")
# judged readable audits: a Latin name ending on its cue with two capitalised words or more before it was valid in
# 16 of 20 labels (3 of the 4 others prizes), with one word before it in 4 of 16
LATIN_WORDS = 2
_LATIN_WORD = r"[A-Z0-9][A-Za-z0-9&.'\-]*"


@lru_cache(maxsize=1)
def _authority_cores() -> frozenset[str]:
    """Cores of the Thai names of the authority's organizations and programmes."""
    labels = [label for row in organizations().values() for label in (row["th"], *row["alt"]) if label]
    labels += [label for row in programs().values() for group in row["labels"].values() for label in group]
    return frozenset(core for label in labels if len(core := name_core(label)) >= BODY_CHARS)


def _ends_on(rest: str, cores: frozenset[str]) -> bool:
    return any(rest[i:] in cores for i in range(len(rest) - BODY_CHARS + 1))


def _body_cut_short(name: str) -> bool:
    """Does `name`, ending on the abbreviation mark, end on a body's kind word cut short ("…ของกระทรวงฯ": the
    mark stands for the body's name, not for the rest of the event's)?"""
    stem = name.rstrip().removesuffix(ABBREVIATION_MARK).rstrip()
    return any(org_prefix(stem[i:]) == stem[i:] for i in range(max(0, len(stem) - 20), len(stem) - 1))


def _partner_cut(name: str) -> str | None:
    """`name` without the partner (event_words partner_words) and the country or number it ends on ("…อาเซียน - จีน",
    "…อาเซียนบวกสาม"), or None when it ends on none."""
    from pythainlp.corpus import countries
    from pythainlp.util import thaiword_to_num

    for word in word_tuple("partner_words"):
        head, _, tail = name.rstrip().rpartition(word)
        tail = tail.strip()
        if not head.strip() or not tail:
            continue
        if tail in countries() or tail.isdigit():
            return head
        try:
            thaiword_to_num(tail)
        except ValueError:
            continue
        return head
    return None


def own_cores(bodies: Iterable[str]) -> frozenset[str]:
    """The cores of a release's own bodies and programmes that `vouched` reads: built once per release by a caller
    asking of many event names (built at each name, a release of many events and bodies cost their product)."""
    return frozenset(core for body in bodies if len(core := name_core(body)) >= BODY_CHARS)


def vouched(name: str, bodies: Iterable[str] = (), own: frozenset[str] | None = None) -> bool:
    """Does `name` say which event by something known: a body or programme of the authority or of `bodies` (the
    release's own; or their cores `own`, from own_cores) ending the words after its cue, a body's kind word cut
    short, a mined series or its dated sitting, a Latin name's acronym in brackets, a Latin name of capitalised words
    ended by its cue, or the name without a partner and its country or number ("…อาเซียน - จีน")?"""
    if name.rstrip().endswith(ABBREVIATION_MARK):  # "การประชุมอาเซียนฯ": the mark cuts off what followed the body
        return _body_cut_short(name)
    rest = rest_after_cue(name)
    own = own_cores(bodies) if own is None else own
    undated = _DAY.split(name, maxsplit=1)[0]
    return (_ends_on(rest, _authority_cores()) or _ends_on(rest, own)
            or bool(undated.strip()) and is_series(undated) or bool(_ACRONYM_ALIAS.match(name))
            or bool(_LATIN_NAMED().match(name.strip()))
            or (head := _partner_cut(name)) is not None and vouched(head, bodies, own))


@lru_cache(maxsize=1)
def _LATIN_NAMED() -> re.Pattern[str]:
    """A Latin name: LATIN_WORDS capitalised words or more, then the Latin cue (not a prize's) that ends it."""
    cues = sorted((c for c in event_cues() if c.isascii() and c not in word_set("prize_cues")), key=len, reverse=True)
    return re.compile(f"(?:{_LATIN_WORD}\\s+){{{LATIN_WORDS},}}(?:{'|'.join(map(re.escape, cues))})$")
