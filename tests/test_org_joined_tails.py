"""A name cut at a space before its part begun by "และ" runs on to the name the corpora write whole, spaced and glued
(graph/extract/org_joined_tails.py, ontology/th/org_joined_tails.json mined by scripts/mine_org_joined_tails.py)."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _names(result) -> set[str]:
    return {n for e in result.of_kind("organization") for n in e.names}


def test_a_name_the_corpora_write_with_its_and_part_runs_on_to_it(extract_candidates):
    # the cabinet summaries' committee (2022-11-05 releases) and UN Women's Thai name (a 2023-03-08 social release)
    names = _names(extract_candidates(
        "ข่าว\n8.       เรื่อง     สรุปผลการประชุมคณะกรรมการติดตามการดำเนินงานตามนโยบายรัฐบาล และข้อสั่งการนายกรัฐมนตรี "
        "ครั้งที่ 4/2564\n"
        "ผู้แทนจากเครือข่ายสตรีอาเซียน ประเทศไทย (AWEN THAILAND) องค์การเพื่อการส่งเสริมความเสมอภาคระหว่างเพศ "
        "และเพิ่มพลังของผู้หญิงแห่งสหประชาชาติ (UN WOMEN) เข้าร่วมงาน\n"))
    assert "คณะกรรมการติดตามการดำเนินงานตามนโยบายรัฐบาล และข้อสั่งการนายกรัฐมนตรี" in names, names
    assert "องค์การเพื่อการส่งเสริมความเสมอภาคระหว่างเพศ และเพิ่มพลังของผู้หญิงแห่งสหประชาชาติ" in names, names
    assert not names & {"คณะกรรมการติดตามการดำเนินงานตามนโยบายรัฐบาล",
                        "องค์การเพื่อการส่งเสริมความเสมอภาคระหว่างเพศ"}, names


def test_a_second_body_after_and_is_not_taken(extract_candidates):
    # the mined name's run, then "และ" and another body: two bodies listed
    names = _names(extract_candidates(
        "ข่าว\nผู้แทนองค์การเพื่อการส่งเสริมความเสมอภาคระหว่างเพศ และกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ "
        "ร่วมประชุม\n"))
    assert not any(n.startswith("องค์การเพื่อการส่งเสริมความเสมอภาคระหว่างเพศ และ") for n in names), names


def test_the_miner_keeps_names_and_leaves_lists():
    sys.path.insert(0, str(REPO / "scripts"))
    from mine_org_joined_tails import kept_row

    assert kept_row(["คณะกรรมการติดตามการดำเนินงานตามนโยบายรัฐบาล และข้อสั่งการนายกรัฐมนตรี", 4, 4, 33])
    assert not kept_row(["คณะกรรมการติดตามการดำเนินงานตามนโยบายรัฐบาล และข้อสั่งการนายกรัฐมนตรี", 2, 4, 33])  # rare
    # written spaced in 5 releases, never glued: the council's committee and the people, listed
    assert not kept_row(["คณะกรรมการสภาสตรีแห่งชาติในพระบรมราชินูปถัมภ์ และพี่น้องประชาชน", 5, 6, 0])
    assert not kept_row(["กระทรวงการพัฒนาสังคม และหน่วยงานที่เกี่ยวข้อง", 12, 16, 9])  # bodies in general
