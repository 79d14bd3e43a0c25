"""A name written short with "ฯ" is the one full name of its class its release writes (graph/extract/elided.py).
The texts are the sample releases' own forms (v1 ข่าวทำเนียบรัฐบาล_567, v2 2023-10-12 and 2023 ด้านเศรษฐกิจ releases,
v1 ด้านเศรษฐกิจ_586)."""

from datetime import date

from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.elided import elided_stem, full_named
from phakhi.graph.extract.program_words import canon
from phakhi.graph.extract.resolve import resolve
from phakhi.graph.read import parse_release


def _doc(text: str, kind: str, names: list[str]) -> Doc:
    """A release of `text` whose mentions of `kind` are each of `names` wherever written, keyed by pattern by its words
    as the finders key them: the mentions the validity stage left (resolve's input)."""
    doc = Doc.from_release(parse_release(text, "snippet.txt", published=date(2023, 10, 12)))
    for name in names:
        at = doc.text.find(name)
        while at >= 0:
            doc.add(doc.mention(at, at + len(name), kind, "name:" + name))
            at = doc.text.find(name, at + len(name))
    return doc


def _entities(doc: Doc, kind: str):
    return [e for e in resolve(doc).entities.values() if e.kind == kind]


def test_a_short_programme_name_is_the_one_full_name_left_after_validity():
    """The finder gave "กองทุนหมู่บ้านและชุมชนเมือง|ทั่วประเทศ" and "…|ที่มีความพร้อม" beside the fund too, so the
    programme stage found several full names; the validity stage dropped them and one full name is left: the short
    form is that fund, one entity labelled by its full name (at main: a second programme "กองทุนหมู่บ้านฯ")."""
    text = ("ข่าว\nประธานได้เน้นย้ำให้การอนุมัติโครงการให้กองทุนหมู่บ้านฯ ดังกล่าว เป็นการเพิ่มศักยภาพหมู่บ้าน "
            "และติดตามช่วยเหลือกองทุนหมู่บ้านและชุมชนเมือง ตลอดจนสมาชิกกองทุนอื่นที่เกี่ยวข้อง")
    funds = _entities(_doc(text, "program", ["กองทุนหมู่บ้านฯ", "กองทุนหมู่บ้านและชุมชนเมือง"]), "program")
    assert len(funds) == 1
    assert funds[0].names == ["กองทุนหมู่บ้านและชุมชนเมือง", "กองทุนหมู่บ้านฯ"]


def test_the_short_form_may_come_first():
    text = ("ข่าว\nรองนายกรัฐมนตรีมอบนโยบายแก่กองทุนหมู่บ้านฯ ทั่วประเทศ โดยให้คณะกรรมการ"
            "กองทุนหมู่บ้านและชุมชนเมืองแห่งชาติ พิจารณา")
    funds = _entities(_doc(text, "program", ["กองทุนหมู่บ้านฯ", "กองทุนหมู่บ้านและชุมชนเมืองแห่งชาติ"]), "program")
    assert [f.names[0] for f in funds] == ["กองทุนหมู่บ้านและชุมชนเมืองแห่งชาติ"]


def test_one_name_written_with_a_space_and_without_is_one_full_name():
    """An organization's full name under two keys (spaced and not) is still one full name: the short form takes the
    first key (at main it stayed a third entity, "ศูนย์ศึกษาการพัฒนาห้วยฮ่องไคร้ฯ")."""
    text = ("ข่าว\nนายกรัฐมนตรีลงพื้นที่ตรวจเยี่ยมศูนย์ศึกษาการพัฒนาห้วยฮ่องไคร้ อันเนื่องมาจากพระราชดำริ "
            "โดยศูนย์ศึกษาการพัฒนาห้วยฮ่องไคร้อันเนื่องมาจากพระราชดำริ เป็นต้นแบบ และศูนย์ศึกษาการพัฒนาห้วยฮ่องไคร้ฯ "
            "ได้ถ่ายทอดองค์ความรู้")
    doc = _doc(text, "organization", ["ศูนย์ศึกษาการพัฒนาห้วยฮ่องไคร้ อันเนื่องมาจากพระราชดำริ",
                                      "ศูนย์ศึกษาการพัฒนาห้วยฮ่องไคร้อันเนื่องมาจากพระราชดำริ",
                                      "ศูนย์ศึกษาการพัฒนาห้วยฮ่องไคร้ฯ"])
    labels = [e.names[0] for e in _entities(doc, "organization")]
    assert "ศูนย์ศึกษาการพัฒนาห้วยฮ่องไคร้ฯ" not in labels
    joined = [e for e in _entities(doc, "organization") if "ศูนย์ศึกษาการพัฒนาห้วยฮ่องไคร้ฯ" in e.names]
    assert joined[0].names[0] == "ศูนย์ศึกษาการพัฒนาห้วยฮ่องไคร้ อันเนื่องมาจากพระราชดำริ"


