"""The window paints before the heavy libraries load."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from workbench.app import run_gui
code = run_gui(sys.argv[1], smoke=True)
heavy = sorted(m for m in ("spacy", "matplotlib", "openpyxl", "thinc") if m in sys.modules)
print("heavy:", ",".join(heavy))
raise SystemExit(code)
"""


def test_smoke_start_imports_no_heavy_library(demo_path: Path) -> None:
    """Opening the app on the demo imports neither spaCy, matplotlib nor openpyxl before the first paint."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(demo_path)], capture_output=True, text=True,
                            timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert "heavy: \n" in result.stdout or result.stdout.strip().endswith("heavy:")
