"""Actions of the triage table: field edits (for the whole selection), bulk menus, new, delete, reorder, export,
the framework choice and the gap analysis.

A mixin of :class:`~workbench.ui.backlog.items_panel.ItemsPanel`; each action is one service call
and one undo step. Dialogs go through small methods (``ask_text``, ``ask_save_path``,
``show_error``) that tests replace.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

from workbench.backlog import gaps, service
from workbench.errors import WorkbenchError
from workbench.ops import Changes
from workbench.store.enums import BACKLOG_STATUSES, PILLARS
from workbench.ui.backlog.labels import pillar_text, status_text
from workbench.ui.blocking import run_blocking
from workbench.ui.dialogs.audit import add_history_action
from workbench.ui.errortext import error_text
from workbench.ui.models.backlog_program import ui_lang
from workbench.ui.tasks import Task, TaskState
from workbench.ui.undo import EditNotSaved, push, resolve_stale

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableView

    from workbench.ui.context import AppContext
    from workbench.ui.models.backlog import BacklogTableModel

log = logging.getLogger(__name__)
CHANGES = Changes(backlog=True)
FIELD_NAMES = {
    "status": QT_TRANSLATE_NOOP("ItemsPanel", "status"), "effort": QT_TRANSLATE_NOOP("ItemsPanel", "effort"),
    "release_id": QT_TRANSLATE_NOOP("ItemsPanel", "release"), "pillar": QT_TRANSLATE_NOOP("ItemsPanel", "pillar"),
    "owner": QT_TRANSLATE_NOOP("ItemsPanel", "owner"), "title": QT_TRANSLATE_NOOP("ItemsPanel", "title"),
    "manual_rank": QT_TRANSLATE_NOOP("ItemsPanel", "pinned rank"),
    "description": QT_TRANSLATE_NOOP("ItemsPanel", "description"),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate("ItemsPanel", str(text))


class ItemActions:
    """Edits and exports of the backlog items panel."""

    if TYPE_CHECKING:  # provided by ItemsPanel, the QWidget this is mixed into
        ctx: AppContext
        model: BacklogTableModel
        table: QTableView
        banner: QLabel
        framework: QComboBox
        bulk_button: QPushButton
        export_button: QPushButton
        _gap_task: Task

        def selected_ids(self) -> list[int]: ...
        def select_ids(self, ids: list[int], current: int | None = None) -> None: ...
        def current_id(self) -> int | None: ...

    def _w(self) -> QWidget:
        """This panel as the QWidget it is (the parent of dialogs and menus)."""
        return cast(QWidget, self)

    # ---------------------------------------------------------------- dialogs (replaced in tests)
    def show_error(self, message: str) -> None:
        """Tell the user why an action did not happen."""
        QMessageBox.warning(self._w(), QCoreApplication.translate("ItemsPanel", "Backlog"), message)

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """Ask for one line of text; None when cancelled."""
        value, ok = QInputDialog.getText(self._w(), title, label, text=text)
        return value if ok else None

    def ask_multiline(self, title: str, label: str, text: str = "") -> str | None:
        """Ask for several lines of text; None when cancelled."""
        value, ok = QInputDialog.getMultiLineText(self._w(), title, label, text)
        return value if ok else None

    def choose_cards(self, cards: list[tuple[int, str]], checked: list[int]) -> list[int] | None:
        """Let the user tick cards; None when cancelled."""
        from workbench.ui.backlog.cards_dialog import CardsDialog

        dialog = CardsDialog(cards, checked, self._w())
        return dialog.chosen() if dialog.exec() == CardsDialog.DialogCode.Accepted else None

    def ask_number(self, title: str, label: str, value: float = 0.0) -> float | None:
        """Ask for a number; None when cancelled."""
        number, ok = QInputDialog.getDouble(self._w(), title, label, value, 0.0, 10_000.0, 1)
        return number if ok else None

    def ask_save_path(self, title: str, suggested: str, filters: str) -> str | None:
        """Ask where to save; None when cancelled."""
        path, _ = QFileDialog.getSaveFileName(self._w(), title, str(Path.home() / suggested), filters)
        return path or None

    # ---------------------------------------------------------------- undo
    def push(self, text: str, redo: Callable[[], object], undo: Callable[[], object], *, long: bool = False) -> None:
        """Push an action already done as one undo step (``long``: its undo and redo run in a thread)."""
        push(self.ctx, text, redo, undo, CHANGES, long=long)

    # ---------------------------------------------------------------- versions
    def _versions(self, ids: list[int]) -> dict[int, int]:
        """The versions of items as the user sees them (a save over a newer one is refused)."""
        rows = {i: self.model.row_of(i) for i in ids}
        return {i: self.model.item(r).version for i, r in rows.items() if r is not None}

    def _current_record(self) -> tuple[int, str] | None:
        item_id = self.current_id()
        row = self.model.row_of(item_id) if item_id is not None else None
        return None if row is None else (self.model.item(row).id, self.model.item(row).title)

    # ---------------------------------------------------------------- edits
    def edit_field(self, item_id: int, field: str, value: Any) -> bool:
        """An edit from the table: applies to every selected item when the edited one is selected."""
        selected = self.selected_ids()
        ids = selected if item_id in selected and len(selected) > 1 else [item_id]
        return self.apply(ids, {field: value})

    def apply(self, ids: list[int], fields: dict[str, Any]) -> bool:
        """Set fields on items as one undoable step (asks for a reason when rejecting)."""
        if not ids:
            return False
        fields = dict(fields)
        if fields.get("status") == "rejected" and "reject_reason" not in fields:
            reason = self.ask_text(QCoreApplication.translate("ItemsPanel", "Reject"), QCoreApplication.translate("ItemsPanel", "Why are these items rejected?") if len(ids) > 1
                                   else QCoreApplication.translate("ItemsPanel", "Why is this item rejected?"))
            if reason is None or not reason.strip():
                return False
            fields["reject_reason"] = reason.strip()
        changes = {i: dict(fields) for i in ids}
        seen = self._versions(ids)
        try:  # someone saved one of them first: reload, overwrite, keep both
            old = resolve_stale(self.ctx, self._w(), lambda: service.update_items(self.ctx.project, changes, seen))
        except EditNotSaved:
            return False
        except WorkbenchError as exc:
            self.show_error(error_text(exc))
            return False
        name = FIELD_NAMES.get(next(iter(fields)), next(iter(fields)))
        if len(ids) > 1:
            text = QCoreApplication.translate("ItemsPanel", "Set %1 of %2 items").replace("%1", _tr(name)).replace(
                "%2", str(len(ids)))
        else:
            text = QCoreApplication.translate("ItemsPanel", "Set %1").replace("%1", _tr(name))
        self.push(text, lambda: service.update_items(self.ctx.project, changes),
                  lambda: service.update_items(self.ctx.project, old))
        return True

    def edit_description(self) -> None:
        """Edit the current item's description (one undo step)."""
        item_id = self.current_id()
        row = self.model.row_of(item_id) if item_id is not None else None
        if row is None:
            return
        item = self.model.item(row)
        text = self.ask_multiline(QCoreApplication.translate("ItemsPanel", "Description"),
                                  QCoreApplication.translate("ItemsPanel", "Description of #%1:").replace(
                                      "%1", str(item.id)), item.description)
        if text is not None and text != item.description:
            self.apply([item.id], {"description": text.strip()})

    def link_cards(self) -> None:
        """L: choose the cards (and so the evidence) behind the current item; one undo step."""
        from workbench.backlog.capabilities import card_choices

        item_id = self.current_id()
        row = self.model.row_of(item_id) if item_id is not None else None
        if row is None:
            return
        item = self.model.item(row)
        chosen = self.choose_cards(card_choices(self.ctx.project), list(item.card_ids))
        if chosen is None or chosen == list(item.card_ids):
            return
        seen = list(item.card_ids)  # the links as shown: a change someone saved since is asked about
        try:
            previous = resolve_stale(self.ctx, self._w(),
                                     lambda: service.set_item_cards(self.ctx.project, item.id, chosen, seen))
        except EditNotSaved:
            return
        except WorkbenchError as exc:
            self.show_error(error_text(exc))
            return
        self.push(QCoreApplication.translate("ItemsPanel", "Link cards"),
                  lambda: service.set_item_cards(self.ctx.project, item.id, chosen),
                  lambda: service.set_item_cards(self.ctx.project, item.id, previous))

    def reorder(self, order: list[int]) -> None:
        """A drop: the new order of every item, one undo step."""
        moved = self.selected_ids()
        previous = service.reorder(self.ctx.project, order)
        self.push(QCoreApplication.translate("ItemsPanel", "Reorder items"), lambda: service.reorder(self.ctx.project, order),
                  lambda: service.reorder(self.ctx.project, previous))
        self.select_ids(moved)

    def order_by_rank(self) -> None:
        """Put the items in rank order (unranked last), one undo step."""
        items = self.model.items()
        order = [i.id for i in sorted(items, key=lambda i: (i.rank is None, i.rank or 0, i.position))]
        if order == [i.id for i in items]:
            self.ctx.status.emit(QCoreApplication.translate("ItemsPanel", "The items are already in rank order."))
            return
        previous = service.reorder(self.ctx.project, order)
        self.push(QCoreApplication.translate("ItemsPanel", "Order by rank"), lambda: service.reorder(self.ctx.project, order),
                  lambda: service.reorder(self.ctx.project, previous))

    def new_item(self) -> None:
        """Ctrl+N: a new item at the end, one undo step."""
        title = self.ask_text(QCoreApplication.translate("ItemsPanel", "New backlog item"), QCoreApplication.translate("ItemsPanel", "Title:"))
        if title is None or not title.strip():
            return
        try:
            item = service.create_item(self.ctx.project, title=title)
        except WorkbenchError as exc:
            self.show_error(error_text(exc))
            return
        holder: dict[str, Any] = {"snaps": None}

        def undo() -> None:
            holder["snaps"] = service.delete_items(self.ctx.project, [item.id])

        def redo() -> None:
            service.restore_items(self.ctx.project, holder["snaps"] or [])

        self.push(QCoreApplication.translate("ItemsPanel", "New item"), redo, undo)
        self.select_ids([item.id])

    def delete_selected(self) -> None:
        """Delete: remove the selected items (undo puts them back with their links)."""
        ids = self.selected_ids()
        if not ids:
            return
        seen = self._versions(ids)
        try:
            holder = {"snaps": resolve_stale(self.ctx, self._w(), lambda: service.delete_items(self.ctx.project, ids, seen))}
        except EditNotSaved:
            return
        except WorkbenchError as exc:
            self.show_error(error_text(exc))
            return

        def redo() -> None:
            holder["snaps"] = service.delete_items(self.ctx.project, ids)

        self.push(QCoreApplication.translate("ItemsPanel", "Delete %n items").replace("%n", str(len(ids))), redo,
                  lambda: service.restore_items(self.ctx.project, holder["snaps"]))

    # ---------------------------------------------------------------- menus
    def _build_menus(self) -> None:
        self.history_action = add_history_action(self.table, self.ctx, "backlog_item", self._current_record)
        self.bulk_menu = QMenu(self._w())
        self.bulk_status = self.bulk_menu.addMenu("")
        self.bulk_release = self.bulk_menu.addMenu("")
        self.bulk_release.aboutToShow.connect(self._fill_release_menu)
        self.bulk_pillar = self.bulk_menu.addMenu("")
        self.bulk_owner = self.bulk_menu.addAction("", self._bulk_owner)
        self.bulk_effort = self.bulk_menu.addAction("", self._bulk_effort)
        self.bulk_pin = self.bulk_menu.addAction("", self._bulk_pin)
        self.bulk_unpin = self.bulk_menu.addAction("", lambda: self.apply(self.selected_ids(), {"manual_rank": None}))
        self.bulk_menu.addSeparator()
        self.bulk_delete = self.bulk_menu.addAction("", self.delete_selected)
        self.bulk_button.setMenu(self.bulk_menu)
        self.export_menu = QMenu(self._w())
        self.export_actions = {fmt: self.export_menu.addAction("", lambda f=fmt: self.export(f))
                               for fmt in ("xlsx", "csv", "jira", "md")}
        self.export_menu.addSeparator()
        self.export_notes = self.export_menu.addAction("", self.export_release_notes)
        self.export_button.setMenu(self.export_menu)

    def _retranslate_menus(self) -> None:
        self.bulk_status.setTitle(QCoreApplication.translate("ItemsPanel", "Set status"))
        self.bulk_status.clear()
        for status in BACKLOG_STATUSES:
            self.bulk_status.addAction(status_text(status),
                                       lambda s=status: self.apply(self.selected_ids(), {"status": s}))
        self.bulk_release.setTitle(QCoreApplication.translate("ItemsPanel", "Set release"))
        self.bulk_pillar.setTitle(QCoreApplication.translate("ItemsPanel", "Set pillar"))
        self.bulk_pillar.clear()
        for pillar in PILLARS:
            self.bulk_pillar.addAction(pillar_text(pillar),
                                       lambda p=pillar: self.apply(self.selected_ids(), {"pillar": p}))
        self.bulk_owner.setText(QCoreApplication.translate("ItemsPanel", "Set owner…"))
        self.bulk_effort.setText(QCoreApplication.translate("ItemsPanel", "Set effort…"))
        self.bulk_pin.setText(QCoreApplication.translate("ItemsPanel", "Pin rank…"))
        self.bulk_unpin.setText(QCoreApplication.translate("ItemsPanel", "Unpin rank"))
        self.bulk_delete.setText(QCoreApplication.translate("ItemsPanel", "Delete"))
        labels = {"xlsx": QCoreApplication.translate("ItemsPanel", "Excel workbook (.xlsx)…"), "csv": QCoreApplication.translate("ItemsPanel", "CSV (.csv)…"),
                  "jira": QCoreApplication.translate("ItemsPanel", "Jira import CSV…"), "md": QCoreApplication.translate("ItemsPanel", "Markdown (.md)…")}
        for fmt, act in self.export_actions.items():
            act.setText(labels[fmt])
        self.export_notes.setText(QCoreApplication.translate("ItemsPanel", "Release notes (.md)…"))

    def _fill_release_menu(self) -> None:
        self.bulk_release.clear()
        for release_id, name in [(None, QCoreApplication.translate("ItemsPanel", "No release")), *self.model.releases]:
            self.bulk_release.addAction(name, lambda r=release_id: self.apply(self.selected_ids(), {"release_id": r}))

    def _bulk_owner(self) -> None:
        owner = self.ask_text(QCoreApplication.translate("ItemsPanel", "Set owner"), QCoreApplication.translate("ItemsPanel", "Owner of the selected items:"))
        if owner is not None:
            self.apply(self.selected_ids(), {"owner": owner.strip()})

    def _bulk_effort(self) -> None:
        effort = self.ask_number(QCoreApplication.translate("ItemsPanel", "Set effort"), QCoreApplication.translate("ItemsPanel", "Effort (person-weeks) of the selected items:"), 1.0)
        if effort is not None:
            self.apply(self.selected_ids(), {"effort": effort or None})

    def _bulk_pin(self) -> None:
        rank = self.ask_number(QCoreApplication.translate("ItemsPanel", "Pin rank"), QCoreApplication.translate("ItemsPanel", "Rank to pin the selected items at:"), 1.0)
        if rank:
            self.apply(self.selected_ids(), {"manual_rank": int(rank)})

    # ---------------------------------------------------------------- export
    def export(self, fmt: str) -> None:
        """Export the backlog in a worker; the file appears only when complete."""
        suffix = {"jira": "csv"}.get(fmt, fmt)
        path = self.ask_save_path(QCoreApplication.translate("ItemsPanel", "Export the backlog"), f"backlog{'-jira' if fmt == 'jira' else ''}.{suffix}",
                                  f"*.{suffix}")
        if not path:
            return
        try:  # scores made by other formulas are brought up to date here, so that the export only reads
            if service.ensure_scored(self.ctx.project):
                self.ctx.notify(CHANGES)
        except WorkbenchError as exc:
            self.show_error(error_text(exc))
            return
        self.run_job(QCoreApplication.translate("ItemsPanel", "Exporting…"), "backlog_export", Path(path),
                     lambda out: self.ctx.status.emit(QCoreApplication.translate("ItemsPanel", "Exported to %1").replace("%1", str(out))),
                     fmt=fmt)

    def export_release_notes(self) -> None:
        """Write the release notes of every release as Markdown."""
        path = self.ask_save_path(QCoreApplication.translate("ItemsPanel", "Release notes"), "release-notes.md", "*.md")
        if not path:
            return
        from workbench.backlog.releases import release_notes
        from workbench.reports.safety import atomic_path

        try:
            text = release_notes(self.ctx.project, lang=ui_lang())
            with atomic_path(Path(path)) as tmp:
                tmp.write_text(text, encoding="utf-8")
        except (WorkbenchError, OSError) as exc:
            self.show_error(error_text(exc))
            return
        self.ctx.status.emit(QCoreApplication.translate("ItemsPanel", "Exported to %1").replace("%1", path))

    # ---------------------------------------------------------------- framework
    def _framework_chosen(self, _index: int) -> None:
        framework = self.framework.currentData()
        text = QCoreApplication.translate("ItemsPanel", "Prioritise by %1").replace("%1", framework.upper())
        try:  # rescoring every item takes a while on a large backlog: in a thread while the window paints
            old = run_blocking(lambda: service.set_framework(self.ctx.project, framework=framework), text)
        except WorkbenchError as exc:
            self.show_error(error_text(exc))
            return
        if old != framework:
            self.push(text, lambda: service.set_framework(self.ctx.project, framework=framework),
                      lambda: service.set_framework(self.ctx.project, framework=old), long=True)

    def _weighted_chosen(self, checked: bool) -> None:
        text = QCoreApplication.translate("ItemsPanel", "Weight reach by profile score")
        try:
            run_blocking(lambda: service.set_framework(self.ctx.project, weighted=checked), text)
        except WorkbenchError as exc:
            self.show_error(error_text(exc))
            return
        self.push(text, lambda: service.set_framework(self.ctx.project, weighted=checked),
                  lambda: service.set_framework(self.ctx.project, weighted=not checked), long=True)

    # ---------------------------------------------------------------- gap analysis
    def run_gap_analysis(self) -> None:
        """Run the gap analysis in a worker with progress and Cancel; one undo step."""
        project = self.ctx.project

        def work(state: TaskState) -> gaps.GapReport:
            return gaps.run_gap_analysis(project, progress=state.progress)

        self._gap_task = self.run_task(QCoreApplication.translate("ItemsPanel", "Running the gap analysis…"), work, self._gaps_done)

    def run_task(self, title: str, fn: Any, on_done: Any) -> Task:
        """Long work with a progress dialog and Cancel (tests may replace this to run inline)."""
        from workbench.ui.tasks import run_with_progress

        return run_with_progress(self._w(), title, fn, on_done, self.show_error)

    def run_job(self, title: str, name: str, output: Path, on_done: Any, **kwargs: Any) -> Any:
        """A file export in the worker process (openpyxl and matplotlib never stall the window)."""
        from workbench.ui.procworker import export_in_worker

        self._job = export_in_worker(self._w(), title, name, self.ctx.project.url, output, on_done, self.show_error,
                                     **kwargs)
        return self._job

    def _gaps_done(self, report: gaps.GapReport) -> None:
        holder = {"report": report}

        def redo() -> None:
            holder["report"] = gaps.run_gap_analysis(self.ctx.project)

        def undo() -> None:
            gaps.undo_gap_analysis(self.ctx.project, holder["report"])

        self.push(QCoreApplication.translate("ItemsPanel", "Gap analysis"), redo, undo, long=True)
        text = QCoreApplication.translate("ItemsPanel", "Gap analysis: %1 cards examined, %2 covered by capabilities, %3 gaps, %4 new items "
                       "proposed, %5 already in the backlog.")
        for n, value in enumerate((report.examined, report.covered, len(report.gaps), report.created,
                                   report.skipped_existing), start=1):
            text = text.replace(f"%{n}", str(value))
        if report.unmatched:
            text += " " + QCoreApplication.translate("ItemsPanel", "%1 value-map cards match no capability and have no evidence; link them to a "
                                  "capability on the Capabilities tab.").replace("%1", str(len(report.unmatched)))
        self.banner.setText(text)
        self.banner.show()
        self.ctx.status.emit(text)
        if report.created_ids:
            self.select_ids(report.created_ids)
