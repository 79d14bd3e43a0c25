"""Program mentions outside the authority scheme: names that begin with โครงการ / มาตรการ / นโยบาย / …,
quoted ("โครงการ “…”") or written on directly ("โครงการพัฒนาผู้ประกอบการใหม่")."""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.extract.document import Doc
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.thai import tokenize
from phakhi.ontology import HERE, load_stopwords

import json

PATTERN_KEY = "name:"
_QUOTED = re.compile(r"\s?[“\"]([^”\"\n]{3,120})[”\"]")
MAX_NAME = 300  # characters a program's name may run on for without a space (the longest seen is 170)
_NAME_RUN = re.compile(f"[^\\s()\\[\\]“”\"',:;]{{0,{MAX_NAME}}}")


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads((HERE / "th" / "program_patterns.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _prefix_pattern() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(_data()["prefixes"], key=len, reverse=True))))


def find_programs(doc: Doc) -> None:
    text = doc.text
    not_after = tuple(_data()["not_after"])
    stopwords = load_stopwords()
    for m in _prefix_pattern().finditer(text):
        start, pos = m.start(), m.end()
        if doc.covered(start, pos):
            continue
        quoted = _QUOTED.match(text, pos)
        if quoted:
            name_start, end = quoted.start(1), quoted.end(1)
            if doc.covered(name_start, end, ("organization", "person")):
                continue
            doc.add(doc.mention(start, quoted.end(), "program", PATTERN_KEY + normalize_label(quoted.group(1)),
                                form="pattern", name=(name_start, end)))
            continue
        if pos >= len(text) or text[pos].isspace() or text.startswith(not_after, pos):
            continue
        stop = _NAME_RUN.match(text, pos).end()
        inside = doc.starting_in(pos, stop, ("organization", "person"))  # a body or person named there ends it
        stop = min((other.nstart for other in inside), default=stop)
        end = pos
        for index, token in enumerate(tokenize(text[pos:stop])):
            if token in stopwords:
                break
            end += len(token)
        if end - pos < 3 or doc.covered(start, end):
            continue
        doc.add(doc.mention(start, end, "program", PATTERN_KEY + normalize_label(text[start:end]), form="pattern"))
