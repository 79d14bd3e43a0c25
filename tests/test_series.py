"""Count series (graph/knowledge/series.py) and `phakhi series`: counts about one program or organization in
date order, names resolved through any label, abbreviation or English name, the unit filter, clear errors for
names that fit nothing or several entities, and the Data Cube data sets the knowledge graph keeps."""

import csv
import io
import json

import pytest

from conftest import run_cli

PROGRAM = "โครงการยกระดับผู้ประกอบการอุตสาหกรรมอาหาร"
RELEASES = {  # name -> (dateline, body): out of date order on purpose
    "r2.txt": ("วันพุธที่ 2 พฤษภาคม 2561", "กรมส่งเสริมอุตสาหกรรม ช่วยเหลือผู้ประกอบการ 800 ราย"),
    "r1.txt": ("วันพฤหัสบดีที่ 10 มกราคม 2562",
               f"กรมส่งเสริมอุตสาหกรรม ช่วยเหลือผู้ประกอบการกว่า 1,000 ราย\n{PROGRAM} มีผู้เข้าร่วม 500 ราย"),
    "r3.txt": ("วันจันทร์ที่ 1 มีนาคม 2564",
               "กรมส่งเสริมอุตสาหกรรม ใช้งบประมาณ 20 ล้านบาท\n"
               f"{PROGRAM} มีผู้เข้าร่วม 700 ราย"),
}


TWO_GRAPH = "https://w3id.org/phakhi/id/graph/test"
TWO_PROGRAMS = [line for local, label in (("a", "ตัวอย่าง A"), ("b", "ตัวอย่าง B")) for line in (
    f"<https://w3id.org/phakhi/id/program/test-{local}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
    "<https://w3id.org/phakhi/def#Program> .",
    f'<https://w3id.org/phakhi/id/program/test-{local}> <http://www.w3.org/2004/02/skos/core#prefLabel> "{label}"@th .',
    f'<https://w3id.org/phakhi/id/program/test-{local}> <http://www.w3.org/2004/02/skos/core#altLabel> "ชื่อซ้ำ"@th .')]


