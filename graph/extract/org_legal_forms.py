"""A company named by the short form of its legal form ("บมจ. ไทยลักซ์ เอ็นเตอร์ไพรส์") is the company the release also
names by the long form ("บริษัท ไทยลักซ์ เอ็นเตอร์ไพรส์ จำกัด (มหาชน)"): org_patterns.jsonl `abbreviates` says which
words the short prefix stands for (บมจ. = บริษัท … จำกัด (มหาชน)). The short form's name is ended at a space, so a
name of two spaced words was cut after the first ("บมจ. ไทยลักซ์| เอ็นเตอร์ไพรส์", judged cut short in round 14), and
the two forms of one company were two entities. The release's long form says how far the name goes and which company
it is; without one, nothing changes.
"""

from __future__ import annotations

import re
from functools import lru_cache

LONG_FORM_CHUNKS = 3  # spaced words a short form's name may run on through, as its long form writes them


def long_legal_form(text: str, name_start: int, name_end: int, abbreviates: list[str]) -> tuple[int, str] | None:
    """Where the name written text[name_start:name_end] after a short legal prefix ends, and the long legal form the
    release writes it by (`abbreviates`: the long form's head and tail words, "บริษัท", "จำกัด (มหาชน)"): the first
    long form whose name begins with the same words, and whose further spaced words, if any, are written right after
    the short form's name too ("บมจ. ไทยลักซ์| เอ็นเตอร์ไพรส์" and "บริษัท ไทยลักซ์ เอ็นเตอร์ไพรส์ จำกัด (มหาชน)").
    None when the release writes no such long form."""
    words = text[name_start:name_end].strip()
    if not words or len(abbreviates) != 2:
        return None
    head, tail = abbreviates
    pattern = _long_form(head, words, tail)
    for m in pattern.finditer(text):
        rest = m.group(1)
        if not rest or text.startswith(rest, name_end):
            return name_end + len(rest), m.group()
    return None


@lru_cache(maxsize=256)
def _long_form(head: str, words: str, tail: str) -> re.Pattern[str]:
    """The long legal form of a name beginning with `words`: the head word, the words, up to LONG_FORM_CHUNKS more
    spaced words (group 1), the tail words however spaced ("จำกัด (มหาชน)", "จำกัด(มหาชน)")."""
    tail_pattern = r"\s?".join(re.escape(part) for part in re.split(r"\s+|(?=\()", tail) if part)
    return re.compile(re.escape(head) + r" ?" + re.escape(words) + r"((?: [^\s()]+){0," + str(LONG_FORM_CHUNKS)
                      + r"}?) ?" + tail_pattern)
