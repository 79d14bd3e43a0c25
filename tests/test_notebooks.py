"""The exploration notebooks run top to bottom on a fresh kernel and show what they say they show.

Each notebook is executed with nbclient (no Jupyter server) on a kernel that runs this interpreter, in a
temporary working copy (the notebook in `notebooks/`, next to a link to the clone's `seeds/`), so nothing
is written into the repository. The committed notebooks carry no outputs.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO

nbformat = pytest.importorskip("nbformat")
pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

NOTEBOOKS = REPO / "notebooks"
SLICE = REPO / "tests" / "data" / "slice"
NAMES = ["01_tour.ipynb", "02_programs_and_counts.ipynb", "03_actor_network.ipynb", "04_knowledge.ipynb"]
CELL_TIMEOUT = 300  # seconds, per cell; a whole notebook takes well under a minute here


def test_the_notebooks_ship_and_are_described():
    shipped = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))
    assert set(NAMES) <= set(shipped)
    readme = (NOTEBOOKS / "README.md").read_text(encoding="utf-8")
    assert all(name in readme for name in shipped)


@pytest.mark.parametrize("name", sorted({*NAMES, *(p.name for p in NOTEBOOKS.glob("*.ipynb"))}))
def test_committed_notebooks_have_no_outputs(name):
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(notebook)
    assert notebook.metadata.kernelspec.name == "python3"
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{name}: cell {cell.id} has outputs"
        assert not cell.get("attachments"), f"{name}: cell {cell.id} has attachments"
    thai = [c for c in notebook.cells
            if c.cell_type == "markdown" and any("\u0e00" <= ch <= "\u0e7f" for ch in c.source)]
    assert thai, f"{name}: the questions are explained in Thai too"
    assert not any(c.metadata.get("execution") for c in notebook.cells), f"{name}: execution timings left in"


@pytest.fixture(scope="module")
def kernel_dir(tmp_path_factory) -> Path:
    """A kernelspec named python3 that runs exactly this interpreter (the venv's), found before any
    user-level or system python3 kernelspec."""
    root = tmp_path_factory.mktemp("kernels")
    spec = root / "python3"
    spec.mkdir()
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (phakhi tests)", "language": "python",
        "metadata": {"debugger": False}}), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def run(kernel_dir, tmp_path_factory):
    """run(name) -> the executed notebook (executed once per module)."""
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import AsyncKernelManager
    from nbclient import NotebookClient

    done: dict[str, tuple] = {}

    def execute(name: str):
        if name in done:
            return done[name]
        work = tmp_path_factory.mktemp(name.split("_", 1)[0])
        (work / "notebooks").mkdir()
        (work / "seeds").symlink_to(REPO / "seeds", target_is_directory=True)
        (work / "tests" / "data").mkdir(parents=True)  # the corpus slice notebook 04 reads
        (work / "tests" / "data" / "slice").symlink_to(SLICE, target_is_directory=True)
        shutil.copy(NOTEBOOKS / name, work / "notebooks" / name)
        notebook = nbformat.read(work / "notebooks" / name, as_version=4)
        env = {**os.environ, "PYTHAINLP_OFFLINE": "1", "PYTHAINLP_READ_ONLY": "1", "JUPYTER_PLATFORM_DIRS": "1",
               "IPYTHONDIR": str(work / "ipython"),  # IPython's history and profile: not in the user's home
               "PYDEVD_DISABLE_FILE_VALIDATION": "1"}
        env.pop("MPLBACKEND", None)
        specs = KernelSpecManager(kernel_dirs=[str(kernel_dir)])
        km = AsyncKernelManager(kernel_name="python3", kernel_spec_manager=specs,
                                connection_file=str(work / "kernel.json"),
                                transport="ipc", ip=str(work / "ipc"))  # local sockets in the working copy, no TCP port
        assert km.kernel_spec.argv[0] == sys.executable
        client = NotebookClient(notebook, km=km, timeout=CELL_TIMEOUT, kernel_name="python3", allow_errors=False,
                                resources={"metadata": {"path": str(work / "notebooks")}})
        before = snapshot()
        started = time.perf_counter()
        client.execute(env=env, cleanup_kc=True)  # and shut the kernel down: we own it
        seconds = time.perf_counter() - started
        assert snapshot() == before, "running a notebook changed files in the repository's notebooks/, seeds/ or slice"
        done[name] = (notebook, seconds, work)
        return done[name]

    return execute


def snapshot() -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns)
            for folder in (NOTEBOOKS, REPO / "seeds", SLICE) for p in folder.rglob("*") if p.is_file()}


def tagged(notebook, tag: str):
    cells = [c for c in notebook.cells if tag in c.metadata.get("tags", [])]
    assert len(cells) == 1, f"one cell tagged {tag!r}"
    return cells[0]


def text(cell) -> str:
    """Everything a cell showed, as text (streams, plain and HTML representations)."""
    parts = []
    for output in cell.outputs:
        assert output.output_type != "error", output
        if output.output_type == "stream":
            parts.append(output.text)
        else:
            data = output.get("data", {})
            parts += [data.get("text/plain", ""), data.get("text/html", "")]
    return "\n".join(parts)


def assert_ran(notebook, work: Path):
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.execution_count is not None, f"cell {cell.id} did not run"
            assert all(o.output_type != "error" for o in cell.outputs), cell.id
    # the notebook wrote nothing next to itself (network pages go to a temporary directory)
    assert len(list((work / "notebooks").iterdir())) == 1


@pytest.mark.slow
def test_tour_answers_the_analysts_questions(run):
    notebook, seconds, work = run("01_tour.ipynb")
    assert_ran(notebook, work)
    assert "39 releases read from" in text(tagged(notebook, "setup"))
    uttama = text(tagged(notebook, "posts-uttama"))
    assert "อุตตม สาวนายน" in uttama and "รัฐมนตรีว่าการ" in uttama and "กระทรวงอุตสาหกรรม" in uttama
    assert "2018-10-03" in uttama and "027.txt" in uttama
    assert "อุตตม สาวนายน" in text(tagged(notebook, "since"))
    assert "องค์การพัฒนาอุตสาหกรรมแห่งสหประชาชาติ" in text(tagged(notebook, "unido"))
    green = text(tagged(notebook, "green"))
    assert "34000" in green and "33757" in green and "more-than" in green
    signings = text(tagged(notebook, "signings"))
    assert "สภาอุตสาหกรรมแห่งประเทศไทย" in signings and "องค์การพัฒนาอุตสาหกรรมแห่งสหประชาชาติ" in signings
    assert "องค์การพัฒนาอุตสาหกรรมแห่งสหประชาชาติ" in text(tagged(notebook, "fti"))
    traced = text(tagged(notebook, "trace-check"))
    # the quote cut out of the original file by its offsets, in both versions of the conference release
    assert "【ที่ในปัจจุบันมีโรงงานอุตสาหกรรมกว่า 34,000 โรง】" in traced  # 027.txt
    assert "【ที่ปัจจุบันมีโรงงานอุตสาหกรรมกว่า 34,000 กิจการ】" in traced  # the DIP seed
    assert "thaigov.go.th" in traced
    assert "รัฐมนตรีว่าการ" in text(tagged(notebook, "trace-post"))
    print(f"01_tour: {seconds:.1f}s")


@pytest.mark.slow
def test_programs_and_counts_draws_charts(run):
    notebook, seconds, work = run("02_programs_and_counts.ipynb")
    assert_ran(notebook, work)
    for tag in ("chart-green", "chart-timeline", "chart-baht"):
        images = [o for o in tagged(notebook, tag).outputs if "image/png" in o.get("data", {})]
        assert len(images) == 1, f"{tag}: one chart"
        assert len(images[0]["data"]["image/png"]) > 5_000  # a real picture, not an empty canvas
    green = text(tagged(notebook, "green"))
    assert "33,757" in green and "34,000" in green and "more-than" in green
    if "None" not in text(tagged(notebook, "fonts")):  # a Thai font is installed: no label drawn as boxes
        assert "Glyph" not in text(tagged(notebook, "chart-green")) + text(tagged(notebook, "chart-timeline"))
    print(f"02_programs_and_counts: {seconds:.1f}s")


@pytest.mark.slow
def test_actor_network_measures_and_draws(run):
    notebook, seconds, work = run("03_actor_network.ipynb")
    assert_ran(notebook, work)
    centrality = text(tagged(notebook, "centrality"))
    assert "กระทรวงอุตสาหกรรม" in centrality and "betweenness" in centrality
    assert centrality.count("<tr>") >= 10  # a table of actors, not an empty frame
    assert "องค์การพัฒนาอุตสาหกรรมแห่งสหประชาชาติ" in text(tagged(notebook, "bridges"))
    assert "InternationalOrganization" in text(tagged(notebook, "by-type"))
    assert "modularity" in text(tagged(notebook, "communities"))
    page = text(tagged(notebook, "pyvis"))
    assert "<iframe" in page and "vis-network" in page and "องค์การพัฒนาอุตสาหกรรมแห่งสหประชาชาติ" in page
    assert "https://cdn" not in page and "src=&quot;http" not in page
    print(f"03_actor_network: {seconds:.1f}s")


@pytest.mark.slow
def test_knowledge_draws_a_count_series_from_the_slice(run):
    notebook, seconds, work = run("04_knowledge.ipynb")
    assert_ran(notebook, work)
    assert f"{len(list((SLICE / 'releases').glob('*.txt')))} releases read from" in text(tagged(notebook, "setup"))
    linked = text(tagged(notebook, "linked"))
    assert "หนึ่งตำบล หนึ่งผลิตภัณฑ์" in linked and "<tr>" in linked
    assert "figures about OTOP from" in text(tagged(notebook, "series"))
    assert "บาท" in text(tagged(notebook, "series")) and "<tr>" in text(tagged(notebook, "series-baht"))
    images = [o for o in tagged(notebook, "chart-series").outputs if "image/png" in o.get("data", {})]
    assert len(images) == 1 and len(images[0]["data"]["image/png"]) > 5_000  # a real picture
    cube = text(tagged(notebook, "datacube"))
    assert "structure defined: True" in cube and "(บาท)" in cube
    assert text(tagged(notebook, "succession")).strip()  # the Gantt, or the note that it is skipped
    print(f"04_knowledge: {seconds:.1f}s")
