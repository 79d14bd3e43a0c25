"""A body's name cut at a space before the chunk that closes it: "ราชวิทยาลัยแพทย์เวชศาสตร์| ฟื้นฟูแห่งประเทศไทย",
"คณะกรรมการพัฒนาเศรษฐกิจ| แห่งชาติ".

A name found by pattern ends at the first space; when the one chunk of Thai letters written after that space ends on a
closing word (not_organizations `closing_words`: แห่งชาติ, แห่งประเทศไทย), the chunk is the rest of the name: a phrase
of the sentence does not end "of Thailand", a body's name does, and the judges call the cut a boundary error. The same
closing words carry a name across a Latin term (organizations._latin_run_on); this is the Thai chunk's case. The chunk
is not read when it begins a name of its own (a prefix word, or any mention begun in it: "กรมการแพทย์| สภาการพยาบาล
แห่งประเทศไทย" lists two bodies) or a word that goes on with the sentence ("…| ในวันสตรีแห่งชาติ"), or when the name
before it is closed: by a closing word, or by the corpora, which write it whole in WHOLE_RELEASES releases or more and
more often whole than continued (recurrence.ends_there; validity_corpus.json): the fact dump of 4,800 sample releases
ran "สภาวิศวกร", "กรมศิลปากร", "คณะกรรมการการศึกษาขั้นพื้นฐาน" on into another body or a post without it.
"""

from __future__ import annotations

import re

from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.names import org_prefix, sentence_words
from phakhi.graph.extract.recurrence import ends_there
from phakhi.graph.text.thai import is_thai, tokenize
from phakhi.ontology import load_not_organizations, load_stopwords

WHOLE_RELEASES = 3  # releases the corpora name a name whole in (more often than continued) before it is closed
_CHUNK = re.compile(r" ([\u0e01-\u0e4e]{1,60})")  # one space, then one chunk of Thai letters


def closing_run_on(doc: Doc, start: int, name: str) -> str:
    """`name` (at `start`) run on through the chunk after one space that ends on a closing word, or `name` as it is."""
    closing = tuple(load_not_organizations()["closing_words"])
    text, at = doc.text, start + len(name)
    m = _CHUNK.match(text, at)
    if m is None or name.endswith(closing) or not m.group(1).endswith(closing) \
            or ends_there("organization", name, WHOLE_RELEASES):
        return name  # "สภาวิศวกร| วิศวกรรมสถานแห่งประเทศไทย", "กรมศิลปากร| ผู้อำนวยการพิพิธภัณฑสถานแห่งชาติ": a name
        # the corpora write whole is closed; what follows is another body or a post
    end = m.end()
    if end < len(text) and (is_thai(text[end]) or text[end].isalnum()):
        return name  # the chunk goes on past the closing word (matched to its last Thai letter)
    chunk = m.group(1)
    if org_prefix(chunk) or doc.starting_in(m.start(1), end, ("organization", "program", "person", "place")):
        return name  # another body's name, or someone's, begins in the chunk
    words = tokenize(chunk)
    if words and (words[0] in sentence_words() or words[0] in load_stopwords()) and not chunk.startswith(closing):
        return name  # "…| ในวันสตรีแห่งชาติ": a word of the sentence (a stop word glued inside a name, "ใน", opens
        # the sentence's phrase after a space)
    return text[start:end]