@pytest.fixture(scope="module")
def series_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("series")
    for name, (dateline, body) in RELEASES.items():
        (folder / name).write_text(f"{dateline}\n{body}\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def series_store(series_dir):
    from phakhi.graph.ingest import ingest
    from phakhi.graph.store import Store

    store = Store.memory()
    assert not ingest(store, [series_dir]).failures
    return store


def test_series_is_in_date_order_with_its_evidence(series_store):
    from phakhi.graph.knowledge import series

    rows = series.series(series_store, organization="กรมส่งเสริมอุตสาหกรรม")
    assert [(r["date"], r["value"], r["unit"]) for r in rows] == [
        ("2018-05-02", 800, "ราย"), ("2019-01-10", 1000, "ราย"), ("2021-03-01", 20_000_000, "บาท")]
    assert [r["release"] for r in rows] == ["r2.txt", "r1.txt", "r3.txt"]
    assert rows[1]["qualifier"] == "more-than" and rows[1]["text"].endswith("กว่า 1,000 ราย")
    assert set(rows[0]) == set(series.COLUMNS)


@pytest.mark.parametrize("name", ["กรมส่งเสริมอุตสาหกรรม", "กสอ.", "DIP", "dip", "Department of Industrial Promotion",
                                  "ดีพร้อม", "DIPROM", "https://w3id.org/phakhi/id/org/dip"])
def test_organization_by_any_label_abbreviation_or_english_name(series_store, name):
    from phakhi.graph.knowledge import series

    assert [r["value"] for r in series.series(series_store, organization=name)] == [800, 1000, 20_000_000]


def test_program_by_its_label_and_unit_filter(series_store):
    from phakhi.graph.knowledge import series

    rows = series.series(series_store, program=PROGRAM)
    assert [(r["date"], r["value"]) for r in rows] == [("2019-01-10", 500), ("2021-03-01", 700)]
    money = series.series(series_store, organization="DIP", unit="บาท")
    assert [r["value"] for r in money] == [20_000_000]
    assert series.series(series_store, organization="DIP", unit="แห่ง") == []


def test_unknown_and_ambiguous_names_are_clear_errors(series_store):
    from phakhi.graph.knowledge import series

    with pytest.raises(series.NameNotFound, match="no program is called 'ไม่มีโครงการนี้'"):
        series.series(series_store, program="ไม่มีโครงการนี้")
    with pytest.raises(series.NameNotFound):  # an organization's name is no program's
        series.series(series_store, program="กรมส่งเสริมอุตสาหกรรม")
    with pytest.raises(ValueError):
        series.series(series_store)
    # two programs sharing a label: the error lists both, with their IRIs
    from rdflib import URIRef

    from phakhi.graph.store import Store

    store = Store.memory()
    store.replace_graph(URIRef(TWO_GRAPH), TWO_PROGRAMS)
    with pytest.raises(series.AmbiguousName) as error:
        series.series(store, program="ชื่อซ้ำ")
    assert {label for _, label in error.value.candidates} == {"ตัวอย่าง A", "ตัวอย่าง B"}
    assert "test-a" in str(error.value) and "test-b" in str(error.value)


CUBE = """SELECT ?about ?unit ?releases (COUNT(DISTINCT ?c) AS ?n) WHERE {
  GRAPH <https://w3id.org/phakhi/id/graph/knowledge> { ?set a qb:DataSet ; qb:structure ?dsd ;
    schema:about ?about ; schema:unitText ?unit ; ph:releases ?releases }
  ?dsd a qb:DataStructureDefinition . ?c qb:dataSet ?set ; schema:observationAbout ?about ; schema:unitText ?unit
} GROUP BY ?about ?unit ?releases"""


def _cube(store) -> set:
    return {(str(r["about"]), str(r["unit"]), int(r["releases"]), int(r["n"])) for r in store.select(CUBE)}


def test_counts_are_data_cube_observations_in_one_data_set_per_entity_and_unit(series_store):
    """Ingest puts each linked count in the data set of its entity and unit; the knowledge graph describes each
    set once (structure, entity, unit, how many releases), and the structure is the ontology's."""
    from phakhi.graph.knowledge import series

    dip = series.resolve(series_store, "DIP", "organization")
    program = series.resolve(series_store, PROGRAM, "program")
    assert _cube(series_store) == {(dip, "ราย", 2, 2), (dip, "บาท", 1, 1), (program, "ราย", 2, 2)}
    once = series_store.select("""SELECT ?set (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?set ?p ?o
        FILTER(?p IN (rdf:type, schema:about, schema:unitText, qb:structure)) }
        FILTER EXISTS { GRAPH ?h { ?set a qb:DataSet } } } GROUP BY ?set""")
    assert once and all(int(r["n"]) == 4 for r in once)  # each description triple once, in one graph
    components = {(str(r["kind"]).rsplit("#", 1)[1], str(r["property"])) for r in series_store.select("""
        SELECT ?kind ?property WHERE { ph:countSeriesStructure a qb:DataStructureDefinition ; qb:component ?spec .
          ?spec ?kind ?property . VALUES ?kind { qb:dimension qb:measure qb:attribute } }""")}
    assert components == {("dimension", "https://schema.org/observationDate"),
                          ("dimension", "https://schema.org/observationAbout"),
                          ("dimension", "https://schema.org/unitText"), ("measure", "https://schema.org/value"),
                          ("attribute", "https://w3id.org/phakhi/def#qualifier")}


def test_a_data_set_follows_its_releases_when_one_is_removed(series_dir):
    """Removing the only release of a data set deletes the set; the others lose its observation and count it."""
    from phakhi.graph import knowledge
    from phakhi.graph.ingest import ingest
    from phakhi.graph.rdf.iris import graph_iri
    from phakhi.graph.store import Store

    store = Store.memory()
    assert not ingest(store, [series_dir]).failures
    store.update(f"DROP GRAPH <{graph_iri('r3.txt')}>")
    knowledge.sync(store)
    cube = {(unit, releases, n) for _, unit, releases, n in _cube(store)}
    assert cube == {("ราย", 2, 2), ("ราย", 1, 1)}
    assert not store.ask("ASK { GRAPH ?g { ?set a qb:DataSet ; schema:unitText ?u FILTER(str(?u) = \"บาท\") } }")


@pytest.fixture(scope="module")
def disk_store(series_dir, tmp_path_factory):
    location = tmp_path_factory.mktemp("series-store") / "store"
    result = run_cli("ingest", str(series_dir), "--store", str(location))
    assert result.returncode == 0, result.stderr
    return location


def test_cli_series_json_csv_table(disk_store):
    result = run_cli("series", "--organization", "DIP", "--store", str(disk_store), "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["date"], r["value"], r["release"]) for r in rows] == [
        ("2018-05-02", 800, "r2.txt"), ("2019-01-10", 1000, "r1.txt"), ("2021-03-01", 20_000_000, "r3.txt")]
    result = run_cli("series", "--program", PROGRAM, "--unit", "ราย", "--store", str(disk_store), "--format", "csv")
    assert result.returncode == 0, result.stderr
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["date"], r["value"], r["qualifier"]) for r in table] == [("2019-01-10", "500", "exact"),
                                                                        ("2021-03-01", "700", "exact")]
    assert list(table[0]) == ["date", "value", "qualifier", "unit", "about", "release", "text"]
    result = run_cli("series", "--organization", "ดีพร้อม", "--store", str(disk_store))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].split()[:6] == ["date", "value", "qualifier", "unit", "about", "release"]
    assert "(3 rows)" in result.stdout


def test_cli_series_errors_are_clear(disk_store):
    result = run_cli("series", "--organization", "ไม่มีหน่วยงานนี้", "--store", str(disk_store))
    assert result.returncode == 1 and "no organization is called 'ไม่มีหน่วยงานนี้'" in result.stderr
    assert "Traceback" not in result.stderr
    result = run_cli("series", "--store", str(disk_store))
    assert result.returncode == 2 and "give one of --program NAME or --organization NAME" in result.stderr
    result = run_cli("series", "--program", "x", "--organization", "y", "--store", str(disk_store))
    assert result.returncode == 2


def test_cli_series_lists_the_candidates_of_an_ambiguous_name(tmp_path):
    dump = tmp_path / "two.nq"
    dump.write_text("".join(line[:-1] + f"<{TWO_GRAPH}> .\n" for line in TWO_PROGRAMS), encoding="utf-8")
    location = tmp_path / "store"
    assert run_cli("load", str(dump), "--store", str(location)).returncode == 0
    result = run_cli("series", "--program", "ชื่อซ้ำ", "--store", str(location))
    assert result.returncode == 1 and "names 2 programs" in result.stderr
    assert "ตัวอย่าง A" in result.stderr and "ตัวอย่าง B" in result.stderr and "Traceback" not in result.stderr
