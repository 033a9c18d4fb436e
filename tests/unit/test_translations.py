"""Every visible string of the UI has a Russian translation."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _phrase_book() -> dict[str, dict[str, str]]:
    sys.path.insert(0, str(ROOT / "resources" / "translations"))
    try:
        import update  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    return update.phrase_book()


def test_every_ui_string_has_russian(tmp_path: Path) -> None:
    """lupdate over the UI finds no source string without a Russian phrase."""
    sources = sorted(str(p) for p in (ROOT / "workbench").rglob("*.py") if "ui" in p.parts or p.name == "app.py")
    ts = tmp_path / "check.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(ts)], check=True, timeout=120)
    book = _phrase_book()
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314 - our own generated file
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if not (book.get(name, {}).get(source) or book.get("*", {}).get(source)):
                missing.append(f"[{name}] {source}")
    assert missing == [], f"{len(missing)} strings without Russian, e.g. {missing[:10]}"


def test_shipped_ts_is_complete() -> None:
    """The committed workbench_ru.ts has no unfinished translation."""
    root = ET.parse(ROOT / "resources" / "translations" / "workbench_ru.ts").getroot()  # noqa: S314
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if (m.find("translation") is not None and m.find("translation").get("type") == "unfinished")]
    assert unfinished == []
