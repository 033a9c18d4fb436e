"""The CLI commands behave exactly as automation relies on, errors included."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.cli import build_parser, main


def _run(*args: str, stdin: str = "", timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "workbench", *args], input=stdin, capture_output=True,
                          text=True, timeout=timeout, env=env)


def test_init_creates_an_empty_project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`workbench init PATH` makes a project whose info reports zero of everything and schema 1+."""
    path = tmp_path / "new.wbp"
    assert main(["init", str(path)]) == 0
    assert path.exists()
    capsys.readouterr()
    assert main(["info", "--db", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    for key in ("segments", "partners", "interviews", "statements", "cards", "backlog_items"):
        assert info[key] == 0
    assert info["schema_version"] >= 1
    assert info["first_interview_id"] is None


def test_init_refuses_an_existing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`workbench init` on an existing file is one error line and a non-zero exit."""
    path = tmp_path / "exists.wbp"
    path.write_text("x")
    assert main(["init", str(path)]) != 0
    err = capsys.readouterr().err
    assert err.startswith("workbench: error:") and "already exists" in err
    assert len(err.strip().splitlines()) == 1


def test_info_json_on_the_demo(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`info --json` prints one JSON object with the counts, the schema version and the first interview."""
    assert main(["info", "--db", str(demo_path), "--json"]) == 0
    out = capsys.readouterr().out
    assert len(out.strip().splitlines()) == 1
    info = json.loads(out)
    assert info["segments"] >= 2 and info["partners"] >= 100
    assert info["interviews"] >= 24 and info["statements"] >= 480
    assert info["cards"] > 0 and info["backlog_items"] >= 10
    assert isinstance(info["first_interview_id"], int)


def test_demo_refuses_to_overwrite_without_force(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`workbench demo PATH` on an existing file needs --force, and leaves the file alone."""
    before = demo_path.read_bytes()
    assert main(["demo", str(demo_path)]) != 0
    assert "--force" in capsys.readouterr().err
    assert demo_path.read_bytes() == before


def test_demo_force_replaces_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`workbench demo PATH --force` replaces whatever was there with the demo."""
    path = tmp_path / "d.wbp"
    path.write_text("old")
    assert main(["demo", str(path), "--force"]) == 0
    capsys.readouterr()
    assert main(["info", "--db", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["partners"] >= 100
    assert not list(tmp_path.glob(".*building*"))


def test_notes_add_acknowledges_each_line_after_commit(demo_path: Path) -> None:
    """`notes add` prints `saved <id>` per line, tags kinds from prefixes in both languages."""
    info = json.loads(_run("info", "--db", str(demo_path), "--json").stdout)
    interview = info["first_interview_id"]
    lines = "боль: комиссию приходится выбивать\nвыгода: выплаты в течение суток\njob: we implement amoCRM\n\nпросто заметка\n"
    result = _run("notes", "add", "--db", str(demo_path), "--interview", str(interview), stdin=lines)
    assert result.returncode == 0, result.stderr
    saved = [int(line.split()[1]) for line in result.stdout.splitlines()]
    assert len(saved) == 4 and all(line.startswith("saved ") for line in result.stdout.splitlines())
    import sqlite3

    with sqlite3.connect(demo_path) as conn:
        rows = conn.execute(
            f"SELECT text, kind, interview_id FROM statement WHERE id IN ({','.join(map(str, saved))}) ORDER BY id"
        ).fetchall()
    assert rows == [
        ("комиссию приходится выбивать", "pain", interview),
        ("выплаты в течение суток", "gain", interview),
        ("we implement amoCRM", "job", interview),
        ("просто заметка", None, interview),
    ]


def test_notes_add_to_a_missing_interview_fails_cleanly(demo_path: Path) -> None:
    """An unknown interview id is one error line, no traceback, nothing written."""
    result = _run("notes", "add", "--db", str(demo_path), "--interview", "999999", stdin="pain: x\n")
    assert result.returncode != 0
    assert "no interview 999999" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_bad_project_paths_are_one_line_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Missing and non-project files give one clear line and a non-zero exit."""
    bad = tmp_path / "bad.wbp"
    bad.write_bytes(b"\x00\x01garbage")
    for db in (str(tmp_path / "missing.wbp"), str(bad)):
        assert main(["info", "--db", db]) != 0
        err = capsys.readouterr().err.strip()
        assert err.startswith("workbench: error:") and "\n" not in err


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    """`--help` works for every registered command and sub-command."""
    def walk(parser, prefix: list[str]):  # type: ignore[no-untyped-def]
        yield prefix
        if parser._subparsers is not None:
            for action in parser._subparsers._group_actions:
                for name, sub in action.choices.items():
                    yield from walk(sub, [*prefix, name])

    commands = [c for c in walk(build_parser(), []) if c]
    assert ["snapshot"] in commands and ["notes", "add"] in commands
    for command in commands:
        with pytest.raises(SystemExit) as exit_info:
            main([*command, "--help"])
        assert exit_info.value.code == 0
        assert "usage:" in capsys.readouterr().out


def test_unknown_command_and_bad_arguments_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    """Usage errors are one line with exit code 2."""
    with pytest.raises(SystemExit) as exit_info:
        main(["frobnicate"])
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["notes", "add", "--db", "x.wbp", "--interview", "abc"])
    assert exit_info.value.code == 2


def test_snapshot_rejects_bad_sizes_and_names(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A malformed --size or output name is refused before any window is made."""
    assert main(["snapshot", "--db", str(demo_path), "--screen", "partners", "-o", "x.png", "--size", "big"]) == 2
    assert "--size" in capsys.readouterr().err
    assert main(["snapshot", "--db", str(demo_path), "--screen", "partners", "-o", "x.jpg"]) == 2
    assert "PNG" in capsys.readouterr().err


def test_snapshot_renders_every_screen_to_png(demo_path: Path, tmp_path: Path) -> None:
    """`workbench snapshot` writes a real PNG of the requested size for each screen, in Russian and English."""
    from PIL import Image

    for screen, lang, size in (("partners", "ru", (1440, 900)), ("interviews", "en", (1024, 700)),
                               ("capture", "ru", (1024, 700)), ("canvas", "ru", (1440, 900)),
                               ("segments", "ru", (1024, 700)), ("backlog", "en", (1440, 900)),
                               ("program", "ru", (1440, 900))):
        out = tmp_path / f"{screen}-{lang}.png"
        result = _run("snapshot", "--db", str(demo_path), "--screen", screen, "-o", str(out), "--lang", lang,
                      "--size", f"{size[0]}x{size[1]}")
        assert result.returncode == 0, result.stderr
        with Image.open(out) as image:
            assert image.size == size
            darkest, lightest = image.convert("L").getextrema()
            assert lightest - darkest > 100  # text on a background, not a blank image


def test_gui_smoke_paints_and_exits_zero(demo_path: Path) -> None:
    """`workbench gui --smoke` exits 0 once the window has painted with the project loaded."""
    result = _run("gui", "--db", str(demo_path), "--smoke")
    assert result.returncode == 0, result.stderr


def test_no_arguments_opens_the_default_demo_project(tmp_path: Path) -> None:
    """`workbench` alone (here with --smoke) creates the demo as the default project on first start."""
    env_home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKBENCH_HOME": str(env_home)}
    result = subprocess.run([sys.executable, "main.py", "--smoke"], capture_output=True, text=True, timeout=180,
                            env=env, cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    projects = list((env_home / "data" / "projects").glob("*.wbp"))
    assert len(projects) == 1
    info = _run("info", "--db", str(projects[0]), "--json")
    assert json.loads(info.stdout)["partners"] >= 100
