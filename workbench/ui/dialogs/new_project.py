"""File → New Project…: a wizard that walks a new user through a research project.

Before the project exists: where the file goes, its name, the segments, a summary whose Create
makes the file (Back works on these pages). Then four steps on the created project, each saved by
its button in one service call (long ones in a worker with progress and Cancel) and each with
Skip: a partner list per segment, the best N partners of each segment invited, the interview
guide, and interviews planned with the invited partners. Back is off once a step is saved;
Close keeps what was saved. Finish (or Close) and the main window opens the project.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, QTime, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from workbench.errors import InputError, WorkbenchError
from workbench.partners.importer import import_partners, preview_import
from workbench.partners.newproject import (
    MAX_PER_DAY,
    SegmentPool,
    choose_guide,
    clean_segments,
    create_research_project,
    interview_slots,
    invite_top,
    invited_without_interview,
    plan_invited,
    segment_pools,
)
from workbench.partners.scoring import TOP_N, rescore_partners
from workbench.partners.tabular import check_file
from workbench.settings import PROJECT_SUFFIX, default_project_path
from workbench.store.project import Project
from workbench.ui import theme
from workbench.ui.errortext import error_text
from workbench.ui.partners.labels import criterion_text
from workbench.ui.tasks import Task, TaskState, run_with_progress

log = logging.getLogger(__name__)

PARTNER_SUFFIXES = (".xlsx", ".csv", ".txt", ".tsv")


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("wizardError")
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff8a80" if theme.current_theme() == "dark" else "#b3261e"))
    label.setPalette(palette)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.hide()
    return label


def _say(label: QLabel, message: str) -> bool:
    """Show a validation message on a page (False, so validatePage can return it); "" clears it."""
    label.setText(message)
    label.setVisible(bool(message))
    if message:
        label.setAccessibleName(message)
    return not message


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


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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


class StepPage(QWizardPage):
    """A step on the created project: its button saves it (one transaction), Skip goes on without it."""

    def __init__(self, wizard: NewProjectWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setCommitPage(True)
        self.skipping = False
        self.finished_step = False  # the work ran: the next press of the button moves on
        self.outcome = ""  # what the step did, in words, for the last page
        self.error = _error_label(self)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.skipping = self.finished_step = False
        _say(self.error, "")

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self.finished_step:
            return True
        if self.wizard_.busy():  # a second press before the progress dialog shows: the step is running
            self.skipping = False
            return False
        if self.skipping:
            self.skipping = False
            self.outcome = QCoreApplication.translate("StepPage", "skipped")
            return True
        if not _say(self.error, ""):
            return False
        return self.commit()

    def commit(self) -> bool:
        """Save the step, or start it in a worker and return False (``done`` moves on); True when nothing to do."""
        raise NotImplementedError

    def done(self, outcome: str) -> None:
        """The step's work is saved: remember what it did and go to the next page."""
        self.outcome = outcome
        self.finished_step = True
        self.wizard_.next()

    def failed(self, message: str) -> None:
        """The step's work failed: say why and stay."""
        _say(self.error, QCoreApplication.translate("StepPage", "Not saved: %1").replace("%1", message))


