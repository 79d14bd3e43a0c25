"""Event names that are names (twenty-second session, h22-evnames): a type word with a generic document or the way
it was held and that object's gloss in brackets says only what kind of event it was ("พิธีลงนามร่างบันทึกความเข้าใจ
(MOU)", "การอบรม ผ่านระบบออนไลน์ (Zoom Meeting)": judged audits call them bare types), and an English title runs to
its end over the articles and slashes inside it, not into the sentence on the next line or from a cue that is only
a sentence's common noun ("Meeting outcome of …")."""

import pytest

from phakhi.graph.extract.event_identity import is_real_name
from test_open_world_event_names import _names


@pytest.mark.parametrize("name", [
    "พิธีลงนามร่างบันทึกความเข้าใจ (MOU)",
    "พิธีลงนามบันทึกข้อตกลงความเข้าใจ (MOU)",
    "การลงนามในบันทึกความเข้าใจว่าด้วยความร่วมมือ (MOU)",
    "การอบรม ผ่านระบบออนไลน์ (Zoom Meeting)",
    "การประชุมระบบทางไกล (Video Conference)",
])
def test_a_type_word_with_a_generic_object_and_its_gloss_is_no_name(name):
    assert not is_real_name(name)


@pytest.mark.parametrize("name", [
    "การประชุมคณะรัฐมนตรี (VDO Conference)",  # the gloss tells how; the body says which meeting
    "พิธีลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือทางวัฒนธรรม",
    "การประชุมระบบรางแห่งชาติ",
])
def test_a_name_that_says_which_stays_a_name(name):
    assert is_real_name(name)


TITLE = ("Title: Meeting of Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering"
         " the Use of ICT for Criminal Purposes\nThe cabinet approved the following proposal of Ministry of Foreign"
         " Affairs.\n")


def test_an_english_title_runs_over_an_article_and_stops_at_the_next_sentence(extract_text):
    names = _names(extract_text(TITLE))
    whole = ("Meeting of Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the Use"
             " of ICT for Criminal Purposes")
    assert whole in names, names


def test_an_english_title_runs_over_a_slash_between_two_words():
    from phakhi.graph.extract.events import _LATIN_AFTER
    run = _LATIN_AFTER.match(" on Creditors’/Debtors’ Rights and Remedies in Asia", 0).group()
    assert run == " on Creditors’/Debtors’ Rights and Remedies in Asia"


def test_a_cue_that_is_a_sentences_common_noun_names_nothing(extract_text):
    text = ("Title: Meeting outcome of Joint Public-Private Meeting for Development of Southern Provinces Along"
            " Andaman Coast (Ranong, Phuket, Krabi, Trang, Phang-nga, and Satun)\n")
    names = _names(extract_text(text))
    assert not any(n.startswith("Meeting outcome") for n in names), names
    assert "Joint Public-Private Meeting for Development of Southern Provinces Along Andaman Coast" in names, names
