"""A post in another country's body named with a Thai body's name ("รัฐมนตรีว่าการกระทรวงอุตสาหกรรมและการค้า
เวียดนาม") is in that body, a ForeignGovernmentBody, not the Thai ministry; a Thai minister's post followed
by a second post, a group of people or a clause stays in the Thai ministry; the spaces between an acting
prefix and its post are no part of the post's title."""

import pytest


def _posts(result):
    orgs = {e.key: e for e in result.of_kind("organization")}
    return {p.key.removeprefix("person:"): [(q.title, q.organization, orgs[q.organization].type if q.organization in orgs else None)
                                            for q in p.posts] for p in result.of_kind("person")}


@pytest.mark.parametrize("text, body", [
    ("นายเจิ่น ต๊วง แองห์ รัฐมนตรีว่าการกระทรวงอุตสาหกรรมและการค้าเวียดนาม เข้าพบ",
     "กระทรวงอุตสาหกรรมและการค้าเวียดนาม"),
    ("H.E. Mr. Amir Hossain Amu รัฐมนตรีว่าการกระทรวงอุตสาหกรรม สาธารณรัฐประชาชนบังกลาเทศ เข้าเยี่ยมคารวะ",
     "กระทรวงอุตสาหกรรม สาธารณรัฐประชาชนบังกลาเทศ"),
    ("หารือกับ นายนัมเกล ดอร์จี รัฐมนตรีว่าการกระทรวงอุตสาหกรรม พาณิชย์ และการจ้างงาน ประธานร่วมฝ่ายภูฏาน",
     "กระทรวงอุตสาหกรรม พาณิชย์ และการจ้างงาน"),
    ("ได้แก่ นายสมมติ ทดสอบ รัฐมนตรีว่าการกระทรวงอุตสาหกรรม วิทยาศาสตร์ เทคโนโลยีและนวัตกรรมกัมพูชา",
     "กระทรวงอุตสาหกรรม วิทยาศาสตร์ เทคโนโลยีและนวัตกรรมกัมพูชา"),
    ("นายอเล็กซี กรุซเดฟ รัฐมนตรีช่วยว่าการกระทรวงอุตสาหกรรมและการค้าแห่งสหพันธรัฐรัสเซียและคณะ เดินทางมา",
     "กระทรวงอุตสาหกรรมและการค้าแห่งสหพันธรัฐรัสเซีย"),
    ("นายปัก จิน รัฐมนตรีว่าการกระทรวงการต่างประเทศเกาหลีใต้ ลงนาม", "กระทรวงการต่างประเทศเกาหลีใต้"),
    ("หารือร่วมกับ นายเรย์ สมิท ปลัดกระทรวงอุตสาหกรรมพื้นฐานนิวซีแลนด์  พร้อมด้วย เจ้าหน้าที่",
     "กระทรวงอุตสาหกรรมพื้นฐานนิวซีแลนด์"),
    # a holder named in Latin letters is a foreign dignitary: a listed name cut by a clause still closes the body
    ("เข้าพบ H.E. Lyonpo Namgyal Dorji, รัฐมนตรีว่าการกระทรวงอุตสาหกรรม พาณิชยกรรม และการจ้างงานเพื่อร่วมหารือแนวทาง",
     "กระทรวงอุตสาหกรรม พาณิชยกรรม และการจ้างงาน"),
    # ... or in Latin letters in brackets after the Thai spelling of the name
    ("นายเหวียน วัน หุ่ง (H.E. Nguyen Van Hung) รัฐมนตรีว่าการกระทรวงวัฒนธรรม กีฬาและการท่องเที่ยว\nทั้งนี้ ทั้งสองฝ่าย",
     "กระทรวงวัฒนธรรม กีฬาและการท่องเที่ยว"),
    # a country joined by a hyphen, written with the hyphen spaced
    ("ต้อนรับ นายเซร์จีอู ออร์ไน รัฐมนตรีว่าการกระทรวงยุติธรรมสาธารณรัฐประชาธิปไตยติมอร์ - เลสเต พร้อมด้วยคณะ",
     "กระทรวงยุติธรรมสาธารณรัฐประชาธิปไตยติมอร์ - เลสเต"),
])
def test_a_post_in_a_foreign_body_named_like_a_thai_ministry_is_in_the_foreign_body(extract_text, text, body):
    (posts,) = _posts(extract_text(text)).values()
    assert posts[0][1:] == (f"pattern:{body}", "ForeignGovernmentBody")


@pytest.mark.parametrize("text", [
    "นายสุริยะ จึงรุ่งเรืองกิจ รัฐมนตรีว่าการกระทรวงอุตสาหกรรมและคณะ เดินทางไปจังหวัดระยอง",
    "นายสุริยะ จึงรุ่งเรืองกิจ รัฐมนตรีว่าการกระทรวงอุตสาหกรรมและโฆษกกระทรวงอุตสาหกรรม เปิดเผยว่า",
    "นายเอกนัฏ พร้อมพันธุ์ รัฐมนตรีว่าการกระทรวงอุตสาหกรรม เข้าเฝ้ารับเสด็จ พระบาทสมเด็จพระเจ้าอยู่หัว และสมเด็จพระนางเจ้า",
    "นางสาวพิมพ์ภัทรา วิชัยกุล รัฐมนตรีว่าการกระทรวงอุตสาหกรรม อย่างเข้มงวดและต่อเนื่องในทุกช่องทาง",
    "นายสุริยะ จึงรุ่งเรืองกิจ รัฐมนตรีว่าการกระทรวงอุตสาหกรรมแห่งประเทศไทย กล่าว",
    "นายสุริยะ จึงรุ่งเรืองกิจ รัฐมนตรีว่าการกระทรวงอุตสาหกรรมได้ร่วมกับอินเดีย จัดงาน",
    # the same shape with a Thai holder: a list cut by a clause is no body's name
    "นายสุริยะ จึงรุ่งเรืองกิจ รัฐมนตรีว่าการกระทรวงอุตสาหกรรม พาณิชยกรรม และการจ้างงานเพื่อร่วมหารือแนวทาง",
])
def test_a_thai_minister_followed_by_another_post_a_group_or_a_clause_stays_in_the_thai_ministry(extract_text, text):
    posts = _posts(extract_text(text))
    minister = next(v for v in posts.values() if v)
    assert minister[0][:2] == ("รัฐมนตรีว่าการ", "org:moi")
    assert not any(t == "ForeignGovernmentBody" for v in posts.values() for _, _, t in v)


