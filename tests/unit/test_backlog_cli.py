"""The backlog CLI: gap analysis, rescoring, capability and survey imports with clear exit codes."""

from __future__ import annotations

from pathlib import Path

from workbench.backlog import capabilities, service, surveys
from workbench.cli import main
from workbench.store.project import open_project


def test_gaps_twice_creates_nothing_the_second_time(demo_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """`workbench backlog gaps` reports what it proposed; the second run proposes nothing."""
    assert main(["backlog", "gaps", "--db", str(demo_path)]) == 0
    first = capsys.readouterr().out
    assert main(["backlog", "gaps", "--db", str(demo_path)]) == 0
    second = capsys.readouterr().out
    assert "new backlog items proposed" in first and " 0 new backlog items proposed" in second


def test_rescore_switches_framework(demo_path: Path) -> None:
    """`workbench backlog rescore --framework wsjf` stores WSJF scores."""
    assert main(["backlog", "rescore", "--db", str(demo_path), "--framework", "wsjf"]) == 0
    project = open_project(demo_path)
    try:
        assert {i.framework for i in service.list_items(project)} == {"wsjf"}
    finally:
        project.close()


def test_import_capabilities_and_survey(demo_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """Both imports work from the CLI; a bad file exits non-zero with one line and writes nothing."""
    caps_file = tmp_path / "caps.csv"
    caps_file.write_text("Capability;Pillar;Status\nЧат партнёров;operational;partial\n", encoding="utf-8")
    assert main(["import", "capabilities", str(caps_file), "--db", str(demo_path)]) == 0
    project = open_project(demo_path)
    try:
        title = service.list_items(project)[0].title
        assert any(c.name == "Чат партнёров" for c in capabilities.list_capabilities(project))
    finally:
        project.close()
    survey = tmp_path / "s.csv"
    survey.write_text(f"Partner,Item,Rating\n,{title},5\n,{title},11\n", encoding="utf-8")
    assert main(["import", "survey", str(survey), "--db", str(demo_path), "--round", "R1"]) != 0
    assert "cannot be used" in capsys.readouterr().err
    assert main(["import", "survey", str(survey), "--db", str(demo_path), "--round", "R1", "--skip-invalid",
                 "--held-on", "2026-09-30"]) == 0
    project = open_project(demo_path)
    try:
        rounds = [r for r in surveys.list_rounds(project) if r.name == "R1"]
        assert rounds and rounds[0].answers == 1 and rounds[0].held_on is not None
    finally:
        project.close()
