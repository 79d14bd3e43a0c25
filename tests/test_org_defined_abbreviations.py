"""An abbreviation a release defines ("LONG NAME (ABBR)") for another body than the authority's holder of the same
letters names that body throughout the release, for every fact (organizations.learn_abbreviations,
_authority_abbreviation_of_another): round 22 judged "การประชุมหารือ (คณะกรรมการร่วมภาครัฐและเอกชนเพื่อแก้ไขปัญหาทาง
เศรษฐกิจ, กรมโรงงานอุตสาหกรรม…)" described-bad, the release's กรอ. being the joint committee, the authority's the
Department of Industrial Works."""

from __future__ import annotations

from datetime import date


def _keys(text: str, abbr: str) -> list[str]:
    """The keys of the organization mentions written `abbr`, after the stage that learns a release's abbreviations."""
    from phakhi.graph.extract import organizations, pipeline
    from phakhi.graph.extract.document import Doc
    from phakhi.graph.read import parse_release

    doc = Doc.from_release(parse_release(text, "snippet.txt", published=date(2018, 10, 3)))
    for stage in pipeline.STAGES[:pipeline.STAGES.index(organizations.learn_abbreviations) + 1]:
        stage(doc)
    return [m.key for m in doc.of_kind("organization") if m.text == abbr]


JPPCC = ("ข่าว\nนายกรัฐมนตรีเป็นประธานการประชุมหารือร่วมระหว่างนายกรัฐมนตรี คณะกรรมการร่วมภาครัฐและเอกชนเพื่อแก้ไขปัญหาทาง"
         "เศรษฐกิจ (กรอ.) ส่วนกลางและคณะกรรมการ กรอ.กลุ่มจังหวัดภาคเหนือตอนบน (เชียงราย พะเยา แพร่ น่าน)\n"
         "ที่ประชุม กรอ. ได้พิจารณาข้อเสนอของภาคเอกชน\n")


def test_the_release_s_own_definition_names_the_body_at_the_bracket_and_after_it():
    keys = _keys(JPPCC, "กรอ.")
    assert keys and set(keys) == {"org:jppcc"}, keys


def test_the_meeting_s_parties_are_the_committee_not_the_department(extract_text):
    result = extract_text(JPPCC, published=date(2016, 11, 28))
    parties = [p for e in result.of_kind("event") for p in e.parties]
    assert "org:jppcc" in parties and "org:diw" not in parties, parties


def test_the_form_recurs_with_other_bodies():
    # the skills department's กพร. (the authority's is the mining department's: five releases in 250 read), the
    # mineral policy board's คนร. (the state enterprise policy committee's: three), the women's committee's กสส.
    assert set(_keys("ข่าว\nกรมพัฒนาฝีมือแรงงาน (กพร.) จัดฝึกอบรมแรงงาน โดย กพร. จะดำเนินการทั่วประเทศ\n", "กพร.")) \
        == {"org:dsd"}
    assert set(_keys("ข่าว\nการประชุมคณะกรรมการนโยบายบริหารจัดการแร่แห่งชาติ (คนร.) ครั้งที่ 1 มีมติให้ คนร. "
                     "ติดตามผล\n", "คนร.")) == {"org:mineral-policy-board"}


def test_the_authority_s_body_written_loosely_keeps_its_abbreviation():
    # "สำนักงานพัฒนาวิทยาศาสตร์และเทคโนโลยี" is สวทช. without "แห่งชาติ": the authority's body, not another
    assert set(_keys("ข่าว\nสำนักงานพัฒนาวิทยาศาสตร์และเทคโนโลยี (สวทช.) ร่วมกับ สวทช. ภาคเหนือ\n", "สวทช.")) \
        == {"org:nstda"}


def test_a_latin_acronym_after_a_translated_name_stays_the_authority_s():
    # the release's Thai rendering of CCPIT differs from the authority's: the acronym is the body's own name
    text = ("ข่าว\nด้านความร่วมมือกับองค์การส่งเสริมการค้าระหว่างประเทศแห่งสาธารณรัฐประชาชนจีน (CCPIT) "
            "และ CCPIT จะจัดงาน\n")
    assert set(_keys(text, "CCPIT")) == {"org:ccpit"}


def test_a_programme_s_bracket_names_the_body_that_runs_it():
    text = "ข่าว\nโครงการสินเชื่อสานฝันสร้างอาชีพ (ธ.ก.ส.) และ ธ.ก.ส. ได้ปล่อยสินเชื่อ\n"
    assert set(_keys(text, "ธ.ก.ส.")) == {"org:baac"}
