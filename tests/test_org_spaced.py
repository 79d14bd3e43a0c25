"""Organization boundaries across spaces and venues: a name the corpora write whole with spaces inside runs on through
its chunks (org_runs.json `spaced`, scripts/mine_org_runs.py), a public company abbreviated บมจ. runs through the name
the corpora write in its legal form, and a venue (a sports centre, a convention centre) is a place, not a body."""

from __future__ import annotations


def _names(result) -> set[str]:
    return {n for e in result.of_kind("organization") for n in e.names}


def test_a_name_the_corpora_write_whole_with_spaces_runs_on_through_them(extract_text):
    # org_runs.json spaced: "มูลนิธิส่งเสริมศิลปาชีพในสมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ" and the public
    # company "บริษัท อลิอันซ์ อยุธยา ประกันภัย จำกัด (มหาชน)", written whole again and again; the extractor cut both at
    # their first space
    names = _names(extract_text("องค์กรภาคีเครือข่าย ได้แก่ มูลนิธิส่งเสริมศิลปาชีพในสมเด็จพระนางเจ้าสิริกิติ์ "
                                "พระบรมราชินีนาถ และมูลนิธิสายใจไทย\nโดยมี บมจ.อลิอันซ์ อยุธยา ประกันภัย เข้าร่วมด้วย\n"))
    assert {"มูลนิธิส่งเสริมศิลปาชีพในสมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ",
            "บมจ.อลิอันซ์ อยุธยา ประกันภัย", "มูลนิธิสายใจไทย"} <= names, names
    assert not {"มูลนิธิส่งเสริมศิลปาชีพในสมเด็จพระนางเจ้าสิริกิติ์", "บมจ.อลิอันซ์"} & names, names


def test_a_spaced_name_runs_on_only_where_the_text_spells_it_out(extract_text):
    # the same heads with other words after the space: the sentence goes on, the name ends at the space
    names = _names(extract_text("ขอขอบคุณมูลนิธิส่งเสริมศิลปาชีพในสมเด็จพระนางเจ้าสิริกิติ์ ที่ให้การสนับสนุน\n"
                                "โดยมี บมจ.อลิอันซ์ อยุธยา ร่วมด้วย\n"))
    assert "มูลนิธิส่งเสริมศิลปาชีพในสมเด็จพระนางเจ้าสิริกิติ์" in names, names
    assert not any(n.startswith("บมจ.อลิอันซ์ อยุธยา") for n in names), names


def test_the_runs_miner_lists_spaced_names_and_companies_in_their_legal_form(tmp_path):
    from conftest import load_script, write_corpus_tar

    whole = "มูลนิธิส่งเสริมศิลปาชีพในสมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ"
    head = whole.split()[0]
    texts = [f"ข่าว {i}\nร่วมกับ{whole} จัดงาน\n" for i in range(3)]
    texts.append(f"ข่าว 7\nมอบให้{head} ในวันนี้\n")  # the head alone, a sentence after it: 3 of 4 runs spaced
    texts += [f"ข่าว 8{i}\nโดย บริษัท อลิอันซ์ อยุธยา ประกันภัย จำกัด (มหาชน) ร่วมด้วย\n" for i in range(3)]
    texts += [f"ข่าว 9{i}\nสำนักงานสถิติแห่งชาติ ร่วมกับศูนย์ช่วยเหลือสังคม สายด่วน 1300\n" for i in range(3)]  # a number
    texts += [f"ข่าว 6{i}\nบริษัทลูกของ บริษัท ทีโอที จำกัด (มหาชน)\n" for i in range(3)]  # two companies
    archive = tmp_path / "mini.tar"
    write_corpus_tar(archive, texts)
    mined = load_script("mine_org_runs").mine([str(archive)], [], per_archive=40)
    assert mined["spaced"] == ["บมจ.อลิอันซ์ อยุธยา ประกันภัย", whole], mined["spaced"]
    assert mined["spaced_evidence"][whole] == [3, 4]
    assert mined["spaced_evidence"]["บมจ.อลิอันซ์ อยุธยา ประกันภัย"] == [3, 0]


