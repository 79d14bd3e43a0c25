"""The architecture is checked, not just described: import-linter's contracts (pyproject.toml
[tool.importlinter]) hold for the code as it is, and a module that breaks a layer is caught.

The violation test lints a copy of the package laid out as it installs (phakhi/graph, phakhi/api,
phakhi/ontology) with one import added, so the checkout itself is never modified."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

LINT = Path(sys.executable).with_name("lint-imports")
CONTRACTS = ("The data flows one way", "Storage never imports", "The store is used through its public namespace", "No import cycles")


def _lint(root: Path, env_path: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if env_path is not None:
        env["PYTHONPATH"] = str(env_path)  # ahead of the editable install's finder
    return subprocess.run([str(LINT), "--config", str(REPO / "pyproject.toml"), "--no-cache"], cwd=root,
                          capture_output=True, text=True, timeout=120, env=env)


def _installed_layout(tmp_path: Path) -> Path:
    """The package as the wheel lays it out: phakhi/ with graph/, api/, ontology/ inside."""
    package = tmp_path / "phakhi"
    package.mkdir()
    shutil.copy(REPO / "__init__.py", package / "__init__.py")
    ignore = shutil.ignore_patterns("__pycache__")
    for folder in ("graph", "api", "ontology"):
        shutil.copytree(REPO / folder, package / folder, ignore=ignore)
    return package


def test_contracts_hold_for_the_code():
    result = _lint(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    for name in CONTRACTS:
        assert f"{name}" in result.stdout
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(("module", "line", "contract"), [
    # extraction reaching into storage: a layer broken
    ("graph/extract/persons.py", "from phakhi.graph.store import Store", "The data flows one way"),
    # storage reaching back into extraction
    ("graph/store/dump.py", "from phakhi.graph.extract import pipeline", "Storage never imports"),
    # a view opening a backend module instead of the store's public namespace
    ("graph/views/facts.py", "from phakhi.graph.store.embedded import Store as _Embedded",
     "The store is used through its public namespace"),
    # two modules of one stage importing each other (events already imports organizations)
    ("graph/extract/organizations.py", "from phakhi.graph.extract import events", "No import cycles"),
])
def test_a_module_that_breaks_a_contract_fails(tmp_path, module, line, contract):
    package = _installed_layout(tmp_path)
    clean = _lint(tmp_path, env_path=tmp_path)
    assert clean.returncode == 0, clean.stdout + clean.stderr  # the copy itself is clean: the harness is sound

    target = package / module
    text = target.read_text(encoding="utf-8")
    anchor = "from __future__ import annotations\n"
    assert anchor in text
    target.write_text(text.replace(anchor, anchor + line + "\n", 1), encoding="utf-8")
    broken = _lint(tmp_path, env_path=tmp_path)
    assert broken.returncode != 0
    report = broken.stdout
    assert "1 broken" in report
    broken_section = report[report.index("Broken contracts"):]
    assert contract in broken_section


def test_every_graph_package_says_its_job_and_what_it_may_import():
    for init in sorted((REPO / "graph").glob("*/__init__.py")):
        doc = init.read_text(encoding="utf-8").split('"""')[1]
        assert len(doc.split()) > 15, f"{init.parent.name}: docstring too thin"
        assert "import" in doc.lower(), f"{init.parent.name}: docstring does not say what it may import"


def test_the_dependency_picture_is_current():
    """docs/architecture.dot (rendered as docs/architecture.svg for the README) is generated from the code."""
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "architecture.py"), "--check"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (REPO / "docs" / "architecture.svg").exists()


SOURCES = ("__init__.py", "__main__.py", "graph", "api", "ontology", "scripts", "tests", "benchmarks")


def _pyflakes(*paths: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pyflakes", *map(str, paths)], capture_output=True, text=True,
                          timeout=300)


def test_no_unused_imports_or_undefined_names_anywhere():
    """Dead imports and names that do not exist are what a merge of parallel work leaves behind."""
    result = _pyflakes(*(REPO / name for name in SOURCES))
    assert result.returncode == 0, result.stdout + result.stderr


def test_pyflakes_catches_an_unused_import(tmp_path):
    module = tmp_path / "module.py"
    module.write_text("import json\n", encoding="utf-8")
    result = _pyflakes(module)
    assert result.returncode != 0 and "'json' imported but unused" in result.stdout