def test_the_spaces_after_an_acting_prefix_are_not_part_of_the_title(extract_text):
    spaced = _posts(extract_text("นายอนุชา นาคาศัย รัฐมนตรีประจำสำนักนายกรัฐมนตรี รักษาราชการแทน รัฐมนตรีว่าการกระทรวงอุตสาหกรรม เป็นประธาน"))
    glued = _posts(extract_text("นายอนุชา นาคาศัย รัฐมนตรีประจำสำนักนายกรัฐมนตรี รักษาราชการแทนรัฐมนตรีว่าการกระทรวงอุตสาหกรรม เป็นประธาน"))
    assert spaced == glued
    assert ("รักษาราชการแทนรัฐมนตรีว่าการ", "org:moi", "Ministry") in spaced["อนุชา นาคาศัย"]


def test_a_foreign_post_written_short_once_is_the_foreign_post(extract_text):
    result = extract_text("นายขิ่น หม่อง โซ รัฐมนตรีว่าการกระทรวงอุตสาหกรรมเมียนมา เข้าพบ ในการนี้ได้หารือกับ"
                          "นายขิ่น หม่อง โซ รัฐมนตรีว่าการกระทรวงอุตสาหกรรมเมียนม ณ ห้องประชุม")
    assert _posts(result)["ขิ่น หม่อง โซ"] == [("รัฐมนตรีว่าการ", "pattern:กระทรวงอุตสาหกรรมเมียนมา", "ForeignGovernmentBody")]


@pytest.mark.parametrize("text, person, title", [
    ("พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี และนายเหวียน ซวน ฟุก นายกรัฐมนตรีเวียดนาม ร่วมเป็นสักขีพยาน",
     "เหวียน ซวน ฟุก", "นายกรัฐมนตรีเวียดนาม"),
    ("หารือกับนายหลี่ เฉียง นายกรัฐมนตรีแห่งสาธารณรัฐประชาชนจีน ระหว่างการประชุมสุดยอดอาเซียน",
     "หลี่ เฉียง", "นายกรัฐมนตรีแห่งสาธารณรัฐประชาชนจีน"),
    # a clause glued on after the country ends it
    ("ดาโช เชริง โตบเกย์ (H.E. Dasho Tshering Tobgay) นายกรัฐมนตรีราชอาณาจักรภูฏานและคณะ เข้าพบ",
     "dasho tshering tobgay", "นายกรัฐมนตรีราชอาณาจักรภูฏาน"),
    ("หารือกับ H.E. Mr. Asim Iftikhar Ahmad เอกอัครราชทูตสาธารณรัฐอิสลามปากีสถานประจำประเทศไทย โดยมี",
     "asim iftikhar ahmad", "เอกอัครราชทูตสาธารณรัฐอิสลามปากีสถาน"),
    ("ได้มีสารแสดงความเสียใจถึงนายฮัสซัน รูฮานี ประธานาธิบดีสาธารณรัฐอิสลามอิหร่าน ดังนี้",
     "ฮัสซัน รูฮานี", "ประธานาธิบดีสาธารณรัฐอิสลามอิหร่าน"),
    ("Prime Minister Srettha Thavisin met H.E. Mr. Kishida Fumio, Prime Minister of Japan, during the Summit.",
     "คิชิดะ ฟูมิโอะ", "Prime Minister of Japan"),
    ("Mr. Sonexay Siphandone, Prime Minister of the Lao P.D.R., met the press.",
     "สอนไซ สีพันดอน", "Prime Minister of the Lao P.D.R"),
    # the state after the name of a title written before it
    ("Ms. Paetongtarn had a phone conversation with Prime Minister Sonexay Siphandone of Lao PDR. The Lao Prime Minister",
     "สอนไซ สีพันดอน", "Prime Minister of Lao PDR"),
    ("วิพากษ์วิจารณ์การจัดการโควิด-19 ของ นายบอริส จอห์นสัน (Boris Johnson) นายกรัฐมนตรีอังกฤษ ที่ผ่านมา",
     "บอริส จอห์นสัน", "นายกรัฐมนตรีอังกฤษ"),
])
def test_a_title_followed_by_another_country_is_that_countrys_post(extract_text, text, person, title):
    """Another country's prime minister, president or ambassador is not a holder of the Thai post: the title
    keeps the country, as the gold writes it ("อดีตนายกรัฐมนตรีแห่งสหราชอาณาจักร", no organization)."""
    assert _posts(extract_text(text))[person] == [(title, None, None)]


@pytest.mark.parametrize("text, person", [
    ("นางสาวแพทองธาร ชินวัตร นายกรัฐมนตรีแห่งราชอาณาจักรไทย และนายฝ่าม มิงห์ จิ๋งห์ นายกรัฐมนตรีเวียดนาม ร่วมเป็นประธาน",
     "แพทองธาร ชินวัตร"),
    ("พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี ญี่ปุ่นและไทยได้ร่วมมือกันมายาวนาน", "ประยุทธ์ จันทร์โอชา"),
    ("Ms. Paetongtarn Shinawatra, Prime Minister of the Kingdom of Thailand. His Majesty the King", "แพทองธาร ชินวัตร"),
    ("Prime Minister Srettha Thavisin of Thailand met the press.", "เศรษฐา ทวีสิน"),
])
def test_the_thai_prime_minister_keeps_the_thai_post(extract_text, text, person):
    """Thailand after the title, or a country that begins the next clause after a space, leaves the Thai post."""
    (title, organization, _), = _posts(extract_text(text))[person]
    assert (title, organization) in {("นายกรัฐมนตรี", None), ("Prime Minister", None)}


@pytest.mark.parametrize("text, title, flag", [
    ("โพสต์ภาพคู่กับอดีตนายกรัฐมนตรี นางสาว ยิ่งลักษณ์ ชินวัตร เผยแพร่ในโซเชียลมีเดีย", "อดีตนายกรัฐมนตรี", "former"),
    ("ในสมัยอดีตนายกรัฐมนตรีนางสาวยิ่งลักษณ์ ชินวัตร มีมติให้องค์การ", "อดีตนายกรัฐมนตรี", "former"),
    ("โดยมี รักษาราชการแทนนายกรัฐมนตรี นางสาวยิ่งลักษณ์ ชินวัตร เป็นประธาน", "รักษาราชการแทนนายกรัฐมนตรี", "acting"),
])
def test_a_prefix_before_a_title_before_the_name_marks_the_post(extract_text, text, title, flag):
    """"อดีตนายกรัฐมนตรี นางสาวยิ่งลักษณ์": the title before the name is a former post, as it is after the name; read
    as the post itself it made a former prime minister's tenure run to the release's date."""
    (person,) = extract_text(text).of_kind("person")
    (post,) = person.posts
    assert post.title == title and getattr(post, flag) and not getattr(post, {"former": "acting", "acting": "former"}[flag])


