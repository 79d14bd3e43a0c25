"""One release gives one graph whatever the hash seed: an analyst who ingests a release again gets the same facts,
the same IRIs and the same validity features. Python orders a set of strings by the hash seed
(PYTHONHASHSEED), so any tie an extractor breaks by a set's order would show here as two processes that disagree."""

import os
import subprocess
import sys

from conftest import SEEDS

# what each process prints: for every release (a few dev releases and a snippet with a Latin name that starts with
# one cue and ends with another of its length, from v2 sample thaigov-v2/2023/11/15/ด้านสังคม_2), the features of
# every candidate the validity model judges (items in order: the model sums them in that order) and the release's
# N-Triples (the IRIs and every fact)
_RUN = """
import sys
from datetime import date
from phakhi.graph.extract import validity
from phakhi.graph.extract.pipeline import extract
from phakhi.graph.rdf.mapping import to_ntriples
from phakhi.graph.read import parse_release, read_bytes
from pathlib import Path

features = validity.features
def spy(doc, m, name=None):
    f = features(doc, m, name)
    print(name, list(f.items()))
    return f
validity.features = spy
snippet = parse_release(sys.argv[1], "snippet.txt", published=date(2023, 11, 15))
for release in [snippet] + [read_bytes(Path(p).read_bytes(), Path(p).name) for p in sys.argv[2:]]:
    print("\\n".join(to_ntriples(extract(release))))
"""

SNIPPET = ("เมื่อวันที่ 14 พฤศจิกายน 2566 นางสาวสุนีย์ ศรีสง่าตระกูลเลิศ ผู้ตรวจราชการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ "
           "เข้าร่วมการประชุมเชิงปฏิบัติการว่าด้วยการทบทวนในระยะครึ่งแผนของแผนงาน SOMSWD ปี 2564 - 2568 และการหารือกับภาคีเครือข่าย"
           "อาเซียน (Workshop on the Mid-term Review of the SOMSWD Work Plan 2021-2025 and Dialogue with ASEAN Partners) "
           "ณ เมืองฮาลอง ประเทศเวียดนาม")


def test_a_release_gives_the_same_graph_and_features_under_every_hash_seed():
    releases = [str(p) for p in sorted(SEEDS.glob("*.txt"))[::8]]
    runs = {}
    for seed in ("1", "2", "3"):
        out = subprocess.run([sys.executable, "-c", _RUN, SNIPPET, *releases], capture_output=True, text=True,
                             check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        runs[seed] = out.splitlines()
    assert any("Workshop on the Mid-term Review" in line for line in runs["1"])  # the snippet's event is judged
    for seed in ("2", "3"):
        moved = [(a, b) for a, b in zip(runs["1"], runs[seed]) if a != b]
        assert len(runs[seed]) == len(runs["1"]) and not moved, moved[:3]


def test_near_function_words_are_tried_longest_first():
    """The first function word a near name starts with is taken (authority.near_authority): the words come longest
    first, then by text, never in a set's order (which the hash seed changes)."""
    from phakhi.graph.extract.authority import _function_words

    words = _function_words()
    assert isinstance(words, tuple) and words
    assert list(words) == sorted(words, key=lambda w: (-len(w), w))
