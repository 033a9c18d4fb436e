"""File > Export: the VPC workbook, the charts and the segment briefs, run in the worker process.

Each export asks where to write, then runs in :mod:`workbench.ui.procworker` (openpyxl and
matplotlib would freeze the window in a thread) with a progress dialog that has Cancel. The worker
process is started once the window has painted, so it costs nothing at start-up.
"""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from workbench.ui import i18n
from workbench.ui.errortext import error_text
from workbench.ui.menu_actions import MenuActions
from workbench.ui.procworker import (
    ProcessJob,
    ProcessWorker,
    WorkerError,
    run_in_worker,
    shared_worker,
    temp_glob,
)

log = logging.getLogger(__name__)

#: after the first paint, wait this long before starting the worker (let the first screen settle)
START_WORKER_AFTER_MS = 400


def _available(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


class ExportActions(MenuActions):
    """The export actions of a main window and what they run."""

    def __init__(self, window: QMainWindow, worker: ProcessWorker | None = None) -> None:
        super().__init__(window)
        self.worker = worker or shared_worker()
        self.job: ProcessJob | None = None
        self.last_result: object = None
        self.last_error: str | None = None
        self.act_vpc = self.action("exportVpcWorkbookAction", self.export_vpc_dialog)
        self.act_charts = self.action("exportChartsAction", self.export_charts_dialog)
        self.act_charts.setEnabled(_available("workbench.reports.charts"))
        self.act_briefs = self.action("exportBriefsAction", self.export_briefs_dialog)
        self.act_briefs.setEnabled(_available("workbench.reports.brief"))
        self.add_to_menu("menu_export", self.act_vpc, self.act_charts, self.act_briefs)
        self.error_box: QMessageBox | None = None
        self.watch_language()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.act_vpc.setText(self.tr("&VPC Workbook (.xlsx)…"))
        self.act_charts.setText(self.tr("&Charts…"))
        self.act_briefs.setText(self.tr("Segment &Briefs (PDF)…"))
        if not self.act_charts.isEnabled():
            self.act_charts.setToolTip(self.tr("Not available in this version"))
        if not self.act_briefs.isEnabled():
            self.act_briefs.setToolTip(self.tr("Not available in this version"))

    # ------------------------------------------------------------------ helpers
    def _lang(self) -> str:
        return i18n.resolve_language(self._ctx.settings.language)

    def _stem(self) -> str:
        path = self._ctx.project.path
        return path.stem if path is not None else "workbench"

    def _run(self, title: str, name: str, output: Path, done_message: str, temp_globs: tuple[Path, ...]) -> ProcessJob | None:
        self.last_result = self.last_error = None

        def done(result: object) -> None:
            self.job = None
            self.last_result = result
            self._ctx.status.emit(done_message.replace("%1", str(output)))

        def failed(message: str) -> None:
            self.job = None
            self.last_error = message
            box = QMessageBox(QMessageBox.Icon.Warning, title, self.tr("The export failed: %1").replace("%1", message),
                              QMessageBox.StandardButton.Ok, self.window)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # window-modal, without a nested event loop
            self.error_box = box

        try:
            self.job = run_in_worker(self.window, title, name, done, failed, worker=self.worker,
                                     temp_globs=temp_globs, db=self._ctx.project.url, output=str(output),
                                     lang=self._lang())
        except WorkerError as exc:
            failed(error_text(exc))
            return None
        self.job.cancelled.connect(lambda: setattr(self, "job", None))
        return self.job

    # ------------------------------------------------------------------ the exports
    def export_vpc(self, output: Path) -> ProcessJob | None:
        """Write the VPC workbook to ``output`` in the worker process."""
        output = Path(output)
        if output.suffix.lower() != ".xlsx":
            output = output.with_name(output.name + ".xlsx")
        return self._run(self.tr("Exporting the VPC workbook…"), "vpc_workbook", output,
                         self.tr("VPC workbook saved to %1"), (temp_glob(output),))

    def export_charts(self, folder: Path) -> ProcessJob | None:
        """Write the charts (PNG and SVG) into ``folder`` in the worker process."""
        folder = Path(folder)
        return self._run(self.tr("Exporting charts…"), "charts", folder, self.tr("Charts saved to %1"),
                         (folder / ".*.part",))

    def export_briefs(self, folder: Path) -> ProcessJob | None:
        """Write one PDF brief per segment into ``folder`` in the worker process."""
        folder = Path(folder)
        return self._run(self.tr("Exporting segment briefs…"), "briefs", folder,
                         self.tr("Segment briefs saved to %1"), (folder / ".*.part",))

    def export_vpc_dialog(self) -> None:
        """File > Export > VPC Workbook…: ask for the file, then export."""
        suggested = self._start_dir() / f"{self._stem()}-vpc.xlsx"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export VPC Workbook"), str(suggested),
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_vpc(Path(path))

    def export_charts_dialog(self) -> None:
        """File > Export > Charts…: ask for a folder, then export."""
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Export Charts"), str(self._start_dir()))
        if folder:
            self.export_charts(Path(folder))

    def export_briefs_dialog(self) -> None:
        """File > Export > Segment Briefs…: ask for a folder, then export."""
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Export Segment Briefs"),
                                                  str(self._start_dir()))
        if folder:
            self.export_briefs(Path(folder))


def install_export_actions(window: QMainWindow) -> ExportActions:
    """Add the export actions to ``window``'s File > Export menu (the worker starts on first use)."""
    actions = ExportActions(window)
    window.exports = actions  # type: ignore[attr-defined]
    return actions


def start_worker_after_paint(window: QMainWindow) -> None:
    """Pre-start the export worker once ``window`` has painted, so the first export does not wait for it."""
    exports = getattr(window, "exports", None)
    if exports is not None:
        window.loaded.connect(  # type: ignore[attr-defined]
            lambda: exports.worker.start_later(START_WORKER_AFTER_MS))


__all__ = ["ExportActions", "install_export_actions"]
