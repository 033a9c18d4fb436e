"""File → New Project…: the wizard creates a research project, imports partners, invites the top N, chooses
the guide and plans the interviews, each step saved on its own and each one skippable."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QTime
from PySide6.QtWidgets import QWizard

from workbench.errors import InputError
from workbench.interviews.guide_service import get_guide
from workbench.interviews.planning import list_interviews
from workbench.partners.newproject import (
    create_research_project,
    interview_slots,
    invite_top,
    plan_invited,
    segment_pools,
)
from workbench.partners.service import list_partners, list_segments

CITIES = ("Москва", "Казань", "Тверь", "Омск", "Самара")


def _csv(path: Path, prefix: str, rows: int = 5) -> Path:
    """A real partner list: more employees and clients further down, so the last rows rank best."""
    path.write_text("Компания;Город;Сотрудников;Клиентов\n" + "".join(
        f"{prefix} {k};{CITIES[k % len(CITIES)]};{3 + 20 * k};{5 + 90 * k}\n" for k in range(1, rows + 1)),
        encoding="utf-8")
    return path


def _wizard(window, qtbot):  # type: ignore[no-untyped-def]
    wizard = window.new_project()
    qtbot.waitUntil(wizard.isVisible, timeout=2000)
    return wizard


def _gone() -> None:
    """Run the wizard's deleteLater now: a closed QWizard left alive crashes Qt's next style change."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _create(wizard, target: Path, segments: str = "Интеграторы amoCRM\nИнтеграторы Bitrix24") -> None:  # type: ignore[no-untyped-def]
    wizard.location_page.path.setText(str(target))
    wizard.next()
    wizard.name_page.name.setText("Весеннее исследование")
    wizard.next()
    wizard.segments_page.segments.setPlainText(segments)
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page
    wizard.next()
    assert wizard.currentPage() is wizard.import_page and wizard.project is not None


def _step(wizard, qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """Press the step's button and wait for its worker to finish and the next page to show."""
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is page, timeout=20000)


