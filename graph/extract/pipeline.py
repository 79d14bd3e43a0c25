"""The extraction pipeline: a release goes through each stage once, in order; each stage reads the
mentions earlier stages added to the document and adds its own."""

from __future__ import annotations

from collections.abc import Callable

from phakhi.graph.extract.counts import find_counts
from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.english_bodies import find_english_bodies
from phakhi.graph.extract.english_counts import find_english_counts
from phakhi.graph.extract.english import (
    find_english_posts, find_english_programs, find_titled_persons, join_short_latin_names,
)
from phakhi.graph.extract.events import find_events
from phakhi.graph.extract.org_run_ons import cut_run_ons
from phakhi.graph.extract.organizations import (drop_bare_kinds, find_authority_names, find_by_pattern, learn_abbreviations,
                                               mask_places)
from phakhi.graph.extract.persons import find_persons
from phakhi.graph.extract.program_events import drop_event_programmes
from phakhi.graph.extract.posts import find_posts
from phakhi.graph.extract.programs import find_programs
from phakhi.graph.extract.resolve import resolve
from phakhi.graph.extract.standards import find_standards
from phakhi.graph.extract.tails import extend_organizations
from phakhi.graph.extract.validity import drop_invalid
from phakhi.graph.types import Extraction, Release

STAGES: tuple[Callable[[Doc], None], ...] = (
    mask_places,  # venue names ("ศูนย์การประชุมสหประชาชาติ") are places: nothing inside them is matched
    find_authority_names,  # organizations and programs the authority files know
    find_persons,  # persons, anchored on honorifics
    find_titled_persons,  # English: a Latin name right after a title ("Government Spokesperson Thanakorn …")
    find_by_pattern,  # organizations outside the authority file (not inside person names)
    find_programs,  # programs outside the authority scheme
    find_standards,  # named standards, certifications and labels ("มาตรฐาน อย.", "มาตรฐาน GAP")
    find_english_programs,  # English: "… Programme", "… Model", "… Goals" and their (ABBR)
    find_english_bodies,  # English releases: bodies the authority does not know ("National Security Council")
    learn_abbreviations,  # "ชื่อเต็ม (ตัวย่อ)" defined in the release itself, then its bare uses
    extend_organizations,  # identifying tails: "…ภาคที่ 7", "สำนักงานพาณิชย์จังหวัด|เชียงใหม่", "หอการค้าไทย|-จีน"
    drop_bare_kinds,  # "สำนักงานเกษตรจังหวัด" left with no place: the kind every province has, not one body
    cut_run_ons,  # "สถาบันการบินพลเรือน|ในการแบ่งปัน…" beside "สถาบันการบินพลเรือน": the name the release writes alone
    find_posts,  # each person's post: title + organization
    find_english_posts,  # English: title chains before a Latin name, appositions after it
    join_short_latin_names,  # "Gen. Prayut" joins "Prayut Chan-o-cha", known by the person authority's Thai key
    find_events,  # events with dates and parties (needs organizations and persons)
    drop_event_programmes,  # "โครงการอบรม…รุ่นที่ 5" read as the event it is: one thing, one class
    find_counts,  # counts with qualifiers and units
    find_english_counts,  # English releases: "more than 34,000 factories", "3 goals", "1,200 million Baht"
    drop_invalid,  # candidates the trained validity model judges not to be names with the right boundaries
)


def extract(release: Release) -> Extraction:
    doc = Doc.from_release(release)
    for stage in STAGES:
        stage(doc)
    return resolve(doc)
