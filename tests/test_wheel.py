"""A clean install: the wheel builds without setuptools warnings, and installed into a fresh virtual environment
outside the checkout it carries its ontology and Thai data, so `phakhi ingest` and `phakhi query` work there.

The fresh environment gets phakhi only from the wheel; its dependencies come from this test run's environment
through a .pth line (a directory added that way is on sys.path, but its own .pth files, such as the editable
install's finder, are not run), so the test needs no package index."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from conftest import REPO, SEED

pytestmark = pytest.mark.slow
SOURCES = ("pyproject.toml", "README.md", "LICENSE", "__init__.py", "__main__.py", "graph", "api", "ontology")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Build from a copy of the sources, so the checkout gets no build/ or egg-info from this test."""
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(REPO / name, source / name)
    out = tmp_path_factory.mktemp("dist")
    # The PEP 517 hook called directly (pip hides a backend's output): what setuptools says while building.
    result = subprocess.run([sys.executable, "-W", "always", "-c",
                             f"from setuptools import build_meta; build_meta.build_wheel({str(out)!r})"],
                            cwd=source, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    build_output = result.stdout + result.stderr
    assert not re.search(r"\w+Warning\b|is absent from the `packages` configuration", build_output), build_output
    (built,) = out.glob("phakhi-*.whl")
    return built


def test_the_wheel_carries_every_module_and_the_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    ontology = sorted((REPO / "ontology").rglob("*")) + sorted((REPO / "api" / "static").iterdir())  # + the query editor
    ontology += sorted((REPO / "graph").rglob("*.js"))  # the network page's script, inlined into every page
    data = [p.relative_to(REPO).as_posix() for p in ontology if p.is_file() and "__pycache__" not in p.parts]
    modules = [p.relative_to(REPO).as_posix() for folder in ("graph", "api") for p in (REPO / folder).rglob("*.py")]
    missing = [name for name in data + modules if f"phakhi/{name}" not in names]
    assert not missing, missing
    assert not any(name.startswith(("phakhi/tests/", "phakhi/seeds/", "phakhi/benchmarks/")) for name in names)


def test_installed_wheel_ingests_and_queries_outside_the_checkout(wheel, tmp_path):
    env_dir = tmp_path / "fresh-env"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(purelib, "test-dependencies.pth").write_text("\n".join(sorted(deps)) + "\n", encoding="utf-8")
    install = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
                              "--no-index", str(wheel)], capture_output=True, text=True, timeout=300)
    assert install.returncode == 0, install.stdout + install.stderr

    work = tmp_path / "elsewhere"
    work.mkdir()
    shutil.copy(SEED, work / SEED.name)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PHAKHI_STORE")}
    env.update(PYTHAINLP_OFFLINE="1", PYTHAINLP_READ_ONLY="1")

    where = subprocess.run([str(python), "-c", "import phakhi; print(phakhi.__file__)"], cwd=work, env=env,
                           capture_output=True, text=True, check=True).stdout.strip()
    assert Path(where).is_relative_to(env_dir), where  # phakhi comes from the wheel, not the checkout

    phakhi = env_dir / "bin" / "phakhi"
    store = work / "store"
    ingest = subprocess.run([str(phakhi), "ingest", SEED.name, "--store", str(store), "--workers", "1"], cwd=work,
                            env=env, capture_output=True, text=True, timeout=300)
    assert ingest.returncode == 0, ingest.stdout + ingest.stderr
    query = subprocess.run([str(phakhi), "query", "--store", str(store), "--format", "json",
                            'SELECT DISTINCT ?name WHERE { ?o a org:Organization ; skos:prefLabel ?name '
                            'FILTER(lang(?name) = "th") }'], cwd=work, env=env, capture_output=True, text=True,
                           timeout=300)
    assert query.returncode == 0, query.stdout + query.stderr
    names = {b["name"]["value"] for b in json.loads(query.stdout)["results"]["bindings"]}
    assert "กรมส่งเสริมอุตสาหกรรม" in names  # the authority file's name for DIP: the ontology data shipped
