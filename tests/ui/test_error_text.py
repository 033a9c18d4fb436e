"""Real errors from real service calls read in Russian in the Russian UI, and stay English in the English UI."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from workbench.errors import InputError, WorkbenchError
from workbench.interviews.qdpx_import import read_qdpx
from workbench.partners.importer import preview_import
from workbench.store.project import create_project, open_project
from workbench.ui.errortext import error_text


@pytest.fixture
def russian(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The UI in Russian for one test, English again afterwards."""
    from workbench.ui import i18n

    i18n.install_language("ru")
    yield
    i18n.install_language("en")


def _raised(call: Callable[[], object]) -> WorkbenchError:
    with pytest.raises(WorkbenchError) as info:
        call()
    return info.value


def test_a_binary_file_imported_as_partners_reads_in_russian(russian, empty_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Importing a binary file as a partner list gives the importer's error, said in Russian with the file name."""
    path = tmp_path / "партнёры.csv"
    path.write_bytes(bytes(range(256)) * 8)
    exc = _raised(lambda: preview_import(empty_project, path, segment="Интеграторы"))
    assert str(exc) == "партнёры.csv is not a spreadsheet: it looks like a binary file."
    assert error_text(exc) == "партнёры.csv — не таблица: похоже, это двоичный файл."


def test_a_damaged_workbook_reads_in_russian(russian, empty_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A text file named .xlsx is refused in Russian, naming the file."""
    path = tmp_path / "list.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    text = error_text(_raised(lambda: preview_import(empty_project, path, segment="S")))
    assert text == "list.xlsx — некорректная книга .xlsx (это не zip-архив); возможно, файл повреждён."


def test_opening_a_file_that_is_not_a_project_reads_in_russian(russian, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Opening a text file as a project says in Russian that it is not a Workbench project, with its path."""
    path = tmp_path / "notes.txt"
    path.write_text("hello", encoding="utf-8")
    text = error_text(_raised(lambda: open_project(path)))
    assert text == f"{path} — не проект Workbench (это не файл базы данных SQLite)."


def test_a_qdpx_that_is_not_a_zip_reads_in_russian(russian, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A .qdpx that is not a zip archive: the Russian message, with the kind of file translated too."""
    path = tmp_path / "study.qdpx"
    path.write_text("not a zip", encoding="utf-8")
    text = error_text(_raised(lambda: read_qdpx(path)))
    assert text == ("study.qdpx — не проект REFI-QDA (.qdpx): это не zip-архив (возможно, это переименованный "
                    "файл другого типа или он повреждён).")


def test_an_import_listing_bad_rows_reads_in_russian_line_by_line(russian, empty_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A capability import refused for bad rows: the message and each listed row are in Russian."""
    from workbench.backlog.capabilities import import_capabilities

    path = tmp_path / "capabilities.csv"
    path.write_text("name,pillar,status\n,product,have\nFoo,zzz,have\nBar,product,maybe\n", encoding="utf-8")
    text = error_text(_raised(lambda: import_capabilities(empty_project, path)))
    assert text == ("Проблем: 3, поэтому ничего не импортировано: строка 2: нет названия; строка 3: опора «zzz» — "
                    "непонятное значение; строка 4: статус «maybe» — непонятное значение. Исправьте их или "
                    "импортируйте всё равно, пропустив то, что не читается.")


def test_a_stale_save_reads_in_russian_with_who_and_when(russian) -> None:  # type: ignore[no-untyped-def]
    """The message of a save refused because the record was deleted names who and when, in Russian."""
    from datetime import datetime

    from workbench.store.versioning import Editor, StaleRecordError

    exc = StaleRecordError(entity="backlog_item", entity_id=7, expected_version=2, current_version=None, changes=[],
                           editors=[Editor(who="Анна", at=datetime(2026, 9, 30, 10, 0), action="delete")], yours={})
    assert str(exc) == "This backlog item was deleted by Анна at 2026-09-30 10:00 UTC; your change was not saved."
    assert error_text(exc) == "Эту запись (пункт бэклога) удалили — Анна 2026-09-30 10:00 UTC; ваше изменение не сохранено."


_HOLDER = """
import sys
from workbench.store.project import open_project
project = open_project(sys.argv[1], lock=True)
print("holding", flush=True)
sys.stdin.readline()
project.close()
"""


def test_a_project_open_in_another_window_reads_in_russian(russian, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Opening a project another app instance holds: who holds it and what to do, in Russian."""
    import subprocess
    import sys

    path = tmp_path / "study.wbp"
    create_project(path).close()
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        text = error_text(_raised(lambda: open_project(path, lock=True)))
    finally:
        holder.kill()
        holder.wait(10)
    assert text.startswith("study.wbp уже открыт в другом окне Workbench (пользователь ")
    assert f"процесс {holder.pid}, с " in text
    assert text.endswith("выберите там «Файл > Сохранить копию…» и откройте копию.")


def test_numbers_and_quoted_names_follow_russian_typography(russian, empty_project) -> None:  # type: ignore[no-untyped-def]
    """Thousands are grouped with a space and a quoted name gets «» in a real refusal of the statement service."""
    from workbench.interviews import statements

    exc = _raised(lambda: statements.set_kind(empty_project, statement_id=1, kind="problem"))
    assert str(exc).startswith("Unknown kind 'problem'; use one of ")
    assert error_text(exc).startswith("Неизвестная метка «problem»; допустимые: ")
    assert error_text("A statement is limited to 10,000 characters.") == "Высказывание — не длиннее 10\u00a0000 символов."


def test_a_damaged_word_document_reads_in_russian(russian, empty_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Importing notes from a .docx that is not one: the transcript reader's refusal, in Russian."""
    from workbench.interviews import transcript

    path = tmp_path / "notes.docx"
    path.write_text("not a word document", encoding="utf-8")
    exc = _raised(lambda: transcript.read_document(path))
    assert error_text(exc) == ("notes.docx — не документ Word (.docx): это не zip-архив (возможно, это "
                               "переименованный файл другого типа или он повреждён).")
    assert error_text("x.docx is not a readable Word document (BadZipFile: bad header).") == \
        "x.docx — не читаемый документ Word (BadZipFile: bad header)."


def test_a_wrapped_message_is_translated_inside_too(russian) -> None:
    """A message that embeds another known message gets both parts in Russian."""
    inner = "The disk is full, so the last change was NOT saved. Everything saved before it is safe. " \
            "Free some space (or save a copy to another disk) and try again."
    text = error_text(f"The project could not be migrated: {inner} The file is as it was.")
    assert text.startswith("Не удалось обновить проект: Диск заполнен, поэтому последнее изменение НЕ сохранено.")
    assert text.endswith("Файл остался как был.")


def test_english_ui_and_unknown_messages_stay_as_they_are(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """In the English UI, and for a message no template matches, the text is shown unchanged."""
    from workbench.ui import i18n

    i18n.install_language("en")
    project = create_project(tmp_path / "p.wbp")
    try:
        path = tmp_path / "x.xlsx"
        path.write_text("no", encoding="utf-8")
        exc = _raised(lambda: preview_import(project, path, segment="S"))
        assert error_text(exc) == str(exc)
    finally:
        project.close()
    i18n.install_language("ru")
    try:
        assert error_text(InputError("Something nobody wrote a template for")) == "Something nobody wrote a template for"
    finally:
        i18n.install_language("en")


def test_a_failed_task_reports_in_russian(russian, qtbot) -> None:  # type: ignore[no-untyped-def]
    """An error raised in a background task reaches its failed() handler already in Russian."""
    from workbench.ui.tasks import Task

    def work(_state: object) -> None:
        raise InputError("Choose at least one partner.")

    messages: list[tuple[str, bool]] = []
    task = Task(work)
    task.failed.connect(lambda message, user: messages.append((message, user)))
    task.start()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert messages == [("Выберите хотя бы одного партнёра.", True)]


def test_the_partner_import_dialog_shows_the_error_in_russian(russian, qtbot, make_ctx, empty_project,  # type: ignore[no-untyped-def]
                                                             tmp_path: Path) -> None:
    """The import dialog of the Russian UI explains a binary file in Russian."""
    from workbench.ui.partners.import_dialog import ImportDialog

    path = tmp_path / "dump.csv"
    path.write_bytes(bytes(range(256)) * 8)
    dialog = ImportDialog(make_ctx(empty_project, "ru"), path, [], "Интеграторы")
    qtbot.addWidget(dialog)
    assert not dialog.run_preview()
    assert dialog.summary.text() == "dump.csv — не таблица: похоже, это двоичный файл."