def test_a_venue_is_a_place_not_a_body(extract_text):
    # places.json: a sports centre, a vaccination centre and an English convention centre where people go are places;
    # an English body defined by its acronym is still found
    names = _names(extract_text("ส่งตัวไปที่ศูนย์กีฬารามอินทรา เขตบางเขน และศูนย์ฉีดวัคซีนกลางบางซื่อ\n"
                                "จัดที่ Queen Sirikit National Convention Center (QSNCC) โดย "
                                "Thailand-Korea Technology Exchanges Center (TKTEC)\n"))
    assert not any(n.startswith(("ศูนย์กีฬา", "ศูนย์ฉีดวัคซีน", "Queen Sirikit", "QSNCC")) for n in names), names
    assert "Thailand-Korea Technology Exchanges Center" in names, names


def test_a_persons_second_post_after_and_is_no_part_of_the_name(extract_text):
    # "และ" then a title before a body's name lists the person's posts; a field named like a title stays in the name
    names = _names(extract_text("นางกุสุมาล อุปนายกสมาคมแม่บ้านมหาดไทยและประธานชมรมแม่บ้าน กรมการปกครอง พร้อมด้วย"
                                "นายกสมาคมตัวแทนประกันชีวิตและที่ปรึกษาการเงิน กล่าวว่า\n"))
    assert {"สมาคมแม่บ้านมหาดไทย", "สมาคมตัวแทนประกันชีวิตและที่ปรึกษาการเงิน"} <= names, names
    assert not any("และประธาน" in n for n in names), names


def test_a_purpose_after_a_body_not_named_by_its_purpose_is_the_sentences(extract_text):
    # a department the corpora end where it is written, then "เพื่อ…": the sentence's purpose; a committee is named by it
    names = _names(extract_text("ตามคำแนะนำของกรมการแพทย์แผนไทยและการแพทย์ทางเลือกเพื่อเสริมภูมิคุ้มกัน และลดความรุนแรง "
                                "โดยตั้งคณะกรรมการเฉพาะกิจเพื่อตรวจสอบและติดตามการใช้งบประมาณ ขึ้น\n"))
    assert {"กรมการแพทย์แผนไทยและการแพทย์ทางเลือก",
            "คณะกรรมการเฉพาะกิจเพื่อตรวจสอบและติดตามการใช้งบประมาณ"} <= names, names


def test_a_name_run_on_to_a_recurring_longer_name_takes_the_number_its_last_word_takes(extract_text):
    # "…โรคติดเชื้อไวรัสโคโรนา" is run on past "จาก" to the name the corpora write; "โคโรนา" then takes 2019 (the pairs
    # program_tails.json mined), not a count after it
    names = _names(extract_text("เปิดเผยว่า ศูนย์ข้อมูลมาตรการแก้ไขปัญหาจากโรคติดเชื้อไวรัสโคโรนา 2019 เป็นส่วนหนึ่งของงาน\n"))
    assert "ศูนย์ข้อมูลมาตรการแก้ไขปัญหาจากโรคติดเชื้อไวรัสโคโรนา 2019" in names, names


def test_the_runs_miner_leaves_out_a_spaced_run_the_corpora_mostly_go_on_with_as_a_list(tmp_path):
    from conftest import load_script, write_corpus_tar

    # "กลุ่มผู้ผลิต ผู้ประกอบการ" is written whole in every release, but always with more items of the list after it:
    # kinds of people, not a body; "คณะกรรมาธิการ…" names are lists of their fields (field_lists) and stay
    listed = [f"ข่าว {i}\nสนับสนุนกลุ่มผู้ผลิต ผู้ประกอบการ เกษตรกร ชาวประมง ผู้บริโภค ร่วมกัน\n" for i in range(4)]
    whole = "มูลนิธิส่งเสริมศิลปาชีพในสมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ"
    named = [f"ข่าว 5{i}\nร่วมกับ{whole} จัดงาน\n" for i in range(3)]
    fields = "คณะกรรมาธิการการพัฒนาสังคม และกิจการเด็ก เยาวชน"
    committee = [f"ข่าว 6{i}\nโดย{fields} สตรี ผู้สูงอายุ ร่วมกัน\n" for i in range(3)]
    archive = tmp_path / "mini.tar"
    write_corpus_tar(archive, listed + named + committee)
    runs = load_script("mine_org_runs")
    mined = runs.mine([str(archive)], [], per_archive=40)
    assert whole in mined["spaced"], mined["spaced"]
    assert not any(r.startswith("กลุ่มผู้ผลิต") for r in mined["spaced"]), mined["spaced"]
    assert "กลุ่มผู้ผลิต ผู้ประกอบการ" in mined["lists"], mined["lists"]  # the extractor finds no body at its head
    assert mined["lists_evidence"]["กลุ่มผู้ผลิต ผู้ประกอบการ"] == [4, 4, 4]
    assert any(r.startswith(fields) for r in mined["spaced"]), mined["spaced"]
    assert runs.a_list("กลุ่มผู้ผลิต ผู้ประกอบการ", 4, 4) and not runs.a_list(whole, 3, 1)


