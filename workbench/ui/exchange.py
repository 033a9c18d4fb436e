"""File > Import / Export > REFI-QDA Project (.qdpx)…: exchange with QualCoder, NVivo, ATLAS.ti, MAXQDA.

The export runs in the worker process (:func:`workbench.ui.procworker.run_in_worker`), the import in a
worker thread (:func:`workbench.ui.tasks.run_with_progress`), both with a progress dialog and Cancel (a
cancelled export leaves no file, a cancelled import writes nothing). The result goes to the status bar; a refused file
or the parts of a file that could not be imported are shown in a message box.
"""

from __future__ import annotations

import logging
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from workbench.ops import Changes
from workbench.ui.menu_actions import MenuActions
from workbench.ui.procworker import ProcessJob, export_in_worker
from workbench.ui.tasks import Task, TaskState, run_with_progress

log = logging.getLogger(__name__)

IMPORT_CHANGES = Changes(partners=True, segments=True, interviews=True, statements=True)


class QdpxActions(MenuActions):
    """The .qdpx import and export actions of a main window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.task: Task | ProcessJob | None = None
        self.last_result: Any = None
        self.last_error: str | None = None
        self.message_box: QMessageBox | None = None
        self.act_import = self.action("importQdpxAction", self.import_dialog)
        self.act_export = self.action("exportQdpxAction", self.export_dialog)
        self.add_to_menu("menu_import", self.act_import)
        self.add_to_menu("menu_export", self.act_export)
        self.watch_language()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        tip = self.tr("Exchange interviews and their coding with QualCoder, NVivo, ATLAS.ti and MAXQDA")
        for action in (self.act_import, self.act_export):
            action.setText(self.tr("&REFI-QDA Project (.qdpx)…"))
            action.setToolTip(tip)
            action.setStatusTip(tip)

    # ------------------------------------------------------------------ helpers
    def _filter(self) -> str:
        return self.tr("REFI-QDA project (*.qdpx);;All files (*)")

    def _show(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("qdpxMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal, without a nested event loop
        self.message_box = box

    def _failed(self, title: str, message: str) -> None:
        self.task = None
        self.last_error = message
        self._ctx.status.emit(message)
        self._show(QMessageBox.Icon.Warning, title, message)

    # ------------------------------------------------------------------ export
    def export_dialog(self) -> None:
        """Ask where to write the .qdpx, then export."""
        path = self._ctx.project.path
        suggested = self._start_dir() / f"{path.stem if path is not None else 'workbench'}.qdpx"
        chosen, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export REFI-QDA Project"), str(suggested),
                                                self._filter())
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, output: Path) -> Any:
        """Export the project to ``output`` (".qdpx" added when missing) in the worker process."""
        output = Path(output)
        if output.suffix.lower() != ".qdpx":
            output = output.with_name(output.name + ".qdpx")
        title = self.tr("Export REFI-QDA Project")
        self.last_result = self.last_error = None

        def done(written: dict[str, Any]) -> None:
            self.task = None
            summary = SimpleNamespace(**written)
            self.last_result = summary
            self._ctx.status.emit(self.tr("REFI-QDA project saved to %1: %2 interviews, %3 codings, %4 cases")
                                  .replace("%1", str(summary.path)).replace("%2", str(summary.sources))
                                  .replace("%3", str(summary.codings)).replace("%4", str(summary.cases)))

        self.task = export_in_worker(self.window, self.tr("Exporting the REFI-QDA project…"), "qdpx_export",
                                     self._ctx.project.url, output, done, lambda message, *_: self._failed(title, message))
        return self.task

    # ------------------------------------------------------------------ import
    def import_dialog(self) -> None:
        """Ask for a .qdpx file, then import it."""
        chosen, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import REFI-QDA Project"),
                                                str(self._start_dir()), self._filter())
        if chosen:
            self.import_from(Path(chosen))

    def import_from(self, path: Path) -> Task:
        """Import the .qdpx at ``path`` as interviews with statements, in a worker (all or nothing)."""
        project = self._ctx.project
        title = self.tr("Import REFI-QDA Project")
        self.last_result = self.last_error = None

        def work(state: TaskState) -> Any:
            from workbench.interviews.qdpx_import import import_plan, read_qdpx

            plan = read_qdpx(path, progress=state.progress)
            state.check()
            return import_plan(project, plan, file_name=Path(path).name, progress=state.progress)

        def done(report: Any) -> None:
            self.task = None
            self.last_result = report
            self._ctx.notify(IMPORT_CHANGES)
            tagged = sum(report.tagged.values())
            line = (self.tr("Imported %1 interviews with %2 statements (%3 tagged) from %4.")
                    .replace("%1", str(len(report.interview_ids))).replace("%2", str(report.statements))
                    .replace("%3", str(tagged)).replace("%4", report.file))
            partners = (self.tr("Partners: %1 new, %2 already in the project.")
                        .replace("%1", str(report.partners_created)).replace("%2", str(report.partners_matched)))
            self._ctx.status.emit(f"{line} {partners}")
            if report.skipped:
                listed = "\n".join(f"• {s}" for s in report.skipped[:20])
                more = len(report.skipped) - 20
                if more > 0:
                    listed += "\n" + self.tr("…and %1 more.").replace("%1", str(more))
                self._show(QMessageBox.Icon.Information, title, f"{line}\n{partners}\n\n"
                           + self.tr("Not imported:") + f"\n{listed}")

        self.task = run_with_progress(self.window, self.tr("Importing the REFI-QDA project…"), work, done,
                                      lambda message: self._failed(title, message))
        return self.task


def install_qdpx_actions(window: QMainWindow) -> QdpxActions:
    """Add File > Import and File > Export > REFI-QDA Project (.qdpx)… to ``window``."""
    actions = QdpxActions(window)
    window.qdpx_actions = actions  # type: ignore[attr-defined]
    return actions


__all__ = ["QdpxActions", "install_qdpx_actions"]