def test_full_walk_reads_back_from_the_project(demo_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Segments, two real CSV lists, top 3, an own guide copy, interviews planned: all of it is in the project file."""
    demo_window.ctx.settings.user_name = "Мария"
    target = tmp_path / "spring.wbp"
    wizard = _wizard(demo_window, qtbot)
    _create(wizard, target)
    project = wizard.project
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()  # created: no way back to undo it
    assert wizard.button(QWizard.WizardButton.CustomButton1).isVisible()
    amo, bitrix = (s.id for s in list_segments(project))
    wizard.import_page.files[amo].setText(str(_csv(tmp_path / "amo.csv", "Амо")))
    wizard.import_page.files[bitrix].setText(str(_csv(tmp_path / "bitrix.csv", "Битрикс")))
    _step(wizard, qtbot, wizard.top_page)
    assert [(p.name, p.partners) for p in segment_pools(project)] == [("Интеграторы amoCRM", 5),
                                                                     ("Интеграторы Bitrix24", 5)]
    spin = wizard.top_page.spins[amo]
    assert spin.value() == 5 and spin.maximum() == 5  # default 50, capped by the 5 partners
    for spin in wizard.top_page.spins.values():
        spin.setValue(3)
    _step(wizard, qtbot, wizard.guide_page)
    wizard.guide_page.english.setChecked(True)
    wizard.guide_page.copy.setChecked(True)
    wizard.guide_page.copy_name.setText("Наш гайд")
    wizard.next()
    assert wizard.currentPage() is wizard.plan_page
    page = wizard.plan_page
    assert page.interviewer.text() == "Мария" and "6" in page.intro.text()
    page.interviewer.setText("Анна Петрова")
    first = date.today() + timedelta(days=7 - date.today().weekday())  # next Monday
    page.start.setDate(QDate(first))
    page.day_start.setTime(QTime(11, 0))
    page.per_day.setValue(2)
    page.minutes.setValue(45)
    _step(wizard, qtbot, wizard.done_page)
    text = wizard.done_page.summary.text()
    assert "10" in text and "6" in text and "Наш гайд" in text
    wizard.button(QWizard.WizardButton.FinishButton).click()
    _gone()
    assert demo_window.ctx.project.path == target
    partners = list_partners(project)
    assert len(partners) == 10
    for segment_id, prefix in ((amo, "Амо"), (bitrix, "Битрикс")):
        chosen = sorted(p.name for p in partners if p.segment_id == segment_id and p.research_status == "scheduled")
        assert chosen == [f"{prefix} 3", f"{prefix} 4", f"{prefix} 5"]  # the three best by the profile
    interviews = sorted(list_interviews(project), key=lambda i: i.planned_at)
    expected = [s.astimezone(UTC) for s in interview_slots(6, start=first, per_day=2, day_start=time(11, 0),
                                                           minutes=45)]
    assert [i.planned_at for i in interviews] == expected
    assert {i.interviewer for i in interviews} == {"Анна Петрова"}
    guide = get_guide(project, guide_id=interviews[0].guide_id)
    assert guide.name == "Наш гайд" and guide.lang == "en" and not guide.builtin
    assert project.get_meta("language") == "en"
    with closing(sqlite3.connect(target)) as db:  # what is on disk, read back
        assert [r[0] for r in db.execute("SELECT name FROM segment ORDER BY position")] == [
            "Интеграторы amoCRM", "Интеграторы Bitrix24"]
        invited = db.execute("SELECT COUNT(DISTINCT partner_id) FROM partner_status_change WHERE status = 'invited'")
        assert invited.fetchone()[0] == 6
        assert db.execute("SELECT COUNT(*) FROM interview WHERE status = 'planned'").fetchone()[0] == 6


def test_every_step_can_be_skipped(demo_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Skip on each of the four steps: the project opens with its segments and nothing else."""
    target = tmp_path / "bare.wbp"
    wizard = _wizard(demo_window, qtbot)
    _create(wizard, target)
    project = wizard.project
    wizard.import_page.files[list_segments(project)[0].id].setText(str(_csv(tmp_path / "a.csv", "А")))
    for page in (wizard.top_page, wizard.guide_page, wizard.plan_page, wizard.done_page):
        wizard.button(QWizard.WizardButton.CustomButton1).click()
        assert wizard.currentPage() is page
    assert not wizard.button(QWizard.WizardButton.CustomButton1).isVisible()
    assert wizard.done_page.summary.text().count("skipped") == 4
    wizard.button(QWizard.WizardButton.FinishButton).click()
    _gone()
    assert demo_window.ctx.project is project
    assert len(list_segments(project)) == 2
    assert list_partners(project) == [] and list_interviews(project) == []
    assert project.get_meta("guide_id") == ""


def test_close_after_create_keeps_what_was_saved_and_opens_it(demo_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Close on a later step neither loses the import nor leaves the new project unopened."""
    wizard = _wizard(demo_window, qtbot)
    _create(wizard, tmp_path / "half.wbp", "Сегмент")
    project = wizard.project
    wizard.import_page.files[list_segments(project)[0].id].setText(str(_csv(tmp_path / "a.csv", "А")))
    _step(wizard, qtbot, wizard.top_page)
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Close"
    wizard.reject()
    _gone()
    assert demo_window.ctx.project is project and len(list_partners(project)) == 5


def test_presses_while_a_step_runs_do_nothing(demo_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Import pressed twice, then Skip and Close, before the worker finishes: one import, and the step is not skipped."""
    wizard = _wizard(demo_window, qtbot)
    _create(wizard, tmp_path / "twice.wbp", "Сегмент")
    project = wizard.project
    wizard.import_page.files[list_segments(project)[0].id].setText(str(_csv(tmp_path / "a.csv", "А")))
    wizard.next()
    assert wizard.busy()
    wizard.next()
    wizard.skip_step()
    wizard.reject()
    assert wizard.currentPage() is wizard.import_page and wizard.isVisible()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.top_page, timeout=20000)
    assert len(list_partners(project)) == 5 and wizard.import_page.outcome != "skipped"
    wizard.reject()
    _gone()


def test_steps_refuse_bad_input_and_stay(demo_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A missing file, rows with problems, N above the partners, a past first day, a day too full, no interviewer."""
    wizard = _wizard(demo_window, qtbot)
    _create(wizard, tmp_path / "v.wbp", "Сегмент")
    project = wizard.project
    segment_id = list_segments(project)[0].id
    files = wizard.import_page.files[segment_id]
    files.setText(str(tmp_path / "missing.csv"))
    wizard.next()
    assert wizard.currentPage() is wizard.import_page and "no file" in wizard.import_page.error.text()
    bad = _csv(tmp_path / "bad.csv", "Б", rows=4)
    bad.write_text(bad.read_text(encoding="utf-8") + "Плохой;Омск;много;1\n", encoding="utf-8")
    files.setText(str(bad))
    wizard.next()  # the lists are checked in the worker before anything is written
    qtbot.waitUntil(lambda: "rows with problems" in wizard.import_page.error.text(), timeout=20000)
    assert wizard.currentPage() is wizard.import_page and list_partners(project) == []
    wizard.import_page.skip_invalid.setChecked(True)
    _step(wizard, qtbot, wizard.top_page)
    assert len(list_partners(project)) == 4
    spin = wizard.top_page.spins[segment_id]
    spin.setValue(99)
    assert spin.value() == 4  # the box cannot go above the partners there are
    with pytest.raises(InputError, match="has 4 partners: choose from 1 to 4"):
        invite_top(project, picks={segment_id: 5})
    assert {p.research_status for p in list_partners(project)} == {"candidate"}  # nothing changed
    spin.setValue(2)
    _step(wizard, qtbot, wizard.guide_page)
    wizard.next()
    page = wizard.plan_page
    assert wizard.currentPage() is page
    page.start.setDate(QDate(date.today() - timedelta(days=1)))
    wizard.next()
    assert wizard.currentPage() is page and "in the past" in page.error.text()
    page.start.setDate(QDate(date.today() + timedelta(days=1)))
    page.day_start.setTime(QTime(20, 0))
    page.per_day.setValue(5)
    wizard.next()
    assert wizard.currentPage() is page and "do not fit in one day" in page.error.text()
    page.day_start.setTime(QTime(9, 0))
    page.interviewer.setText("  ")
    wizard.next()
    assert wizard.currentPage() is page and "Name the interviewer" in page.error.text()
    assert list_interviews(project) == []
    page.interviewer.setText("Анна")
    _step(wizard, qtbot, wizard.done_page)
    assert len(list_interviews(project)) == 2
    wizard.reject()
    _gone()


def test_before_create_each_page_says_what_is_wrong_and_stays(demo_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An existing file, a missing folder, no name and no segments keep the page with a message; Back works."""
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
    assert wizard.currentPage() is wizard.summary_page
    wizard.back()
    wizard.back()
    assert wizard.currentPage() is wizard.name_page and wizard.name_page.name.text() == "R"
    wizard.reject()
    _gone()
    assert not (tmp_path / "ok.wbp").exists()  # nothing is created before Create


def test_wizard_speaks_russian(qtbot, make_ctx, demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Titles, buttons, example segments, steps and messages are Russian in the Russian UI."""
    from workbench.ui.main_window import MainWindow

    window = MainWindow(make_ctx(demo_project, "ru"))
    qtbot.addWidget(window)
    window.show()
    wizard = _wizard(window, qtbot)
    assert wizard.windowTitle() == "Новый исследовательский проект"
    assert wizard.segments_page.segments.toPlainText() == "Интеграторы amoCRM\nИнтеграторы Bitrix24"
    wizard.location_page.path.setText(str(tmp_path / "x.wbp"))
    wizard.next()
    wizard.next()
    assert wizard.name_page.error.text() == "Дайте проекту название."
    wizard.name_page.name.setText("Проект")
    wizard.next()
    wizard.next()
    assert "приглашение N лучших партнёров" in wizard.summary_page.summary.text()
    wizard.next()
    assert wizard.import_page.title() == "Списки партнёров"
    assert wizard.button(QWizard.WizardButton.CustomButton1).text() == "П&ропустить шаг"
    wizard.skip_step()
    assert "Ни в одном сегменте пока нет партнёров" in wizard.top_page.intro.text()
    wizard.skip_step()
    assert wizard.guide_page.russian.isChecked() and wizard.project.get_meta("language") == "ru"
    wizard.skip_step()
    assert wizard.plan_page.intro.text().startswith("Нет приглашённых партнёров")
    wizard.reject()
    _gone()
    window.close()
    window.ctx.project.close()


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


def test_plan_service_refuses_past_days_and_full_days(tmp_path: Path) -> None:
    """plan_invited: a past first day, too many long interviews for a day or nobody invited plan nothing."""
    from workbench.partners.service import add_partner

    project = create_research_project(tmp_path / "g.wbp", name="G", segments=["S"])
    try:
        with pytest.raises(InputError, match="No invited partner"):
            plan_invited(project, interviewer="А", start=date(2030, 1, 7), per_day=2, today=date(2030, 1, 1))
        segment_id = list_segments(project)[0].id
        add_partner(project, name="Альфа", segment_id=segment_id)
        invite_top(project, picks={segment_id: 1})
        with pytest.raises(InputError, match="in the past"):
            plan_invited(project, interviewer="А", start=date(2029, 12, 31), per_day=2, today=date(2030, 1, 1))
        with pytest.raises(InputError, match="do not fit in one day"):
            plan_invited(project, interviewer="А", start=date(2030, 1, 7), per_day=12, minutes=120,
                         today=date(2030, 1, 1))
        assert list_interviews(project) == []
        assert interview_slots(3, start=date(2030, 1, 4), per_day=2)[2].date() == date(2030, 1, 7)  # Fri → Mon
    finally:
        project.close()


def test_cancel_inside_a_step_saves_nothing_of_it(tmp_path: Path) -> None:
    """Cancel while inviting or planning rolls the whole step back (the worker's progress raises Cancelled)."""
    from workbench.partners.importer import import_partners
    from workbench.ui.tasks import Cancelled, TaskState

    project = create_research_project(tmp_path / "c.wbp", name="C", segments=["S"])
    try:
        import_partners(project, _csv(tmp_path / "s.csv", "С"), segment="S")
        segment_id = list_segments(project)[0].id
        state = TaskState()
        state.cancel()
        with pytest.raises(Cancelled):
            invite_top(project, picks={segment_id: 3}, progress=state.progress)
        assert {p.research_status for p in list_partners(project)} == {"candidate"}
        invite_top(project, picks={segment_id: 3})
        with pytest.raises(Cancelled):
            plan_invited(project, interviewer="А", start=date.today() + timedelta(days=1), per_day=2,
                         progress=state.progress)
        assert list_interviews(project) == []
        assert sorted(p.research_status for p in list_partners(project)).count("invited") == 3
    finally:
        project.close()


@pytest.mark.parametrize("language", ["en", "ru"])
def test_guide_language_decides_the_guide_of_new_interviews(tmp_path: Path, language: str) -> None:
    """An interview planned in the new project uses the built-in guide in the language the wizard chose."""
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


def test_snapshot_shows_a_given_wizard_page(demo_path: Path, tmp_path: Path) -> None:
    """`workbench snapshot --dialog wizard --page 7` writes a 1024x700 PNG of the planning page in Russian."""
    import os
    import subprocess
    import sys

    from PIL import Image

    out = tmp_path / "plan.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([sys.executable, "-m", "workbench", "snapshot", "--db", str(demo_path), "--screen",
                             "partners", "--dialog", "wizard", "--page", "7", "--size", "1024x700", "-o", str(out)],
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    with Image.open(out) as image:
        assert image.size == (1024, 700)
        darkest, lightest = image.convert("L").getextrema()
        assert lightest - darkest > 100