def test_the_head_of_a_list_the_corpora_go_on_with_is_no_body(extract_text):
    # org_runs.json lists: "สถาบันชาติ ศาสนา" (the three pillars, written so in 229 releases, nearly always with
    # "พระมหากษัตริย์" after), "สำนักงานทางหลวง แขวงทางหลวง …" (kinds of highway offices): the text spells the list out
    names = _names(extract_text("ขอให้ทุกคนร่วมกันปกป้องสถาบันชาติ ศาสนา พระมหากษัตริย์ ตลอดไป\n"
                                "โดยสำนักงานทางหลวง แขวงทางหลวง หมวดทางหลวงในพื้นที่ ร่วมกันดูแล\n"))
    assert not any(n.startswith(("สถาบันชาติ", "สำนักงานทางหลวง")) for n in names), names
    # written otherwise the head is what the pattern and the validity stage say it is: the list rule does not apply
    from phakhi.graph.extract.recurrence import list_head
    assert list_head("สถาบันชาติ ศาสนา พระมหากษัตริย์", 0, "สถาบันชาติ")
    assert not list_head("สถาบันชาติ ได้จัดงาน", 0, "สถาบันชาติ")


def test_a_run_going_on_into_a_longer_whole_name_is_no_list():
    from collections import Counter

    from conftest import load_script

    runs = load_script("mine_org_runs")
    # "ธนาคารแลนด์ แอนด์" is always written on into "… เฮ้าส์" (and that into "… จำกัด"): a bank's name, not a list;
    # "สถาบันชาติ ศาสนา" goes on with "พระมหากษัตริย์", which is no whole candidate of its own
    candidates = {"ธนาคารแลนด์ แอนด์": [10, 10], "ธนาคารแลนด์ แอนด์ เฮ้าส์": [9, 10],
                  "ธนาคารแลนด์ แอนด์ เฮ้าส์ จำกัด": [5, 10], "สถาบันชาติ ศาสนา": [229, 306]}
    listed = Counter({"ธนาคารแลนด์ แอนด์": 10, "ธนาคารแลนด์ แอนด์ เฮ้าส์": 5, "สถาบันชาติ ศาสนา": 194})
    assert list(runs.select_lists(candidates, listed)) == ["สถาบันชาติ ศาสนา"]


def test_a_number_after_a_dash_runs_on_like_one_after_a_space(extract_text):
    # "โควิด – 19": the number the corpora write after "โควิด", written after a spaced dash (round 4, self10)
    names = _names(extract_text("โดยจัดตั้งศูนย์ปฏิบัติการรองรับผลกระทบโควิด – 19 บูรณาการทุกภาคส่วนอย่างมีเอกภาพ\n"))
    assert "ศูนย์ปฏิบัติการรองรับผลกระทบโควิด – 19" in names, names
    assert "ศูนย์ปฏิบัติการรองรับผลกระทบโควิด" not in names, names


