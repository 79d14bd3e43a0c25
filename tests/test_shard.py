"""`phakhi ingest --shard I/N`: N processes ingest one corpus into one real Oxigraph server (`oxigraph serve`)
and the server holds exactly what one unsharded process stores; a share killed mid-run and run again
completes without duplicates; bad --shard values are named, not tracebacks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from conftest import REPO, SEEDS, SEEDS_B, run_cli
from phakhi.graph.read import ReadFailure, Shard, ShardError, iter_releases
from test_store_backends import nquads, oxigraph_server

pytestmark = pytest.mark.slow

PHAKHI = Path(sys.executable).with_name("phakhi")
CORPUS = [str(SEEDS), str(SEEDS_B)]


def _names() -> list[str]:
    return [r.name for r in iter_releases(CORPUS) if not isinstance(r, ReadFailure)]


def test_shares_cover_every_release_once_whatever_the_order():
    names = _names() + [f"thaigov/{i}.txt" for i in range(3000)]
    for n in (1, 2, 3, 7):
        shards = [Shard(i, n) for i in range(1, n + 1)]
        owners = [[s for s in shards if s.owns(name)] for name in names]
        assert all(len(o) == 1 for o in owners)
        sizes = [sum(1 for o in owners if o[0] == s) for s in shards]
        assert min(sizes) > 0.8 * len(names) / n  # about equal shares
        # the same name is in the same share in another process with another string-hash seed
        probe = names[:50]
        script = ("import sys; from phakhi.graph.read import Shard; s = Shard(1, %d); "
                  "print(''.join('1' if s.owns(n) else '0' for n in sys.argv[1:]))" % n)
        out = subprocess.run([sys.executable, "-c", script, *probe], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": "12345"}).stdout.strip()
        assert out == "".join("1" if shards[0].owns(name) else "0" for name in probe)


@pytest.mark.parametrize("value, problem", [("0/2", "between 1 and 2"), ("3/2", "between 1 and 2"),
                                            ("x", "expected I/N"), ("1/0", "at least 1"), ("1/2/3", "expected I/N"),
                                            ("-1/2", "expected I/N"), ("", "expected I/N")])
def test_bad_shard_values_are_named(value, problem):
    with pytest.raises(ShardError, match=problem):
        Shard.parse(value)
    result = run_cli("ingest", str(SEEDS / "001.txt"), "--store", ":memory:", "--shard", value)
    assert result.returncode == 2 and "--shard" in result.stderr and problem in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def _ingest(url: str, *flags: str) -> subprocess.Popen:
    return subprocess.Popen([str(PHAKHI), "ingest", *CORPUS, "--store", url, "--workers", "1", *flags],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)


def _finish(process: subprocess.Popen) -> str:
    out, err = process.communicate(timeout=600)
    assert process.returncode == 0, err
    return out


def _release_graphs(url: str) -> int:
    answer = httpx.post(url, data={"query": "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH ?g { ?r a "
                                            "<https://schema.org/NewsArticle> } }"},
                        headers={"Accept": "application/sparql-results+json"}, timeout=30)
    return int(answer.json()["results"]["bindings"][0]["n"]["value"])


@pytest.fixture(scope="module")
def unsharded(tmp_path_factory):
    """The quads of one unsharded process into its own Oxigraph server."""
    with oxigraph_server(tmp_path_factory.mktemp("one"), "--union-default-graph") as url:
        out = _finish(_ingest(url))
        assert f"releases stored: {len(_names())}," in out
        yield nquads(url)


def test_two_shard_processes_store_exactly_what_one_process_stores(tmp_path, unsharded):
    with oxigraph_server(tmp_path / "ox", "--union-default-graph") as url:
        first, second = _ingest(url, "--shard", "1/2"), _ingest(url, "--shard", "2/2")  # at the same time
        outs = [_finish(first), _finish(second)]
        stored = [int(out.split("releases stored: ")[1].split(",")[0]) for out in outs]
        assert sum(stored) == len(_names()) and min(stored) > 0, outs
        assert nquads(url) == unsharded
        # each share run again finds its releases unchanged and stores nothing
        again = _finish(_ingest(url, "--shard", "2/2"))
        assert "releases stored: 0," in again and f"unchanged: {stored[1]}," in again


def test_a_shard_killed_mid_run_and_run_again_completes_without_duplicates(tmp_path, unsharded):
    share = sum(Shard(1, 2).owns(name) for name in _names())
    with oxigraph_server(tmp_path / "ox", "--union-default-graph") as url:
        victim = _ingest(url, "--shard", "1/2")
        deadline = time.monotonic() + 300
        while _release_graphs(url) < 3 and time.monotonic() < deadline and victim.poll() is None:
            time.sleep(0.05)
        victim.send_signal(signal.SIGKILL)
        victim.communicate(timeout=30)
        assert victim.returncode == -signal.SIGKILL
        partial = _release_graphs(url)
        assert 0 < partial < share  # killed mid-run: some of its share stored, not all
        _finish(_ingest(url, "--shard", "2/2"))
        rerun = _finish(_ingest(url, "--shard", "1/2"))
        assert f"releases stored: {share - partial}," in rerun and f"unchanged: {partial}," in rerun
        assert nquads(url) == unsharded  # no duplicates, nothing missing
