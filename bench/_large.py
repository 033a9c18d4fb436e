"""The large synthetic project (``workbench demo --scale 10``), built once and cached for the benches.

The cache lives in ``$TMPDIR/workbench-bench`` under a name that changes with the demo generator and
the schema, so a stale file is never measured. Benches work on copies, never on the cached file.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(tempfile.gettempdir()) / "workbench-bench"


def _key(scale: int) -> str:
    digest = hashlib.sha1(str(scale).encode())
    for path in sorted([ROOT / "workbench" / "demo.py", *(ROOT / "workbench" / "demodata").rglob("*.py"),
                        *(ROOT / "workbench" / "store" / "migrations").rglob("*.py"),
                        ROOT / "workbench" / "store" / "models.py"]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def large_project(scale: int = 10) -> Path:
    """The cached ``--scale`` demo project file, built on first use (a few seconds at scale 10)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"demo-s{scale}-{_key(scale)}.wbp"
    if not path.exists():
        for old in CACHE.glob(f"demo-s{scale}-*.wbp*"):
            old.unlink()
        part = path.with_suffix(".building.wbp")
        env = {**os.environ, "WORKBENCH_HOME": str(CACHE / "home")}
        subprocess.run([sys.executable, "-m", "workbench", "demo", str(part), "--scale", str(scale), "--force"],
                       check=True, capture_output=True, timeout=900, env=env, cwd=ROOT)
        for suffix in ("-wal", "-shm"):
            Path(str(part) + suffix).unlink(missing_ok=True)
        part.replace(path)
    return path


def copy_of(path: Path, folder: Path, name: str | None = None) -> Path:
    """A private copy of a project file in ``folder``."""
    target = Path(folder) / (name or path.name)
    shutil.copyfile(path, target)
    return target
