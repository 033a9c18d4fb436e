"""Rules of direction that import-linter cannot express."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "workbench"


def test_matplotlib_qt_backend_only_in_the_ui() -> None:
    """Only workbench.ui uses matplotlib's Qt backend; elsewhere matplotlib draws with Agg."""
    offenders = [
        str(p.relative_to(ROOT)) for p in ROOT.rglob("*.py")
        if "ui" not in p.relative_to(ROOT).parts and re.search(r"^\s*(from|import)\s+matplotlib\.(pyplot|backends\.backend_qt)", p.read_text(encoding="utf-8"), re.M)
    ]
    assert offenders == []


def test_cli_module_does_not_import_qt_at_load() -> None:
    """Importing the CLI and every commands module pulls in no Qt (automation stays light)."""
    import subprocess
    import sys

    code = ("import sys, workbench.cli as c; c.build_parser(); "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'spacy', 'openpyxl', 'matplotlib'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True).stdout
    assert out.strip() == "[]"
