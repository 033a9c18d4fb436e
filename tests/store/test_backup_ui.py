"""File > Restore from Backup… and the periodic backup timer, on real projects with real widgets offscreen."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench.interviews.capture import add_statement
from workbench.ops import Changes
from workbench.store.backup import backup_file, list_backups
from workbench.store.project import open_project


def _statements(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM statement").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def ctx(qapp, demo_path: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """An AppContext on a private demo project (English, light theme)."""
    from workbench.settings import Settings
    from workbench.ui import i18n
    from workbench.ui.context import AppContext

    i18n.install_language("en")
    project = open_project(demo_path, lock=True)
    context = AppContext(project, Settings(language="en", theme="light"))
    yield context
    context.project.close()


def test_dialog_lists_backups_with_reason_and_counts(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """The dialog lists every backup, newest first, with its reason in words and its statement count."""
    from workbench.ui.dialogs.restore import RestoreDialog

    backup_file(ctx.project.path, "before-import-partners")
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == len(list_backups(ctx.project.path)) >= 2
    reasons = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert reasons[0] == "Before importing partners"
    assert "When the project was opened" in reasons
    assert model.index(0, 4).data().replace("\u202f", "") == str(_statements(ctx.project.path))
    assert dialog.btn_new.isEnabled() and dialog.btn_replace.isEnabled()


def test_restore_as_new_file_opens_the_copy(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Restoring into a new file leaves the project alone and opens the restored copy."""
    from workbench.ui.dialogs.restore import RestoreDialog

    original = ctx.project.path
    add_statement(ctx.project, interview_id=1, line="pain: after the open backup")
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.view.selectRow(dialog.model.rowCount() - 1)  # the oldest: the open backup
    target = dialog.restore_as_new(tmp_path / "restored.wbp", open_it=True)
    assert target is not None and ctx.project.path == target
    assert _statements(target) == _statements(original) - 1


def test_replace_current_keeps_a_safety_backup_and_clears_undo(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Replacing the project restores the backup in place, after a safety backup that is listed."""
    from PySide6.QtGui import QUndoCommand

    from workbench.ui.dialogs.restore import RestoreDialog

    path = ctx.project.path
    before = _statements(path)
    add_statement(ctx.project, interview_id=1, line="pain: to be undone by the restore")
    ctx.undo_stack.push(QUndoCommand("dummy"))
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.view.selectRow(0)
    safety = dialog.replace_current(confirm=False)
    assert safety is not None and "before-restore" in safety.name
    assert _statements(path) == before
    assert _statements(safety) == before + 1
    assert ctx.undo_stack.count() == 0
    assert "Before a restore" in [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]
    add_statement(ctx.project, interview_id=1, line="job: the restored project works")


def test_back_up_now_adds_a_row(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Back Up Now writes a backup and shows it at the top of the list."""
    from workbench.ui.dialogs.restore import RestoreDialog

    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    rows = dialog.model.rowCount()
    assert dialog.back_up_now() is not None
    assert dialog.model.rowCount() == rows + 1
    assert dialog.model.index(0, 1).data() == "Backed up by hand"


def test_empty_state_when_there_are_no_backups(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Without backups the dialog says where backups come from instead of an empty table."""
    from workbench.ui.dialogs.restore import RestoreDialog

    for backup in list_backups(ctx.project.path):
        backup.path.unlink()
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.stack.currentWidget() is dialog.empty
    assert "No backups yet" in dialog.empty.title.text()
    assert not dialog.btn_replace.isEnabled()


def test_periodic_backup_runs_off_the_ui_thread_only_after_changes(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """The timer backs up a changed project in a worker and does nothing while nothing changes."""
    from workbench.ui.autobackup import AutoBackup

    auto = AutoBackup(ctx, interval_ms=60_000)
    assert auto.tick() is None  # nothing changed yet
    add_statement(ctx.project, interview_id=1, line="gain: changed while the app is open")
    ctx.notify(Changes.everything())
    with qtbot.waitSignal(auto.backed_up, timeout=10_000) as blocker:
        assert auto.tick() is not None
    made = Path(blocker.args[0])
    assert ".periodic.wbk" in made.name and _statements(made) == _statements(ctx.project.path)
    assert auto.tick() is None  # clean again until the next change
    auto.stop()


def test_main_window_has_restore_next_to_save_a_copy(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """File menu: Restore from Backup… follows Save a Copy…; the window holds the project's app lock."""
    from workbench.store.lock import is_locked_elsewhere
    from workbench.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    actions = window.menu_file.actions()
    index = actions.index(window.act_save_copy)
    assert actions[index + 1] is window.act_restore
    assert window.act_restore.text() == "Restore from &Backup…"
    assert ctx.project.lock is not None
    assert not is_locked_elsewhere(ctx.project.path)  # our own lock does not count against us
    window.close()


def test_opening_a_project_locked_by_another_window_keeps_the_current_one(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """File > Open of a project another app instance holds shows the reason and keeps this project open."""
    import shutil
    import subprocess
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from workbench.ui.main_window import MainWindow

    other = tmp_path / "other.wbp"
    shutil.copyfile(ctx.project.path, other)
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys\nfrom workbench.store.project import open_project\n"
        "p = open_project(sys.argv[1], lock=True)\nprint('holding', flush=True)\nsys.stdin.readline()\n"),
        str(other)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    seen: list[str] = []

    def _close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.reject()
        else:
            QTimer.singleShot(50, _close_box)

    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        current = ctx.project
        QTimer.singleShot(50, _close_box)
        assert window.open_project(str(other)) is False
        assert ctx.project is current
        assert seen and "already open in another Workbench window" in seen[0]
    finally:
        holder.kill()
        holder.wait(10)
        window.close()
