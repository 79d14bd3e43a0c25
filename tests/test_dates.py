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
