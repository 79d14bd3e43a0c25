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
