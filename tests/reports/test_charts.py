"""Leadership charts: files written by the CLI are real PNG and SVG images with the expected texts."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from workbench.errors import InputError
from workbench.reports.charts import CHARTS, criterion_labels, export_charts, parse_formats

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_cli_writes_every_chart_as_png_and_svg(demo_path: Path, tmp_path: Path) -> None:
    """`workbench export charts -o DIR` writes the four charts as valid PNG and SVG files."""
    out = tmp_path / "charts"
    run = subprocess.run([sys.executable, "-m", "workbench", "export", "charts", "--db", str(demo_path), "-o",
                          str(out), "--lang", "ru"], capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stderr
    for name in CHARTS:
        png = (out / f"{name}.png").read_bytes()
        assert png.startswith(PNG_MAGIC) and len(png) > 5_000
        width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
        assert width >= 400 and height >= 200
        root = ET.parse(out / f"{name}.svg").getroot()
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.{f}" for n in CHARTS for f in ("png", "svg"))


def test_svg_holds_russian_labels(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The Russian SVG charts carry Cyrillic titles and segment names as text."""
    files = export_charts(demo_project, tmp_path / "c", formats=("svg",), lang="ru")
    text = " ".join(p.read_text(encoding="utf-8") for p in files)
    # matplotlib's SVG writes glyphs as paths with the text in comments/ids; the titles are there.
    assert "Оценка сегментов" in text and "Бэклог по опорам" in text
    assert criterion_labels("ru")["market_size"] == "Размер рынка"


def test_one_chart_to_a_file(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """-o FILE.png with a chart name writes just that chart; without a name it is a clear error."""
    (path,) = export_charts(demo_project, tmp_path / "fit.png", chart="fit-by-segment", lang="en")
    assert path.read_bytes().startswith(PNG_MAGIC)
    with pytest.raises(InputError, match="--chart"):
        export_charts(demo_project, tmp_path / "x.png")
    with pytest.raises(InputError, match="Unknown chart format"):
        parse_formats("png,gif")
    assert parse_formats("svg, png,svg") == ("svg", "png")


def test_progress_and_empty_project(empty_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A project with no segments still gets its charts (empty axes), with progress to the end."""
    calls: list[tuple[int, int]] = []
    files = export_charts(empty_project, tmp_path / "c", formats=("png",), progress=lambda d, t: calls.append((d, t)))
    assert len(files) == len(CHARTS) and calls[-1][0] == calls[-1][1]
