"""The backlog items reload in a reader task on the demo project: right rows, selection kept, newest read wins."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt

from workbench.backlog import service
from workbench.ops import Changes
from workbench.ui.models.backlog import COLUMNS


def _settle(qtbot: Any, panel: Any) -> None:
    """Wait until no reader is in flight and a read has been shown."""
    qtbot.waitUntil(lambda: panel.reader is None and panel.last_read is not None, timeout=30_000)


@pytest.fixture
def screen(qtbot, make_ctx, demo_project):  # type: ignore[no-untyped-def]
    """The backlog screen on the demo, shown, listening to the app's changes, first read done."""
    from workbench.ui.backlog.screen import BacklogScreen

    ctx = make_ctx(demo_project)
    widget = BacklogScreen(ctx)
    widget.items.show_charts = False
    qtbot.addWidget(widget)
    widget.resize(1440, 900)
    widget.show()
    ctx.changed.connect(widget.refresh)
    widget.ensure_loaded()
    _settle(qtbot, widget.items)
    return widget


def test_first_read_runs_in_a_worker_and_says_loading(qtbot, make_ctx, demo_project) -> None:  # type: ignore[no-untyped-def]
    """While the first read is in flight the count says Loading…; the rows then come from a worker thread."""
    from workbench.ui.backlog.screen import BacklogScreen

    widget = BacklogScreen(make_ctx(demo_project))
    qtbot.addWidget(widget)
    widget.show()
    widget.ensure_loaded()
    panel = widget.items
    assert panel.reader is not None and panel.model.rowCount() == 0
    assert panel.count.text() == "Loading…"
    _settle(qtbot, panel)
    assert panel.last_read.thread_id != threading.get_ident()
    assert [i.id for i in panel.model.items()] == [i.id for i in service.list_items(demo_project)]
    assert "Loading" not in panel.count.text()
    assert panel.current_id() == panel.model.item(0).id and "RICE" in panel.detail.why.text()


