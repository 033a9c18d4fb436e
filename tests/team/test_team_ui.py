"""Team mode in the app: the stale-save dialog, the history dialog, live updates, Open Team Project."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tests.team.seed import seed
from workbench.settings import Settings
from workbench.store import models as m
from workbench.store.outbox import Outbox
from workbench.store.project import open_project
from workbench.store.versioning import StaleRecordError, save_versioned
from workbench.ui.context import AppContext
from workbench.ui.dialogs.audit import AuditDialog
from workbench.ui.dialogs.stale import StaleChoice, StaleDialog
from workbench.ui.dialogs.team_open import TeamOpenDialog, build_url
from workbench.ui.remote import RemoteUpdates


@pytest.fixture
def stale_error(pg_project) -> StaleRecordError:
    """A real refusal: boris saved the backlog item's title first, anna's description save is refused."""
    ids = seed(pg_project)
    with pg_project.transaction() as s:
        save_versioned(s, m.BacklogItem, ids.backlog_id, 1, {"title": "Portal for resellers"}, "boris")
    with pg_project.session() as s, pytest.raises(StaleRecordError) as info:
        save_versioned(s, m.BacklogItem, ids.backlog_id, 1, {"title": "Portal", "description": "x"}, "anna")
    return info.value


def test_stale_dialog_shows_who_and_what_and_returns_the_choice(qtbot, stale_error) -> None:
    """The dialog names boris, lists the title with all three values, and Overwrite returns OVERWRITE."""
    dialog = StaleDialog(stale_error)
    qtbot.addWidget(dialog)
    assert "boris" in dialog.summary.text() and "backlog item" in dialog.summary.text()
    model = dialog.model
    row = [model.data(model.index(0, c)) for c in range(4)]
    assert row == ["Title", "Partner portal", "Portal for resellers", "Portal"]
    assert model.rowCount() == 1  # description was not changed by boris
    dialog.overwrite_button.click()
    assert dialog.choice is StaleChoice.OVERWRITE


def test_stale_dialog_hides_keep_both_where_it_makes_no_sense(qtbot, stale_error) -> None:
    """Without a copy option Keep both is hidden; Reload is the default and Escape cancels."""
    dialog = StaleDialog(stale_error, can_keep_both=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.keep_button.isVisible() and dialog.overwrite_button.isVisible()
    assert dialog.reload_button.isDefault()
    dialog.reject()
    assert dialog.choice is StaleChoice.CANCEL


def test_history_dialog_lists_saves_newest_first(qtbot, pg_project) -> None:
    """The audit dialog shows each save with who and 'Field: before → after'; an empty trail says so."""
    from workbench.store.audit import history

    ids = seed(pg_project)
    with pg_project.transaction() as s:
        save_versioned(s, m.Card, ids.card_id, 1, {"title": "Payouts in 60 days"}, "anna")
    with pg_project.transaction() as s:
        save_versioned(s, m.Card, ids.card_id, 2, {"importance": 3}, "boris")
    dialog = AuditDialog(history(pg_project, entity="card", entity_id=ids.card_id), entity="card",
                         title="Slow payouts")
    qtbot.addWidget(dialog)
    model = dialog.model
    assert [model.data(model.index(r, 1)) for r in range(2)] == ["boris", "anna"]
    assert model.data(model.index(1, 3)) == "Title: Slow payouts → Payouts in 60 days"
    assert model.data(model.index(0, 2)) == "edited"
    dialog.search.setText("anna")
    assert dialog.proxy.rowCount() == 1
    empty = AuditDialog([], entity="partner", title="Acme")
    qtbot.addWidget(empty)
    assert empty.stack.currentWidget() is empty.empty


def test_others_changes_reach_the_views_without_restart(qtbot, qapp, pg_project, pg_url) -> None:
    """Boris's commit on the server makes anna's app emit ctx.changed within seconds; her own does not."""
    ctx = AppContext(pg_project, Settings(language="en"))
    remote = RemoteUpdates(ctx, debounce_ms=50)
    remote.start()
    try:
        assert remote.running
        boris = open_project(pg_url, user="boris")
        try:
            with qtbot.waitSignal(ctx.changed, timeout=8000) as blocker:
                with boris.transaction() as s:
                    s.add(m.Segment(name="Agencies"))
            assert blocker.args[0].partners and blocker.args[0].statements
        finally:
            boris.close()
        with qtbot.assertNotEmitted(ctx.changed, wait=800):
            with pg_project.transaction() as s:
                s.add(m.Segment(name="Anna's own"))
    finally:
        remote.stop()
    assert not remote.running


def test_notes_kept_offline_are_sent_when_the_app_connects(qtbot, qapp, pg_project) -> None:
    """A note waiting in the outbox is sent as soon as the app watches the server, and the status says so."""
    ids = seed(pg_project)
    Outbox().put(pg_project.url, interview_id=ids.interview_id, line="typed on the train", user="anna")
    ctx = AppContext(pg_project, Settings(language="en"))
    remote = RemoteUpdates(ctx)
    statuses: list[str] = []
    ctx.status.connect(statuses.append)
    with qtbot.waitSignal(remote.outbox_flushed, timeout=8000) as blocker:
        remote.start()
    remote.stop()
    assert blocker.args[:2] == [1, 0]
    qtbot.waitUntil(lambda: any("1 notes typed offline were sent" in s for s in statuses), timeout=2000)
    with pg_project.session() as s:
        assert [r.text for r in s.exec(m.Statement.__table__.select()).all()] == ["typed on the train"]


def test_project_files_are_not_watched(qapp, empty_project) -> None:
    """A project file (SQLite) starts no watcher thread."""
    remote = RemoteUpdates(AppContext(empty_project, Settings()))
    remote.start()
    assert not remote.running


def test_open_team_project_dialog_builds_the_url(qtbot) -> None:
    """Server, port, database and login make the URL; the password never goes into it; Open needs a database."""
    dialog = TeamOpenDialog(default_user="anna")
    qtbot.addWidget(dialog)
    open_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
    assert not open_button.isEnabled()
    dialog.host_edit.setText("db.example.com")
    dialog.db_edit.setText("partners")
    dialog.password_edit.setText("s3cret")
    assert open_button.isEnabled()
    assert dialog.url() == "postgresql+psycopg://anna@db.example.com:5432/partners"
    dialog.url_edit.setText("postgresql://boris@other/team")
    assert dialog.url() == "postgresql+psycopg://boris@other/team" and not dialog.host_edit.isEnabled()
    assert build_url(host="h", port=5433, database="a b", login="") == "postgresql+psycopg://h:5433/a%20b"


def test_main_window_has_open_team_project_and_watches_a_team_project(qtbot, qapp, pg_project) -> None:
    """File menu lists Open Team Project… after Open Project…; a window on a server watches it until closed."""
    from workbench.ui.main_window import MainWindow

    window = MainWindow(AppContext(pg_project, Settings(language="en")))
    qtbot.addWidget(window)
    texts = [a.text() for a in window.menu_file.actions()]
    assert texts.index("Open &Team Project…") == texts.index("&Open Project…") + 1
    assert window.remote.running
    window.close()
    assert not window.remote.running