@pytest.mark.parametrize("text, former", [
    ("ตั้งแต่ปี พ.ศ. 2558 ในช่วงรัฐบาลพล.อ.ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี ประเทศไทยได้ส่งคืนโบราณวัตถุ", True),
    ("ทั้งนี้ กรุงเทพมหานคร (พลตำรวจเอก อัศวิน ขวัญเมือง ผู้ว่าราชการกรุงเทพมหานคร ในขณะนั้น) ยืนยันว่าได้ดำเนินการ", True),
    ("ในรัฐบาลนี้ พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี เป็นประธานการประชุม", False),
    ("มีผู้นำต้นแบบในขณะนั้น คือ พลเอก เปรม ติณสูลานนท์ นายกรัฐมนตรี นำคณะรัฐมนตรี ข้าราชการ สวมใส่ชุดผ้าไทย", True),
    ("ผู้เข้าร่วม คือ พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี และคณะรัฐมนตรี", False),
])
def test_a_post_in_a_period_gone_by_is_former(extract_text, text, former):
    """"ในช่วงรัฐบาล<name> นายกรัฐมนตรี", "<name> <post> ในขณะนั้น": held then, not at the release's date."""
    (person,) = extract_text(text).of_kind("person")
    assert [post.former for post in person.posts] == [former]


@pytest.mark.parametrize("text, person, title", [
    ("ในโอกาสที่นายกรัฐมนตรีญี่ปุ่น นายคิชิดะ ฟุมิโอะ เดินทางเยือนประเทศไทย", "คิชิดะ ฟูมิโอะ", "นายกรัฐมนตรีญี่ปุ่น"),
    ("ได้หารือกับประธานาธิบดีแห่งสาธารณรัฐเกาหลี นายมุน แจ-อิน ณ ทำเนียบรัฐบาล", "มุน แจ-อิน",
     "ประธานาธิบดีแห่งสาธารณรัฐเกาหลี"),
])
def test_a_title_and_another_country_before_the_name_are_that_countrys_post(extract_text, text, person, title):
    """"นายกรัฐมนตรีญี่ปุ่น นายคิชิดะ": the country between the title and the name made the title no post at all;
    it is that country's post, as after the name."""
    assert _posts(extract_text(text))[person] == [(title, None, None)]


def test_a_former_foreign_title_before_the_name_is_former(extract_text):
    (person,) = extract_text("กล่าวถึงอดีตประธานาธิบดีสหรัฐอเมริกา นายบารัก โอบามา ว่า").of_kind("person")
    (post,) = person.posts
    assert (post.title, post.former) == ("อดีตประธานาธิบดีสหรัฐอเมริกา", True)


def test_thailand_after_a_title_before_the_name_is_not_a_foreign_post(extract_text):
    (person,) = extract_text("ในการนี้ นายกรัฐมนตรีไทย นายเศรษฐา ทวีสิน ได้กล่าวว่า").of_kind("person")
    assert [post.title for post in person.posts] != ["นายกรัฐมนตรีไทย"]


@pytest.mark.parametrize("text, person, title", [
    ("Ms. Paetongtarn welcomed Lao Prime Minister Sonexay Siphandone at Government House.", "สอนไซ สีพันดอน",
     "Lao Prime Minister"),
    ("The Prime Minister later met Cambodian Prime Minister Hun Manet during the visit.", "hun manet",
     "Cambodian Prime Minister"),
])
def test_another_nations_adjective_before_a_title_makes_it_that_nations_post(extract_text, text, person, title):
    """"Lao Prime Minister Sonexay": the adjective of another nation before a title with no body after it makes it
    that nation's post (english.json "demonyms"); read from "Prime Minister" on, Sonexay held the Thai seat."""
    assert _posts(extract_text(text))[person] == [(title, None, None)]


def test_the_thai_adjective_before_a_title_leaves_the_thai_post(extract_text):
    (person,) = extract_text("The Thai Prime Minister Srettha Thavisin met the press.").of_kind("person")
    assert [post.title for post in person.posts] == ["Prime Minister"]


@pytest.mark.parametrize("text, person, title", [
    ("The meeting was attended by Ms. Jiraporn Sindhuprai, Secretary General to the Prime Minister Prommin "
     "Lertsuridej, and concerned agencies.", "prommin lertsuridej", "Secretary General to the Prime Minister"),
    ("Mr. Disat Hotrakit, Secretary-General to the Prime Minister, said that", "disat hotrakit",
     "Secretary-General to the Prime Minister"),
])
def test_the_secretary_general_to_the_prime_minister_is_not_the_prime_minister(extract_text, text, person, title):
    """"Secretary General to the Prime Minister Prommin": an English title of its own (titles.jsonl), as
    เลขาธิการนายกรัฐมนตรี is; read as "Secretary General" and "Prime Minister" it made Prommin a prime minister."""
    assert _posts(extract_text(text))[person] == [(title, None, None)]


@pytest.mark.parametrize("text, person, post", [
    ("The book was written by Former Prime Minister Abhisit Vejjajiva in 2015.", "abhisit vejjajiva",
     ("Former Prime Minister", False, True)),
    ("Government House, Deputy Secretary-General to the Prime Minister and Acting Government Spokesperson Anucha "
     "Burapachaisri disclosed that", "อนุชา บูรพชัยศรี", ("Acting Government Spokesperson", True, False)),
])
def test_an_english_prefix_marks_the_post_after_it(extract_text, text, person, post):
    """"Former Prime Minister Abhisit": the prefix was no post, so the chain began at "Prime Minister" and a former
    prime minister held the seat at the release's date; the post after the prefix is former (acting), its title
    keeping the prefix as the Thai posts do."""
    found = next(e for e in extract_text(text).of_kind("person") if e.key == f"person:{person}")
    assert (found.posts[-1].title, found.posts[-1].acting, found.posts[-1].former) == post