def test_a_number_after_a_dash_is_no_count_of_what_follows(extract_text):
    # "ศูนย์ข้อมูลโควิด -19 วันละประมาณหนึ่งพันราย" (round 16, judged cut short): "19 วัน" read as nineteen days left
    # the number out; a dash ties the number to the word before it. Spaced, the count stays the sentence's.
    names = _names(extract_text("มีการร้องเรียนเข้ามายังศูนย์ข้อมูลโควิด -19 วันละประมาณหนึ่งพันราย\n"))
    assert "ศูนย์ข้อมูลโควิด -19" in names, names
    assert "ศูนย์ข้อมูลโควิด" not in names, names


def test_a_chunk_after_a_space_that_closes_a_name_is_part_of_it(extract_text):
    # "ราชวิทยาลัยแพทย์เวชศาสตร์| ฟื้นฟูแห่งประเทศไทย" (round 15, judged cut short): the chunk after the space ends on
    # a closing word (not_organizations closing_words), as a body's name does and a phrase of the sentence does not
    names = _names(extract_text("กรมการแพทย์ ร่วมกับ ราชวิทยาลัยแพทย์เวชศาสตร์ ฟื้นฟูแห่งประเทศไทย สภากายภาพบำบัด "
                                "จัดงานประชุม\n"))
    assert "ราชวิทยาลัยแพทย์เวชศาสตร์ ฟื้นฟูแห่งประเทศไทย" in names, names
    assert "ราชวิทยาลัยแพทย์เวชศาสตร์" not in names, names


def test_a_closing_chunk_that_is_another_body_or_the_sentence_stays_out(extract_text):
    # another body's name after the space ("สภาการพยาบาลแห่งประเทศไทย"), or a phrase of the sentence begun by a stop
    # word ("ในวันสตรีแห่งชาติ"), is not the name's rest
    names = _names(extract_text("มูลนิธิรักษ์ไทย สภาการพยาบาลแห่งประเทศไทย ร่วมกันจัดงาน\n"
                                "ผู้แทนมูลนิธิรักษ์ไทย ในวันสตรีแห่งชาติ ที่ผ่านมา\n"))
    assert "มูลนิธิรักษ์ไทย" in names and "สภาการพยาบาลแห่งประเทศไทย" in names, names
    assert not any(n.endswith("แห่งชาติ") for n in names), names


def test_a_body_named_after_someone_runs_on_through_the_surname(extract_text):
    # "มูลนิธิพล.ต.อ.เภา| สารสิน" (session brief, judged cut short): the prefix word, the person's titles and given name
    # glued, then a space and the surname; a title read inside a longer word ("นาย" of "นายกรัฐมนตรี") names no one
    names = _names(extract_text("มอบเงินให้มูลนิธิพล.ต.อ.เภา สารสิน เพื่อช่วยเหลือผู้ประสบภัย\n"
                                "ร่วมกับมูลนิธิศาสตราจารย์นายแพทย์สมหมาย ใจดี จัดงาน\n"
                                "โดยคณะทำงานนายกรัฐมนตรี ฝ่ายกฎหมาย ได้รายงาน\n"))
    assert {"มูลนิธิพล.ต.อ.เภา สารสิน", "มูลนิธิศาสตราจารย์นายแพทย์สมหมาย ใจดี"} <= names, names
    assert not {"มูลนิธิพล.ต.อ.เภา", "คณะทำงานนายกรัฐมนตรี ฝ่ายกฎหมาย"} & names, names


def test_a_name_the_corpora_write_whole_is_not_run_on_into_a_closing_chunk(extract_text):
    # "สภาวิศวกร" (written whole in several releases of validity_corpus.json) then another body's name ending on a
    # closing word: two bodies, as the sample release thaigov-v2/2024/11/01 lists them
    names = _names(extract_text("ร่วมกับ สภาวิศวกร วิศวกรรมสถานแห่งประเทศไทย และภาคเอกชน\n"))
    assert "สภาวิศวกร" in names, names
    assert "สภาวิศวกร วิศวกรรมสถานแห่งประเทศไทย" not in names, names


