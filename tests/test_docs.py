"""The README documents every command and the ontology's data files."""

from conftest import REPO
from phakhi.graph.cli.commands import cli


def test_readme_documents_every_command():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"phakhi {name}" in readme, name


def test_readme_quick_start_has_the_two_commands():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    assert "bash scripts/quickstart.sh" in section and "bash scripts/test.sh" in section
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "scripts/test.sh" in ci