@pytest.mark.parametrize("text, person, title, seat", [
    ("หารือกับนายฝ่าม มิงห์ จิ๊ง นายกรัฐมนตรีแห่งสาธารณรัฐสังคมนิยมเวียดนาม ณ ทำเนียบรัฐบาล", "ฝ่าม มิงห์ จิ๊ง",
     "นายกรัฐมนตรีแห่งสาธารณรัฐสังคมนิยมเวียดนาม", ("นายกรัฐมนตรี", "เวียดนาม")),
    ("หารือกับนายฝ่าม มิงห์ จิ๊ง นายกรัฐมนตรีเวียดนาม ณ ทำเนียบรัฐบาล", "ฝ่าม มิงห์ จิ๊ง",
     "นายกรัฐมนตรีเวียดนาม", ("นายกรัฐมนตรี", "เวียดนาม")),
    ("วิพากษ์วิจารณ์ นายบอริส จอห์นสัน นายกรัฐมนตรีอังกฤษ ที่ผ่านมา", "บอริส จอห์นสัน",
     "นายกรัฐมนตรีอังกฤษ", ("นายกรัฐมนตรี", "สหราชอาณาจักร")),
    ("ในโอกาสที่นายอันวาร์ อิบราฮิม นายกรัฐมนตรีมาเลเชีย เดินทางเยือนประเทศไทย", "อันวาร์ อิบราฮิม",
     "นายกรัฐมนตรีมาเลเชีย", ("นายกรัฐมนตรี", "มาเลเซีย")),
    ("ได้หารือกับประธานาธิบดีแห่งสาธารณรัฐเกาหลี นายมุน แจ-อิน ณ ทำเนียบรัฐบาล", "มุน แจ-อิน",
     "ประธานาธิบดีแห่งสาธารณรัฐเกาหลี", ("ประธานาธิบดี", "เกาหลีใต้")),
    ("กล่าวถึงอดีตประธานาธิบดีสหรัฐอเมริกา นายบารัก โอบามา ว่า", "บารัก โอบามา",
     "อดีตประธานาธิบดีสหรัฐอเมริกา", ("อดีตประธานาธิบดี", "สหรัฐอเมริกา")),
    ("เข้าเยี่ยมคารวะนายบุนยัง วอละจิด ประธานประเทศแห่งสาธารณรัฐประชาธิปไตยประชาชนลาว ณ นครหลวงเวียงจันทน์",
     "บุนยัง วอละจิด", "ประธานประเทศแห่งสาธารณรัฐประชาธิปไตยประชาชนลาว", ("ประธาน", "ลาว")),
])
def test_one_countrys_office_is_one_seat_however_the_country_is_written(extract_text, text, person, title, seat):
    """The title keeps the country as written (the gold's way); the post's seat names the country by its one name
    (places.json "country_forms"), so "…แห่งสาธารณรัฐสังคมนิยมเวียดนาม" and "…เวียดนาม" are one post, and a
    misspelt country the forms list ("มาเลเชีย") is a country at all (Anwar Ibrahim held the Thai seat)."""
    (post,) = next(p for p in extract_text(text).of_kind("person") if p.key == f"person:{person}").posts
    assert (post.title, post.organization, post.seat) == (title, None, seat)


@pytest.mark.parametrize("text, person, titles", [
    ("Discussion between the Thai Prime Minister and President Xi Jinping of China will cover various issues.",
     "สี จิ้นผิง", ["President"]),
    ("Discussion between the Thai Prime Minister and Chinese President Xi Jinping will cover various issues.",
     "สี จิ้นผิง", ["Chinese President"]),
    ("Prime Minister and Minister of Defence Gen. Prayut Chan-o-cha chaired the meeting.",
     "ประยุทธ์ จันทร์โอชา", ["Prime Minister", "Minister"]),
    ("The Thai Prime Minister Srettha Thavisin met the press.", "เศรษฐา ทวีสิน", ["Prime Minister"]),
])
def test_the_thai_office_before_another_title_is_another_persons(extract_text, text, person, titles):
    """"the Thai Prime Minister and President Xi Jinping": the title after Thailand's adjective is the Thai office,
    another person's; Xi held the Thai Prime Minister's seat. A chain without the adjective is one person's."""
    assert [title for title, _, _ in _posts(extract_text(text))[person]] == titles


@pytest.mark.parametrize("text, person, title, seat", [
    ("Mr. Fumio Kishida, Prime Minister of Japan, welcomed the Thai delegation.", "fumio kishida",
     "Prime Minister of Japan", ("นายกรัฐมนตรี", "ญี่ปุ่น")),
    ("Ms. Paetongtarn welcomed Lao Prime Minister Sonexay Siphandone at Government House.", "สอนไซ สีพันดอน",
     "Lao Prime Minister", ("นายกรัฐมนตรี", "ลาว")),
    ("Mr. Sonexay Siphandone, Prime Minister of the Lao PDR, said that", "สอนไซ สีพันดอน",
     "Prime Minister of the Lao PDR", ("นายกรัฐมนตรี", "ลาว")),
    ("The two leaders, Prime Minister Hun Manet of the Kingdom of Cambodia and the Thai side, agreed.", "hun manet",
     "Prime Minister of the Kingdom of Cambodia", ("นายกรัฐมนตรี", "กัมพูชา")),
    ("Mr. Aran Vodka, Prime Minister of Ruritania, said that", "aran vodka", "Prime Minister of Ruritania", None),
])
def test_an_english_title_of_another_countrys_office_is_that_countrys_one_post(extract_text, text, person, title, seat):
    """"Prime Minister of Japan", "Lao Prime Minister": the English title keeps the state as written (the gold's way);
    the seat is the Thai title of the office and the country's one name (places.json "english_forms"), so the English
    and the Thai releases' "นายกรัฐมนตรีญี่ปุ่น" are one post; a state the list lacks keeps its own post, no seat."""
    (post,) = next(p for p in extract_text(text).of_kind("person") if p.key == f"person:{person}").posts
    assert (post.title, post.organization, post.seat) == (title, None, seat)


@pytest.mark.parametrize("text, seat", [
    ("The spokesperson said that Samdech Moha Borvor Thipadei Hun Manet, Prime Minister of the Kingdom of Cambodia, "
     "will visit. Prime Minister Srettha Thavisin will welcome Prime Minister Hun Manet at Government House.",
     ("นายกรัฐมนตรี", "กัมพูชา")),
    ("Prime Minister Paetongtarn Shinawatra and Prime Minister Samdech Moha Borvor Thipadei HUN Manet of Cambodia "
     "witnessed the signing. She was also pleased to join Prime Minister Hun Manet in launching the symbol.",
     ("นายกรัฐมนตรี", "กัมพูชา")),
    ("Prime Minister Hun Manet will speak at the opening.", None),
])
def test_a_bare_seat_title_takes_the_country_the_release_gives_the_same_person(extract_text, text, seat):
    """"join Prime Minister Hun Manet": the release names his country only where it writes his name again (after an
    honorific no person is read at, in capitals); that is the office the bare title names, not the Thai seat. Without
    it the bare title stays the Thai seat's; the Thai holder in the same release keeps it."""
    found = {p.key: p.posts for p in extract_text(text).of_kind("person")}
    assert {post.seat for post in found["person:hun manet"]} == {seat}
    assert all(post.seat is None for key, posts in found.items() if key != "person:hun manet" for post in posts)


def test_a_title_whose_body_follows_keeps_no_state_when_no_body_is_read(extract_text):
    """Only a title of a nation's seat takes the state after "of": a body's title whose body is not read after "of"
    ("Director-General of Thai Customs") stays the title alone, as it was."""
    (person,) = extract_text("Mr. Kulit Sombatsiri, Director-General of Thai Customs, said that exports grew.").of_kind("person")
    assert [(post.title, post.seat) for post in person.posts] == [("Director-General", None)]