def test_every_before_a_word_that_counts_no_bodies_is_part_of_a_mined_run(tmp_path):
    # "ทุก" spreads a body over every place or body of a kind ("สำนักงานจัดหางานจังหวัดทุกจังหวัด"), and after a function
    # word it opens the sentence's adverbial ("กลุ่ม…ในทุกมิติ"); glued between the name's words before a word that
    # counts no bodies it is the name's ("สภาคนพิการทุกประเภทแห่งประเทศไทย"): the miner keeps that run alone
    from conftest import load_script, write_corpus_tar

    council = "สภาคนพิการทุกประเภทแห่งประเทศไทย"
    every = "สำนักงานจัดหางานจังหวัดทุกจังหวัด"
    adverbial = "กลุ่มเป้าหมายและครอบคลุมในทุกมิติ"
    texts = [f"ข่าว {i}\nผู้แทน{council} ร่วมกับ{every} และ{adverbial} ร่วมกัน\n" for i in range(3)]
    archive = tmp_path / "mini.tar"
    write_corpus_tar(archive, texts)
    mined = load_script("mine_org_runs").mine([str(archive)], [], per_archive=40)
    assert council in mined["names"], mined["names"]
    assert not {every, adverbial} & set(mined["names"]), mined["names"]


def test_a_name_cut_at_every_runs_on_into_the_run_the_corpora_write_whole(extract_text):
    # org_runs.json: "สภาคนพิการทุกประเภทแห่งประเทศไทย" (19 releases), "…พัฒนาคนทุกช่วงวัยอย่างยั่งยืน" (ศจพ., 6):
    # the extractor cuts a name at "ทุก" and runs it on into a run the corpora write whole
    names = _names(extract_text("ผู้แทนสภาคนพิการทุกประเภทแห่งประเทศไทย เข้าร่วมประชุม\nผ่านกลไกศูนย์อำนวยการขจัด"
                                "ความยากจนและพัฒนาคนทุกช่วงวัยอย่างยั่งยืน ในระดับพื้นที่\n"))
    assert {"สภาคนพิการทุกประเภทแห่งประเทศไทย", "ศูนย์อำนวยการขจัดความยากจนและพัฒนาคนทุกช่วงวัยอย่างยั่งยืน"} <= names, names
    assert not {"สภาคนพิการ", "ศูนย์อำนวยการขจัดความยากจนและพัฒนาคน"} & names, names


def test_a_letter_the_tokenizer_leaves_glued_inside_a_word_does_not_cut_the_name(extract_text):
    # the tokenizer reads "จุฬาภรณราชวิทยาลัย" as "จุฬา|ภร|ณ|ราช|วิทยาลัย": ณ ("at") glued between two words is a
    # word's last letter, not the preposition, which Thai writes spaced ("ณ ห้องประชุม" still ends the name)
    names = _names(extract_text("เป็นประธานการประชุมคณะกรรมการพัฒนาโรงเรียนวิทยาศาสตร์จุฬาภรณราชวิทยาลัย และ สพฐ. "
                                "ณ ห้องประชุมสำนักงานปลัดกระทรวงศึกษาธิการ\n"))
    assert "คณะกรรมการพัฒนาโรงเรียนวิทยาศาสตร์จุฬาภรณราชวิทยาลัย" in names, names
    assert "คณะกรรมการพัฒนาโรงเรียนวิทยาศาสตร์จุฬาภร" not in names, names
    from phakhi.graph.extract.organizations import mended_fragments
    assert mended_fragments(["จุฬา", "ภร", "ณ", "ราช"]) == ["จุฬา", "ภรณ", "ราช"]
    assert mended_fragments(["จังหวัด", " ", "ณ", " ", "ห้อง"]) == ["จังหวัด", " ", "ณ", " ", "ห้อง"]
    assert mended_fragments(["ที่", "อ", "ยู่"]) == ["ที่", "อ", "ยู่"]
    # written without spaces, the preposition is glued too: no word begins "เข้าร่วมณ"
    assert mended_fragments(["เข้าร่วม", "ณ", "ศาลา"]) == ["เข้าร่วม", "ณ", "ศาลา"]
    names = _names(extract_text("คณะกรรมการกลุ่มแม่บ้านเกษตรกรเข้าร่วมณศาลาเอนกประสงค์ ในวันนี้\n"))
    assert not any("ศาลา" in n for n in names), names