class ImportPage(StepPage):
    """A partner list per segment, imported one file after another."""

    def __init__(self, wizard: NewProjectWizard) -> None:
        super().__init__(wizard)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.files: dict[int, QLineEdit] = {}
        self.checks: dict[int, QLabel] = {}
        self.skip_invalid = QCheckBox(self)
        self.skip_invalid.setObjectName("skipInvalid")
        rows = QWidget(self)
        rows.setLayout(self.form)
        scroll = self.scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(rows)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.error)
        self.browse_buttons: list[QPushButton] = []

    def retranslate(self) -> None:
        """Texts."""
        self.setTitle(self.tr("Partner lists"))
        self.setSubTitle(self.tr("For each segment, a spreadsheet of candidate partners: Excel (.xlsx) or CSV "
                                 "with a company-name column. Leave a segment empty to add its partners later "
                                 "(File → Import)."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.intro.setText(self.tr("Columns are recognised by their headings (Company, City, Employees…). "
                                   "Partners already in the project are skipped."))
        self.skip_invalid.setText(self.tr("Skip rows with problems and import the rest"))
        self.scroll.setAccessibleName(self.tr("Partner list of each segment"))
        for button in self.browse_buttons:
            button.setText(self.tr("Browse…"))
            button.setAccessibleName(self.tr("Choose the partner list of %1").replace("%1", button.objectName()))
        for segment_id in self.files:
            self._check(segment_id)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        super().initializePage()
        if self.files:
            return
        assert self.wizard_.project is not None
        for pool in segment_pools(self.wizard_.project):
            edit = QLineEdit(self)
            edit.setObjectName(f"partnerFile{pool.segment_id}")
            edit.setClearButtonEnabled(True)
            browse = QPushButton(self)
            browse.setObjectName(pool.name)
            check = QLabel(self)
            check.setWordWrap(True)
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(browse)
            label = QLabel(_esc(pool.name), self)
            label.setBuddy(edit)
            self.form.addRow(label, row)
            self.form.addRow("", check)
            self.files[pool.segment_id], self.checks[pool.segment_id] = edit, check
            self.browse_buttons.append(browse)
            browse.clicked.connect(lambda _=False, e=edit: self._choose(e))
            edit.editingFinished.connect(lambda sid=pool.segment_id: self._check(sid))
        self.retranslate()

    def _choose(self, edit: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Partner list"), str(Path.home()), self.tr(
            "Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)"))
        if path:
            edit.setText(path)
            edit.editingFinished.emit()

    def chosen(self) -> dict[int, Path]:
        """{segment id: file} for the segments with a file."""
        return {sid: Path(e.text().strip()).expanduser() for sid, e in self.files.items() if e.text().strip()}

    def _problem(self, path: Path) -> str:
        if not path.is_file():
            return self.tr("There is no file %1.").replace("%1", str(path))
        if path.suffix.lower() not in PARTNER_SUFFIXES:
            return self.tr("Choose an Excel (.xlsx) or CSV file.")
        try:
            check_file(path)
        except WorkbenchError as exc:
            return self.tr("This file cannot be imported: %1").replace("%1", error_text(exc))
        return ""

    def _check(self, segment_id: int) -> str:
        """Read the segment's file and say what an import would do; "" when it can be imported."""
        label, text = self.checks[segment_id], self.files[segment_id].text().strip()
        if not text:
            label.setText("")
            return ""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # 0.3 s for 10,000 rows
        try:
            return self._preview(segment_id, label, Path(text).expanduser())
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _preview(self, segment_id: int, label: QLabel, path: Path) -> str:
        problem = self._problem(path)
        if not problem:
            assert self.wizard_.project is not None
            try:
                report = preview_import(self.wizard_.project, path)
            except WorkbenchError as exc:
                problem = self.tr("This file cannot be imported: %1").replace("%1", error_text(exc))
            else:
                new = sum(1 for r in report.rows if r.valid and not r.duplicate)
                label.setText(self.tr("%1 rows: %2 new, %3 already in the project, %4 with problems.").replace(
                    "%1", str(len(report.rows))).replace("%2", str(new)).replace(
                    "%3", str(len(report.duplicates))).replace("%4", str(report.invalid_rows)))
                if report.invalid_rows and not self.skip_invalid.isChecked():
                    return self.tr("%1 has rows with problems: fix the file, or tick “Skip rows with problems”.") \
                        .replace("%1", path.name)
                return ""
        label.setText(problem)
        return problem

    def commit(self) -> bool:
        chosen = self.chosen()
        if not chosen:
            self.outcome = self.tr("no partner list")
            return True
        for path in chosen.values():
            problem = self._problem(path)
            if problem:
                return _say(self.error, problem)
        project, user, skip = self.wizard_.project, self.wizard_.project_user(), self.skip_invalid.isChecked()
        assert project is not None
        names = {pool.segment_id: pool.name for pool in segment_pools(project)}
        has_problems = self.tr("%1 has rows with problems: fix the file, or tick “Skip rows with problems”.")

        def work(state: TaskState) -> int:
            # every list is read and checked before the first is written: a bad second list imports nothing
            for n, path in enumerate(chosen.values()):
                state.progress(n, 2 * len(chosen), path.name)
                if not skip and preview_import(project, path).invalid_rows:
                    raise InputError(has_problems.replace("%1", path.name))
            added = 0
            for n, (segment_id, path) in enumerate(chosen.items(), start=len(chosen)):
                state.progress(n, 2 * len(chosen), path.name)
                report = import_partners(project, path, segment=names[segment_id], skip_invalid=skip, user=user)
                added += report.added
            rescore_partners(project)
            return added

        self.wizard_.run(self.tr("Importing partners…"), work, lambda added: self.done(
            self.tr("%1 partners imported").replace("%1", str(added))), self.failed, self.tr(
            "Stopped. Lists imported before the stop stay; press Import again for the rest (partners already "
            "in the project are skipped)."))
        return False


class TopPage(StepPage):
    """Invite the best N partners of each segment by its ideal-partner profile."""

    def __init__(self, wizard: NewProjectWizard) -> None:
        super().__init__(wizard)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.grid = QGridLayout()
        self.spins: dict[int, QSpinBox] = {}
        self.pools: list[SegmentPool] = []
        self._rows: list[QWidget] = []
        self.headers = [QLabel(self) for _ in range(3)]
        for column, header in enumerate(self.headers):
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.grid.addWidget(header, 0, column)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(3, 3)
        self.profile = QLabel(self)
        self.profile.setWordWrap(True)
        self.profile.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.grid)
        layout.addWidget(self.profile)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def retranslate(self) -> None:
        """Texts."""
        self.setTitle(self.tr("The best partners of each segment"))
        self.setSubTitle(self.tr("Partners are ranked by the segment's ideal-partner profile; the best N of each "
                                 "segment are marked invited, the others stay candidates."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Invite"))
        for header, text in zip(self.headers, (self.tr("Segment"), self.tr("Partners"), self.tr("Invite the best")),
                                strict=True):
            header.setText(text)
        self._texts()

    def _texts(self) -> None:
        empty = not any(pool.partners for pool in self.pools)
        self.intro.setText(self.tr("No segment has partners yet: skip this step and invite partners later "
                                   "(Partners → Invite Top N…).") if empty and self.pools else
                           self.tr("How many partners of each segment to interview (at most as many as it has)."))
        if self.pools:
            weights = self.pools[0].weights
            total = sum(weights.values()) or 1.0
            parts = ", ".join(f"{_esc(criterion_text(c))} {round(100 * w / total)} %" for c, w in weights.items())
            self.profile.setText(self.tr("<b>Ideal-partner profile:</b> %1. Change a segment's weights "
                                         "later on the Partners screen (Ctrl+Shift+W); the ranks follow.").replace("%1", parts))

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        super().initializePage()
        for widget in self._rows:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._rows, self.spins = [], {}
        assert self.wizard_.project is not None
        self.pools = segment_pools(self.wizard_.project)
        for row, pool in enumerate(self.pools, start=1):
            name, count = QLabel(_esc(pool.name), self), QLabel(str(pool.partners), self)
            spin = QSpinBox(self)
            spin.setObjectName(f"topN{pool.segment_id}")
            spin.setRange(0, pool.partners)
            spin.setValue(min(TOP_N, pool.partners))
            spin.setEnabled(pool.partners > 0)
            spin.setAccessibleName(pool.name)
            name.setBuddy(spin)
            for column, widget in enumerate((name, count, spin)):
                self.grid.addWidget(widget, row, column)
                self._rows.append(widget)
            self.spins[pool.segment_id] = spin
        self._texts()

    def picks(self) -> dict[int, int]:
        """{segment id: N} for the segments with N above zero."""
        return {sid: spin.value() for sid, spin in self.spins.items() if spin.value() > 0}

    def commit(self) -> bool:
        picks = self.picks()
        if not picks:
            self.outcome = self.tr("nobody invited")
            return True
        project, user = self.wizard_.project, self.wizard_.project_user()
        assert project is not None

        def work(state: TaskState) -> int:
            return sum(map(len, invite_top(project, picks=picks, user=user, progress=state.progress).values()))

        self.wizard_.run(self.tr("Ranking and inviting partners…"), work, lambda n: self.done(
            self.tr("%1 partners invited").replace("%1", str(n))), self.failed)
        return False


class GuidePage(StepPage):
    """The built-in Russian or English guide, or a copy of it to edit later."""

    def __init__(self, wizard: NewProjectWizard) -> None:
        super().__init__(wizard)
        self.russian = QRadioButton(self)
        self.russian.setObjectName("guideRussian")
        self.english = QRadioButton(self)
        self.english.setObjectName("guideEnglish")
        (self.russian if QLocale().language() == QLocale.Language.Russian else self.english).setChecked(True)
        self.copy = QCheckBox(self)
        self.copy.setObjectName("guideCopy")
        self.copy_name = QLineEdit(self)
        self.copy_name.setObjectName("guideCopyName")
        self.copy_name.setMaxLength(200)
        self.copy_name.setEnabled(False)
        self.copy.toggled.connect(self.copy_name.setEnabled)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.russian)
        layout.addWidget(self.english)
        layout.addSpacing(8)
        layout.addWidget(self.copy)
        layout.addWidget(self.copy_name)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def retranslate(self) -> None:
        """Texts."""
        self.setTitle(self.tr("Interview guide"))
        self.setSubTitle(self.tr("In which language will you talk to the partners?"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("C&hoose"))
        self.russian.setText(self.tr("Built-in &Russian guide"))
        self.english.setText(self.tr("Built-in &English guide"))
        self.copy.setText(self.tr("&Make our own copy to edit later, named:"))
        self.copy_name.setAccessibleName(self.tr("Name of the copy"))
        if not self.copy_name.text():
            self.copy_name.setText(self.tr("Our guide"))
        self.note.setText(self.tr("The built-in guide is the partner-program interview: values before money, the "
                                  "partner's business, finance, product, operations, dislikes and wishes. A copy "
                                  "is yours to change in Interviews → Guides; built-in guides stay as shipped."))

    def language(self) -> str:
        """"ru" or "en"."""
        return "en" if self.english.isChecked() else "ru"

    def commit(self) -> bool:
        assert self.wizard_.project is not None
        name = self.copy_name.text().strip() if self.copy.isChecked() else ""
        if self.copy.isChecked() and not name:
            return _say(self.error, self.tr("Name the copy of the guide."))
        try:
            guide = choose_guide(self.wizard_.project, language=self.language(), copy_name=name)
        except WorkbenchError as exc:
            return _say(self.error, error_text(exc))
        self.outcome = guide.name
        return True


def _next_workday(day: date) -> date:
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


class PlanPage(StepPage):
    """Interviews planned with every invited partner: who, from when, how many a day, how long."""

    def __init__(self, wizard: NewProjectWizard) -> None:
        super().__init__(wizard)
        self.waiting: list[tuple[int, str, str]] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.interviewer = QLineEdit(self)
        self.interviewer.setObjectName("planInterviewer")
        self.interviewer.setMaxLength(100)
        self.start = QDateEdit(self)
        self.start.setObjectName("planStart")
        self.start.setCalendarPopup(True)
        self.start.setDate(_next_workday(date.today()))
        self.day_start = QTimeEdit(self)
        self.day_start.setObjectName("planDayStart")
        self.day_start.setTime(QTime(10, 0))
        self.per_day = QSpinBox(self)
        self.per_day.setObjectName("planPerDay")
        self.per_day.setRange(1, MAX_PER_DAY)
        self.per_day.setValue(3)
        self.weekdays = QCheckBox(self)
        self.weekdays.setObjectName("planWeekdays")
        self.weekdays.setChecked(True)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("planMinutes")
        self.minutes.setRange(15, 480)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.labels = [QLabel(self) for _ in range(5)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.interviewer, self.start, self.day_start, self.per_day,
                                               self.minutes), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.weekdays)
        self.preview = QLabel(self)
        self.preview.setObjectName("planPreview")
        self.preview.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addStretch(1)
        for signal in (self.start.dateChanged, self.day_start.timeChanged, self.per_day.valueChanged,
                       self.minutes.valueChanged, self.weekdays.toggled):
            signal.connect(self._update_preview)

    def retranslate(self) -> None:
        """Texts."""
        self.setTitle(self.tr("Plan the interviews"))
        self.setSubTitle(self.tr("An interview is planned with every invited partner, back to back from the "
                                 "first day on. Move any of them later in Interviews."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Plan"))
        for label, text in zip(self.labels, (self.tr("&Interviewer:"), self.tr("&First day:"),
                                             self.tr("Day &starts at:"), self.tr("Interviews &a day:"),
                                             self.tr("&Duration:")), strict=True):
            label.setText(text)
        self.minutes.setSuffix(self.tr(" min"))
        self.weekdays.setText(self.tr("&Weekdays only (Monday to Friday)"))
        self._update_preview()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        super().initializePage()
        assert self.wizard_.project is not None
        if not self.interviewer.text():
            self.interviewer.setText(self.wizard_.project_user())
        self.waiting = invited_without_interview(self.wizard_.project)
        self._update_preview()

    def _slots(self) -> list[datetime]:
        return interview_slots(len(self.waiting), start=self.start.date().toPython(),
                               per_day=self.per_day.value(), day_start=self.day_start.time().toPython(),
                               minutes=self.minutes.value(), weekdays_only=self.weekdays.isChecked())

    def _update_preview(self) -> None:
        count = len(self.waiting)
        self.intro.setText(self.tr("%1 invited partners are waiting for an interview.").replace("%1", str(count))
                           if count else self.tr("No invited partner is waiting for an interview: skip this step "
                                                 "and plan interviews later (Interviews → Plan Interview…)."))
        for widget in (self.interviewer, self.start, self.day_start, self.per_day, self.minutes, self.weekdays):
            widget.setEnabled(bool(count))
        if not count:
            self.preview.setText("")
            return
        try:
            slots = self._slots()
        except WorkbenchError as exc:
            self.preview.setText(error_text(exc))
            return
        fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        first, last = (QDate(s.date()).toString(fmt) for s in (slots[0], slots[-1]))
        weekly = self.per_day.value() * (5 if self.weekdays.isChecked() else 7)
        end = slots[-1] + timedelta(minutes=self.minutes.value())
        self.preview.setText(self.tr("%1 interviews from %2 to %3 (up to %5 a week), the last ending at %4.").replace(
            "%1", str(count)).replace("%2", first).replace("%3", last).replace(
            "%4", QLocale().toString(QTime(end.hour, end.minute), QLocale.FormatType.ShortFormat)).replace(
            "%5", str(weekly)))

    def commit(self) -> bool:
        if not self.waiting:
            self.outcome = self.tr("no interviews planned")
            return True
        if not self.interviewer.text().strip():
            return _say(self.error, self.tr("Name the interviewer."))
        project = self.wizard_.project
        assert project is not None
        kwargs = {"interviewer": self.interviewer.text(), "start": self.start.date().toPython(),
                  "per_day": self.per_day.value(), "day_start": self.day_start.time().toPython(),
                  "minutes": self.minutes.value(), "weekdays_only": self.weekdays.isChecked()}
        try:  # bad dates and times say so on the page before any work starts
            if kwargs["start"] < date.today():
                return _say(self.error, self.tr("The first day is in the past: choose today or later."))
            self._slots()
        except WorkbenchError as exc:
            return _say(self.error, error_text(exc))

        def work(state: TaskState) -> int:
            return len(plan_invited(project, progress=state.progress, **kwargs))  # type: ignore[arg-type]

        self.wizard_.run(self.tr("Planning interviews…"), work, lambda n: self.done(
            self.tr("%1 interviews planned").replace("%1", str(n))), self.failed)
        return False


class DonePage(QWizardPage):
    """What the steps did; Finish opens the project."""

    def __init__(self, wizard: NewProjectWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.summary = QLabel(self)
        self.summary.setObjectName("wizardDone")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def retranslate(self) -> None:
        """Texts."""
        self.setTitle(self.tr("The project is ready"))
        self.setSubTitle(self.tr("Press Open to start working. Everything below is saved in the project."))
        if self.wizard_.currentPage() is self:
            self.initializePage()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        w = self.wizard_
        rows = [(self.tr("Partner lists"), w.import_page.outcome), (self.tr("Invited"), w.top_page.outcome),
                (self.tr("Interview guide"), w.guide_page.outcome), (self.tr("Interviews"), w.plan_page.outcome)]
        skipped = self.tr("skipped")
        html = "".join(f"<p><b>{k}:</b> {_esc(v or skipped)}</p>" for k, v in rows)
        html += "<p>" + self.tr("Next: the Partners screen shows who is invited; Interviews lists the planned "
                                "conversations; Help → Guided Tour shows the app.") + "</p>"
        self.summary.setText(html)


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
