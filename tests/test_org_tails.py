"""A name cut before the tail that ends it runs on to the name the corpora write with it (graph/extract/org_tails.py):
a number (ontology/th/org_numbered_tails.json, mined by scripts/mine_org_numbered_tails.py) or a part begun by "และ",
written whole spaced and glued (ontology/th/org_joined_tails.json, mined by scripts/mine_org_joined_tails.py); both
miners count and filter runs with scripts/org_tails_mining.py."""

from __future__ import annotations

from conftest import load_script


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
    kept_row = load_script("mine_org_numbered_tails").kept_row

    assert kept_row(["มูลนิธิอนุรักษ์ป่ารอยต่อ 5 จังหวัด", 7, 9])
    assert not kept_row(["มูลนิธิอนุรักษ์ป่ารอยต่อ 5 จังหวัด", 3, 9])  # the run's rare continuation
    assert not kept_row(["สำนักงานคลังจังหวัดทั้ง 76 จังหวัด", 14, 17])  # "ทั้ง": a count of bodies
    assert not kept_row(["ศูนย์แถลงข่าวสถานการณ์โรคติดเชื้อไวรัสโคโรนา 2019 กระทรวงสาธารณสุข", 12, 12])  # another body


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
    kept_row = load_script("mine_org_joined_tails").kept_row

    assert kept_row(["คณะกรรมการติดตามการดำเนินงานตามนโยบายรัฐบาล และข้อสั่งการนายกรัฐมนตรี", 4, 4, 33])
    assert not kept_row(["คณะกรรมการติดตามการดำเนินงานตามนโยบายรัฐบาล และข้อสั่งการนายกรัฐมนตรี", 2, 4, 33])  # rare
    # written spaced in 5 releases, never glued: the council's committee and the people, listed
    assert not kept_row(["คณะกรรมการสภาสตรีแห่งชาติในพระบรมราชินูปถัมภ์ และพี่น้องประชาชน", 5, 6, 0])
    assert not kept_row(["กระทรวงการพัฒนาสังคม และหน่วยงานที่เกี่ยวข้อง", 12, 16, 9])  # bodies in general


def test_the_miners_share_the_share_and_the_run_filters():
    mining = load_script("org_tails_mining")
    often, run_kept = mining.often, mining.run_kept

    assert often(3, 6) and not often(3, 7) and not often(2, 2)  # 3+ releases, half of the run's
    assert not run_kept("สำนักงานคลังจังหวัดทั้ง")  # "ทั้ง| 76 จังหวัด": a count of the sentence
    assert run_kept("คณะกรรมการติดตามการดำเนินงานตามนโยบายรัฐบาล")


def test_a_name_run_on_before_its_number_takes_the_number(extract_candidates):
    # the CCSA committee's sittings (2021-02-01, 2021-03-25, 2022-11-05 releases): the name the finder gives
    # ("…การแพร่ระบาด") is run on to "…ไวรัสโคโรนา" by the corpora's longer name first, then to its number; one call
    # after every other run-on (main ran the numbered tails before that run-on and kept "…โคโรนา" cut)
    names = _names(extract_candidates(
        "ข่าว\nในที่ประชุมคณะกรรมการบริหารสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 ครั้งที่ 2/2564  "
        "ได้มีการรายงานลำดับกลุ่มเป้าหมาย\n"
        "เข้าร่วมการประชุมคณะกรรมการบริหารสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 ครั้งที่ 4/2564 "
        "ผ่านระบบการประชุมทางไกล\n"))
    assert "คณะกรรมการบริหารสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019" in names, names
    assert "คณะกรรมการบริหารสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา" not in names, names


def test_the_miner_leaves_the_sentences_counts_prices_and_phone_numbers():
    # rows the twenty-ninth session's file held (a bank's minimum deposit, a cooperative's price per ton, a centre's
    # hotline): the run is a prefix word and the count's cue, or a name and a phone cue (names.count_cue_cut)
    kept_row = load_script("mine_org_numbered_tails").kept_row

    assert not kept_row(["ธนาคารขั้นต่ำ 10,000 บาทขึ้นไป", 3, 5])
    assert not kept_row(["สหกรณ์ตันละ 1,000 บาท", 3, 3])
    assert not kept_row(["ศูนย์ดำรงธรรมโทร 1567 ฟรีตลอด", 3, 3])
    assert kept_row(["ศูนย์พัฒนาเด็กเล็กอายุต่ำกว่า 3 ปี", 3, 3])  # a qualifier inside the name: not read
