"""Importing partners: tolerant parsing, duplicates, all-or-nothing, the CLI and refused files."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlmodel import select

from workbench.cli import main
from workbench.errors import InputError
from workbench.partners.importer import import_partners, preview_import
from workbench.partners.normalize import clean_website, normalize_name, normalize_website, parse_count
from workbench.store import models

MESSY = [
    ["Партнёры интеграторов на 2025 год", None, None, None, None, None],
    [None, None, None, None, None, None],
    ["Название компании", "Город", "Сайт", "Кол-во сотрудников", "Клиентов", "Контактное лицо", "E-mail"],
    ["ООО «Альфа Интеграция»", " москва ", "alpha-int.ru", "около 40", "1 200", "Иван Петров", "ivan@alpha-int.ru"],
    [None, None, None, None, None, None, None],
    ["Альфа интеграция", "Москва", "https://www.alpha-int.ru/", 40, None, None, None],
    ["Бета  Софт", "Казань", "beta.pro", "50-100", "много", None, None],
    ["=HYPERLINK(\"http://x\")", "Пермь", None, None, None, None, None],
    [None, "Уфа", "ufa.ru", 5, None, None, None],
]


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    for row in wb.active.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"
    wb.save(path)
    return path


def _count(project, model) -> int:  # type: ignore[no-untyped-def]
    with project.session() as session:
        return len(session.exec(select(model)).all())


def test_parse_count_tolerant() -> None:
    """Head-counts as people type them become numbers; nonsense becomes a problem."""
    assert parse_count("около 40") == (40, None)
    assert parse_count("50-100") == (75, None)
    assert parse_count("1 200") == (1200, None)
    assert parse_count("1,5 тыс") == (1500, None)
    assert parse_count(12.0) == (12, None)
    assert parse_count("")[0] is None and parse_count("")[1] is None
    assert parse_count("много")[1]


def test_name_and_site_keys() -> None:
    """Legal forms, quotes, case and ё do not split one partner into two; sites match without scheme/www."""
    assert normalize_name('ООО "Альфа-Интеграция"') == normalize_name("альфа интеграция") == "альфа интеграция"
    assert normalize_name("Ёлка LLC") == "елка"
    assert normalize_website("https://www.Alpha.ru/path") == normalize_website("alpha.ru") == "alpha.ru"
    assert clean_website("alpha.ru") == ("https://alpha.ru", None)
    assert clean_website("не знаю")[1]


def test_all_or_nothing_reports_every_problem(empty_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An invalid row stops the whole import, and every problem is reported with row and column."""
    path = _xlsx(tmp_path / "p.xlsx", MESSY)
    report = import_partners(empty_project, path, segment="amoCRM")
    assert not report.written
    problems = {(p.row, p.column) for p in report.problems}
    assert (7, "Клиентов") in problems and (9, "Название компании") in problems
    assert _count(empty_project, models.Partner) == 0 and _count(empty_project, models.Segment) == 0


