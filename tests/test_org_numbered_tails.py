"""A name cut before the number that ends it runs on to the name the corpora write with it
(graph/extract/org_numbered_tails.py, ontology/th/org_numbered_tails.json mined by scripts/mine_org_numbered_tails.py)."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _names(result) -> set[str]:
    return {n for e in result.of_kind("organization") for n in e.names}


def test_a_name_the_corpora_write_with_a_number_runs_on_to_it(extract_candidates):
    # sentences of three releases: the foundation for the forests of five provinces, the volunteer school 904, the
    # committee for agricultural technology 4.0
    names = _names(extract_candidates(
        "ข่าว\nกรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช แก้ปัญหาช้างป่าออกนอกพื้นที่ โดยร่วมกับมูลนิธิอนุรักษ์ป่ารอยต่อ 5 จังหวัด "
        "จากนั้นได้เดินทางต่อ\n"
        "ผู้เข้าอบรมเข้าร่วมกิจกรรมการฝึกปฏิบัติตามแนวปรัชญาเศรษฐกิจพอเพียง ณ ศูนย์ฝึกโรงเรียนจิตอาสา 904 (บางเขน)\n"
        "ที่ประชุมคณะกรรมการขับเคลื่อนนโยบายเทคโนโลยีเกษตร 4.0 มีมติเห็นชอบแผนดังกล่าว\n"))
    assert "มูลนิธิอนุรักษ์ป่ารอยต่อ 5 จังหวัด" in names, names
    assert "ศูนย์ฝึกโรงเรียนจิตอาสา 904" in names, names
    assert "คณะกรรมการขับเคลื่อนนโยบายเทคโนโลยีเกษตร 4.0" in names, names
    assert not names & {"มูลนิธิอนุรักษ์ป่ารอยต่อ", "ศูนย์ฝึกโรงเรียนจิตอาสา", "คณะกรรมการขับเคลื่อนนโยบายเทคโนโลยีเกษตร"}, names


def test_a_count_after_a_name_is_not_taken(extract_candidates):
    # a number the corpora do not write as the name's (a count of the sentence) stays out of it
    names = _names(extract_candidates(
        "ข่าว\nมูลนิธิอนุรักษ์ป่ารอยต่อ 7 จังหวัด ร่วมกับกรมป่าไม้ ปลูกป่า\n"
        "ศูนย์ฝึกโรงเรียนจิตอาสา 2566 มีผู้เข้าร่วม 300 คน\n"))
    assert not any(" 7" in n or " 2566" in n for n in names), names


def test_the_miner_keeps_names_and_leaves_counts():
    sys.path.insert(0, str(REPO / "scripts"))
    from mine_org_numbered_tails import kept_row

    assert kept_row(["มูลนิธิอนุรักษ์ป่ารอยต่อ 5 จังหวัด", 7, 9])
    assert not kept_row(["มูลนิธิอนุรักษ์ป่ารอยต่อ 5 จังหวัด", 3, 9])  # the run's rare continuation
    assert not kept_row(["สำนักงานคลังจังหวัดทั้ง 76 จังหวัด", 14, 17])  # "ทั้ง": a count of bodies
    assert not kept_row(["ศูนย์แถลงข่าวสถานการณ์โรคติดเชื้อไวรัสโคโรนา 2019 กระทรวงสาธารณสุข", 12, 12])  # another body
