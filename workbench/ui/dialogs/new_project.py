"""File → New Project…: a wizard that walks a new user through a research project.

Before the project exists: where the file goes, its name, the segments, a summary whose Create
makes the file (Back works on these pages). Then four steps on the created project, each saved by
its button in one service call (long ones in a worker with progress and Cancel) and each with
Skip: a partner list per segment, the best N partners of each segment invited, the interview
guide, and interviews planned with the invited partners. Back is off once a step is saved;
Close keeps what was saved. Finish (or Close) and the main window opens the project.

This module holds the pages before Create and the wizard; the steps after Create are in
:mod:`workbench.ui.dialogs.new_project_steps`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from workbench.errors import WorkbenchError
from workbench.partners.newproject import clean_segments, create_research_project
from workbench.settings import PROJECT_SUFFIX, default_project_path
from workbench.store.project import Project
from workbench.ui.dialogs.new_project_steps import (
    DonePage,
    GuidePage,
    ImportPage,
    PlanPage,
    StepPage,
    TopPage,
    _error_label,
    _esc,
    _say,
)
from workbench.ui.errortext import error_text
from workbench.ui.tasks import Task, TaskState, run_with_progress

log = logging.getLogger(__name__)


def default_folder() -> Path:
    """Where a new project goes unless the user says otherwise: the Documents folder (else home); with
    WORKBENCH_HOME, which keeps the whole app in one folder (portable use, tests), its projects folder."""
    if os.environ.get("WORKBENCH_HOME"):
        folder = default_project_path().parent
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


def free_name(folder: Path, stem: str) -> Path:
    """``folder/stem.wbp``, or ``stem 2.wbp``… when that exists."""
    candidate = folder / f"{stem}{PROJECT_SUFFIX}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem} {n}{PROJECT_SUFFIX}"
        n += 1
    return candidate


class LocationPage(QWizardPage):
    """Where the project file goes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = QLineEdit(self)
        self.path.setObjectName("projectPath")
        self.browse = QPushButton(self)
        self.label = QLabel(self)
        self.label.setBuddy(self.path)
        self.error = _error_label(self)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.browse.clicked.connect(self.choose)
        self.path.setText(str(free_name(default_folder(), "research")))

    def retranslate(self) -> None:
        """Texts."""
        self.setTitle(self.tr("Where to keep the project"))
        self.setSubTitle(self.tr("A project is one file: everything you research goes into it. "
                                 "You can copy it, back it up or send it to a colleague."))
        self.label.setText(self.tr("Project &file:"))
        self.browse.setText(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose where to save the project file"))

    def choose(self) -> None:
        """Pick the file with the system dialog."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New Project"), self.path.text(), self.tr(
            "Workbench projects (*%1)").replace("%1", PROJECT_SUFFIX))
        if path:
            self.path.setText(path)

    def target(self) -> Path:
        """The chosen file, with the project suffix."""
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix else path.with_suffix(PROJECT_SUFFIX)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        text = self.path.text().strip()
        if not text:
            return _say(self.error, self.tr("Choose where to save the project file."))
        path = self.target()
        if not path.parent.is_dir():
            return _say(self.error, self.tr("The folder %1 does not exist.").replace("%1", str(path.parent)))
        if path.exists():
            return _say(self.error, self.tr("%1 already exists: choose another name.").replace("%1", path.name))
        return _say(self.error, "")


class NamePage(QWizardPage):
    """The project's name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setObjectName("projectName")
        self.name.setMaxLength(200)
        self.label = QLabel(self)
        self.label.setBuddy(self.name)
        self.error = _error_label(self)
        form = QFormLayout(self)
        form.addRow(self.label, self.name)
        form.addRow(self.error)

    def retranslate(self) -> None:
        """Texts."""
        self.setTitle(self.tr("Name the research"))
        self.setSubTitle(self.tr("Shown in the window title and on every export."))
        self.label.setText(self.tr("Project &name:"))
        self.name.setPlaceholderText(self.tr("Partner program research, spring"))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if not self.name.text().strip():
            return _say(self.error, self.tr("Give the project a name."))
        return _say(self.error, "")


class SegmentsPage(QWizardPage):
    """The segments to research, one per line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segments = QPlainTextEdit(self)
        self.segments.setObjectName("projectSegments")
        self.segments.setTabChangesFocus(True)
        self.label = QLabel(self)
        self.label.setBuddy(self.segments)
        self.count = QLabel(self)
        self.error = _error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.segments, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.error)
        self.segments.textChanged.connect(self._update_count)
        self._prefilled = ""

    def retranslate(self) -> None:
        """Texts; the example segments follow the language while the user has not changed them."""
        self.setTitle(self.tr("Segments to research"))
        self.setSubTitle(self.tr("One segment per line. Each segment gets its own canvas board, "
                                 "ideal-partner profile and interview target."))
        self.label.setText(self.tr("&Segments (one per line):"))
        example = "\n".join((self.tr("amoCRM integrators"), self.tr("Bitrix24 integrators")))
        if self.segments.toPlainText() in ("", self._prefilled):
            self.segments.setPlainText(example)
            self._prefilled = example
        self._update_count()

    def names(self) -> list[str]:
        """The segment names as they will be created."""
        try:
            return clean_segments(self.segments.toPlainText().splitlines())
        except WorkbenchError:
            return []

    def _update_count(self) -> None:
        self.count.setText(self.tr("Segments: %1").replace("%1", str(len(self.names()))))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        lines = [line.strip() for line in self.segments.toPlainText().splitlines()]
        if any(len(line) > 200 for line in lines):
            return _say(self.error, self.tr("A segment name is longer than 200 characters: shorten it."))
        if not self.names():
            return _say(self.error, self.tr("Name at least one segment to research."))
        return _say(self.error, "")


class SummaryPage(QWizardPage):
    """What will be created; Create makes the file, and the next steps work on it."""

    def __init__(self, wizard: NewProjectWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setCommitPage(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("wizardSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.error = _error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def retranslate(self) -> None:
        """Texts."""
        self.setTitle(self.tr("Ready to create"))
        self.setSubTitle(self.tr("Check the project, then press Create. Four steps follow; each is saved at once "
                                 "and each can be skipped."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create"))
        if self.wizard_.currentPage() is self:
            self.initializePage()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        w = self.wizard_
        segments = "".join(f"<li>{_esc(s)}</li>" for s in w.segments_page.names())
        rows = [(self.tr("Project"), _esc(w.name_page.name.text().strip())),
                (self.tr("File"), _esc(str(w.location_page.target())))]
        html = "".join(f"<p><b>{k}:</b> {v}</p>" for k, v in rows)
        heading, then = self.tr("Segments"), self.tr("Then")
        html += f"<p><b>{heading}:</b></p><ul>{segments}</ul>"
        steps = (self.tr("import a partner list for each segment"),
                 self.tr("invite the best N partners of each segment by the ideal-partner profile"),
                 self.tr("choose the interview guide"),
                 self.tr("plan the interviews with the invited partners"))
        html += f"<p><b>{then}:</b></p><ol>" + "".join(f"<li>{s}</li>" for s in steps) + "</ol>"
        self.summary.setText(html)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        return self.wizard_.create_project()


class NewProjectWizard(QWizard):
    """The new research project wizard; after Finish (or Close once created), :attr:`project` is the new project."""

    def __init__(self, user: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newProjectWizard")
        self.user = user
        self.project: Project | None = None
        self.task: Task | None = None
        self.synchronous = False
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonLayout([QWizard.WizardButton.Stretch, QWizard.WizardButton.BackButton,
                              QWizard.WizardButton.CustomButton1, QWizard.WizardButton.NextButton,
                              QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
                              QWizard.WizardButton.CancelButton])
        self.resize(760, 560)
        self.location_page = LocationPage(self)
        self.name_page = NamePage(self)
        self.segments_page = SegmentsPage(self)
        self.summary_page = SummaryPage(self)
        self.import_page = ImportPage(self)
        self.top_page = TopPage(self)
        self.guide_page = GuidePage(self)
        self.plan_page = PlanPage(self)
        self.done_page = DonePage(self)
        self.pages = (self.location_page, self.name_page, self.segments_page, self.summary_page, self.import_page,
                      self.top_page, self.guide_page, self.plan_page, self.done_page)
        self.steps = (self.import_page, self.top_page, self.guide_page, self.plan_page)
        for page in self.pages:
            self.addPage(page)
        self.customButtonClicked.connect(self._on_custom)
        self.currentIdChanged.connect(self._on_page)
        self.retranslate()
        self._on_page()

    def retranslate(self) -> None:
        """Every text of the wizard in the current language."""
        self.setWindowTitle(self.tr("New Research Project"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Open the project"))
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("S&kip this step"))
        self.setButtonText(QWizard.WizardButton.CancelButton,
                           self.tr("Close") if self.project is not None else self.tr("Cancel"))
        for page in self.pages:
            page.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_page(self, _id: int = -1) -> None:
        self.button(QWizard.WizardButton.CustomButton1).setVisible(self.currentPage() in self.steps)

    def _on_custom(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.skip_step()

    def skip_step(self) -> None:
        """Skip the current step: nothing of it is saved."""
        page = self.currentPage()
        if isinstance(page, StepPage):
            page.skipping = True
            self.next()

    def run(self, title: str, fn: Callable[[TaskState], Any], on_done: Callable[[Any], None],
            on_error: Callable[[str], None], stopped: str = "") -> Task | None:
        """Long work of a step in a worker, with progress and Cancel over the wizard; Cancel shows ``stopped``
        (by default: nothing of the step was saved) on the page."""
        if self.synchronous:  # pictures only: no worker, no progress dialog
            result = fn(TaskState())
            QTimer.singleShot(0, lambda: on_done(result))
            return None
        self.task = run_with_progress(self, title, fn, on_done, on_error)
        page = self.currentPage()
        message = stopped or self.tr("Stopped: nothing of this step was saved.")
        self.task.cancelled.connect(lambda: _say(page.error, message) if isinstance(page, StepPage) else None)
        return self.task

    def prepare_snapshot(self, page: int, folder: Path) -> None:
        """Walk to page ``page`` (0 = the file) with example answers, for a picture; from page 4 on an example
        project is created in ``folder`` with example partner lists (the caller closes :attr:`project`)."""
        self.synchronous = True
        self.location_page.path.setText(str(free_name(folder, "research")))
        self.name_page.name.setText(self.name_page.name.placeholderText())
        cities = ("Москва", "Казань", "Тверь", "Санкт-Петербург", "Омск", "Самара")
        while True:
            if self.currentPage() is self.import_page and not self.import_page.chosen():
                for segment_id, edit in self.import_page.files.items():
                    example = folder / f"partners-{segment_id}.csv"
                    example.write_text("Компания;Город;Сотрудников;Клиентов\n" + "".join(
                        f"Партнёр {segment_id}-{k};{cities[k % len(cities)]};{5 + 13 * k};{20 + 37 * k}\n"
                        for k in range(1, 13)), encoding="utf-8")
                    edit.setText(str(example))
                    self.import_page._check(segment_id)
            if self.currentId() >= min(page, len(self.pages) - 1):
                return
            before = self.currentId()
            self.next()
            for _ in range(200):
                if self.currentId() != before:
                    break
                QCoreApplication.processEvents()

    def busy(self) -> bool:
        """A step's work is running in the worker."""
        return self.task is not None and not self.task.done

    def project_user(self) -> str:
        """Who is doing this: the user of the settings, else the project's user."""
        return self.user or (self.project.user if self.project is not None else "") or ""

    def reject(self) -> None:
        """Cancel before Create leaves nothing; Close after Create keeps what was saved and opens the project."""
        if self.busy():  # the progress dialog's Cancel stops the step first
            return
        if self.project is not None:  # QDialog's done: QWizard's would first run the current step
            QDialog.done(self, QDialog.DialogCode.Accepted.value)
            return
        super().reject()

    def create_project(self) -> bool:
        """Create the project (once); False with the reason on the page if it cannot be."""
        if self.project is not None:
            return True
        language = "ru" if QLocale().language() == QLocale.Language.Russian else "en"
        try:
            self.project = create_research_project(
                self.location_page.target(), name=self.name_page.name.text(), segments=self.segments_page.names(),
                guide_language=language, user=self.user)
        except WorkbenchError as exc:
            return _say(self.summary_page.error, self.tr("The project was not created: %1").replace("%1", error_text(exc)))
        except OSError as exc:
            return _say(self.summary_page.error, self.tr("The project was not created: %1").replace(
                "%1", exc.strerror or str(exc)))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))
        return True
