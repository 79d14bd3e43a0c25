"""A count is linked to the program or organization its clause names (graph/extract/about.py), and to
nothing when the clause names neither, and the link reaches the stored graph as schema:observationAbout."""

import pytest

PROGRAM = "โครงการยกระดับผู้ประกอบการอุตสาหกรรมอาหาร"
PROGRAM_KEY = "name:" + PROGRAM


def _links(extract_text, text):
    result = extract_text(text)
    return {c.value: c.about_key for c in result.counts}


@pytest.mark.parametrize("text, value, key", [
    (f"{PROGRAM} มีผู้เข้าร่วม 500 ราย", 500, PROGRAM_KEY),  # the clause's subject, before the figure
    ("กรมส่งเสริมอุตสาหกรรม ช่วยเหลือ SMEs กว่า 1,000 ราย", 1000, "org:dip"),  # the acting organization
    (f"มีผู้ประกอบการ 500 ราย ที่เข้าร่วม{PROGRAM}", 500, PROGRAM_KEY),  # after, joined by a linking word
    (f"มีผู้ประกอบการกว่า 500 รายเข้าร่วม{PROGRAM}", 500, PROGRAM_KEY),
    ("กองทุนพัฒนาเอสเอ็มอีตามแนวประชารัฐวงเงิน 20,000 ล้านบาท", 20_000_000_000,
     "program:program-sme-pracharat-fund"),  # named inside the count's own phrase
    # a program and its organization in one clause: the figure is the program's
    (f"กรมส่งเสริมอุตสาหกรรม ดำเนิน{PROGRAM} ให้แก่ผู้ประกอบการ 200 ราย", 200, PROGRAM_KEY),
])
def test_count_is_linked_to_what_its_clause_names(extract_text, text, value, key):
    assert _links(extract_text, text)[value] == key


@pytest.mark.parametrize("text, value", [
    ("ปัจจุบันประเทศไทยมีโรงงานอุตสาหกรรมกว่า 60,000 แห่ง", 60000),  # no program or organization at all
    # the organization is in an earlier clause, which "ส่วน" closes
    ("กรมส่งเสริมอุตสาหกรรมจัดงาน ส่วนผู้ประกอบการในภาคเหนือที่ได้รับความช่วยเหลือแล้วมี 300 ราย", 300),
    # far back on the line: another clause, whatever lies between
    ("กรมส่งเสริมอุตสาหกรรมจัดงานแถลงข่าวเปิดตัวกิจกรรมสำคัญประจำปีที่กรุงเทพมหานครโดยมีแขกผู้มีเกียรติมาร่วมงาน"
     "เป็นจำนวนมากและในภาคเหนือมีผู้ประกอบการที่ได้รับความช่วยเหลือแล้ว 300 ราย", 300),
    # on another line (paragraph)
    (f"{PROGRAM}\nผู้ประกอบการ 300 ราย", 300),
])
def test_count_outside_the_clause_is_not_linked(extract_text, text, value):
    assert _links(extract_text, text)[value] is None


def test_the_link_is_stored_as_observation_about(extract_text):
    from pyoxigraph import Store, RdfFormat

    from phakhi.graph.rdf.iris import entity_iri
    from phakhi.graph.rdf.mapping import to_ntriples

    result = extract_text(f"{PROGRAM} มีผู้เข้าร่วม 500 ราย")
    store = Store()
    store.load("\n".join(to_ntriples(result)).encode("utf-8"), format=RdfFormat.N_TRIPLES)
    rows = list(store.query("SELECT ?c ?e WHERE { ?c <https://schema.org/observationAbout> ?e }"))
    assert [str(row["e"].value) for row in rows] == [str(entity_iri(PROGRAM_KEY, "program"))]


# Another project heads the clause before the programme the count follows: a programme prefix with a name after it,
# after any count before it. The programme is then a word of that project's name (its frame, its place) or one item
# of a list of projects, and the count is the project's or the list's, not the programme's (fact dump of session 31).
@pytest.mark.parametrize("text, value", [
    # v1 thaigov 2017: the projects of the village funds, run "along the Pracharat line"
    ("คณะกรรมการกองทุนหมู่บ้านและชุมชนเมืองแห่งชาติ ได้พิจารณาและอนุมัติงบประมาณสนับสนุนกองทุนหมู่บ้านและชุมชนเมือง"
     "ทั่วประเทศในการขับเคลื่อนโครงการเพิ่มศักยภาพหมู่บ้านและชุมชนเพื่อความเข้มแข็งของเศรษฐกิจฐานรากตามแนวทางประชารัฐ "
     "ในครั้งนี้จำนวน 24,544 กองทุน 25,630 โครงการในวงเงิน 4,908 ล้านบาท", 25630),
    # v2 2023-01-24: an estate project in the EEC area; its investment is the project's
    ("1.โครงการจัดตั้งนิคมอุตสาหกรรมในพื้นที่เขตพัฒนาพิเศษภาคตะวันออก (EEC) มีมูลค่าการลงทุนประมาณ 4,385 ล้านบาท "
     "โดยใช้จ่ายจากรายได้และเงินสะสมของการนิคมอุตสาหกรรมแห่งประเทศไทย", 4385_000_000),
    # v2 2023-03-20: the total of a list of projects, not its last item's
    ("ที่ประชุมยังได้อนุมัติให้การส่งเสริมโครงการขนาดใหญ่อื่น ๆ เช่น โครงการผลิตเหล็กแผ่นรีดเย็น "
     "โครงการผลิตโลหะทองคำและเงินภายใต้รูปแบบโลหะผสม และโครงการกำจัดของเสียอุตสาหกรรม มูลค่าเงินลงทุนรวมกว่า 8,500 ล้านบาท",
     8500_000_000),
    # v2 2023-11-10: a loan project under the SME fund; the amount is the loan's
    ("SME D Bank รับหน้าที่หน่วยร่วมดำเนินโครงการสินเชื่อลดโลกร้อน (Decarbonize Loan) "
     "ภายใต้กองทุนพัฒนาเอสเอ็มอีตามแนวประชารัฐ วงเงิน 1,500 ล้านบาท สนับสนุนผู้ประกอบการ", 1500_000_000),
])
def test_count_of_another_project_is_not_the_programmes(extract_text, text, value):
    assert _links(extract_text, text)[value] is None


