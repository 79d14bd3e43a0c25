"""An event the body dates to an earlier day takes that day, never the release's, fifteenth session (issue #12): the
forms a release tells it in, an absolute day, "เมื่อวันที่ N", a day counted back from the publication (event_dates
day_said_before, said_day, _last_weekday: "เมื่อวันอังคารที่ผ่านมา") and an event told as past with no day of its
own (event_dates.told_past: "…ประจำปี 2566 ที่ผ่านมา")."""

from datetime import date

FRIDAY = date(2023, 3, 10)  # the publication day of these snippets, a Friday


def _dates(extraction) -> dict[str, date | None]:
    return {e.names[0]: e.date for e in extraction.of_kind("event")}


def test_an_absolute_day_after_the_name_dates_it(extract_text):
    text = ("ข่าวกระทรวง\nวันนี้ (10 มีนาคม 2566) นายสมชาย ใจดี เปิดเผยผลการประชุมคณะกรรมการส่งเสริมการลงทุน"
            " ครั้งที่ 2/2566 ในวันที่ 8 มีนาคม 2566 ว่า ที่ประชุมเห็นชอบ")
    assert date(2023, 3, 8) in _dates(extract_text(text, published=FRIDAY)).values()


def test_a_day_told_with_when_after_the_name_dates_it(extract_text):
    text = ("ข่าวกระทรวง\nวันนี้ (10 มีนาคม 2566) นายสมชาย ใจดี เปิดเผยถึงผลการประชุมคณะกรรมการส่งเสริมการลงทุน"
            " ครั้งที่ 2/2566 เมื่อวันที่ 3 มีนาคม ที่ผ่านมา ว่า ที่ประชุมเห็นชอบ")
    assert date(2023, 3, 3) in _dates(extract_text(text, published=FRIDAY)).values()


def test_yesterday_after_the_name_dates_it(extract_text):
    text = ("ข่าวกระทรวง\nวันนี้ (10 มีนาคม 2566) นายสมชาย ใจดี เปิดเผยผลการประชุมคณะกรรมการพัฒนาอุตสาหกรรม"
            "แห่งชาติ เมื่อวานนี้ว่า ที่ประชุมเห็นชอบ")
    assert date(2023, 3, 9) in _dates(extract_text(text, published=FRIDAY)).values()


def test_a_past_weekday_before_the_cue_is_the_last_such_day(extract_text):
    text = ("ข่าวกระทรวง\nวันนี้ (10 มีนาคม 2566) นายสมชาย ใจดี เปิดเผยว่า เมื่อวันจันทร์ที่ผ่านมา ได้เป็นประธาน"
            "การประชุมคณะกรรมการพัฒนาอุตสาหกรรมแห่งชาติ ณ กระทรวงอุตสาหกรรม")
    assert list(_dates(extract_text(text, published=FRIDAY)).values()) == [date(2023, 3, 6)]


def test_a_past_weekday_after_the_name_is_the_last_such_day(extract_text):
    text = ("ข่าวกระทรวง\nวันนี้ (10 มีนาคม 2566) นายสมชาย ใจดี เปิดเผยผลการประชุมคณะกรรมการพัฒนาอุตสาหกรรม"
            "แห่งชาติ เมื่อวันอังคารที่ผ่านมา ว่า ที่ประชุมเห็นชอบ")
    assert list(_dates(extract_text(text, published=FRIDAY)).values()) == [date(2023, 3, 7)]


def test_the_publications_own_weekday_told_as_past_is_a_week_back(extract_text):
    text = ("ข่าวกระทรวง\nวันนี้ (10 มีนาคม 2566) นายสมชาย ใจดี เปิดเผยว่า เมื่อวันศุกร์ที่แล้ว ได้เป็นประธาน"
            "การประชุมคณะกรรมการพัฒนาอุตสาหกรรมแห่งชาติ ณ กระทรวงอุตสาหกรรม")
    assert list(_dates(extract_text(text, published=FRIDAY)).values()) == [date(2023, 3, 3)]


def test_an_event_told_as_past_is_not_dated_by_the_release(extract_text):
    text = ("ข่าวกระทรวง\nวันนี้ (10 มีนาคม 2566) นายสมชาย ใจดี เปิดเผยว่า ได้เดินทางเข้าร่วมงานมหกรรมสินค้า"
            "อุตสาหกรรมไทย ประจำปี 2566 ที่ผ่านมา ณ เมืองทองธานี")
    dates = _dates(extract_text(text, published=FRIDAY))
    assert FRIDAY not in dates.values(), dates


def test_a_past_mark_glued_to_the_name_s_last_noun_is_that_noun_s(extract_text):
    text = ("ข่าวกระทรวง\nวันนี้ (10 มีนาคม 2566) นายกรัฐมนตรีเยี่ยมชมนิทรรศการผลการดำเนินงานที่ผ่านมาของกรม"
            "สวัสดิการและคุ้มครองแรงงาน ณ ทำเนียบรัฐบาล")
    dates = _dates(extract_text(text, published=FRIDAY))
    assert FRIDAY in dates.values(), dates


def test_a_day_of_every_year_told_after_a_date_dates_no_event(extract_text):
    text = ("ข่าวกระทรวง\nอธิบดีกรมบัญชีกลาง เปิดเผยว่า ในวันนี้ (10 มี.ค.) กรมบัญชีกลางได้จัดงานวันคล้ายวันสถาปนา"
            "กรมบัญชีกลางครบรอบ 128 ปี ซึ่งตรงกับวันที่ 12 มี.ค. ของทุกปี โดยกรมบัญชีกลางยังคงยึดมั่น")
    dates = _dates(extract_text(text, published=FRIDAY))
    assert date(2023, 3, 12) not in dates.values() and FRIDAY in dates.values(), dates


def test_the_last_day_of_a_run_opened_inside_the_name_is_not_its_own(extract_text):
    text = ("ข่าวกระทรวง\nธนาคารออมสิน จัดโปรโมชั่นพิเศษในงาน Money Expo Year-end 8 มี.ค. – 12 มี.ค. นี้ ณ ศูนย์การประชุม"
            "แห่งชาติสิริกิติ์")
    dates = _dates(extract_text(text, published=FRIDAY))
    assert date(2023, 3, 12) not in dates.values(), dates
