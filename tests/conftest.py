"""Shared fixtures: paths to the shipped seeds and gold, a session store with the whole development set
ingested (read-only for tests), and a helper to extract facts from one Thai sentence."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds" / "releases"
GOLD = REPO / "tests" / "gold"
SEED = SEEDS / "000_73ce324e1ef11c8a.txt"
SEEDS_B = REPO / "seeds" / "releases-b"  # dev-b: 2021-2025 releases kept to check generalisation
GOLD_B = REPO / "tests" / "gold-b"


@pytest.fixture(scope="session")
def dev_store():
    """Every development release ingested into one in-memory store (do not write to it)."""
    from phakhi.graph.ingest import ingest
    from phakhi.graph.store import Store

    store = Store.memory()
    summary = ingest(store, [SEEDS])
    assert not summary.failures
    return store


@pytest.fixture
def store():
    from phakhi.graph.store import Store

    return Store.memory()


@pytest.fixture
def extract_text():
    """Extract from a snippet of release text (plain format, published 2018-10-03 unless given)."""
    from datetime import date

    from phakhi.graph.extract.pipeline import extract
    from phakhi.graph.read import parse_release

    def run(text: str, published: date | None = date(2018, 10, 3), name: str = "snippet.txt"):
        return extract(parse_release(text, name, published=published))

    return run


@pytest.fixture(scope="session")
def extract_candidates():
    """Like extract_text, but without the last stage (the validity model's drop): for tests of where a
    candidate name begins and ends, a decision taken before the model judges whether it is a name at all."""
    from datetime import date

    from phakhi.graph.extract.document import Doc
    from phakhi.graph.extract.pipeline import STAGES
    from phakhi.graph.extract.resolve import resolve
    from phakhi.graph.extract.validity import drop_invalid
    from phakhi.graph.read import parse_release

    def run(text: str, published: date | None = date(2018, 10, 3), name: str = "snippet.txt"):
        doc = Doc.from_release(parse_release(text, name, published=published))
        for stage in STAGES:
            if stage is not drop_invalid:
                stage(doc)
        return resolve(doc)

    return run


def run_cli(*args: str, input: str | None = None, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run the installed `phakhi` command as a user would (a real process)."""
    exe = Path(sys.executable).with_name("phakhi")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "phakhi"]
    return subprocess.run(command + list(args), capture_output=True, text=True, input=input, timeout=timeout,
                          env={**os.environ, **(env or {})}, cwd=REPO)


def load_script(name: str):
    """scripts/<name>.py imported as a module (scripts/ on the path, as when it is run), so tests call the
    mining and reporting scripts' functions."""
    import importlib.util

    folder = str(REPO / "scripts")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_corpus_tar(path, texts: list[str]) -> str:
    """A plain tar of `texts` as releases corpus/0.txt, corpus/1.txt, ... (what the miners read from an archive);
    the same names in two archives are the same releases (a miner's --skip)."""
    with tarfile.open(path, "w") as tar:
        for i, text in enumerate(texts):
            data = text.encode("utf-8")
            info = tarfile.TarInfo(f"corpus/{i}.txt")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return str(path)
