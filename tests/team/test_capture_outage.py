"""Capture during an outage of the team server: lines are kept locally, shown so, and sent when it is back.

The test stops its own PostgreSQL server (``pg_ctl stop -m immediate``) while someone types and
starts it again; nothing typed is lost, nothing is sent twice, and the order is kept.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.team.seed import seed
from workbench.interviews import statements as st_service
from workbench.settings import Settings
from workbench.store.outbox import Outbox
from workbench.store.project import create_project
from workbench.ui.capture import writer as writer_module
from workbench.ui.capture.delegate import saved_mark
from workbench.ui.context import AppContext


@pytest.fixture
def outage(pg_cluster, monkeypatch):  # type: ignore[no-untyped-def]
    """(cluster, project as anna, seeded ids) on a private server the test may stop; quick outbox retries."""
    monkeypatch.setattr(writer_module, "RETRY_SECONDS", 0.3)
    url = pg_cluster.server.create_database("wb_outage")
    project = create_project(url, user="anna")
    ids = seed(project)
    yield pg_cluster, project, ids
    project.close()


def _texts(project, interview_id: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.text for s in st_service.list_statements(project, interview_id=interview_id)]


def test_writer_keeps_lines_during_an_outage_and_sends_them_in_order(qtbot, qapp, outage, tmp_path) -> None:
    """Server down: lines are kept in the outbox (never reported saved); back up: all are sent once, in order."""
    cluster, project, ids = outage
    outbox = Outbox(tmp_path / "outbox.sqlite")
    writer = writer_module.CaptureWriter(project, outbox=outbox)
    saved: list[int] = []
    kept: list[tuple[int, str]] = []
    writer.saved.connect(lambda token, _read: saved.append(token))
    writer.kept_locally.connect(lambda token, message: kept.append((token, message)))
    try:
        writer.submit(writer_module.LineJob(1, ids.interview_id, "before the outage"))
        qtbot.waitUntil(lambda: saved == [1], timeout=10_000)
        cluster.stop()
        for token in (2, 3, 4):
            writer.submit(writer_module.LineJob(token, ids.interview_id, f"offline line {token}"))
        qtbot.waitUntil(lambda: len(kept) == 3, timeout=30_000)
        assert [t for t, _m in kept] == [2, 3, 4] and saved == [1]
        assert "kept on this computer" in kept[0][1]
        assert [n.line for n in outbox.pending(project.url)] == ["offline line 2", "offline line 3", "offline line 4"]
        cluster.start()
        qtbot.waitUntil(lambda: saved == [1, 2, 3, 4], timeout=30_000)
        writer.submit(writer_module.LineJob(5, ids.interview_id, "after the outage"))
        qtbot.waitUntil(lambda: saved[-1] == 5, timeout=10_000)
    finally:
        writer.stop()
    assert outbox.count(project.url) == 0
    assert _texts(project, ids.interview_id) == ["before the outage", "offline line 2", "offline line 3",
                                                 "offline line 4", "after the outage"]


def test_capture_screen_shows_kept_locally_not_saved(qtbot, qapp, outage) -> None:
    """In capture, a line typed while the server is down is marked 'kept locally' (not '✓ saved') until sent."""
    from workbench.ui.capture.screen import CaptureScreen

    cluster, project, ids = outage
    ctx = AppContext(project, Settings(language="en", theme="light", user_name="anna"))
    screen = CaptureScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    screen.show()
    screen.ensure_loaded()
    screen.open_item(ids.interview_id)
    try:
        cluster.stop()
        qtbot.keyClicks(screen.editor, "pricing is too high for small teams")
        qtbot.keyClick(screen.editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: screen.model.rows() and screen.model.rows()[-1].error != "", timeout=30_000)
        row = screen.model.rows()[-1]
        assert not row.saved and saved_mark(row).endswith("kept locally")
        assert "wait for the team server" in screen.save_state.text()
        cluster.start()
        qtbot.waitUntil(lambda: screen.model.rows()[-1].saved, timeout=30_000)
        assert saved_mark(screen.model.rows()[-1]).startswith("✓")
        assert screen.save_state.text() != "" and "kept" not in screen.save_state.text()
    finally:
        screen.shutdown()
    assert _texts(project, ids.interview_id) == ["pricing is too high for small teams"]


def test_an_edit_during_an_outage_is_refused_plainly(qtbot, qapp, outage) -> None:
    """Editing a backlog item while the server is down says so in one sentence; nothing is pushed to undo."""
    from workbench.ui.backlog.screen import BacklogScreen

    cluster, project, ids = outage
    ctx = AppContext(project, Settings(language="en", theme="light", user_name="anna"))
    screen = BacklogScreen(ctx)
    screen.items.show_charts = False
    qtbot.addWidget(screen)
    screen.ensure_loaded()
    errors: list[str] = []
    screen.items.show_error = errors.append  # the message box, collected
    cluster.stop()
    try:
        assert not screen.items.apply([ids.backlog_id], {"title": "Reseller portal"})
    finally:
        cluster.start()
    assert len(errors) == 1 and errors[0].startswith("Cannot reach the team server at 127.0.0.1")
    assert "Traceback" not in errors[0] and ctx.undo_stack.count() == 0
    assert screen.items.apply([ids.backlog_id], {"title": "Reseller portal"})  # back up: the same edit saves


def test_lines_left_in_the_outbox_by_an_earlier_session_show_and_are_sent(qtbot, qapp, outage, monkeypatch) -> None:
    """Lines kept before the app closed show as kept when the interview reopens; the next Enter sends them first."""
    from workbench.ui.capture.screen import CaptureScreen

    _cluster, project, ids = outage
    monkeypatch.setattr(writer_module, "RETRY_SECONDS", 60.0)  # no timed retry during the test: Enter sends them
    Outbox().put(project.url, interview_id=ids.interview_id, line="pain: typed before the crash", user="anna")
    ctx = AppContext(project, Settings(language="en", theme="light", user_name="anna"))
    screen = CaptureScreen(ctx)
    qtbot.addWidget(screen)
    screen.ensure_loaded()
    screen.open_item(ids.interview_id)
    try:
        rows = screen.model.rows()
        assert [(r.text, r.kind, r.saved) for r in rows] == [("typed before the crash", "pain", False)]
        assert saved_mark(rows[0]).endswith("kept locally")
        assert "1 line(s) wait for the team server" in screen.save_state.text()
        qtbot.keyClicks(screen.editor, "typed after the restart")
        qtbot.keyClick(screen.editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: all(r.saved for r in screen.model.rows()), timeout=30_000)
        assert [r.text for r in screen.model.rows()] == ["typed before the crash", "typed after the restart"]
    finally:
        screen.shutdown()
    assert _texts(project, ids.interview_id) == ["typed before the crash", "typed after the restart"]
    assert Outbox().count(project.url) == 0