@pytest.mark.parametrize("text, value, key", [
    # a prefix that is no name (a relative after it): the projects located in the SEZ; the provinces are the SEZ's
    ("1) กรณีโครงการที่ตั้งในพื้นที่ในเขตพัฒนาเศรษฐกิจพิเศษ (SEZ) ชายแดน 10 จังหวัดจะได้รับยกเว้นภาษีเงินได้นิติบุคคล 8 ปี",
     10, "program:program-sez"),
    # the earlier project of a list closes with its own count: the next count is its own project's (v2 2023-11-08)
    ("ประกอบด้วยโครงการสินเชื่อเพื่อรวบรวมมันสำปะหลังและสร้างมูลค่าเพิ่มโดยสถาบันเกษตรกร ปี 2566/67 ภายในวงเงิน "
     "19,250,000 บาท และโครงการเพิ่มประสิทธิภาพการเพาะปลูกมันสำปะหลัง ปี 2566/67 ภายในวงเงิน 41,400,000 บาท",
     41_400_000, "name:โครงการเพิ่มประสิทธิภาพการเพาะปลูกมันสำปะหลัง ปี 2566/67"),
    # the programme's own prefix, in quotes before it, heads nothing else (v1 2017)
    ("อย่างไรก็ตาม ตามกรอบระยะเวลาที่ทีมขับเคลื่อนการพัฒนาประเทศตามโครงการไทยนิยม ยั่งยืน ระดับตำบลรวม 7,663 ทีม",
     7663, "program:program-thai-niyom-yangyuen"),
    # a prefix followed only by another prefix: the measure's projects (v1 2017)
    ("PPP เห็นชอบโครงการทางหลวงพิเศษ 2 เส้นทาง มูลค่าลงทุนกว่า 1.4 แสนล้านบาท "
     "พร้อมเดินหน้าโครงการมาตรการ PPP Fast Track อีก 6 โครงการใหม่ มูลค่ากว่า 6 แสนล้านบาท",
     600_000_000_000, "program:program-ppp-fast-track"),
    # a found programme far back, a clause of its own between (v1 2017)
    ("ได้ส่งเสริมการออมผ่านเงินฝากสงเคราะห์ชีวิตและกองทุนการออมแห่งชาติ รวมทั้งสร้างภูมิคุ้มกันด้วยการป้องกันความเสี่ยง"
     "ในโครงการประกันภัยพืชผลทางการเกษตร ที่มีเกษตรกรเข้าร่วมโครงการ 1.52 ล้านราย พื้นที่ประกันภัย 27.18 ล้านไร่",
     1_520_000, "name:โครงการประกันภัยพืชผลทางการเกษตร"),
    # the programme's alias in brackets after its long name (v2 2023-12-27)
    ("[เรื่อง มาตรการให้ความช่วยเหลือผู้ประกอบการธุรกิจขนาดกลางและขนาดเล็ก (Small and Medium Enterprises: SMEs) "
     "ผ่านโครงการค้ำประกันสินเชื่อ Portfolio Guarantee Scheme ระยะที่ 10 (โครงการ PGS ระยะที่ 10)] "
     "ในส่วนของวงเงินค้ำประกันสินเชื่อจากเดิมวงเงินค้ำประกันสินเชื่อ 50,000 ล้านบาท",
     50_000_000_000, "name:โครงการ PGS"),
    # an unfound prefix many words back: the subject of a clause of its own (v2 2023-03-16)
    ("โดยโครงการชลประทานระนองได้ประสานไปยังส่วนวิศวกรรม สำนักงานชลประทานที่ 14 เพื่อพิจารณาโครงการเบื้องต้น "
     "เป็นโครงการฝายคลองโตนกลอยพร้อมระบบส่งน้ำ เพื่อแก้ไขปัญหา วงเงินงบประมาณ 40.60 ล้านบาท",
     40_600_000, "name:โครงการฝายคลองโตนกลอย"),
])
def test_count_keeps_its_programme_when_no_other_project_heads_the_clause(extract_text, text, value, key):
    assert _links(extract_text, text)[value] == key
