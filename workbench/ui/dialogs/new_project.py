"""File → New Project…: a wizard for a new research project.

Pages: where the file goes, the project's name, the segments to research, the language of the
interview guide, an optional partner list to import, and a summary. Finish creates the project
(one service call) and the main window opens it; the partner list then goes through the usual
import dialog (column mapping and preview) and import worker.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from workbench.errors import WorkbenchError
from workbench.partners.newproject import clean_segments, create_research_project
from workbench.partners.tabular import check_file
from workbench.settings import PROJECT_SUFFIX
from workbench.store.project import Project
from workbench.ui import theme

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
        self.path.setText(str(free_name(Path.home(), "research")))

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


class GuidePage(QWizardPage):
    """The language of the interview guide."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.russian = QRadioButton(self)
        self.russian.setObjectName("guideRussian")
        self.english = QRadioButton(self)
        self.english.setObjectName("guideEnglish")
        (self.russian if QLocale().language() == QLocale.Language.Russian else self.english).setChecked(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.russian)
        layout.addWidget(self.english)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def retranslate(self) -> None:
        """Texts."""
        self.setTitle(self.tr("Interview guide"))
        self.setSubTitle(self.tr("In which language will you talk to the partners?"))
        self.russian.setText(self.tr("&Russian guide"))
        self.english.setText(self.tr("&English guide"))
        self.note.setText(self.tr("New interviews use the built-in partner-program guide in this language: "
                                  "values before money, the partner's business, finance, product, operations, "
                                  "dislikes and wishes. You can copy and edit it later (Interviews → Guides)."))

    def language(self) -> str:
        """"ru" or "en"."""
        return "en" if self.english.isChecked() else "ru"


class PartnersPage(QWizardPage):
    """An optional partner list to import once the project is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file = QLineEdit(self)
        self.file.setObjectName("partnerFile")
        self.file.setClearButtonEnabled(True)
        self.browse = QPushButton(self)
        self.label = QLabel(self)
        self.label.setBuddy(self.file)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.error = _error_label(self)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.browse.clicked.connect(self.choose)

    def retranslate(self) -> None:
        """Texts."""
        self.setTitle(self.tr("Partner list (optional)"))
        self.setSubTitle(self.tr("A spreadsheet of candidate partners: Excel (.xlsx) or CSV. Leave it empty "
                                 "to add partners later (File → Import)."))
        self.label.setText(self.tr("Partner &list:"))
        self.browse.setText(self.tr("B&rowse…"))
        self.browse.setAccessibleName(self.tr("Choose the partner list"))
        self.note.setText(self.tr("After the project is created you check the columns and see a preview of "
                                  "every row before anything is imported."))

    def choose(self) -> None:
        """Pick the file with the system dialog."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Partner list"), str(Path.home()), self.tr(
            "Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)"))
        if path:
            self.file.setText(path)

    def path(self) -> Path | None:
        """The chosen file, or None."""
        text = self.file.text().strip()
        return Path(text).expanduser() if text else None

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        path = self.path()
        if path is None:
            return _say(self.error, "")
        if not path.is_file():
            return _say(self.error, self.tr("There is no file %1.").replace("%1", str(path)))
        if path.suffix.lower() not in PARTNER_SUFFIXES:
            return _say(self.error, self.tr("Choose an Excel (.xlsx) or CSV file."))
        try:
            check_file(path)
        except WorkbenchError as exc:
            return _say(self.error, self.tr("This file cannot be imported: %1").replace("%1", str(exc)))
        return _say(self.error, "")


class SummaryPage(QWizardPage):
    """What will be created; Finish creates it."""

    def __init__(self, wizard: NewProjectWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
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
        self.setSubTitle(self.tr("Check what will be created, then press Create."))
        if self.wizard_.currentPage() is self:
            self.initializePage()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        w = self.wizard_
        esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # noqa: E731
        segments = "".join(f"<li>{esc(s)}</li>" for s in w.segments_page.names())
        partners = w.partners_page.path()
        rows = [
            (self.tr("Project"), esc(w.name_page.name.text().strip())),
            (self.tr("File"), esc(str(w.location_page.target()))),
            (self.tr("Interview guide"), self.tr("Russian") if w.guide_page.language() == "ru" else self.tr("English")),
            (self.tr("Partner list"), esc(partners.name) if partners else self.tr("none, add partners later")),
        ]
        html = "".join(f"<p><b>{k}:</b> {v}</p>" for k, v in rows)
        heading = self.tr("Segments")
        html += f"<p><b>{heading}:</b></p><ul>{segments}</ul>"
        self.summary.setText(html)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        return self.wizard_.create_project()


class NewProjectWizard(QWizard):
    """The new research project wizard; after Finish, :attr:`project` is the open new project."""

    def __init__(self, user: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newProjectWizard")
        self.user = user
        self.project: Project | None = None
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(720, 520)
        self.location_page = LocationPage(self)
        self.name_page = NamePage(self)
        self.segments_page = SegmentsPage(self)
        self.guide_page = GuidePage(self)
        self.partners_page = PartnersPage(self)
        self.summary_page = SummaryPage(self)
        self.pages = (self.location_page, self.name_page, self.segments_page, self.guide_page, self.partners_page,
                      self.summary_page)
        for page in self.pages:
            self.addPage(page)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the wizard in the current language."""
        self.setWindowTitle(self.tr("New Research Project"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create"))
        for page in self.pages:
            page.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def partner_file(self) -> Path | None:
        """The partner list to import after the project opens."""
        return self.partners_page.path()

    def create_project(self) -> bool:
        """Create the project (once); False with the reason on the page if it cannot be."""
        if self.project is not None:
            return True
        try:
            self.project = create_research_project(
                self.location_page.target(), name=self.name_page.name.text(), segments=self.segments_page.names(),
                guide_language=self.guide_page.language(), user=self.user)
        except WorkbenchError as exc:
            return _say(self.summary_page.error, self.tr("The project was not created: %1").replace("%1", str(exc)))
        except OSError as exc:
            return _say(self.summary_page.error, self.tr("The project was not created: %1").replace(
                "%1", exc.strerror or str(exc)))
        return True
