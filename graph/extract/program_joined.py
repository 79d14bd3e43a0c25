"""Programme names whose title joins two heads by และ ("นโยบายและแผนการรักษาความมั่นคงแห่งชาติ พ.ศ. 2560 – 2579"):
the first head names nothing alone (the run after "นโยบาย" opens with และ), so the scan and the dated plans read the
name from the second head; the title is both, and the name begins at the first (program_patterns.json
"joined_heads"). Kept apart from the scan: it reads the mentions the scan and the dated plans made, not the text."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from phakhi.graph.extract.document import Doc, Mentions
from phakhi.graph.extract.program_words import LAW_HEAD, PATTERN_KEY, law_before, not_before, offices, program_data
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import literal_alternation
from phakhi.graph.text.thai import starts_word


@lru_cache(maxsize=1)
def _joined_head() -> re.Pattern[str]:
    """A joined head and its และ, glued, right before where a name begins ("นโยบายและ|แผน…")."""
    data = program_data()["joined_heads"]
    return re.compile(f"(?:{literal_alternation(data['heads'])}){re.escape(data['join'])}$")


def join_heads(doc: Doc) -> None:
    """A programme the scan or the dated plans named from a head written right after a joined head and และ
    ("นโยบายและ|แผนระดับชาติว่าด้วยความมั่นคงแห่งชาติ (พ.ศ. 2566-2570)") begins at the joined head, under the key of
    the whole title. Only where the joined head starts a word and no body, person, post or law is named with it
    ("สำนักงานนโยบายและแผน…" is a body, "นักวิเคราะห์นโยบายและแผน…" a post), and only a name keyed by its own
    words (a name the scheme holds keeps its key and its bounds)."""
    text, pattern = doc.text, _joined_head()
    reach = max(map(len, program_data()["joined_heads"]["heads"])) + len(program_data()["joined_heads"]["join"])
    moved, keys = {}, {}
    for m in doc.of_kind("program"):
        if not m.key.startswith(PATTERN_KEY) or m.data.get("name") is not None:
            continue
        head = pattern.search(text, max(0, m.nstart - reach), m.nstart)
        if head is None:
            continue
        start = head.start()
        if not starts_word(text, start) or text.endswith(not_before(), 0, start) or text.startswith(offices(), start) \
                or law_before().search(text, max(0, start - LAW_HEAD), start) \
                or doc.covered(start, m.nstart, ("organization", "person", "program")):
            continue
        key = keys.setdefault(m.key, PATTERN_KEY + normalize_label(text[start:m.nend]))
        moved[id(m)] = doc.mention(start, m.nend, "program", key, **m.data)
    if moved:  # the title's other mentions (an abbreviation, the name written again) go under its key too
        doc.mentions = Mentions(moved.get(id(m)) or (replace(m, key=keys[m.key]) if m.kind == "program"
                                                     and m.key in keys else m) for m in doc.mentions)
