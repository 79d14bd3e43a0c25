import re

from phakhi.graph.views import draw, project
from phakhi.graph.ingest import ingest_release
from phakhi.graph.read import parse_release


def test_labels_from_release_text_cannot_run_as_html(store, tmp_path):
    hostile = ('นายสมชาย <script>alert(1)</script> ผู้อำนวยการบริษัท <img src=x onerror=alert(2)> จำกัด '
               'ร่วมกับกระทรวงอุตสาหกรรม</script><script>alert(3)</script>')
    ingest_release(store, parse_release(hostile, "hostile.txt"))
    graph = project.build(store)
    page = draw.render(graph, tmp_path / "n.html").read_text(encoding="utf-8")
    # nothing from the release can open or close a tag: the only script tags are the page's own
    assert "<script>alert" not in page and "<img src=x" not in page and "</script><script>alert" not in page
    assert "\\u0026lt;img src=x onerror=alert(2)\\u0026gt;" in page  # the tooltip holds the text, escaped
    assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", page)


def test_focus_view_is_the_neighbourhood(dev_store):
    graph = project.build(dev_store)
    whole = project.view(graph, limit=10)
    assert whole.number_of_nodes() == 10
    unido = project.find_node(graph, "องค์การพัฒนาอุตสาหกรรมแห่งสหประชาชาติ")
    focused = project.view(graph, unido, depth=1)
    assert unido in focused and focused.number_of_nodes() > 1
    assert all(n == unido or focused.has_edge(n, unido) or focused.has_edge(unido, n) for n in focused)