def _held(text: str) -> dict[str, set[str]]:
    """Person IRI -> the post IRIs the release's triples give the person's memberships (org:post)."""
    from phakhi.graph.extract.pipeline import extract
    from phakhi.graph.rdf.mapping import to_ntriples
    from phakhi.graph.read import parse_release

    lines = to_ntriples(extract(parse_release(text, "english.txt")))
    members = {line.split(" ")[0]: line.split(" ")[2] for line in lines if "org#member>" in line}
    posts = {line.split(" ")[0]: line.split(" ")[2] for line in lines if line.split(" ")[1].endswith("#post>")}
    out: dict[str, set[str]] = {}
    for m, person in members.items():
        out.setdefault(person, set()).add(posts[m])
    return out


@pytest.mark.parametrize("english, thai", [
    ("Prime Minister Gen. Prayut Chan-o-cha welcomed the delegation at Government House.",
     "พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี ให้การต้อนรับคณะ ณ ทำเนียบรัฐบาล"),
    ("Minister of Industry Mr. Suriya Juangroongruangkit said that the plan will be ready.",
     "นายสุริยะ จึงรุ่งเรืองกิจ รัฐมนตรีว่าการกระทรวงอุตสาหกรรม กล่าวว่า แผนจะแล้วเสร็จ"),
    ("Deputy Prime Minister and Minister of Interior Mr. Anutin Charnvirakul chaired the meeting.",
     "นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงมหาดไทย เป็นประธานการประชุม"),
    ("Government Spokesperson Thanakorn Wangboonkongchana said that the cabinet agreed.",
     "นายธนกร วังบุญคงชนะ โฆษกรัฐบาล กล่าวว่า ที่ประชุมคณะรัฐมนตรีเห็นชอบ"),
])
def test_an_english_title_of_a_thai_office_is_the_thai_post(english, thai):
    """"Prime Minister Gen. Prayut", "Minister of Industry", "Deputy Prime Minister and Minister of Interior",
    "Government Spokesperson": the English releases' post is the post the Thai releases give (titles.jsonl "th"), so
    tenures and successions do not split by language; the fact keeps the English title as written."""
    from phakhi.graph.rdf.iris import PID

    english_posts = set().union(*_held(english).values())
    thai_posts = set().union(*_held(thai).values())
    assert english_posts and english_posts == thai_posts
    assert all(str(PID) in iri for iri in english_posts)


def test_an_english_thai_office_keeps_its_written_title(extract_text):
    (person,) = extract_text("Prime Minister Gen. Prayut Chan-o-cha welcomed the delegation.").of_kind("person")
    assert [(p.title, p.organization, p.office) for p in person.posts] == [
        ("Prime Minister", None, "นายกรัฐมนตรี")]


@pytest.mark.parametrize("text, person", [
    ("Mr. Soulivath Souvannachoumkham, Deputy Minister of Finance of the Lao PDR and Chairman of the bank, joined.",
     "soulivath souvannachoumkham"),
    ("Ms. Paetongtarn welcomed Lao Prime Minister Sonexay Siphandone at Government House.", "สอนไซ สีพันดอน"),
    ("The spokesperson said that Samdech Moha Borvor Thipadei Hun Manet, Prime Minister of the Kingdom of Cambodia, "
     "will visit. Prime Minister Srettha Thavisin will welcome Prime Minister Hun Manet at Government House.",
     "hun manet"),
])
def test_another_countrys_office_in_english_is_not_the_thai_post(extract_text, text, person):
    """A title with another country ("of the Lao PDR", "Lao", the country given elsewhere) is not Thailand's office."""
    found = next(p for p in extract_text(text).of_kind("person") if p.key == f"person:{person}")
    assert found.posts and all(p.office is None for p in found.posts)


@pytest.mark.parametrize("text, person, titles", [
    ("Attending were Deputy Minister of Agriculture and Cooperatives Praphat Phothasoothon, Prime Minister Secretary "
     "General Distat Hotrakitya, and envoys.", "praphat phothasoothon", ["Deputy Minister"]),
    ("Attending were Deputy Minister of Agriculture and Cooperatives Praphat Phothasoothon, Prime Minister of Japan, "
     "and envoys.", "praphat phothasoothon", ["Deputy Minister", "Prime Minister of Japan"]),
])
def test_a_title_run_into_the_next_title_and_name_is_the_next_persons(extract_text, text, person, titles):
    """"…Praphat Phothasoothon, Prime Minister Secretary General Distat Hotrakitya": a title written straight before
    another title and a name (no joiner) begins the next person's titles; read as Praphat's it put him in the Thai
    Prime Minister's seat. A title the next name does not follow stays his."""
    assert [title for title, _, _ in _posts(extract_text(text))[person]] == titles


def test_an_english_ministry_of_another_state_is_not_the_thai_ministry(extract_text):
    """"Deputy Minister of Finance of the Lao PDR": the ministry named before another state is that state's, which
    the authority file (Thailand's bodies) lacks; it was read as the Thai Ministry of Finance. The title keeps the
    words as written; "Minister of Finance" alone stays the Thai ministry's."""
    text = ("Mr. Soulivath Souvannachoumkham, Deputy Minister of Finance of the Lao PDR and Chairman of the bank, met "
            "Minister of Finance Mr. Pichai Chunhavajira.")
    posts = _posts(extract_text(text))
    assert posts["soulivath souvannachoumkham"][0] == ("Deputy Minister of Finance of the Lao PDR", None, None)
    assert all(org != "org:mof" for _, org, _ in posts["soulivath souvannachoumkham"])
    assert [org for _, org, _ in posts[next(k for k in posts if "pichai" in k or "พิชัย" in k)]] == ["org:mof"]


@pytest.mark.parametrize("short, full", [
    ("นายเศรษฐา ทวีสิน รมว.คลัง กล่าวว่า รัฐบาลจะเร่งรัดการเบิกจ่าย",
     "นายเศรษฐา ทวีสิน รัฐมนตรีว่าการกระทรวงการคลัง กล่าวว่า รัฐบาลจะเร่งรัดการเบิกจ่าย"),
    ("นายจุลพันธ์ อมรวิวัฒน์ รมช.คลัง เป็นประธานการประชุม",
     "นายจุลพันธ์ อมรวิวัฒน์ รัฐมนตรีช่วยว่าการกระทรวงการคลัง เป็นประธานการประชุม"),
])
def test_a_short_thai_title_of_a_ministers_office_is_the_same_post(extract_text, short, full):
    """"รมว.คลัง" and "รัฐมนตรีว่าการกระทรวงการคลัง" are one seat (titles.jsonl "th"): keyed apart, the minister's
    tenures split in two by how a release wrote the title; the fact keeps "รมว." as written."""
    short_posts, full_posts = set().union(*_held(short).values()), set().union(*_held(full).values())
    assert short_posts and short_posts == full_posts
    (person,) = extract_text(short).of_kind("person")
    assert [p.title for p in person.posts] == [short.split()[2][:4]]


