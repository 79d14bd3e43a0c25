"""A post whose body is written glued to its title in words no organization mention covers ("รองผอ.สพป.นครปฐม",
"ผู้อำนวยการโรงเรียนบ้านหนองบัว", "ผู้ว่าราชการจังหวัดอุดรธานี") is that body's post: the words key it (Post.seat), so
it is not the one bare post (pid:post/รองผอ.) every body's holder shared; a title alone, a clause, a field or rank
word, an event or a kind of body alone glued on leave the bare post as it was."""

import pytest

from phakhi.graph.rdf.iris import post_iri


def _post(extract_text, text):
    (person,) = [p for p in extract_text(text).of_kind("person") if p.key == "person:สมชาย ใจดี"]
    (post,) = person.posts
    return post.title, post.organization, post.seat


@pytest.mark.parametrize("text, title, seat", [
    # a numbered area goes with the body's words: each area's office is a body of its own
    ("นายสมชาย ใจดี รองผอ.สพป.นครปฐม เขต 2 กล่าวว่า", "รองผอ.สพป.นครปฐม เขต 2", ("รองผอ.", "สพป.นครปฐม เขต 2")),
    ("นายสมชาย ใจดี ผอ.สพม. เขต 35 ไปดำรงตำแหน่ง", "ผอ.สพม. เขต 35", ("ผอ.", "สพม. เขต 35")),
    ("นายสมชาย ใจดี ผอ.สพม.เขต 15 และคณะ ร่วมงาน", "ผอ.สพม.เขต 15", ("ผอ.", "สพม.เขต 15")),
    ("นายสมชาย ใจดี ผู้อำนวยการโรงเรียนบ้านหนองบัว กล่าวว่า", "ผู้อำนวยการโรงเรียนบ้านหนองบัว",
     ("ผู้อำนวยการ", "โรงเรียนบ้านหนองบัว")),
    ("โดยมีนายสมชาย ใจดี ผู้ว่าราชการจังหวัดอุดรธานี ร่วมงาน", "ผู้ว่าราชการจังหวัดอุดรธานี",
     ("ผู้ว่าราชการจังหวัด", "อุดรธานี")),
    ("นายสมชาย ใจดี ผู้อำนวยการโรงเรียนบ้านหนองบัวกล่าวว่า", "ผู้อำนวยการโรงเรียนบ้านหนองบัว",
     ("ผู้อำนวยการ", "โรงเรียนบ้านหนองบัว")),
    # "และ" inside the body's name joins its words; before the next person's honorific it ends the body
    ("นายสมชาย ใจดี ประธานคณะกรรมการกำกับและดูแลโครงการ เปิดเผยว่า", "ประธานคณะกรรมการกำกับและดูแลโครงการ",
     ("ประธาน", "คณะกรรมการกำกับและดูแลโครงการ")),
    ("นายสมชาย ใจดี ผู้อำนวยการโรงเรียนบ้านหนองบัวและนายสมศักดิ์ ดีมาก ร่วมงาน", "ผู้อำนวยการโรงเรียนบ้านหนองบัว",
     ("ผู้อำนวยการ", "โรงเรียนบ้านหนองบัว")),
])
def test_the_words_glued_to_a_title_key_its_post(extract_text, text, title, seat):
    assert _post(extract_text, text) == (title, None, seat)


@pytest.mark.parametrize("text, title", [
    ("นายสมชาย ใจดี ผู้อำนวยการ กล่าวว่า", "ผู้อำนวยการ"),
    ("นายสมชาย ใจดี ผู้อำนวยการกล่าวว่า", "ผู้อำนวยการ"),  # a clause
    ("นายสมชาย ใจดี ผู้เชี่ยวชาญด้านกฎหมาย กล่าวว่า", "ผู้เชี่ยวชาญ"),  # a field
    ("นายสมชาย ใจดี กรรมการผู้ทรงคุณวุฒิเดิม พ้นจากตำแหน่ง", "กรรมการผู้ทรงคุณวุฒิ"),  # then, not whose
    ("นายสมชาย ใจดี ปลัดกระทรวง กล่าวว่า", "ปลัด"),  # a kind of body alone
    ("นายสมชาย ใจดี ประธานโครงการ กล่าวว่า", "ประธาน"),
    ("นายสมชาย ใจดี ประธานการประชุม กล่าวว่า", "ประธาน"),  # an event's chair
    ("นายสมชาย ใจดี ประธาน\u0e31มปนาท กล่าวว่า", "ประธาน"),  # a vowel sign: a syllable cut in two, no word's start
])
def test_a_title_with_no_body_words_stays_the_bare_post(extract_text, text, title):
    assert _post(extract_text, text) == (title, None, None)


