"""File > Import / Export > REFI-QDA Project (.qdpx)… in the main window."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest


def _action(menu, name: str):  # type: ignore[no-untyped-def]
    found = [a for a in menu.actions() if a.objectName() == name]
    assert len(found) == 1, f"{name} is not in the menu once"
    return found[0]


def test_export_then_import_through_the_menus(qtbot, demo_window, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Export writes a .qdpx and says so in the status bar; importing it adds the interviews and refreshes."""
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "research"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    statuses: list[str] = []
    demo_window.ctx.status.connect(statuses.append)
    _action(demo_window.menu_export, "exportQdpxAction").trigger()
    actions = demo_window.qdpx_actions
    qtbot.waitUntil(lambda: actions.last_result is not None or actions.last_error is not None, timeout=20_000)
    assert actions.last_error is None
    written = target.with_suffix(".qdpx")
    assert "project.qde" in zipfile.ZipFile(written).namelist()
    assert any(str(written) in s and "29" in s for s in statuses)

    db = Path(str(demo_window.ctx.project.path))
    before = sqlite3.connect(db).execute("SELECT count(*) FROM interview").fetchone()[0]
    changes = []
    demo_window.ctx.changed.connect(changes.append)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(written), "")))
    _action(demo_window.menu_import, "importQdpxAction").trigger()
    qtbot.waitUntil(lambda: actions.last_result is not None or actions.last_error is not None, timeout=30_000)
    assert actions.last_error is None
    after = sqlite3.connect(db).execute("SELECT count(*) FROM interview").fetchone()[0]
    assert after == before + 29
    assert any(c.interviews and c.statements for c in changes)
    assert "Imported 29 interviews" in statuses[-1]


def test_a_bad_file_shows_a_clear_error_and_writes_nothing(qtbot, demo_window, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Importing a file that is not a .qdpx shows one clear message in a box; the project is unchanged."""
    from PySide6.QtWidgets import QFileDialog

    bad = tmp_path / "notes.qdpx"
    bad.write_text("this is not a project")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), "")))
    db = Path(str(demo_window.ctx.project.path))
    before = sqlite3.connect(db).execute("SELECT count(*) FROM statement").fetchone()[0]
    _action(demo_window.menu_import, "importQdpxAction").trigger()
    actions = demo_window.qdpx_actions
    qtbot.waitUntil(lambda: actions.last_error is not None, timeout=20_000)
    assert "not a zip archive" in actions.last_error and "Traceback" not in actions.last_error
    qtbot.waitUntil(lambda: actions.message_box is not None and actions.message_box.isVisible(), timeout=5_000)
    assert "not a zip archive" in actions.message_box.text()
    actions.message_box.close()
    assert sqlite3.connect(db).execute("SELECT count(*) FROM statement").fetchone()[0] == before


def test_actions_follow_the_language(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    """The menu entries are in Russian after switching the language, and back in English."""
    act = _action(demo_window.menu_import, "importQdpxAction")
    assert act.text() == "&REFI-QDA Project (.qdpx)…"
    demo_window.set_language("ru")
    export = _action(demo_window.menu_export, "exportQdpxAction")
    qtbot.waitUntil(lambda: export.text() == "Проект &REFI-QDA (.qdpx)…", timeout=2000)
    assert "MAXQDA" in export.toolTip() and "Обмен" in export.toolTip()
    demo_window.set_language("en")
    qtbot.waitUntil(lambda: act.text() == "&REFI-QDA Project (.qdpx)…", timeout=2000)