@pytest.mark.parametrize("text", [
    "นายสมชาย ใจดี รักษาราชการแทน รมว.คลัง เป็นประธานการประชุม",
    "นายสมชาย ใจดี รักษาราชการแทนรัฐมนตรีว่าการกระทรวงการคลัง เป็นประธานการประชุม",
    "นายสมชาย ใจดี รักษาการรัฐมนตรีว่าการกระทรวงการคลัง เป็นประธานการประชุม",
])
def test_one_acting_in_a_seat_holds_the_seats_post_flagged_acting(text):
    """One acting in a seat holds the seat's own post (authority.acting_seat), however the prefix and the title are
    written, and the membership says acting (ph:acting): the twenty-second session's choice, so an analyst finds the
    acting holders on the seat (keyed by the written title, Phumtham's acting tenures of the Prime Minister's seat
    were six, in three posts); the tenure stays one of its own (maintain.tenure_iri keys acting)."""
    from phakhi.graph.extract.pipeline import extract
    from phakhi.graph.rdf.mapping import to_ntriples
    from phakhi.graph.read import parse_release

    acting = set().union(*_held(text).values())
    full = set().union(*_held("นายเศรษฐา ทวีสิน รัฐมนตรีว่าการกระทรวงการคลัง เป็นประธานการประชุม").values())
    assert acting and acting == full
    lines = to_ntriples(extract(parse_release(text, "acting.txt")))
    assert any(line.split(" ")[1].endswith("#acting>") and '"true"' in line for line in lines)


def test_a_delegate_on_behalf_of_a_holder_does_not_hold_the_seat():
    """"ปฏิบัติราชการแทนนายกรัฐมนตรี" performs a duty in the Prime Minister's name (a delegation, titles.jsonl
    "delegated"), it does not act in the seat: the post stays keyed by the written title, not the seat's."""
    delegate = set().union(*_held("นายธนกร วังบุญคงชนะ ปฏิบัติราชการแทนนายกรัฐมนตรี เป็นประธานในพิธี").values())
    seat = set().union(*_held("นายเศรษฐา ทวีสิน นายกรัฐมนตรี เป็นประธานการประชุม").values())
    assert delegate and not delegate & seat


def test_a_foreign_minister_whose_country_is_written_once_holds_no_thai_seat_in_the_release(extract_text):
    """"นายบอเวียงคำ วงดารา รัฐมนตรีว่าการกระทรวงเทคโนโลยีเเละการสื่อสาร ณ นครเวียงจันทร์" reads as the Thai ministry
    of that name; the same release names his office again with its country ("…การสื่อสารลาว"): that is his post, and
    the Thai one goes. The Thai minister named beside him keeps his."""
    text = ("นายชัยวุฒิ ธนาคมานุสรณ์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เดินทางเข้าพบ "
            "นายบอเวียงคำ วงดารา "
            "รัฐมนตรีว่าการกระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร ณ นครเวียงจันทร์ เพื่อร่วมหารือ\n"
            "นอกจากนี้ นายบอเวียงคำ วงดารา รัฐมนตรีว่าการกระทรวงเทคโนโลยีสารสนเทศและการสื่อสารลาว ได้มอบของที่ระลึก")
    posts = _posts(extract_text(text))
    assert [p[:2] for p in posts["ชัยวุฒิ ธนาคมานุสรณ์"]] == [("รัฐมนตรีว่าการ", "org:mdes")]
    assert all(not (p[1] or "").startswith("org:") for p in posts["บอเวียงคำ วงดารา"]), posts["บอเวียงคำ วงดารา"]
    assert posts["บอเวียงคำ วงดารา"], "his foreign post stays"


def test_a_thai_body_named_with_another_country_stays_the_holders_body(extract_text):
    """The Japanese Chamber of Commerce, Bangkok is a body of the authority file whose name ("หอการค้าญี่ปุ่น") ends
    with a country: its chair's post in it is no foreign twin of itself and stays."""
    text = ("Mr. Takeo Kato ประธานหอการค้าญี่ปุ่น กรุงเทพฯ เข้าเยี่ยมคารวะ รมว.เอนก เพื่อแนะนำตัว\n"
            "หอการค้าญี่ปุ่น กรุงเทพฯ (Japanese Chamber of Commerce, Bangkok) "
            "เป็นหนึ่งในหอการค้าญี่ปุ่นในต่างประเทศที่ใหญ่ที่สุด")
    posts = _posts(extract_text(text))
    assert [p[:2] for p in posts["takeo kato"]] == [("ประธาน", "org:jcc")], posts


@pytest.mark.parametrize("text, body", [
    ("นายอิธ สัมเฮง รัฐมนตรีว่าการกระทรวงแรงงานและฝึกอาชีพกัมพูชา ได้แสดงความยินดี", "กระทรวงแรงงานและฝึกอาชีพกัมพูชา"),
    ("นายอิธ สัมเฮง รัฐมนตรีว่าการกระทรวงแรงงานและฝึกอาชีพ ประเทศกัมพูชา ได้แสดงความยินดี",
     "กระทรวงแรงงานและฝึกอาชีพ ประเทศกัมพูชา"),
    ("เข้าพบ H.E. Ith Samheng, รัฐมนตรีว่าการกระทรวงแรงงานและฝึกอบรมวิชาชีพ เพื่อหารือ", "กระทรวงแรงงานและฝึกอบรมวิชาชีพ"),
])
def test_a_foreign_ministry_named_by_what_it_does_is_the_foreign_body(extract_text, text, body):
    """"…กระทรวงแรงงานและฝึกอาชีพกัมพูชา": a word the tagger reads as a verb after "และ" goes on naming another
    country's ministry when a country ends or follows it, or its holder is named in Latin letters; the Thai ministry
    the gazetteer read is whole, and Cambodia's minister sat on the Thai Labour minister's seat."""
    (posts,) = _posts(extract_text(text)).values()
    assert posts[0][1:] == (f"pattern:{body}", "ForeignGovernmentBody")


@pytest.mark.parametrize("text", [
    "นายสุริยะ จึงรุ่งเรืองกิจ รัฐมนตรีว่าการกระทรวงอุตสาหกรรมและเสนอแนวทางความร่วมมือ",
    "นายสุริยะ จึงรุ่งเรืองกิจ รัฐมนตรีว่าการกระทรวงอุตสาหกรรมและเสนอให้ญี่ปุ่นพิจารณา",
    "นายสุริยะ จึงรุ่งเรืองกิจ รัฐมนตรีว่าการกระทรวงอุตสาหกรรมและหารือแนวทางกับญี่ปุ่น",
])
def test_a_clause_after_and_stays_out_of_the_thai_ministry(extract_text, text):
    """"…อุตสาหกรรมและเสนอ…": a verb after "และ" with no country and a Thai holder is the sentence's clause."""
    (posts,) = _posts(extract_text(text)).values()
    assert posts[0][:2] == ("รัฐมนตรีว่าการ", "org:moi")


