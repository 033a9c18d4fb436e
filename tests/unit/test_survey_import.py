"""Survey rounds from csv/xlsx: matching, all-or-nothing, rescoring and the priority history chart."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.backlog import service, surveys
from workbench.backlog.charts import priority_chart_png
from workbench.errors import InputError


def _partners(project, n: int = 5) -> list[str]:  # type: ignore[no-untyped-def]
    from sqlmodel import select

    from workbench.store import models

    with project.session() as session:
        return list(session.exec(select(models.Partner.name).limit(n)).all())


def _csv(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    text = "Опрос партнёров\n\nПартнёр;Пункт бэклога;Оценка;Комментарий\n"
    text += "".join(";".join(r) + "\n" for r in rows)
    path.write_text(text, encoding="cp1251")
    return path


def test_round_lowers_a_low_rated_item(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Ones from five partners pull an item's impact and score down; the round is listed."""
    service.ensure_scored(demo_project)
    item = next(i for i in service.list_items(demo_project) if i.computed_score and i.evidence_ids)
    names = _partners(demo_project)
    rows = [(name, item.title, "1", "не важно") for name in names]
    report = surveys.import_survey(demo_project, _csv(tmp_path / "s.csv", rows), round_name="Декабрь")
    assert report.imported == 5 and report.matched_items == 5 and not report.unknown_partners
    after = service.get_item(demo_project, item.id)
    assert after.computed_score < item.computed_score
    assert any(r.name == "Декабрь" and r.answers == 5 for r in surveys.list_rounds(demo_project))
    history = surveys.priority_history(demo_project, item.id)
    assert history[0].label == "before surveys" and history[-1].label == "Декабрь"
    assert history[-1].score == after.computed_score


def test_item_matched_by_id_and_by_word_forms(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """'#id' and a title in other word forms both find the item."""
    item = next(i for i in service.list_items(demo_project) if i.title == "Выплаты без минимального порога")
    rows = [("", f"#{item.id}", "5", ""), ("", "выплата без минимальных порогов", "4", "")]
    report = surveys.import_survey(demo_project, _csv(tmp_path / "m.csv", rows), round_name="R")
    assert report.matched_items == 2


def test_bad_rows_refuse_the_file_unless_skipped(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A rating of 9 or an unknown item refuses the file; --skip-invalid keeps the good rows."""
    item = service.list_items(demo_project)[0]
    rows = [("", item.title, "9", ""), ("", "совсем неизвестная вещь xyz", "3", ""), ("", item.title, "4", "")]
    path = _csv(tmp_path / "bad.csv", rows)
    with pytest.raises(InputError, match="2 rows"):
        surveys.import_survey(demo_project, path, round_name="Bad")
    assert not any(r.name == "Bad" for r in surveys.list_rounds(demo_project))
    report = surveys.import_survey(demo_project, path, round_name="Bad", skip_invalid=True)
    assert report.imported == 1 and len(report.problems) == 2


def test_duplicate_round_name_and_delete(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A round name is used once; deleting a round removes it and rescoring follows."""
    item = service.list_items(demo_project)[0]
    path = _csv(tmp_path / "d.csv", [("", item.title, "5", "")])
    report = surveys.import_survey(demo_project, path, round_name="Q1")
    with pytest.raises(InputError):
        surveys.import_survey(demo_project, path, round_name="Q1")
    surveys.delete_round(demo_project, report.round_id)
    assert not any(r.name == "Q1" for r in surveys.list_rounds(demo_project))


def test_xlsx_round(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An xlsx with English headers imports the same way."""
    from openpyxl import Workbook

    item = service.list_items(demo_project)[1]
    wb = Workbook()
    wb.active.append(["Partner", "Item", "Rating", "Comment"])
    wb.active.append([_partners(demo_project, 1)[0], item.title, 4, "=1+1"])
    wb.save(tmp_path / "s.xlsx")
    report = surveys.import_survey(demo_project, tmp_path / "s.xlsx", round_name="X")
    assert report.imported == 1


def test_chart_is_a_png() -> None:
    """The history chart renders off-screen to PNG bytes."""
    data = priority_chart_png([surveys.HistoryPoint("before surveys", 2.0, 1.0, 0.5),
                               surveys.HistoryPoint("Q1", 3.5, 2.0, 0.7)], title="Item")
    assert data.startswith(b"\x89PNG") and len(data) > 2000


def test_unknown_headers_import_with_an_explicit_mapping(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Headers nobody recognises: the preview says what is missing; a mapping makes the import work."""
    from workbench.backlog.imports import preview_table

    item = service.list_items(demo_project)[0]
    path = tmp_path / "odd.csv"
    path.write_text(f"Кто;Что именно;Балл\n;{item.title};4\n", encoding="utf-8")
    preview = preview_table(path, synonyms=surveys.SYNONYMS, required=("subject", "rating"))
    assert set(preview.missing) == {"subject", "rating"} and preview.total_rows == 1
    with pytest.raises(InputError):
        surveys.import_survey(demo_project, path, round_name="Odd")
    report = surveys.import_survey(demo_project, path, round_name="Odd", mapping={"subject": 1, "rating": 2},
                                   header_row=1)
    assert report.imported == 1 and report.matched_items == 1
