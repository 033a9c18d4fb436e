"""Importing notes and transcripts: encodings, formats, splitting, speakers, one transaction, the CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from workbench.errors import InputError
from workbench.interviews import planning
from workbench.interviews import statements as st
from workbench.interviews.transcript import import_file, import_statements, parse_notes, preview_file

NOTES = (
    "# Интервью с «Альфа-Групп»\n\n"
    "Иван Петров: Нам важны выплаты без порога. Хотим получать деньги дважды в месяц!\n"
    "Анна: А как сейчас?\n\n"
    "боль: документы возим курьером, т.е. неделя на подпись.\n\n"
    "- Просят чат партнёров\n"
)


@pytest.fixture
def iv(demo_project):  # type: ignore[no-untyped-def]
    """A new planned interview."""
    partner = planning.partner_choices(demo_project)[0]
    return planning.plan_interview(demo_project, partner_id=partner.id, interviewer="A", planned_at=None)


def test_parse_splits_sentences_keeps_speakers_and_tags() -> None:
    """Paragraphs and sentences become statements; "Name:" is a speaker, "боль:" a kind; abbreviations stay."""
    lines = parse_notes(NOTES)
    assert [(line.speaker, line.kind, line.text) for line in lines] == [
        ("", None, "Интервью с «Альфа-Групп»"),
        ("Иван Петров", None, "Нам важны выплаты без порога."),
        ("Иван Петров", None, "Хотим получать деньги дважды в месяц!"),
        ("Анна", None, "А как сейчас?"),
        ("", "pain", "документы возим курьером, т.е. неделя на подпись."),
        ("", None, "Просят чат партнёров"),
    ]
    assert len(parse_notes(NOTES, by_sentence=False)) == 5


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251"])
def test_txt_in_both_encodings_reads_the_same(tmp_path: Path, encoding: str) -> None:
    """UTF-8 (with or without BOM) and cp1251 files give the same Russian statements."""
    path = tmp_path / "notes.txt"
    path.write_bytes(NOTES.encode(encoding))
    assert preview_file(path) == parse_notes(NOTES)


def test_docx_and_md(tmp_path: Path) -> None:
    """A Word document and a Markdown file import paragraph by paragraph."""
    import docx

    document = docx.Document()
    for paragraph in NOTES.split("\n\n"):
        for line in paragraph.splitlines():
            document.add_paragraph(line)
    path = tmp_path / "notes.docx"
    document.save(str(path))
    assert [line.text for line in preview_file(path)][1:3] == ["Нам важны выплаты без порога.",
                                                               "Хотим получать деньги дважды в месяц!"]
    md = tmp_path / "notes.md"
    md.write_text(NOTES, encoding="utf-8")
    assert preview_file(md)[-1].text == "Просят чат партнёров"


def test_bad_files_are_refused(tmp_path: Path) -> None:
    """Unknown suffixes, binary content and broken .docx files give clear input errors."""
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "c.docx").write_bytes(b"not a zip")
    for name in ("a.pdf", "b.txt", "c.docx", "missing.txt"):
        with pytest.raises(InputError):
            preview_file(tmp_path / name)


def test_import_is_one_transaction(demo_project, iv) -> None:  # type: ignore[no-untyped-def]
    """Import writes every line as "imported"; a bad line rolls the whole import back."""
    from workbench.interviews.transcript import ImportedLine

    with pytest.raises(InputError):
        import_statements(demo_project, interview_id=iv.id, lines=[ImportedLine("ok"), ImportedLine("   ")])
    assert st.list_statements(demo_project, interview_id=iv.id) == []
    ids = import_statements(demo_project, interview_id=iv.id, lines=parse_notes(NOTES))
    stored = st.list_statements(demo_project, interview_id=iv.id)
    assert [s.id for s in stored] == ids and {s.source for s in stored} == {"imported"}
    assert stored[1].speaker == "Иван Петров" and stored[4].kind == "pain"


def test_cli_import_notes(demo_path: Path, tmp_path: Path) -> None:
    """`workbench import notes FILE --db DB --interview ID` imports a cp1251 file and reports the count."""
    from workbench.store.project import open_project

    project = open_project(demo_path)
    try:
        iid = planning.plan_interview(project, partner_id=planning.partner_choices(project)[0].id,
                                      interviewer="A", planned_at=None).id
    finally:
        project.close()
    path = tmp_path / "n.txt"
    path.write_bytes(NOTES.encode("cp1251"))
    out = subprocess.run([sys.executable, "-m", "workbench", "import", "notes", str(path), "--db", str(demo_path),
                          "--interview", str(iid)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "imported 6 statements" in out.stdout
    project = open_project(demo_path)
    try:
        assert len(st.list_statements(project, interview_id=iid)) == 6
        assert import_file(project, interview_id=iid, path=path, by_sentence=False)
    finally:
        project.close()


def _docx_with(tmp_path: Path, name: str, document_xml: bytes) -> Path:
    """A real .docx whose word/document.xml is replaced by ``document_xml``."""
    import io
    import zipfile

    import docx

    out = io.BytesIO()
    docx.Document().save(out)
    path = tmp_path / name
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = document_xml if info.filename == "word/document.xml" else src.read(info.filename)
            dst.writestr(info.filename, body)
    return path


def test_hostile_docx_refused_before_python_docx(tmp_path: Path) -> None:
    """External entities, entity bombs, zip bombs and deep nesting in a .docx give one clear line each."""
    import time

    xxe = _docx_with(tmp_path, "xxe.docx", b'<?xml version="1.0"?>\n<!DOCTYPE x [ <!ENTITY e SYSTEM '
                     b'"file:///etc/passwd"> ]>\n<w:document>&e;</w:document>')
    with pytest.raises(InputError, match="xxe.docx: part word/document.xml declares XML entities"):
        preview_file(xxe)
    bomb = _docx_with(tmp_path, "bomb.docx", b"<w:document>" + b" " * (100 << 20) + b"</w:document>")
    started = time.monotonic()
    with pytest.raises(InputError, match=r"bomb.docx would unpack to 10\d MB \(limit 80 MB\); refusing it as a zip bomb"):
        preview_file(bomb)
    assert time.monotonic() - started < 1
    wrong = _docx_with(tmp_path, "wrong.docx", b"<a>" * 100_000 + b"</a>" * 100_000)
    with pytest.raises(InputError, match="wrong.docx: part word/document.xml starts with <a> where <document> belongs"):
        preview_file(wrong)
    deep = _docx_with(tmp_path, "deep.docx", b'<w:document xmlns:w="urn:w">' + b"<a>" * 100_000 + b"</a>" * 100_000
                      + b"</w:document>")
    with pytest.raises(InputError, match=r"^deep.docx is not a readable Word document \(.*nested too deeply\)\.$"):
        preview_file(deep)
    renamed = tmp_path / "photo.docx"
    renamed.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(500))
    with pytest.raises(InputError, match=r"photo.docx is not a Word document \(\.docx\): it is not a zip archive"):
        preview_file(renamed)