@pytest.mark.parametrize("text, person, title, seat", [
    ("ในการแถลงข่าวร่วมกับนายพันคำ วิพาวัน นายกรัฐมนตรี สปป. ลาว ซึ่งภายหลังการหารือ", "พันคำ วิพาวัน",
     "นายกรัฐมนตรี สปป. ลาว", "ลาว"),
    ("ตามคำเชิญของนายสอนไซ สีพันดอน นายกรัฐมนตรี สปป.ลาว และนายไซสมพอน พมวิหาน", "สอนไซ สีพันดอน",
     "นายกรัฐมนตรี สปป.ลาว", "ลาว"),
    ("ตามการเชิญชวนของนายบอริส จอห์นสัน นายกรัฐมนตรี ของสหราชอาณาจักรในฐานะเจ้าภาพการประชุม", "บอริส จอห์นสัน",
     "นายกรัฐมนตรี ของสหราชอาณาจักร", "สหราชอาณาจักร"),
    # a clause glued to the country that the tokenizer reads as one word with its verb ("เป็นเจ้าภาพ")
    ("เวลา 20.00 น. นายคัดห์กา ปราสาด ชาร์มา โอลิ  นายกรัฐมนตรี สหพันธ์สาธารณรัฐประชาธิปไตยเนปาลเป็นเจ้าภาพเลี้ยงอาหารค่ำ",
     "คัดห์กา ปราสาด ชาร์มา โอลิ", "นายกรัฐมนตรี สหพันธ์สาธารณรัฐประชาธิปไตยเนปาล", "เนปาล"),
])
def test_a_country_after_a_space_past_the_title_is_that_countrys_post(extract_text, text, person, title, seat):
    """"นายกรัฐมนตรี สปป. ลาว", "นายกรัฐมนตรี ของสหราชอาณาจักรในฐานะ…": a state word (written with a spaced full stop)
    or a joiner after the space, and a country glued to the clause after it; read short, Laos' and Britain's prime
    ministers held the Thai seat."""
    (post,) = next(e for e in extract_text(text).of_kind("person") if e.key == f"person:{person}").posts
    assert (post.title, post.organization, post.seat) == (title, None, ("นายกรัฐมนตรี", seat))


def test_an_acting_prefix_in_lower_case_marks_the_post():
    """"acting Prime Minister Phumtham": a sentence writes the prefix lower-case; read as no prefix, the acting prime
    minister held the seat itself."""
    from datetime import date

    from phakhi.graph.extract.pipeline import extract
    from phakhi.graph.read import parse_release
    text = "On 23 July 2025, acting Prime Minister Phumtham Wechayachai, is scheduled to hold talks with the envoy."
    (person,) = extract(parse_release(text, "s.txt", published=date(2025, 7, 23))).of_kind("person")
    (post,) = person.posts
    assert (post.title, post.acting, post.former) == ("acting Prime Minister", True, False)


@pytest.mark.parametrize("text, person", [
    ("Deputy Prime Minister Anutin Charnvirakul and chief adviser to the Prime Minister Kittiratt Na-Ranong have been "
     "working on it.", "kittiratt na-ranong"),
    ("Deputy Minister of Finance Julapun Amornvivat, Prime Minister’s Secretary General Prommin Lertsuridej, and "
     "others arrived.", "julapun amornvivat"),
])
def test_the_prime_minister_served_or_possessed_is_not_the_named_persons_post(extract_text, text, person):
    """"adviser to the Prime Minister Kittiratt", "…, Prime Minister’s Secretary General Prommin": the title names the
    office another serves, not the post of the name next to it."""
    found = next(e for e in extract_text(text).of_kind("person") if e.key == f"person:{person}")
    assert not any(post.title == "Prime Minister" for post in found.posts)


@pytest.mark.parametrize("text, person, title", [
    ("Prime Minister Srettha took the opportunity to convey his regards to President Thongloun Sisoulith and others.",
     "ทองลุน สีสุลิด", "President"),
    ("According to the Government Spokesperson Chai Wacharonke, the Prime Minister has placed great importance on it.",
     "ชัย วัชรงค์", "Government Spokesperson"),
])
def test_a_title_after_to_the_that_no_office_serves_is_the_named_persons(extract_text, text, person, title):
    """"regards to President Thongloun", "According to the Government Spokesperson Chai": "to" after a word that heads
    no serving office's title leaves the title the name's own."""
    found = next(e for e in extract_text(text).of_kind("person") if e.key == f"person:{person}")
    assert [post.title for post in found.posts] == [title]


@pytest.mark.parametrize("text, person", [
    ("ซึ่งได้มีการกล่าวเน้นย้ำกับนายกรัฐมนตรี นายฟูมิโอะ คิชิดะ (Fumio Kishida) ถึงความร่วมมือด้านเทคโนโลยีเกษตร",
     "ฟูมิโอะ คิชิดะ"),
    ("ได้พบหารือกับ H.E. Mr. Kishida Fumio นายกรัฐมนตรี ในช่วงการประชุม", "คิชิดะ ฟูมิโอะ"),
])
def test_a_holder_named_in_latin_letters_holds_no_thai_seat_written_alone(extract_text, text, person):
    """A Thai release names its own officials in Thai script: a holder named or glossed in Latin letters is a foreign
    dignitary, and the bare Thai title of a seat of the nation is not his (the release does not say whose it is)."""
    found = {e.key: e.posts for e in extract_text(text).of_kind("person")}
    assert not any(post.title == "นายกรัฐมนตรี" for post in found.get(f"person:{person}", ()))
    assert f"person:{person}" in found


def test_a_thai_prime_minister_named_in_thai_keeps_the_seat_beside_a_latin_gloss(extract_text):
    """The Thai holder, named in Thai script, keeps the seat in the same sentence as a glossed foreign guest."""
    found = {e.key: e.posts for e in extract_text(
        "พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี หารือกับนายฟูมิโอะ คิชิดะ (Fumio Kishida) ณ ทำเนียบรัฐบาล").of_kind("person")}
    assert [post.title for post in found["person:ประยุทธ์ จันทร์โอชา"]] == ["นายกรัฐมนตรี"]


@pytest.mark.parametrize("text", [
    "นายวิษณุ เครืองาม รองนายกรัฐมนตรีปฏิบัติหน้าที่แทนนายกรัฐมนตรี เป็นประธานเปิดงาน",
    "นายวิษณุ เครืองาม รองนายกรัฐมนตรี ปฏิบัติหน้าที่แทนนายกรัฐมนตรี เป็นประธานเปิดงาน",
])
def test_a_duty_done_in_the_prime_ministers_place_is_no_post_of_its_own(extract_text, text):
    """"ปฏิบัติหน้าที่แทนนายกรัฐมนตรี" (performing the duty in the Prime Minister's place) is a delegation for the
    occasion, not an acting appointment (รักษาราชการแทน): the deputy holds his own post, glued or spaced; glued, the
    clause keyed a post of its own that split the deputy prime minister's tenure."""
    (person,) = extract_text(text).of_kind("person")
    assert [(post.title, post.seat, post.acting) for post in person.posts] == [("รองนายกรัฐมนตรี", None, False)]