def test_one_seat_titles_take_no_body_words(extract_text):
    """"นายกรัฐมนตรีไทย": a title that names one seat is that seat whatever is glued to it."""
    (person,) = extract_text("พลเอกประยุทธ์ จันทร์โอชา นายกรัฐมนตรีได้เดินทางไปตรวจราชการ").of_kind("person")
    assert [(p.title, p.seat) for p in person.posts] == [("นายกรัฐมนตรี", None)]


def test_each_bodys_post_is_its_own_iri(extract_text):
    """Two schools' directors are two posts, not one pid:post/ผู้อำนวยการ."""
    result = extract_text("นายสมชาย ใจดี ผู้อำนวยการโรงเรียนบ้านหนองบัว และนายสมศักดิ์ ดีมาก "
                          "ผู้อำนวยการโรงเรียนวัดใหม่ ร่วมกันเปิดงาน")
    iris = {post_iri(p.seat[0], None, p.seat[1]) for e in result.of_kind("person") for p in e.posts if p.seat}
    assert len(iris) == 2 and post_iri("ผู้อำนวยการ", None) not in iris


def test_a_group_after_a_post_stays_no_second_post_with_body_words(extract_text):
    """"… และผู้บริหารระดับสูงกระทรวงแรงงาน": "ผู้บริหาร" is no second title (person_words.json "not_second_titles")
    with body words glued to it as without them."""
    (person,) = extract_text("นายสมชาย ใจดี ปลัดกระทรวงแรงงาน และผู้บริหารระดับสูงกระทรวงแรงงาน ร่วมงาน").of_kind("person")
    assert [(p.title, p.organization) for p in person.posts] == [("ปลัด", "org:mol")]


def test_an_acting_post_glued_after_a_post_is_a_second_post(extract_text):
    """"รองผู้ว่าการรักษาการแทนผู้ว่าการการรถไฟฟ้าขนส่งมวลชนแห่งประเทศไทย": the acting prefix begins a second post
    (the governor's, acting), not body words of the first."""
    (person,) = extract_text("นายสมชาย ใจดี รองผู้ว่าการรักษาการแทนผู้ว่าการการรถไฟฟ้าขนส่งมวลชนแห่งประเทศไทย "
                             "กล่าวว่า").of_kind("person")
    assert [(p.title, p.seat, p.acting) for p in person.posts][0] == ("รองผู้ว่าการ", None, False)
    assert person.posts[1].acting



def test_a_title_joined_after_a_body_named_by_a_post_is_that_posts_not_a_second_post(extract_text):
    """"ประธานคณะที่ปรึกษารองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงมหาดไทย": the chair of the advisory board of the deputy
    prime minister and minister of the interior holds no minister's post; a secretary's second post stays his."""
    chair = _post(extract_text, "พลเอก สมชาย ใจดี ประธานคณะที่ปรึกษารองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงมหาดไทย ร่วมงาน")
    assert chair == ("ประธานคณะที่ปรึกษารองนายกรัฐมนตรี", None, ("ประธาน", "คณะที่ปรึกษารองนายกรัฐมนตรี"))
    result = extract_text("นายสมชาย ใจดี เลขานุการรัฐมนตรีว่าการกระทรวงมหาดไทยและโฆษกกระทรวงมหาดไทย กล่าวว่า")
    (person,) = [p for p in result.of_kind("person") if p.key == "person:สมชาย ใจดี"]
    assert [p.title for p in person.posts] == ["เลขานุการรัฐมนตรีว่าการ", "โฆษก"]
    capacity = extract_text("นายสมชาย ใจดี ประธานที่ปรึกษานายกรัฐมนตรี ในฐานะที่ปรึกษาคณะกรรมการกำกับการแก้ไขปัญหาหนี้ กล่าวว่า")
    (person,) = [p for p in capacity.of_kind("person") if p.key == "person:สมชาย ใจดี"]
    assert len(person.posts) == 2  # "ในฐานะ" introduces his own second post
