"""The capability inventory: edits with undo values, tolerant import from xlsx/csv."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.backlog import capabilities as caps
from workbench.errors import InputError


def test_create_update_delete_restore(empty_project) -> None:  # type: ignore[no-untyped-def]
    """A capability is created, edited (old values returned), deleted and restored under its id."""
    cap = caps.create_capability(empty_project, name="Партнёрский портал", pillar="operational")
    old = caps.update_capability(empty_project, cap.id, {"status": "partial"})
    assert old == {"status": "missing"}
    snap = caps.delete_capability(empty_project, cap.id)
    assert caps.list_capabilities(empty_project) == []
    caps.create_capability(empty_project, **snap)
    back = caps.list_capabilities(empty_project)[0]
    assert back.id == cap.id and back.status == "partial"
    with pytest.raises(InputError):
        caps.update_capability(empty_project, cap.id, {"status": "maybe"})


def test_import_csv_with_russian_words(empty_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Russian headers and words (Есть / Частично / Нет, Финансы / Продукт) are understood; names update."""
    path = tmp_path / "caps.csv"
    path.write_text("Инвентарь возможностей\n\nВозможность;Опора;Статус;Описание\n"
                    "Выплаты два раза в месяц;Финансовая мотивация;Нет;сейчас раз в месяц\n"
                    "Портал;Операционный сервис;Частично;\n"
                    "Песочница API;Развитие продукта;Есть;=cmd()\n", encoding="cp1251")
    report = caps.import_capabilities(empty_project, path)
    assert len(report.created_ids) == 3
    rows = {c.name: c for c in caps.list_capabilities(empty_project)}
    assert (rows["Портал"].pillar, rows["Портал"].status) == ("operational", "partial")
    assert rows["Песочница API"].description == "=cmd()"
    again = caps.import_capabilities(empty_project, path)
    assert again.created_ids == [] and len(again.updated) == 3
    caps.undo_import(empty_project, report)
    assert caps.list_capabilities(empty_project) == []


def test_import_refuses_unknown_words(empty_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A status nobody understands refuses the file unless skipping is asked for."""
    path = tmp_path / "caps.csv"
    path.write_text("Name,Pillar,Status\nChat,operational,perhaps\nPortal,operational,have\n", encoding="utf-8")
    with pytest.raises(InputError, match="status"):
        caps.import_capabilities(empty_project, path)
    report = caps.import_capabilities(empty_project, path, skip_invalid=True)
    assert len(report.created_ids) == 2 and report.problems


def test_parse_choice() -> None:
    """Negations are missing, not have."""
    assert caps.parse_choice("Не реализовано", caps.STATUS_WORDS) == "missing"
    assert caps.parse_choice("частично", caps.STATUS_WORDS) == "partial"
    assert caps.parse_choice("Product", caps.PILLAR_WORDS) == "product"