@pytest.mark.parametrize("text, person", [
    ("The UK Ambassador conveyed the regards of Prime Minister Boris Johnson to the Prime Minister.", "บอริส จอห์นสัน"),
    ("The Prime Minister congratulated Prime Minister Fumio Kishida for taking the office.", "fumio kishida"),
    ("The dinner will be hosted by Prime Minister Pham Minh Chinh in honor of the Prime Minister.", "pham minh chinh"),
])
def test_another_leader_titled_prime_minister_alone_in_english_holds_no_thai_seat(extract_text, text, person):
    """The English desk writes another country's prime minister with the bare title as it writes Thailand's ("…the
    regards of Prime Minister Boris Johnson to the Prime Minister"): the title is Thailand's office (นายกรัฐมนตรี) only
    for one of Thailand's officials (authority "roles"; Boris Johnson is in the authority, with no role); anyone
    else's post keeps its English title and no office."""
    found = next(p for p in extract_text(text).of_kind("person") if p.key == f"person:{person}")
    assert [(p.title, p.office) for p in found.posts] == [("Prime Minister", None)]


@pytest.mark.parametrize("text", [
    "Prime Minister Paetongtarn Shinawatra hosted the dinner in honor of Prime Minister Pham Minh Chinh.",
    "Prime Minister and Minister of Finance Settha Thavisin visited the venue.",
])
def test_thailands_prime_minister_titled_alone_in_english_keeps_the_thai_seat(extract_text, text):
    """A guard: Thailand's prime minister keeps the Thai office beside a foreign one, and so does a spelling of his
    name the person authority lacks ("Settha" for "Srettha": a first name like one of Thailand's officials')."""
    holders = {p.names[0]: [post.office for post in p.posts] for p in extract_text(text).of_kind("person")}
    assert "นายกรัฐมนตรี" in next(offices for name, offices in holders.items() if not name.startswith("Pham"))


@pytest.mark.parametrize("text, body", [
    ("ผลการประชุมหารือร่วมกับนายเต็งส่วย รัฐมนตรีว่าการกระทรวงแรงงาน ตรวจคนเข้าเมือง และประชากร "
     "สาธารณรัฐแห่งสหภาพเมียนมา ซึ่งจากการเจรจา", "กระทรวงแรงงาน ตรวจคนเข้าเมือง และประชากร สาธารณรัฐแห่งสหภาพเมียนมา"),
    ("หารือกับนายเต็งส่วย รัฐมนตรีว่าการกระทรวงแรงงาน ตรวจคนเข้าเมือง และประชากร สาธารณรัฐแห่งสหภาพเมียนมา "
     "ณ กรุงเนปิดอว์",
     "กระทรวงแรงงาน ตรวจคนเข้าเมือง และประชากร สาธารณรัฐแห่งสหภาพเมียนมา"),
])
def test_a_listed_word_read_as_a_verb_names_a_foreign_ministry_a_country_closes(extract_text, text, body):
    """"…กระทรวงแรงงาน ตรวจคนเข้าเมือง และประชากร สาธารณรัฐแห่งสหภาพเมียนมา": the tagger reads "ตรวจคนเข้าเมือง" as a
    verb, which cut the list, and Myanmar's labour minister sat on the Thai Labour minister's seat."""
    posts = _posts(extract_text(text))
    (post,) = [p for p in posts.values() if p][0]
    assert post[1:] == (f"pattern:{body}", "ForeignGovernmentBody")


@pytest.mark.parametrize("text", [
    "นายไพโรจน์ โชติกเสถียร ปลัดกระทรวงแรงงาน ตรวจเยี่ยม และมอบนโยบาย รัฐมนตรีว่าการกระทรวงแรงงาน ได้กล่าว",
    "H.E. John Smith, รัฐมนตรีว่าการกระทรวงแรงงาน ตรวจเยี่ยม และมอบนโยบายแก่เจ้าหน้าที่",
])
def test_a_clause_of_verbs_after_a_ministry_stays_out_of_its_name(extract_text, text):
    """A clause's verbs listed after a Thai ministry ("… ตรวจเยี่ยม และมอบนโยบาย") close no foreign body without a
    country, even after a title or for a holder named in Latin letters."""
    posts = _posts(extract_text(text))
    assert all(p[1] == "org:mol" for ps in posts.values() for p in ps[:1]), posts


def _seats(result):
    return {p.key.removeprefix("person:"): [(q.title, q.seat) for q in p.posts] for p in result.of_kind("person")}


@pytest.mark.parametrize("text, person, country", [
    ("ภายหลังการประชุม พลเอก จันสะหมอน จันยาลาด รองนายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงป้องกันประเทศ "
     "สาธารณรัฐประชาธิปไตยประชาชนลาว ได้เข้าเยี่ยมคำนับนายกรัฐมนตรี", "จันสะหมอน จันยาลาด", "ลาว"),
    ("สำหรับฝ่ายเวียดนาม ประกอบด้วย นายบุ่ย แทงห์ เซิน (H.E. Mr. Bui Thanh Son) รองนายกรัฐมนตรีและรัฐมนตรีว่าการ"
     "กระทรวงการต่างประเทศเวียดนาม นายเหวียน ห่ง เยียน", "บุ่ย แทงห์ เซิน", "เวียดนาม"),
])
def test_a_bodiless_title_chained_to_another_countrys_office_is_that_countrys(extract_text, text, person, country):
    """"รองนายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงป้องกันประเทศ สาธารณรัฐประชาธิปไตยประชาชนลาว": the country after the
    chain is the deputy prime minister's too; read as Thailand's, Laos' and Vietnam's deputies sat among Thailand's."""
    (deputy, _) = _seats(extract_text(text))[person][:2]
    assert deputy == ("รองนายกรัฐมนตรี", ("รองนายกรัฐมนตรี", country))


@pytest.mark.parametrize("text, person", [
    ("นายดอน ปรมัตถ์วินัย รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงการต่างประเทศ "
     "ได้หารือกับสาธารณรัฐประชาธิปไตยประชาชนลาว",
     "ดอน ปรมัตถ์วินัย"),
    ("นายสมมติ ทดสอบ รองนายกรัฐมนตรี และประธานกรรมการบริษัท ไทยเวียดนาม จำกัด ได้หารือ", "สมมติ ทดสอบ"),
])
def test_a_thai_deputy_prime_ministers_chain_keeps_the_thai_seat(extract_text, text, person):
    """A chain with a Thai ministry, or a body that names no country after it, leaves the deputy prime minister
    Thailand's (guards: pass before and after)."""
    assert _seats(extract_text(text))[person][0] == ("รองนายกรัฐมนตรี", None)
