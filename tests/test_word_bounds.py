"""A word of a list kept as data is matched as a word, not as letters at the end, start or inside of another word
(graph/text/thai.word_before, word_in): Thai writes no space between words (twenty-sixth session, h26-wordbounds)."""

from phakhi.graph.text.thai import ends_as_word, word_before


def test_letters_at_the_end_of_another_word_are_no_word():
    text = "มหกรรมร่วมใจแก้หนี้"  # หนี้ (debt) ends on the letters of นี้ (this)
    assert text.endswith("นี้")
    assert word_before(text, len(text), ("นี้",)) is None
    assert not ends_as_word(text, len(text), "นี้")


def test_the_tail_of_a_longer_dictionary_word_is_no_word():
    # "มากก" read alone ends on a word ("มา|กก", came|reed), but "มาก|กว่า" (more than) reads it in fewer words:
    # "ว่า" (that) is the tail of "กว่า" (than), not a word (twenty-seventh session, h27-persons)
    for text in ("ราคาสูงมากกว่า", "ผลผลิตมีมากกว่า", "ไม่น้อยกว่า", "ยิ่งกว่า"):
        assert not ends_as_word(text, len(text), "ว่า"), text
        assert word_before(text, len(text), ("ว่า",)) is None, text
    assert ends_as_word("บอกว่า", len("บอกว่า"), "ว่า")  # "บอก|ว่า" and "บอ|กว่า" as many words: a word


def test_a_word_of_its_own_or_closing_a_compound_counts():
    for text, word in (("และกล่าวว่า", "ว่า"), ("ในเวลานี้", "นี้"), ("การประชุมครั้งนี้", "ครั้งนี้"),
                       ("บอกว่า", "ว่า"), ("ร่วมกับโรงพยาบาล", "โรงพยาบาล")):
        assert word_before(text, len(text), ("ไม่มี", word)) == word, text


def test_the_first_list_word_that_is_a_word_is_given_and_latin_is_letters():
    text = "ณ ห้องประชุม"
    assert word_before(text, len(text), ("ประชุม", "ห้องประชุม")) == "ประชุม"
    assert word_before("at the Hall", len("at the Hall"), ("Hall",)) == "Hall"
    assert word_before("ห้องประชุม", 3, ("ห้อง",)) is None  # nothing ends at 3 as it is written


def test_a_word_within_is_not_letters_of_a_longer_one():
    from phakhi.graph.text.thai import begins_as_word, word_in

    assert not begins_as_word("ของขวัญปีใหม่", 0, "ของ")  # a gift, not "of"
    assert begins_as_word("ของอาเซียน", 0, "ของ")
    assert not begins_as_word("ว่าด้วย “การยุติวัณโรค”", 0, "ว่า")  # "on" (a topic), not "that"
    assert word_in("สั่งการให้ผู้ว่าราชการจังหวัดเลย ", ("ว่า",)) is None  # the governor, not "that"
    assert word_in("สั่งการว่า ให้", ("ว่า",)) == "ว่า"
    assert word_in("ในสังคม ทั้งนี้ ได้กำชับ", ("ทั้ง",)) is None


def test_an_order_to_a_governor_is_what_the_order_asks(extract_text):
    # "ผู้ว่าราชการ" (governor) holds the letters of "ว่า" (that), an order_ends word that closes what an order asks:
    # at the base the visit was told as an event
    from datetime import date

    text = ("มท. ห่วงใยผู้ประสบภัย\nวันนี้ (4 มกราคม 2560) นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงมหาดไทย ได้สั่งการให้ผู้"
            "ว่าราชการจังหวัดเลย ลงพื้นที่จังหวัดเลย เพื่อดูแลให้ความช่วยเหลือผู้ประสบภัย")
    assert not [e for e in extract_text(text, published=date(2017, 1, 4)).of_kind("event") if e.type == "Visit"]


def test_a_quoted_title_after_a_word_beginning_like_that_is_part_of_the_name(extract_text):
    # "ว่าด้วย" (on, regarding) begins with the letters of "ว่า" (that): the quote after it is the meeting's topic
    text = ("เมื่อวันที่ 22 มกราคม 2562 นายสมชาย ใจดี เข้าร่วมการประชุมระดับรัฐมนตรีว่าด้วย “การยุติวัณโรค” ครั้งที่ 1"
            " ณ กรุงมอสโก")
    names = [n for e in extract_text(text).of_kind("event") for n in e.names]
    assert any(n.startswith("การประชุมระดับรัฐมนตรีว่าด้วย “การยุติวัณโรค”") for n in names), names
