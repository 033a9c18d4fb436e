"""Releases: create, rename, order and delete releases; order their items; preview the release notes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.backlog import releases, service
from workbench.errors import WorkbenchError
from workbench.ops import Changes
from workbench.ui.backlog.reader import ReleasesRead, read_releases
from workbench.ui.context import AppContext
from workbench.ui.errortext import error_text
from workbench.ui.models.backlog import COLUMNS, BacklogFilterProxy, BacklogTableModel
from workbench.ui.models.backlog_lists import ID_ROLE, ReleasesModel
from workbench.ui.models.backlog_program import ui_lang
from workbench.ui.tasks import Reads, Task
from workbench.ui.undo import push

log = logging.getLogger(__name__)
CHANGES = Changes(backlog=True)
SHOWN = ("position", "rank", "title", "status", "effort", "score", "partners")


class ReleasesPanel(QWidget):
    """Releases on the left; the items of the selected one and its notes on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: the reads of the panel: the newest is shown
        self._reads = Reads(self, lambda read: self._apply(read), self.ctx.status.emit, "the releases")
        #: a release to select once the reload on its way is shown
        self._select_after: int | None = None
        #: release notes read since the last reload, by release; the one shown; the notes task in flight
        self._notes: dict[int, str] = {}
        self._notes_shown: int | None = None
        self.notes_task: Task | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(split)
        left = QWidget(split)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(left)
        self.model = ReleasesModel(self)
        self.list = QListView(left)
        self.list.setObjectName("releaseList")
        self.list.setModel(self.model)
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._show_release())
        buttons = QHBoxLayout()
        moves = QHBoxLayout()
        self.add_button = QPushButton(left)
        self.add_button.clicked.connect(self.add_release)
        self.rename_button = QPushButton(left)
        self.rename_button.clicked.connect(self.rename_release)
        self.delete_button = QPushButton(left)
        self.delete_button.clicked.connect(self.delete_release)
        self.up_button = QPushButton("↑", left)
        self.up_button.clicked.connect(lambda: self.move_release(-1))
        self.down_button = QPushButton("↓", left)
        self.down_button.clicked.connect(lambda: self.move_release(1))
        self.date_button = QPushButton(left)
        self.date_button.clicked.connect(self.set_date)
        self.notes_button = QPushButton(left)
        self.notes_button.clicked.connect(self.set_notes)
        for b in (self.add_button, self.rename_button, self.delete_button):
            buttons.addWidget(b)
        for b in (self.up_button, self.down_button, self.date_button, self.notes_button):
            moves.addWidget(b)
        moves.addStretch(1)
        left_layout.addWidget(self.heading)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)
        left_layout.addLayout(moves)
        right = QWidget(split)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.items_label = QLabel(right)
        self.items_label.setWordWrap(True)
        self.items_model = BacklogTableModel(self)
        self.items_model.reorder_handler = self._reorder
        self.items_proxy = BacklogFilterProxy(self)
        self.items_proxy.setSourceModel(self.items_model)
        self.items = QTableView(right)
        self.items.setObjectName("releaseItems")
        self.items.setModel(self.items_proxy)
        self.items.setSortingEnabled(False)
        self.items_proxy.sort(COLUMNS.index("position"))
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.items.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.items.verticalHeader().hide()
        for n, name in enumerate(COLUMNS):
            self.items.setColumnHidden(n, name not in SHOWN)
        self.items.horizontalHeader().setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        for name, width in (("position", 40), ("rank", 52), ("status", 112), ("effort", 64), ("score", 60),
                            ("partners", 78)):
            self.items.setColumnWidth(COLUMNS.index(name), width)
        self.notes_label = QLabel(right)
        self.notes = QTextBrowser(right)
        self.notes.setObjectName("releaseNotes")
        self.export_button = QPushButton(right)
        self.export_button.clicked.connect(self.export_notes)
        right_layout.addWidget(self.items_label)
        right_layout.addWidget(self.items, 3)
        right_layout.addWidget(self.notes_label)
        right_layout.addWidget(self.notes, 2)
        right_layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignRight)
        split.setSizes([320, 900])
        self.act_new = QAction(self)
        self.act_new.setShortcut(QKeySequence("Ctrl+N"))
        self.act_new.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_new.triggered.connect(self.add_release)
        self.addAction(self.act_new)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.list.setAccessibleName(self.tr("Releases"))
        self.items.setAccessibleName(self.tr("Items in the release"))
        self.notes.setAccessibleName(self.tr("Release notes"))
        self.heading.setText(self.tr("Releases, in order"))
        self.add_button.setText(self.tr("New release…"))
        self.rename_button.setText(self.tr("Rename…"))
        self.delete_button.setText(self.tr("Delete"))
        self.up_button.setToolTip(self.tr("Earlier"))
        self.down_button.setToolTip(self.tr("Later"))
        self.date_button.setText(self.tr("Date…"))
        self.notes_button.setText(self.tr("Notes…"))
        self.notes_label.setText(self.tr("Release notes (Markdown)"))
        self.export_button.setText(self.tr("Export release notes…"))
        self.act_new.setText(self.tr("New release"))
        self._show_release()

    # ---------------------------------------------------------------- dialogs (replaced in tests)
    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """Ask for one line of text; None when cancelled."""
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value if ok else None

    def ask_multiline(self, title: str, label: str, text: str = "") -> str | None:
        """Ask for several lines of text; None when cancelled."""
        value, ok = QInputDialog.getMultiLineText(self, title, label, text)
        return value if ok else None

    def show_error(self, message: str) -> None:
        """Tell the user why an action did not happen."""
        QMessageBox.warning(self, self.tr("Releases"), message)

    # ---------------------------------------------------------------- loading
    @property
    def reader(self) -> Task | None:
        """The read on its way, if any."""
        return self._reads.task

    def reload(self, *, wait: bool = False) -> Task | None:
        """Reload releases, items and the selected release's notes in a task, keeping the selected release.

        A reload asked for while a reader runs supersedes it (read once more when it ends). With
        ``wait`` the panel reads here and shows at once. Returns the reader task, or None when read here.
        """
        project, keep, lang = self.ctx.project, self.current_release_id(), ui_lang()
        if self._select_after is not None:
            keep = self._select_after
        if wait:
            self._reads.drop()  # a read on its way is dropped when it ends
            self._apply(read_releases(project, keep, lang))
            return None
        return self._reads.start(lambda: read_releases(project, keep, lang), self.reload)

    def _apply(self, read: ReleasesRead) -> None:
        """Show what was read (the UI thread's part of a reload)."""
        keep = self._select_after if self._select_after is not None else self.current_release_id()
        self._select_after = None
        self._notes = {read.notes_for: read.notes} if read.notes_for is not None else {}
        self._notes_shown = None
        self.notes_task = None  # notes read before these are dropped
        self.model.set_releases(read.releases)
        self.items_model.apply(read.prepared)
        row = next((n for n, r in enumerate(self.model.releases()) if r.id == keep), 0)
        if self.model.rowCount():
            self.list.selectionModel().setCurrentIndex(self.model.index(row, 0),
                                                       QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show_release()

    def current_release_id(self) -> int | None:
        """The selected release."""
        index = self.list.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _show_release(self) -> None:
        release_id = self.current_release_id()
        has = release_id is not None
        for b in (self.rename_button, self.delete_button, self.up_button, self.down_button, self.export_button,
                  self.date_button, self.notes_button):
            b.setEnabled(has)
        self.items_proxy.set_filters(release_id=release_id if has else -1)
        if not has:
            self.items_label.setText(self.tr("No releases yet: add one, then give items a release with R on the "
                                             "Items tab."))
            self.notes.clear()
            return
        name = next(r.name for r in self.model.releases() if r.id == release_id)
        self.items_label.setText(self.tr("Items of %1 (drag to order them)").replace("%1", name))
        if release_id in self._notes:  # read with the releases (valid until the next reload)
            if self._notes_shown != release_id:
                self.notes.setMarkdown(self._notes[release_id])
                self._notes_shown = release_id
            return
        self._notes_shown = None
        self.notes.setPlainText(self.tr("Loading…"))
        project, lang = self.ctx.project, ui_lang()
        task = Task(lambda _state: releases.release_notes(project, release_id, lang=lang), self)

        def done(text: object) -> None:
            task.deleteLater()
            if self.notes_task is task:
                self.notes_task = None
                self._notes[release_id] = str(text)
                if self.current_release_id() == release_id:
                    self._show_release()

        def failed(message: str, _user: bool) -> None:
            task.deleteLater()
            if self.notes_task is task:
                self.notes_task = None
                if self.current_release_id() == release_id:
                    self.notes.setPlainText(message)

        task.finished.connect(done)
        task.failed.connect(failed)
        self.notes_task = task.start()

    # ---------------------------------------------------------------- actions
    def _push(self, text: str, redo: Callable[[], object], undo: Callable[[], object]) -> None:
        push(self.ctx, text, redo, undo, CHANGES)

    def add_release(self) -> None:
        """Add a release at the end."""
        name = self.ask_text(self.tr("New release"), self.tr("Name of the release:"))
        if not name or not name.strip():
            return
        try:
            made = releases.create_release(self.ctx.project, name=name)
        except WorkbenchError as exc:
            self.show_error(error_text(exc))
            return
        holder: dict[str, Any] = {}

        def undo() -> None:
            holder["snap"] = releases.delete_release(self.ctx.project, made.id)

        self._push(self.tr("New release"), lambda: releases.restore_release(self.ctx.project, holder["snap"]), undo)
        if self.reader is None:  # the app's change notice reloads the panel where it is in view
            self.reload()
        self._select(made.id)

    def rename_release(self) -> None:
        """Rename the selected release."""
        release_id = self.current_release_id()
        if release_id is None:
            return
        current = next(r.name for r in self.model.releases() if r.id == release_id)
        name = self.ask_text(self.tr("Rename release"), self.tr("Name of the release:"), current)
        if not name or name.strip() == current:
            return
        try:
            old = releases.update_release(self.ctx.project, release_id, {"name": name})
        except WorkbenchError as exc:
            self.show_error(error_text(exc))
            return
        self._push(self.tr("Rename release"), lambda: releases.update_release(self.ctx.project, release_id,
                                                                               {"name": name}),
                   lambda: releases.update_release(self.ctx.project, release_id, old))

    def _edit(self, release_id: int, fields: dict[str, Any], text: str) -> None:
        try:
            old = releases.update_release(self.ctx.project, release_id, fields)
        except WorkbenchError as exc:
            self.show_error(error_text(exc))
            return
        self._push(text, lambda: releases.update_release(self.ctx.project, release_id, fields),
                   lambda: releases.update_release(self.ctx.project, release_id, old))

    def set_date(self) -> None:
        """Set the target date of the selected release (YYYY-MM-DD; empty clears it)."""
        release_id = self.current_release_id()
        if release_id is None:
            return
        current = next(r.target_date for r in self.model.releases() if r.id == release_id)
        text = self.ask_text(self.tr("Release date"), self.tr("Target date (YYYY-MM-DD, empty for none):"),
                             f"{current:%Y-%m-%d}" if current else "")
        if text is None:
            return
        when = None
        if text.strip():
            try:
                when = datetime.strptime(text.strip(), "%Y-%m-%d").replace(tzinfo=UTC)
            except ValueError:
                self.show_error(self.tr("“%1” is not a date like 2026-03-31.").replace("%1", text.strip()))
                return
        self._edit(release_id, {"target_date": when}, self.tr("Set release date"))

    def set_notes(self) -> None:
        """Edit the notes of the selected release (they open its release notes)."""
        release_id = self.current_release_id()
        if release_id is None:
            return
        current = next(r.notes for r in self.model.releases() if r.id == release_id)
        text = self.ask_multiline(self.tr("Release notes"), self.tr("What this release is about:"), current)
        if text is not None and text != current:
            self._edit(release_id, {"notes": text.strip()}, self.tr("Edit release notes"))

    def delete_release(self) -> None:
        """Delete the selected release; its items stay in the backlog without a release."""
        release_id = self.current_release_id()
        if release_id is None:
            return
        holder = {"snap": releases.delete_release(self.ctx.project, release_id)}

        def redo() -> None:
            holder["snap"] = releases.delete_release(self.ctx.project, release_id)

        self._push(self.tr("Delete release"), redo, lambda: releases.restore_release(self.ctx.project, holder["snap"]))

    def move_release(self, step: int) -> None:
        """Move the selected release earlier or later."""
        rows = self.model.releases()
        at = next((n for n, r in enumerate(rows) if r.id == self.current_release_id()), None)
        if at is None or not (0 <= at + step < len(rows)):
            return
        order = [r.id for r in rows]
        order[at], order[at + step] = order[at + step], order[at]
        before = {r.id: r.position for r in rows}

        def apply(positions: dict[int, int]) -> None:
            for rid, pos in positions.items():
                releases.update_release(self.ctx.project, rid, {"position": pos})

        after = {rid: n for n, rid in enumerate(order)}
        apply(after)
        self._push(self.tr("Reorder releases"), lambda: apply(after), lambda: apply(before))

    def _reorder(self, order: list[int]) -> None:
        previous = service.reorder(self.ctx.project, order)
        self._push(self.tr("Reorder items"), lambda: service.reorder(self.ctx.project, order),
                   lambda: service.reorder(self.ctx.project, previous))

    def _select(self, release_id: int) -> None:
        if self.reader is not None:  # once the reload on its way is shown
            self._select_after = release_id
            return
        for n, r in enumerate(self.model.releases()):
            if r.id == release_id:
                self.list.setCurrentIndex(self.model.index(n, 0))

    def export_notes(self) -> None:
        """Write the selected release's notes as Markdown."""
        release_id = self.current_release_id()
        if release_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export release notes"),
                                              str(Path.home() / "release-notes.md"), "*.md")
        if path:
            self.write_notes(release_id, path)

    def write_notes(self, release_id: int, path: str) -> None:
        """Write one release's notes to ``path`` (atomically)."""
        from workbench.reports.safety import atomic_path

        try:
            with atomic_path(Path(path)) as tmp:
                tmp.write_text(releases.release_notes(self.ctx.project, release_id, lang=ui_lang()), encoding="utf-8")
        except (WorkbenchError, OSError) as exc:
            self.show_error(error_text(exc))
            return
        self.ctx.status.emit(self.tr("Release notes written to %1").replace("%1", path))

    def current_index(self) -> QModelIndex:
        """The selected release's index (for tests)."""
        return self.list.currentIndex()