def test_a_short_name_beginning_two_full_names_or_none_stays():
    text = ("ข่าว\nโครงการสานฝันการกีฬาสู่ระบบการศึกษาจังหวัดชายแดนภาคใต้ และโครงการสานฝันการกีฬาเพื่อเยาวชน "
            "ทั้งนี้ โครงการสานฝันการกีฬาฯ มีนักเรียนเข้าร่วม")
    names = ["โครงการสานฝันการกีฬาสู่ระบบการศึกษาจังหวัดชายแดนภาคใต้", "โครงการสานฝันการกีฬาเพื่อเยาวชน",
             "โครงการสานฝันการกีฬาฯ"]
    assert len(_entities(_doc(text, "program", names), "program")) == 3
    text = "ข่าว\nรัฐบาลยุติโครงการรับจำนำข้าวฯ แล้ว"
    assert [e.names for e in _entities(_doc(text, "program", ["โครงการรับจำนำข้าวฯ"]), "program")] \
        == [["โครงการรับจำนำข้าวฯ"]]


def test_the_stem_and_the_full_names_compared():
    """Spaces and dashes aside ("โครงการทางพิเศษสายพระราม 3 - ดาวคะนอง - วงแหวนรอบนอกฯ" of the name written with
    spaces elsewhere); a mark inside is no stem; a name with the mark inside, written on from the stem, is a name the
    short form may stand for, so beside another full name it makes two."""
    assert elided_stem("โครงการทางพิเศษสายพระราม 3 - ดาวคะนอง - วงแหวนรอบนอกฯ") \
        == canon("โครงการทางพิเศษสายพระราม3-ดาวคะนอง-วงแหวนรอบนอก")
    assert elided_stem("ศูนย์วิจัยเศรษฐกิจฯ ธนาคารออมสิน") is None
    assert elided_stem("กองทุนหมู่บ้าน") is None
    full = [(canon("โครงการทางพิเศษสายพระราม 3 - ดาวคะนอง - วงแหวน รอบนอกกรุงเทพมหานครด้านตะวันตก"), "name:a")]
    assert full_named(elided_stem("โครงการทางพิเศษสายพระราม 3 - ดาวคะนอง - วงแหวนรอบนอกฯ"), full) == "name:a"
    vaccines = [(canon("โครงการจัดหาวัคซีนป้องกันโรคติดเชื้อไวรัสโคโรนา 2019"), "name:a"),
                (canon("โครงการจัดหาวัคซีนฯ AstraZeneca"), "name:b")]
    assert full_named(elided_stem("โครงการจัดหาวัคซีนฯ"), vaccines) is None
    assert full_named(elided_stem("โครงการจัดหาวัคซีนฯ"), vaccines[:1]) == "name:a"
    assert full_named(elided_stem("โครงการจัดหาวัคซีนฯ"), [(canon("โครงการจัดหาวัคซีนฯ"), "name:c")]) is None


def test_the_full_names_are_canonised_only_in_a_release_that_writes_a_name_short(monkeypatch):
    """elided_keys canonised every organization and programme name of every release to compare with the stems of the
    names written short; it now does so only once one is found (most releases write none): the same keys."""
    from phakhi.graph.extract import elided

    asked = []
    monkeypatch.setattr(elided, "canon", lambda name: asked.append(name) or canon(name))
    full, short = "กองทุนหมู่บ้านและชุมชนเมืองแห่งชาติ", "กองทุนหมู่บ้านฯ"
    text = f"ข่าว\n{full} จัดประชุมสมาชิก"
    assert elided.elided_keys(_doc(text, "program", [full]), {}) == {}
    assert asked == [full]  # elided_stem's: is it written short? (no: its full name is not canonised again)
    asked.clear()
    doc = _doc(f"{text} {short} ทั่วประเทศ", "program", [short, full])
    assert elided.elided_keys(doc, {}) == {"name:" + short: "name:" + full}
    assert sorted(asked) == sorted([full, short, full, short])  # each asked by elided_stem, then the full names once
