"""The segment brief: one PDF page per segment, Russian text rendered, the canvas and figures on it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.errors import InputError
from workbench.reports.brief import export_brief


def _pages(pdf: Path) -> int:
    data = pdf.read_bytes()
    return data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type /Page>")


def test_cli_writes_one_page_per_segment(demo_path: Path, tmp_path: Path) -> None:
    """`workbench export brief -o FILE.pdf` writes an A4 PDF with one page per segment of the demo."""
    out = tmp_path / "brief.pdf"
    run = subprocess.run([sys.executable, "-m", "workbench", "export", "brief", "--db", str(demo_path), "-o",
                          str(out), "--lang", "ru"], capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stderr
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
        assert "Pages:           2" in info and "A4" in info


def test_folder_gets_a_file_per_segment(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """-o DIR gets brief-<segment>.pdf for each segment; --segment narrows it to one."""
    files = export_brief(demo_project, tmp_path / "briefs", lang="en")
    assert len(files) == 2 and all(f.parent == tmp_path / "briefs" and f.suffix == ".pdf" for f in files)
    (one,) = export_brief(demo_project, tmp_path / "one", segment="amoCRM")
    assert one.name == "brief-интеграторы-amocrm.pdf"
    with pytest.raises(InputError, match="no segment"):
        export_brief(demo_project, tmp_path / "x.pdf", segment="nothing like it")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils are not installed")
def test_russian_text_is_real_text(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The page's Russian headings, zones, score and top pain come out of the PDF as text."""
    from workbench.reports.data import segment_views

    view = segment_views(demo_project)[0]
    (pdf,) = export_brief(demo_project, tmp_path / "b.pdf", segment=view.name, lang="ru")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    for word in ("Главные боли", "Карта ценности", "Профиль клиента", "Соответствие", view.name,
                 f"{view.score:.0f}", "Главные пункты бэклога"):
        assert word in text, word
    assert view.top_pains[0][:20] in " ".join(text.split())


def test_progress_reaches_the_end(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """progress(done, total) ends at total."""
    calls: list[tuple[int, int]] = []
    export_brief(demo_project, tmp_path / "p.pdf", progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (3, 3)


def test_no_segments_is_a_clear_error(empty_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A project without segments gives a one-line error and writes nothing."""
    with pytest.raises(InputError, match="no segments"):
        export_brief(empty_project, tmp_path / "b.pdf")
    assert not (tmp_path / "b.pdf").exists() and not list(tmp_path.glob("*.part"))
