import io
import json
import tarfile
from datetime import date

import pytest

from conftest import SEED, SEEDS
from phakhi.graph.read import ReadError, ReadFailure, iter_releases, parse_release, read_bytes


def test_read_thaigov_format_metadata_and_regions():
    release = read_bytes((SEEDS / "027.txt").read_bytes(), "027.txt")
    assert release.title.startswith("ก.อุตสาหกรรม จับมือ UNIDO")
    assert release.published == date(2018, 10, 3)
    assert release.source_url == "https://www.thaigov.go.th/news/contents/details/15842"
    covered = "".join(release.text[s:e] for s, e in release.regions)
    assert "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-" not in covered  # site prefix is boilerplate
    assert "ที่มา :" not in covered  # footer is boilerplate
    assert "วันพุธที่ 3 ตุลาคม 2561" not in covered  # the date line too
    assert covered.count("ก.อุตสาหกรรม จับมือ UNIDO") == 1  # title kept once, its repeat dropped
    assert "นายอุตตม สาวนายน" in covered
    assert release.text.startswith("\ufeff")  # the original text is never rewritten


def test_read_plain_seed_takes_the_dateline():
    release = read_bytes(SEED.read_bytes(), SEED.name)
    assert release.published == date(2018, 10, 3)
    assert release.title is None
    assert release.regions == ((0, len(release.text)),)


def test_read_json_release():
    data = json.dumps({"text": "นายอุตตม สาวนายน รัฐมนตรีว่าการกระทรวงอุตสาหกรรม", "title": "t",
                       "published": "2018-10-03", "source_url": "https://example.org/1"}, ensure_ascii=False)
    release = read_bytes(data.encode(), "r.json")
    assert release.published == date(2018, 10, 3) and release.source_url == "https://example.org/1"


@pytest.mark.parametrize("data, message", [
    (b"", "empty release"),
    (b"  \n\n", "empty release"),
    (b"\xff\xfe\x00\xd8", "invalid UTF-16"),
    (b"abc\xe0\x80def", "not UTF-8"),
    (b"\x00\x01\x02binary", "binary data"),
])
def test_read_bad_input_is_a_clear_error(data, message):
    with pytest.raises(ReadError, match=message):
        read_bytes(data, "bad.txt")


def test_read_utf16_with_bom():
    text = "กระทรวงอุตสาหกรรม"
    assert read_bytes(text.encode("utf-16"), "u16.txt").text == text


def test_read_bad_json_release():
    with pytest.raises(ReadError, match="published"):
        read_bytes(b'{"text": "x", "published": "3 Oct"}', "r.json")
    with pytest.raises(ReadError, match="text"):
        read_bytes(b'[1, 2]', "r.json")


def test_a_json_release_s_error_names_its_file_first_and_its_own_name_after():
    """A JSON release that names itself ("name") is still reported by the file a user can open (hypothesis found
    "ํา: empty release" for r.json: the file was not named at all)."""
    data = json.dumps({"name": "ํา", "text": " \n"}, ensure_ascii=False).encode()
    with pytest.raises(ReadError) as error:
        read_bytes(data, "r.json")
    assert str(error.value) == "r.json: empty release (the release named 'ํา')"
    with pytest.raises(ReadError, match=r"^r\.json: empty release$"):
        read_bytes(b'{"text": ""}', "r.json")


def test_iter_releases_streams_archives_and_reports_failures(tmp_path):
    archive = tmp_path / "corpus.tar.xz"
    with tarfile.open(archive, "w:xz") as tar:
        for name, data in [("a/001.txt", (SEEDS / "001.txt").read_bytes()), ("a/bad.txt", b"\xff\xfe\xfd"),
                           ("a/notes.md", b"ignored")]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("a/link.txt")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        tar.addfile(link)
    items = list(iter_releases([archive, tmp_path / "missing.txt"]))
    releases = [i for i in items if not isinstance(i, ReadFailure)]
    failures = [i for i in items if isinstance(i, ReadFailure)]
    assert [r.name for r in releases] == ["a/001.txt"]
    assert releases[0].published == date(2017, 3, 13)
    assert {f.name.split(":")[-1] for f in failures} == {"a/bad.txt", str(tmp_path / "missing.txt")}


def test_iter_releases_directory_in_order():
    names = [r.name for r in iter_releases([SEEDS])]
    assert names == sorted(names) and len(names) == 39


def test_parse_release_metadata_overrides():
    release = parse_release("ข้อความ", "x.txt", published=date(2020, 1, 2), title="หัวข้อ")
    assert release.published == date(2020, 1, 2) and release.title == "หัวข้อ"


def test_count_releases_says_how_many_iter_releases_yields(tmp_path):
    """The progress bar's total (and so its ETA) comes from count_releases: it must match what is read."""
    import tarfile

    from phakhi.graph.read import count_releases, iter_releases

    archive = tmp_path / "some.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for path in sorted(SEEDS.iterdir())[:5]:
            tar.add(path, arcname=f"releases/{path.name}")
        notes = tmp_path / "notes.md"
        notes.write_text("not a release", encoding="utf-8")
        tar.add(notes, arcname="notes.md")
    paths = [SEEDS, archive, SEEDS / "000_73ce324e1ef11c8a.txt", tmp_path / "missing.txt"]
    assert count_releases(paths) == sum(1 for _ in iter_releases(paths)) == len(list(SEEDS.iterdir())) + 5 + 1 + 1
