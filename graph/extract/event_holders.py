"""Who did what an event's cue tells when the text writes a post there, not a name.

"ในวันเสาร์ที่ 27 เมษายน นี้ นายกฯจะ ลงพื้นที่…", "รัฐมนตรีช่วยว่าการกระทรวงคมนาคม ตรวจเยี่ยม…": the doer is told by the post
alone, and the person is named with that post elsewhere in the release ("นายเศรษฐา ทวีสิน นายกรัฐมนตรีและรัฐมนตรีว่าการ
กระทรวงการคลัง"). The nearest bodies and persons (events._parties) then miss the doer and give his ministry, or a
bystander, instead (judged audits of round 14: "PM's Rayong fire visit given only as MoF", "lead visitor (deputy
minister) … missing"). The one person the release gives that post is the event's first party.
"""

from __future__ import annotations

from functools import lru_cache

from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.event_words import word_lists, word_tuple
from phakhi.graph.extract.authority import title_at
from phakhi.graph.extract.posts import _back, _prefix_ending_at

REACH = 80  # characters before a cue a post (a title and its body) may begin at
GAPS = 3  # holder_gaps read back from a cue, one after another ("ได้|เดินทางไป", "ได้|มีโอกาส")


def holder_before(doc: Doc, cue_start: int, line_start: int) -> str | None:
    """The key of the one person of the release who holds the post written right before the cue at `cue_start`
    (past words of event_words holder_gaps, up to GAPS of them one after another: "จะ", "เป็นประธาน",
    "ได้|เดินทางไป"), or None: no post there, a former one, or no one person, or several, given it in this release."""
    text = doc.text
    end = _back(text, cue_start)
    for _ in range(GAPS):  # "นายกรัฐมนตรี ได้เดินทางไป เยี่ยมชม…", "…จะเดินทางไป…": a gap after a gap
        gap = next((g for g in _gaps() if end - len(g) >= line_start and text.startswith(g, end - len(g))), None)
        if gap is None:
            break
        end = _back(text, end - len(gap))
    post = _post_ending_at(doc, end, line_start)
    if post is None:
        return None
    holders = {m.key for m in doc.of_kind("person") for held in m.data.get("posts") or ()
               if _same_post(held, post)}
    return holders.pop() if len(holders) == 1 else None


def _post_ending_at(doc: Doc, end: int, line_start: int) -> dict | None:
    """The post (role, body) whose words end at `end`: a short title of event_words short_titles ("นายกฯ"), a title
    of titles.jsonl that takes no body ("นายกรัฐมนตรี"), or one that takes a body and the body's mention ending there
    ("รัฐมนตรีช่วยว่าการ|กระทรวงคมนาคม"). Read without adding any mention (posts._post_after adds the bodies it
    reads from a title's words), so the facts of the release stay as they were; a former or acting post is none."""
    text = doc.text
    for short, role in _short_titles():
        if end - len(short) >= line_start and text.startswith(short, end - len(short)):
            return {"role": role, "organization": None}
    org = doc.ending_at(end, "organization")
    title_end = _back(text, org.nstart) if org is not None else end
    for start in range(max(line_start, title_end - REACH), title_end):
        found = title_at(text, start)
        if found is None or start + len(found[0]) != title_end:
            continue
        record = found[1]
        if record["kind"] in ("acting", "former") or _prefix_ending_at(text, _back(text, start)) is not None \
                or bool(record.get("org_follows", True)) != (org is not None):
            return None
        return {"role": record["role"], "organization": org.key if org is not None else None}
    return None


def _same_post(held: dict, post: dict) -> bool:
    """Is a person's post `held` the post `post` written before a cue: the same role in the same body, not another
    country's seat?"""
    return not held.get("former") and not held.get("seat") and held.get("role") == post["role"] \
        and held.get("organization") == post["organization"]


@lru_cache(maxsize=1)
def _gaps() -> tuple[str, ...]:
    return tuple(sorted(word_tuple("holder_gaps"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _short_titles() -> tuple[tuple[str, str], ...]:
    """(short title, role), longest first ("รองนายกฯ" before "นายกฯ", which it ends with)."""
    return tuple(sorted(word_lists()["short_titles"].items(), key=lambda kv: -len(kv[0])))