def test_skip_invalid_imports_valid_rows_and_dedupes(empty_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """With skip_invalid the valid rows go in once; duplicates and formula text are handled."""
    path = _xlsx(tmp_path / "p.xlsx", MESSY)
    report = import_partners(empty_project, path, segment="amoCRM", skip_invalid=True)
    assert report.written and report.added == 2 and report.segment_created
    assert [d.row for d in report.duplicates] == [6]
    with empty_project.session() as session:
        partners = {p.name: p for p in session.exec(select(models.Partner))}
        contacts = session.exec(select(models.Contact)).all()
    assert partners["ООО «Альфа Интеграция»"].employees == 40
    assert partners["ООО «Альфа Интеграция»"].clients == 1200
    assert partners["ООО «Альфа Интеграция»"].city == "Москва"
    assert partners['=HYPERLINK("http://x")'].website == ""
    assert contacts[0].email == "ivan@alpha-int.ru"
    again = import_partners(empty_project, path, segment="amoCRM", skip_invalid=True)
    assert again.added == 0 and len(again.duplicates) == 3
    assert _count(empty_project, models.Partner) == 2


def test_preview_writes_nothing(empty_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A preview reports mapping and rows but leaves the project unchanged."""
    path = _xlsx(tmp_path / "p.xlsx", MESSY)
    report = preview_import(empty_project, path)
    assert report.header_row == 3 and report.mapping["employees"] == 3
    assert len(report.rows) == 5 and not report.written
    assert _count(empty_project, models.Partner) == 0


def test_broken_file_leaves_project_unchanged(empty_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A zip bomb is refused and nothing is written."""
    good = _xlsx(tmp_path / "g.xlsx", MESSY)
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info.filename, data + (b" " * 50_000_000 if "sheet1" in info.filename else b""))
    with pytest.raises(InputError):
        import_partners(empty_project, bomb, segment="X")
    assert _count(empty_project, models.Segment) == 0


def test_cli_cp1251_csv_json(empty_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The CLI imports a cp1251 CSV, exits 1 when a row is invalid and 0 with --skip-invalid, JSON on request."""
    text = ("Список;;\r\n;;\r\nКомпания;Город;Сотрудников\r\nАльфа;Москва;около 40\r\n;Уфа;5\r\n"
            "Бета;Казань;12\r\n")
    path = tmp_path / "p.csv"
    path.write_bytes(text.encode("cp1251"))
    assert main(["import", "partners", str(path), "--db", str(empty_path), "--segment", "Битрикс24"]) == 1
    err = capsys.readouterr().err
    assert "row 5, column Компания: no company name" in err
    code = main(["import", "partners", str(path), "--db", str(empty_path), "--segment", "Битрикс24",
                 "--skip-invalid", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["added"] == 2 and data["encoding"] == "cp1251"
    assert data["problems"] == [{"row": 5, "column": "Компания", "reason": "no company name"}]
    assert main(["import", "partners", str(path), "--db", str(empty_path), "--segment", "Битрикс24",
                 "--skip-invalid"]) == 0
    assert "imported 0 partners" in capsys.readouterr().out


def test_cli_refuses_not_a_spreadsheet(empty_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A binary file is refused with one line and exit code 2."""
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"\x00\x01garbage" * 100)
    assert main(["import", "partners", str(path), "--db", str(empty_path), "--segment", "S"]) == 2
    assert "not a valid .xlsx" in capsys.readouterr().err
    assert main(["import", "partners", str(path), "--db", str(empty_path), "--segment", "S", "--json"]) == 2
    assert "not a valid .xlsx" in json.loads(capsys.readouterr().out)["error"]


def test_parsers_never_raise_on_any_text() -> None:
    """Whatever a cell holds, the tolerant parsers return a value or a problem, never an exception."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=300, deadline=None)
    @given(st.one_of(st.text(max_size=40), st.integers(), st.floats(allow_nan=False), st.none()))
    def check(value: object) -> None:
        number, problem = parse_count(value)
        assert number is None or number >= 0 or problem
        assert normalize_name(normalize_name(value)) == normalize_name(value)
        clean_website(value)

    check()


def test_cancel_midway_leaves_project_unchanged(empty_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A cancel raised from the progress callback rolls the whole import back."""
    path = tmp_path / "p.csv"
    path.write_text("Компания\n" + "".join(f"Партнёр {i}\n" for i in range(600)), encoding="utf-8")

    class Stop(Exception):
        pass

    def progress(done: int, total: int, _text: str) -> None:
        if done >= 1 and total == 2:
            raise Stop

    with pytest.raises(Stop):
        import_partners(empty_project, path, segment="S", progress=progress)
    assert _count(empty_project, models.Partner) == 0 and _count(empty_project, models.Segment) == 0


def test_undo_import_keeps_a_created_segment_that_is_used_since(empty_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A segment the import created but that has a board by now stays when the import is undone; redo works."""
    from workbench.partners.importer import redo_import, undo_import

    path = tmp_path / "p.csv"
    path.write_text("Компания\nАльфа\nБета\n", encoding="utf-8")
    report = import_partners(empty_project, path, segment="Новый")
    assert report.segment_created and report.segment_id is not None
    with empty_project.transaction() as session:
        session.add(models.Board(segment_id=report.segment_id, title="Доска"))
    undone = undo_import(empty_project, report=report)
    assert undone.segment is None and len(undone.partners) == 2
    with empty_project.session() as session:
        assert session.get(models.Segment, report.segment_id) is not None
        assert session.exec(select(models.Partner)).all() == []
    redo_import(empty_project, undone=undone)
    with empty_project.session() as session:
        assert sorted(p.id for p in session.exec(select(models.Partner))) == sorted(report.added_ids)


def test_redo_import_refuses_when_another_segment_took_its_place(empty_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """If another segment took the freed id after the undo, redo refuses with a message and adds nothing."""
    from workbench.partners.importer import redo_import, undo_import
    from workbench.partners.service import create_segment

    path = tmp_path / "p.csv"
    path.write_text("Компания\nАльфа\n", encoding="utf-8")
    undone = undo_import(empty_project, report=import_partners(empty_project, path, segment="Новый"))
    assert undone.segment is not None and undone.segment["name"] == "Новый"
    create_segment(empty_project, name="Другой")  # takes the freed id
    with pytest.raises(InputError, match="Another segment has taken the place of “Новый”"):
        redo_import(empty_project, undone=undone)
    with empty_project.session() as session:
        assert session.exec(select(models.Partner)).all() == []
