"""`workbench classify` and `workbench nlp eval` through the real CLI entry point."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from workbench.cli import main


def test_classify_file_writes_one_json_object_per_statement(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    """Each non-blank line becomes exactly {text, label, score, lang}, in input order; blank lines give nothing."""
    source = tmp_path / "statements.txt"
    lines = [
        "Хотелось бы получать выплаты автоматически",
        "",
        "We have to chase our commission every month.",
        "Созвонимся в четверг",
        "   ",
        "Мы внедряем amoCRM для отделов продаж",
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["classify", str(source)]) == 0
    out = capsys.readouterr().out
    assert "Хотелось" in out  # ensure_ascii=False: Cyrillic is written as is
    rows = [json.loads(line) for line in out.splitlines()]
    assert [list(row) for row in rows] == [["text", "label", "score", "lang"]] * 4
    assert [row["text"] for row in rows] == [line for line in lines if line.strip()]
    assert [row["label"] for row in rows] == ["gain", "pain", "other", "job"]
    assert [row["lang"] for row in rows] == ["ru", "en", "ru", "ru"]
    assert all(isinstance(row["score"], float) and 0 <= row["score"] <= 1 for row in rows)


def test_classify_stdin_with_forced_language(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    """'-' reads standard input; --lang en labels every statement as English."""
    monkeypatch.setattr("sys.stdin", io.StringIO("We want weekly payouts\nНам нужны вебинары\n"))
    assert main(["classify", "--lang", "en", "-"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["lang"] for row in rows] == ["en", "en"]
    assert rows[0]["label"] == "gain"


def test_classify_missing_file_is_one_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    """A missing file gives one error line on stderr, nothing on stdout and a non-zero exit."""
    code = main(["classify", str(tmp_path / "nope.txt")])
    captured = capsys.readouterr()
    assert code != 0
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert "nope.txt" in captured.err and "no such file" in captured.err


def test_classify_rejects_non_utf8(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    """A file that is not UTF-8 is a user error with one line, not a traceback."""
    source = tmp_path / "cp1251.txt"
    source.write_bytes("Хотим выплаты\n".encode("cp1251"))
    assert main(["classify", str(source)]) != 0
    assert "not UTF-8" in capsys.readouterr().err


def test_nlp_eval_prints_per_class_scores(capsys: pytest.CaptureFixture) -> None:
    """`workbench nlp eval` prints precision, recall and F1 per class and the macro-F1 on the dev split."""
    assert main(["nlp", "eval"]) == 0
    out = capsys.readouterr().out
    for label in ("job", "pain", "gain", "other"):
        assert out.count(f"\n{label} ") >= 3 or out.startswith(f"{label} ")
    macro = [float(line.split()[1]) for line in out.splitlines() if line.startswith("macro-F1")]
    assert len(macro) == 3  # ru, en, all
    assert macro[-1] >= 0.85
