"""Long organization names the corpora write whole, cut by the extractor where a word that usually goes on with the
sentence begins: the runs miner reads a run to where the corpora end it and judges a word that ends a name's run by
how the corpora go on after the head (org_runs.json, scripts/mine_org_runs.py `_long_name`), and the extractor runs a
name on through a continuation longer than one chunk's letters to such a name."""

from __future__ import annotations

FUNERAL = "กองพิธีการศพที่ได้รับพระราชทาน"  # "ได้รับ" (not_organizations ends) in a unit's name, written 94 times
CRISIS = "คณะกรรมการบริหารสถานการณ์เศรษฐกิจจากผลกระทบของการระบาดของโรคติดเชื้อไวรัสโคโรนา"  # longer than RUN_REACH


def _names(result) -> set[str]:
    return {n for e in result.of_kind("organization") for n in e.names}


def _mine(tmp_path, texts: list[str]) -> dict:
    from conftest import load_script, write_corpus_tar

    archive = tmp_path / "mini.tar"
    write_corpus_tar(archive, texts)
    return load_script("mine_org_runs").mine([str(archive)], [], per_archive=100)


def test_the_runs_miner_keeps_long_names_and_names_holding_a_word_that_ends_a_run(tmp_path):
    from conftest import load_script

    assert len(CRISIS) - len("คณะกรรมการ") >= load_script("mining").RUN_REACH
    texts = [f"ข่าว {i}\nผู้อำนวยการ{FUNERAL} และผู้แทน{CRISIS} เข้าร่วม\n" for i in range(5)]
    texts.append("ข่าว 9\nผู้อำนวยการกองพิธีการศพ เข้าร่วม\n")  # the head alone: 5 of 6 go on with the name
    mined = _mine(tmp_path, texts)
    assert {FUNERAL, CRISIS} <= set(mined["names"]), mined["names"]
    assert mined["evidence"][FUNERAL] == [5, 6]


def test_the_runs_miner_leaves_out_sentences_after_a_verb_and_long_names_written_rarely(tmp_path):
    # a disclaimer written after a body again and again goes on with a verb ("ได้รับมาจาก…"): a sentence however often
    # written; a long name needs LONG_RELEASES releases, a short one MIN_RELEASES
    sentence = "ศูนย์ข้อมูลอสังหาริมทรัพย์ได้รับมาจากแหล่งข้อมูลที่เชื่อถือได้"
    texts = [f"ข่าว {i}\nข้อมูลของ{sentence} ทั้งนี้\n" for i in range(6)]
    texts += [f"ข่าว 1{i}\nผู้แทน{CRISIS} เข้าร่วม\n" for i in range(3)]
    mined = _mine(tmp_path, texts)
    assert not {sentence, CRISIS} & set(mined["names"]), mined["names"]


def test_a_name_cut_at_a_word_that_ends_a_run_runs_on_into_the_long_name_the_corpora_write(extract_text):
    # org_runs.json: "กองพิธีการศพที่ได้รับพระราชทาน" (judged cut short in round20), and a police division's name
    # whose continuation after the cut is longer than one chunk's letters (CHUNK_LETTERS)
    division = "กองบังคับการปราบปรามการกระทำความผิดเกี่ยวกับทรัพยากรธรรมชาติและสิ่งแวดล้อม"
    names = _names(extract_text(f"นายวรวัตร์ ผู้อำนวยการ{FUNERAL} ผู้บริหารกระทรวงวัฒนธรรม\n"
                                f"เจ้าหน้าที่{division} ได้จับกุมผู้ต้องหา\n"))
    assert {FUNERAL, division} <= names, names
    assert not {"กองพิธีการศพ", "กองบังคับการปราบปรามการกระทำความผิด"} & names, names


def test_a_long_name_runs_on_only_where_the_text_spells_it_out(extract_text):
    names = _names(extract_text("ผู้อำนวยการกองพิธีการศพที่ได้รับแจ้งเรื่องแล้ว ได้ประสานงาน\n"))
    assert "กองพิธีการศพ" in names, names
    assert not any(n.startswith("กองพิธีการศพที่") for n in names), names


# ศจพ.'s operations centre: the miner's first cut ("…ความยากจนและ|พัฒนา…") leaves a head ending on "และ" that the
# extractor gives as no body; the extractor cuts the name at "ทุก" instead (judged cut short in round16)
POVERTY = "ศูนย์อำนวยการปฏิบัติการขจัดความยากจนและพัฒนาคนทุกช่วงวัยตามหลักปรัชญาเศรษฐกิจพอเพียง"
POVERTY_OF = "ศูนย์อำนวยการปฏิบัติการขจัดความยากจนและพัฒนาคนทุกช่วงวัยตามหลักปรัชญาของเศรษฐกิจพอเพียง"


def test_the_runs_miner_judges_a_long_run_at_its_first_cut_the_extractor_gives(tmp_path):
    # five releases write the name (and a sixth the head the extractor gives, alone); its first head "…และ" is no body
    texts = [f"ข่าว {i}\nเลขานุการ{POVERTY} ระดับจังหวัด\n" for i in range(5)]
    texts.append("ข่าว 9\nเลขานุการศูนย์อำนวยการปฏิบัติการขจัดความยากจนและพัฒนาคน เข้าร่วม\n")
    mined = _mine(tmp_path, texts)
    assert POVERTY in mined["names"], mined["names"]


def test_the_runs_miner_takes_a_later_cut_with_the_other_spelling_as_a_family(tmp_path):
    # the spelling with "ของ" is written in 5 of 12 releases writing the cut: with the other spelling (6) it is the
    # cut's usual continuation, as _long_name counts a head's family
    texts = [f"ข่าว {i}\nเลขานุการ{POVERTY_OF} ระดับจังหวัด\n" for i in range(5)]
    texts += [f"ข่าว 1{i}\nเลขานุการ{POVERTY} ระดับจังหวัด\n" for i in range(6)]
    texts.append("ข่าว 99\nเลขานุการศูนย์อำนวยการปฏิบัติการขจัดความยากจนและพัฒนาคน เข้าร่วม\n")
    mined = _mine(tmp_path, texts)
    assert {POVERTY, POVERTY_OF} <= set(mined["names"]), mined["names"]


def test_the_runs_miner_takes_no_later_cut_after_a_verb(tmp_path):
    # a ministerial regulation's title: "(กฎ)กระทรวงการ|ได้รับประโยชน์ทดแทน…" is cut first at a verb, however often
    # written and whatever a later cut gives
    title = ("กระทรวงการได้รับประโยชน์ทดแทนในกรณีว่างงานเนื่องจากมีเหตุสุดวิสัยอันเกิดจากการระบาดของโรคติดต่ออันตราย"
             "ตามกฎหมายว่าด้วยโรคติดต่อ")
    mined = _mine(tmp_path, [f"ข่าว {i}\nตามกฎ{title} พ.ศ. 2563\n" for i in range(7)])
    assert title not in mined["names"], mined["names"]


def test_a_long_name_cut_where_the_extractor_cuts_it_runs_on_to_the_mined_whole(extract_text):
    # org_runs.json (mined by the later cut): the judged label was "…และพัฒนาคน", cut before "ทุกช่วงวัย…"
    names = _names(extract_text(f"ข่าว\nผู้แทน{POVERTY_OF} เข้าร่วมประชุม\n"))
    assert POVERTY_OF in names, names
    assert "ศูนย์อำนวยการปฏิบัติการขจัดความยากจนและพัฒนาคน" not in names, names
