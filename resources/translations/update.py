"""Refresh workbench_ru.ts from the sources and fill it from the Russian phrase books.

Run by ``make update-translations``. ``pyside6-lupdate`` collects every ``tr()`` and
``QCoreApplication.translate()`` string of the UI into the .ts file; the phrase books in
``resources/translations/ru/*.json`` ({context: {English source: Russian}}) are kept per screen so
that screens can be translated independently. A source with no Russian stays "unfinished", and
a test fails on it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET  # noqa: S405 - our own generated file, not user input
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TS = HERE / "workbench_ru.ts"


def phrase_book() -> dict[str, dict[str, str]]:
    """All Russian phrases, by context."""
    merged: dict[str, dict[str, str]] = {}
    for path in sorted((HERE / "ru").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for context, pairs in data.items():
            merged.setdefault(context, {}).update(pairs)
    return merged


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "workbench").rglob("*.py") if "ui" in p.parts or p.name == "app.py")
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-silent", "-no-obsolete", *sources, "-ts", str(TS)], check=True)
    book = phrase_book()
    tree = ET.parse(TS)  # noqa: S314
    root = tree.getroot()
    root.set("language", "ru_RU")
    missing = 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            russian = book.get(name, {}).get(source) or book.get("*", {}).get(source)
            if russian:
                translation.text = russian
                translation.attrib.pop("type", None)
            elif not (translation.text or "").strip():
                missing += 1
                print(f"missing: [{name}] {source!r}")
    ET.indent(tree)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    print(f"{TS.name}: {missing} strings without Russian")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
