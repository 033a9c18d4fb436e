"""The steps of the new project wizard that work on the created project.

A partner list per segment, the best N partners of each segment invited, the interview guide,
and interviews planned with the invited partners; each is saved by its button in one service call
(long ones in a worker with progress and Cancel) and each has Skip. Then the last page, which says
what the steps did. The pages before Create and the wizard itself are in
:mod:`workbench.ui.dialogs.new_project`.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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
    interview_slots,
    invite_top,
    invited_without_interview,
    plan_invited,
    segment_pools,
)
from workbench.partners.scoring import TOP_N, rescore_partners
from workbench.partners.tabular import check_file
from workbench.ui import theme
from workbench.ui.errortext import error_text
from workbench.ui.partners.labels import criterion_text
from workbench.ui.tasks import TaskState

if TYPE_CHECKING:
    from workbench.ui.dialogs.new_project import NewProjectWizard

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


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
