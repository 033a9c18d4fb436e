"""File → New Project…: the wizard creates a research project with its segments and opens it."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from workbench.errors import InputError
from workbench.partners.newproject import create_research_project
from workbench.partners.service import list_partners, list_segments


def _wizard(window, qtbot):  # type: ignore[no-untyped-def]
    wizard = window.new_project()
    qtbot.waitUntil(wizard.isVisible, timeout=2000)
    return wizard


def _gone() -> None:
    """Run the wizard's deleteLater now: a closed QWizard left alive crashes Qt's next style change."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_wizard_end_to_end_creates_opens_and_imports(demo_window, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Fill every page, Finish: the file has the name, segments and guide language, is open, and the partner list is imported."""
    partners = tmp_path / "partners.csv"
    partners.write_text("Компания;Город\nАльфа;Москва\nБета;Казань\nГамма;Омск\n", encoding="utf-8")
    target = tmp_path / "spring"
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *_a, **_k: None))
    wizard = _wizard(demo_window, qtbot)
    wizard.location_page.path.setText(str(target))
    wizard.next()
    wizard.name_page.name.setText("Весеннее исследование")
    wizard.next()
    wizard.segments_page.segments.setPlainText("Интеграторы amoCRM\n\nИнтеграторы Bitrix24\nинтеграторы amocrm\n")
    assert wizard.segments_page.count.text() == "Segments: 2"
    wizard.next()
    wizard.guide_page.english.setChecked(True)
    wizard.next()
    wizard.partners_page.file.setText(str(partners))
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page
    assert "Интеграторы Bitrix24" in wizard.summary_page.summary.text()

    def accept_import() -> None:  # the usual import dialog (mapping and preview) comes up: accept it
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "importPartnersDialog" and widget.isVisible():
                widget.accept()
                return
        QTimer.singleShot(50, accept_import)

    QTimer.singleShot(50, accept_import)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    _gone()
    project = demo_window.ctx.project
    assert project.path == target.with_suffix(".wbp")
    assert [s.name for s in list_segments(project)] == ["Интеграторы amoCRM", "Интеграторы Bitrix24"]
    assert project.get_meta("name") == "Весеннее исследование" and project.get_meta("language") == "en"
    assert demo_window.windowTitle().startswith("Весеннее исследование")
    qtbot.waitUntil(lambda: len(list_partners(demo_window.ctx.project)) == 3, timeout=15000)
    assert {p.name for p in list_partners(project)} == {"Альфа", "Бета", "Гамма"}
    with closing(sqlite3.connect(target.with_suffix(".wbp"))) as db:  # what is on disk, read back
        names = [r[0] for r in db.execute("SELECT name FROM segment ORDER BY position")]
    assert names == ["Интеграторы amoCRM", "Интеграторы Bitrix24"]


def test_each_page_says_what_is_wrong_and_stays(demo_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An existing file, a missing folder, no name, no segments and a missing partner file each keep the page with a message."""
    existing = tmp_path / "taken.wbp"
    existing.write_text("x")
    wizard = _wizard(demo_window, qtbot)
    page = wizard.location_page
    for bad, words in ((str(existing), "already exists"), (str(tmp_path / "no" / "x.wbp"), "does not exist"),
                       ("", "Choose where")):
        page.path.setText(bad)
        wizard.next()
        assert wizard.currentPage() is page and words in page.error.text() and page.error.isVisible()
    page.path.setText(str(tmp_path / "ok.wbp"))
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.name_page and "name" in wizard.name_page.error.text()
    wizard.name_page.name.setText("R")
    wizard.next()
    wizard.segments_page.segments.setPlainText(" \n\n")
    wizard.next()
    assert wizard.currentPage() is wizard.segments_page
    assert "at least one segment" in wizard.segments_page.error.text()
    wizard.segments_page.segments.setPlainText("S")
    wizard.next()
    wizard.next()
    wizard.partners_page.file.setText(str(tmp_path / "missing.xlsx"))
    wizard.next()
    assert wizard.currentPage() is wizard.partners_page and "no file" in wizard.partners_page.error.text()
    wizard.reject()
    _gone()
    assert not (tmp_path / "ok.wbp").exists()  # nothing is created before Finish


def test_wizard_speaks_russian(qtbot, make_ctx, demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Titles, example segments and validation messages are Russian in the Russian UI; the Russian guide is preselected."""
    from workbench.ui.main_window import MainWindow

    window = MainWindow(make_ctx(demo_project, "ru"))
    qtbot.addWidget(window)
    window.show()
    wizard = _wizard(window, qtbot)
    assert wizard.windowTitle() == "Новый исследовательский проект"
    assert wizard.segments_page.segments.toPlainText() == "Интеграторы amoCRM\nИнтеграторы Bitrix24"
    assert wizard.guide_page.russian.isChecked()
    wizard.location_page.path.setText(str(tmp_path / "x.wbp"))
    wizard.next()
    wizard.next()
    assert wizard.name_page.error.text() == "Дайте проекту название."
    wizard.reject()
    _gone()
    window.close()


def test_service_refuses_bad_input_and_leaves_no_file(tmp_path: Path) -> None:
    """No name or no segments: a one-line message and no file left behind."""
    for kwargs, words in (({"name": " ", "segments": ["S"]}, "needs a name"),
                          ({"name": "R", "segments": ["", "  "]}, "at least one segment")):
        with pytest.raises(InputError, match=words):
            create_research_project(tmp_path / "p.wbp", **kwargs)  # type: ignore[arg-type]
        assert not (tmp_path / "p.wbp").exists()
    project = create_research_project(tmp_path / "p", name="R", segments=["B", "A", "b"], guide_language="ru")
    try:
        assert project.path == tmp_path / "p.wbp"
        assert [s.name for s in list_segments(project)] == ["B", "A"]
    finally:
        project.close()


@pytest.mark.parametrize("language", ["en", "ru"])
def test_guide_language_decides_the_guide_of_new_interviews(tmp_path: Path, language: str) -> None:
    """An interview planned in the new project uses the built-in guide in the language the wizard chose."""
    from workbench.interviews.guide_service import get_guide
    from workbench.interviews.planning import plan_interview
    from workbench.partners.service import add_partner

    project = create_research_project(tmp_path / "g.wbp", name="G", segments=["S"], guide_language=language)
    try:
        partner = add_partner(project, name="Альфа")
        interview = plan_interview(project, partner_id=partner.id, interviewer="Анна", planned_at=None)
        assert interview.guide_id is not None
        guide = get_guide(project, guide_id=interview.guide_id)
        assert guide.builtin and guide.lang == language
    finally:
        project.close()
