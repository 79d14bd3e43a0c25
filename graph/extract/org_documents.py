"""A body named as a document's issuer or party, then what the document is about: "ระเบียบคณะกรรมการกองทุนยุติธรรม|
ว่าด้วยหลักเกณฑ์ วิธีการ…", "พิธีสารระหว่างกระทรวงเกษตรและสหกรณ์…กับสำนักงานศุลกากรแห่งสาธารณรัฐประชาชนจีน|ว่าด้วย
หลักเกณฑ์การตรวจสอบ".

A name found by pattern runs on through "ว่าด้วย" (concerning), for many bodies are named for what they are concerned
with ("คณะกรรมการแห่งชาติว่าด้วยอนุสัญญาคุ้มครองมรดกโลก"), and so do the corpora's mined names and runs, which count a
regulation's title written again and again as a name ("คณะกรรมการกองทุนยุติธรรมว่าด้วยหลักเกณฑ์ วิธีการ": org_runs.json,
organization_names.json). After a document word (not_organizations `document_words`: ระเบียบ, ประกาศ, พิธีสาร…) the
body is the document's issuer or party, and the subject word written after its name (`document_subjects`) opens what the
document is about: the judges call the run a boundary error. The body is an issuer when the document word is written
right before its name, a party when a document word and the parties word (`document_parties`: ระหว่าง) are written
earlier on its line. The name is cut only where what is left is whole on its own (names.whole_before: a known name or
one the corpora write whole): a body named for its subject issues documents too, and a part of its name names no body
("ประกาศคณะกรรมการกลาง|ว่าด้วยราคาสินค้าและบริการ", "ประกาศคณะกรรมการ|ว่าด้วยสัญญา": the Central Committee on Prices,
the Contract Committee).
"""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.names import whole_before
from phakhi.graph.text.patterns import literal_alternation
from phakhi.ontology import load_not_organizations

PARTY_REACH = 200  # characters before a name in which a document and its parties word are written


def issuer_name(doc: Doc, start: int, name: str, prefix_length: int) -> str:
    """`name` (at `start`) cut before a document's subject word written after its words when the name is the
    document's issuer or a party of it; else `name` as it is."""
    subject = _subject().search(name, prefix_length + 1)
    if subject is None or not _document_before(doc, start):
        return name
    issuer = name[:subject.start()].rstrip()
    return issuer if whole_before(issuer) else name  # "ประกาศคณะกรรมการกลางว่าด้วยราคาสินค้าและบริการ": the Central
    # Committee on Prices issues notices under its whole name; "คณะกรรมการกลาง" alone names no body


def _document_before(doc: Doc, start: int) -> bool:
    """Is a document named right before `start` (its issuer's name follows), or a document and its parties word
    earlier on the line (the name is one of its parties)?"""
    data = load_not_organizations()
    documents = tuple(data["document_words"])
    before = doc.text[max(doc.line_bounds(start)[0], start - PARTY_REACH):start]
    if before.rstrip().endswith(documents):
        return True
    return any(document + party in before for document in documents for party in data["document_parties"])


@lru_cache(maxsize=1)
def _subject() -> re.Pattern[str]:
    return re.compile(r"\s?(?:" + literal_alternation(load_not_organizations()["document_subjects"]) + ")")
