"""phakhi audit: seeded samples of distinct entities with their contexts, read from a real store."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import SEEDS
from phakhi.graph.views.audit import CLASSES, AuditError, audit, entity_iris, review_page
from phakhi.graph.cli.commands import cli

FEW = sorted(SEEDS.glob("0[0-1]*.txt"))[:6]


@pytest.fixture(scope="module")
def small_store():
    from phakhi.graph.ingest import ingest
    from phakhi.graph.store import Store

    store = Store.memory()
    assert not ingest(store, FEW).failures
    return store


def test_audit_sample_is_reproducible_and_distinct(small_store):
    first = audit(small_store, 5, seed=7)
    again = audit(small_store, 5, seed=7)
    assert [i.iri for i in first] == [i.iri for i in again]
    for cls in CLASSES:
        iris = [i.iri for i in first if i.cls == cls]
        assert len(iris) == len(set(iris)) == min(5, len(entity_iris(small_store, cls)))
    other = audit(small_store, 5, ["organization"], seed=8)
    assert {i.iri for i in other} != {i.iri for i in first if i.cls == "organization"}


def test_audit_counts_releases_and_quotes_the_label(small_store):
    items = audit(small_store, 1000, ["organization", "person"], seed=1)
    assert items
    for item in items:
        rows = small_store.select_text(f"SELECT DISTINCT ?r WHERE {{ <{item.iri}> ph:mentionedIn ?r }}")
        assert item.releases == len(rows) >= 1
        assert item.context is not None and item.context.release in {p.name for p in FEW}
        assert item.label in item.labels
    # a label seen in the text is quoted in the context (authority labels such as English names may not be)
    quoted = [i for i in items if i.label in i.context.exact]
    assert len(quoted) >= 0.8 * len(items)
    assert all(i.label in i.context.text for i in quoted)
    text = (SEEDS / quoted[0].context.release).read_text(encoding="utf-8")
    c = quoted[0].context
    assert text[c.start:c.end] == c.exact


def test_audit_rejects_bad_input(small_store, store):
    with pytest.raises(AuditError, match="unknown class"):
        audit(small_store, 3, ["organisation"])
    with pytest.raises(AuditError, match="at least 1"):
        audit(small_store, 0)
    with pytest.raises(AuditError, match="no releases"):
        audit(store, 3)


def test_audit_page_escapes_a_hostile_label(tmp_path, store):
    from phakhi.graph.ingest import ingest

    hostile = "<img src=x onerror=alert(1)>"
    (tmp_path / "001.txt").write_text(f"กระทรวงอุตสาหกรรมร่วมกับบริษัท {hostile} จำกัด ลงนามบันทึกความเข้าใจ\n",
                                      encoding="utf-8")
    ingest(store, [tmp_path])
    items = audit(store, 10, ["organization"])
    assert any(hostile in i.label for i in items)
    page = review_page(items)
    assert hostile not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    island = page.split('id="items">', 1)[1].split("</script>", 1)[0]  # the JSON the export button reads
    assert "<" not in island and json.loads(island)
    assert "http://" not in page and "https://" not in page.replace("https://w3id.org/", "")
    assert page.count('type="radio"') == 3 * len(items)


def test_audit_command_json_lines_html_and_errors(tmp_path):
    from phakhi.graph.ingest import ingest
    from phakhi.graph.store import Store

    location = tmp_path / "store"
    with Store(location) as s:
        ingest(s, FEW[:3])
    runner = CliRunner()
    page = tmp_path / "audit.html"
    result = runner.invoke(cli, ["audit", "--store", str(location), "--sample", "2", "--class", "organization",
                                 "--seed", "3", "--html", str(page)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 2 and {r["class"] for r in rows} == {"organization"}
    assert page.read_text(encoding="utf-8").count("<tr><td>") == 2
    bad = runner.invoke(cli, ["audit", "--store", str(location), "--sample", "0"])
    assert bad.exit_code == 1 and "at least 1" in bad.output and "Traceback" not in bad.output
    bad = runner.invoke(cli, ["audit", "--store", str(location), "--sample", "2", "--class", "venue"])
    assert bad.exit_code == 1 and "unknown class" in bad.output
