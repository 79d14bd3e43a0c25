from datetime import date

import pytest

from phakhi.graph.text.dates import find_dates, parse_date, to_gregorian


@pytest.mark.parametrize("text, expected", [
    ("วันพุธที่ 3 ตุลาคม 2561", date(2018, 10, 3)),
    ("วันนี้ (3 ต.ค. 61) นายอุตตม สาวนายน", date(2018, 10, 3)),
    ("กรุงเทพฯ 9 มีนาคม 2560 – กระทรวงอุตสาหกรรม", date(2017, 3, 9)),
    ("เมื่อวันที่ 17 กรกฎาคม พ.ศ. 2561", date(2018, 7, 17)),
    ("on 3 October 2018 in Bangkok", date(2018, 10, 3)),
    ("October 3, 2018", date(2018, 10, 3)),
])
def test_parse_date_buddhist_era_and_abbreviations(text, expected):
    assert parse_date(text) == expected


def test_date_without_year_takes_the_reference_year():
    assert parse_date("ในวันที่ 28 พฤศจิกายน", reference=date(2017, 12, 4)) == date(2017, 11, 28)
    assert parse_date("ในวันที่ 28 พฤศจิกายน") is None


def test_invalid_dates_are_not_dates():
    assert find_dates("31 กุมภาพันธ์ 2561") == []


def test_to_gregorian():
    assert to_gregorian(2561) == 2018
    assert to_gregorian(61) == 2018
    assert to_gregorian(2018) == 2018


@pytest.mark.parametrize("text, expected, span", [
    ("มีกำหนดจัดขึ้นระหว่างวันที่ 15 ถึงวันที่ 16 พฤศจิกายน 2566 ณ กรุงจาการ์ตา", date(2023, 11, 15),
     "15 ถึงวันที่ 16 พฤศจิกายน 2566"),
    ("ปฏิบัติภารกิจ 3 วัน ตั้งแต่วันที่ 21 ถึง 23 กันยายน 2564 นอกจากนี้", date(2021, 9, 21), "21 ถึง 23 กันยายน 2564"),
    ("ระหว่างวันที่ ๑๒ ถึง ๑๕ กรกฎาคม ๒๕๖๗ โดยเป็นการ", date(2024, 7, 12), "๑๒ ถึง ๑๕ กรกฎาคม ๒๕๖๗"),
])
def test_a_run_told_with_its_month_after_its_last_day_is_dated_by_its_first(text, expected, span):
    """Twenty-fourth session: "ระหว่างวันที่ 15 ถึงวันที่ 16 พฤศจิกายน 2566" (months.json run_leads, run_joiners) was
    read as the 16th alone, so the ASEAN defence ministers' meeting of 15-16 November took its last day."""
    [(start, end, day)] = find_dates(text)
    assert (text[start:end], day) == (span, expected)


def test_a_number_before_a_joiner_with_no_word_for_a_day_is_no_run_s_first_day():
    text = "ส่วนการฉีดวัคซีนโควิด 19 ถึงวันที่ 27 สิงหาคม 2564 ฉีดวัคซีนสะสม"
    assert [d for _, _, d in find_dates(text)] == [date(2021, 8, 27)]
    assert [d for _, _, d in find_dates("ระหว่างวันที่ 30 ถึง 2 ธันวาคม 2566")] == [date(2023, 12, 2)]
