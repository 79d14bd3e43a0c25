"""benchmarks/scale.py's flatness figures: releases/s and characters/s in each tenth of a run, read from the
progress bar's (time, done, total) readings. The characters line exists because the releases of 2020-2025 are
longer than those of 2016-2020: a fall in releases/s along a v1 + v2 run is partly the text, not the store."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _scale():
    spec = importlib.util.spec_from_file_location("scale_benchmark", ROOT / "benchmarks" / "scale.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_tenth_gives_releases_and_characters_per_second():
    scale = _scale()
    # 20 releases, two a second; the first ten of 100 characters, the last ten of 300
    progress = [(float(t), 2 * t, 20) for t in range(11)]
    sizes = [100] * 10 + [300] * 10
    assert scale.tenths(progress) == [2.0] * 10
    assert scale.tenths(progress, sizes) == [200.0] * 5 + [600.0] * 5


def test_a_tenth_reached_by_a_jump_of_the_bar_counts_the_releases_it_holds():
    scale = _scale()
    progress = [(0.0, 0, 10), (1.0, 3, 10), (4.0, 10, 10)]  # the bar jumps by batches of releases
    rates = scale.tenths(progress, [10] * 10)
    assert len(rates) == 10
    assert rates[0] == 30.0  # 3 releases of 10 characters in the first second
    assert rates[3] == 70 / 3  # the remaining 7 in the next three seconds
    assert rates[1] == rates[2] == 0.0  # tenths the bar passed in the same reading hold no releases of their own


def test_release_sizes_follow_the_reading_order():
    scale = _scale()
    paths = sorted((ROOT / "seeds" / "releases").glob("*.txt"))[:3]
    sizes = scale.release_sizes(paths)
    assert sizes == [len(p.read_bytes().decode("utf-8")) for p in paths]
