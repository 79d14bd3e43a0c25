"""Kinds of financial product written with a programme's prefix: "กองทุนสำรองเลี้ยงชีพ" (a provident fund), "กองทุน
RMF", "กองทุนหมุนเวียน" (a revolving fund). Any company, bank or agency may run one; the words tell the product's
type, not which one is meant, so a label that is nothing but such a kind (ontology/th/program_products.json) is no
programme, wherever the scan found it and whatever lists it (a provident fund listed beside the civil servants'
pension fund is still a kind). Longer names of one fund stay ("กองทุนรวมวายุภักษ์", "กองทุนหมุนเวียนเพื่อช่วยเหลือ
เกษตรกรและผู้ยากจน")."""

from __future__ import annotations

import json
from functools import lru_cache

from phakhi.graph.extract.document import Doc, Mentions
from phakhi.graph.extract.program_quoted import unquoted
from phakhi.graph.extract.program_words import canon
from phakhi.ontology import HERE


@lru_cache(maxsize=1)
def product_kinds() -> frozenset[str]:
    """The kinds of program_products.json, compared as `canon` compares names (spaces and dashes left out)."""
    data = json.loads((HERE / "th" / "program_products.json").read_text(encoding="utf-8"))
    return frozenset(canon(label) for label in data["funds"])


def product_kind(label: str) -> bool:
    """Is `label` (prefix included, quotes or not) nothing but a kind of financial product ("กองทุน RMF")?"""
    return canon(unquoted(label)) in product_kinds()


def drop_product_kinds(doc: Doc) -> None:
    """Leave out the programme mentions whose words are a kind of product (`product_kind`)."""
    gone = {id(m) for m in doc.of_kind("program") if product_kind(doc.text[m.nstart:m.nend])}
    if gone:
        doc.mentions = Mentions(m for m in doc.mentions if id(m) not in gone)