def test_a_change_reloads_the_rows_off_the_ui_thread(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    """After an edit and the app's change notice the table shows the saved value, read in a non-main thread."""
    panel = screen.items
    item = panel.model.item(3)
    service.update_items(screen.ctx.project, {item.id: {"owner": "Ольга", "effort": 7.0}})
    screen.ctx.notify(Changes(backlog=True, capabilities=True))
    assert panel.reader is not None  # the UI thread did not read
    _settle(qtbot, panel)
    shown = panel.model.item(panel.model.row_of(item.id))
    assert (shown.owner, shown.effort) == ("Ольга", 7.0)
    assert panel.model.items() == service.list_items(screen.ctx.project)
    assert panel.last_read.thread_id != threading.get_ident()


def test_a_newer_reload_supersedes_one_in_flight(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    """A change made while a reader runs is shown; the older read is never applied over it."""
    panel = screen.items
    item = panel.model.item(0)
    applied: list[Any] = []
    original = panel._apply
    panel._apply = lambda read: (applied.append(read), original(read))
    service.update_items(screen.ctx.project, {item.id: {"owner": "первый"}})
    first = panel.reload()
    service.update_items(screen.ctx.project, {item.id: {"owner": "второй"}})
    assert panel.reload() is first  # still in flight: it is read again when it ends
    _settle(qtbot, panel)
    assert len(applied) == 1
    assert panel.model.item(panel.model.row_of(item.id)).owner == "второй"


def test_selection_current_and_scroll_are_kept(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    """The selected rows, the current item and the scroll position survive a reload after a change."""
    panel = screen.items
    screen.resize(900, 360)  # the table shows fewer rows than there are: it scrolls
    bar = panel.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() >= 3, timeout=10_000)
    ids = [panel.model.item(r).id for r in (5, 6, 7)]
    panel.select_ids(ids, ids[1])
    bar.setValue(3)
    scroll = bar.value()
    assert scroll > 0
    service.update_items(screen.ctx.project, {ids[0]: {"owner": "Ирина"}})
    screen.ctx.notify(Changes(backlog=True))
    _settle(qtbot, panel)
    assert panel.selected_ids() == ids and panel.current_id() == ids[1]
    assert bar.value() == scroll
    assert panel.detail.item is not None and panel.detail.item.id == ids[1]


def test_new_item_is_selected_once_its_reload_is_shown(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+N's new item is current after the reload it set off, though that reload is read in a worker."""
    panel = screen.items
    panel.ask_text = lambda *a, **k: "Новый пункт из теста"
    panel.new_item()
    _settle(qtbot, panel)
    current = panel.model.item(panel.model.row_of(panel.current_id()))
    assert current.title == "Новый пункт из теста"


def test_sorting_is_done_by_the_model_and_kept_on_reload(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    """Sorting by score puts the rows in score order (blanks last) and a reload keeps that order."""
    panel = screen.items
    panel.table.sortByColumn(COLUMNS.index("score"), Qt.SortOrder.DescendingOrder)

    def scores() -> list[float]:
        rows = [panel.model.item(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row())
                for r in range(panel.proxy.rowCount())]
        return [float("-inf") if i.computed_score is None else i.computed_score for i in rows]

    assert scores() == sorted(scores(), reverse=True)
    screen.ctx.notify(Changes(backlog=True))
    _settle(qtbot, panel)
    assert scores() == sorted(scores(), reverse=True)
    panel.table.sortByColumn(COLUMNS.index("position"), Qt.SortOrder.AscendingOrder)
    assert [panel.proxy.index(r, 0).data() for r in range(3)] == [1, 2, 3]


def test_releases_tab_reads_in_a_worker_and_keeps_the_release(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    """The Releases tab reads releases, items and notes in a worker; a change keeps the selected release."""
    from workbench.backlog import releases

    panel = screen.releases
    screen.tabs.setCurrentWidget(panel)
    assert panel.reader is not None
    qtbot.waitUntil(lambda: panel.reader is None and panel.model.rowCount() > 1, timeout=30_000)
    second = panel.model.releases()[1]
    panel._select(second.id)
    qtbot.waitUntil(lambda: panel.notes_task is None and second.name in panel.notes.toMarkdown(), timeout=30_000)
    releases.update_release(screen.ctx.project, second.id, {"notes": "Заметки из теста"})
    screen.ctx.notify(Changes(backlog=True))
    qtbot.waitUntil(lambda: panel.reader is None and "Заметки из теста" in panel.notes.toMarkdown(), timeout=30_000)
    assert panel.current_release_id() == second.id
    assert panel.items_model.items() == service.list_items(screen.ctx.project)


def test_survey_rounds_tab_reads_in_a_worker_and_sorts_answers(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    """The Survey rounds tab reads rounds and answers in a worker; sorting by rating orders the answers."""
    from workbench.ui.models.backlog_lists import ANSWER_COLUMNS

    panel = screen.surveys
    screen.tabs.setCurrentWidget(panel)
    assert panel.reader is not None
    qtbot.waitUntil(lambda: panel.reader is None and panel.answers_model.rowCount() > 0, timeout=30_000)
    view = panel.answers
    view.sortByColumn(ANSWER_COLUMNS.index("rating"), Qt.SortOrder.DescendingOrder)
    column = ANSWER_COLUMNS.index("rating")
    ratings = [view.model().index(r, column).data() for r in range(view.model().rowCount())]
    assert ratings == sorted(ratings, reverse=True) and len(set(ratings)) > 1
    screen.ctx.notify(Changes(surveys=True))
    qtbot.waitUntil(lambda: panel.reader is None, timeout=30_000)
    assert [view.model().index(r, column).data() for r in range(view.model().rowCount())] == ratings


def test_capabilities_tab_reads_in_a_worker_and_keeps_the_current_one(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    """The Capabilities tab reads in a worker; after an edit the edited capability is still current."""
    from workbench.backlog import capabilities
    from workbench.ui.models.backlog_lists import ID_ROLE

    panel = screen.capabilities
    screen.tabs.setCurrentWidget(panel)
    assert panel.reader is not None
    qtbot.waitUntil(lambda: panel.reader is None and panel.model.rowCount() > 2, timeout=30_000)
    cap = panel.model.capability(2)
    panel.select(cap.id)
    capabilities.update_capability(screen.ctx.project, cap.id, {"description": "Описание из теста"})
    screen.ctx.notify(Changes(capabilities=True))
    qtbot.waitUntil(lambda: panel.reader is None, timeout=30_000)
    assert panel.model.capability(panel.model.row_of(cap.id)).description == "Описание из теста"
    assert panel.table.currentIndex().data(ID_ROLE) == cap.id


def test_an_unchanged_chart_is_not_drawn_again_on_reload(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    """A reload that changed nothing of the current item's chart starts no drawing; a survey change redraws it."""
    panel = screen.items
    panel.show_charts = True
    panel.move_current(1)
    qtbot.waitUntil(lambda: not panel.detail.chart.pixmap().isNull() and panel._chart_key is not None,
                    timeout=30_000)
    drawing = panel._chart_task
    screen.ctx.notify(Changes(backlog=True))
    _settle(qtbot, panel)
    assert panel._chart_task is drawing and not panel.detail.chart.pixmap().isNull()
    item = panel.model.item(panel.model.row_of(panel.current_id()))
    service.update_items(screen.ctx.project, {item.id: {"title": item.title + " (новое)"}})
    screen.ctx.notify(Changes(backlog=True))
    _settle(qtbot, panel)
    assert panel._chart_task is not drawing


def test_reader_tasks_do_not_pile_up(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    """Each reload's reader task is deleted once done: the panel does not gather one child per reload."""
    from workbench.ui.tasks import Task

    panel = screen.items
    qtbot.wait(50)
    before = len(panel.findChildren(Task))
    for _ in range(5):
        screen.ctx.notify(Changes(backlog=True))
        _settle(qtbot, panel)
    qtbot.wait(50)
    assert len(panel.findChildren(Task)) <= before
