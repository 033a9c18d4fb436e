"""Every importer meets the corpus of broken files: each is refused or imported with a clear message,
within time and memory bounds, with no traceback, no hang and no partial write.

The importers run in worker processes (``tests.fuzz.harness``), all at once, on private copies of the
demo project; each test then judges one importer's results. Defects found and not yet fixed by their
owners are listed in ``KNOWN_DEFECTS`` with the reason: the test fails if one of them is fixed (so the
list is kept honest) or if any other file misbehaves.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.fuzz.importers import IMPORTERS, available, missing

ROOT = Path(__file__).resolve().parents[2]
TIME_LIMIT_S = 8
MEMORY_LIMIT_MB = 600
MESSAGE_LIMIT = 1000
#: importers that read through workbench.partners.tabular; the million rows and the zip bombs are tried
#: once, through partners (the same checks in tabular.check_file refuse them for all three)
SHARED_READER = {"capabilities", "survey"}

#: (importer, file) -> what is wrong; reported to the owner, checked to still be wrong
KNOWN_DEFECTS: dict[tuple[str, str], str] = {}


def problems_of(result: dict[str, Any]) -> list[str]:
    """What is wrong with one file's outcome (empty when it was handled well)."""
    found = []
    if result["outcome"] not in ("refused", "imported"):
        found.append(f"{result['outcome']}: {result['message'][:300]}")
    if result["partial_write"]:
        found.append("refused, yet the project changed (partial write)")
    if result["peak_mb"] > MEMORY_LIMIT_MB:
        found.append(f"peak memory {result['peak_mb']} MB > {MEMORY_LIMIT_MB} MB")
    if result["outcome"] == "refused":
        message = result["message"]
        if not message.strip() or "Traceback" in message or len(message) > MESSAGE_LIMIT:
            found.append(f"unclear refusal message: {message[:200]!r}")
    return found


@pytest.fixture(scope="session")
def fuzz_results(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> dict[str, list[dict[str, Any]]]:
    """Build each importer's corpus and run all importers on them at once, in worker processes."""
    base = tmp_path_factory.mktemp("fuzz")
    procs: dict[str, tuple[subprocess.Popen[str], Path]] = {}
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for importer in available():
        db = base / f"{importer.name}.wbp"
        shutil.copyfile(demo_template, db)
        out = base / f"{importer.name}.jsonl"
        small = ["--small"] if importer.name in SHARED_READER else []
        with out.open("w") as fh:
            proc = subprocess.Popen(
                [sys.executable, "-m", "tests.fuzz.harness", "--importer", importer.name, "--db", str(db),
                 "--time-limit", str(TIME_LIMIT_S), "--build", str(base / importer.name), *small],
                stdout=fh, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        procs[importer.name] = (proc, out)
    results: dict[str, list[dict[str, Any]]] = {}
    for name, (proc, out) in procs.items():
        _, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, f"{name} worker died: {err[-2000:]}"
        results[name] = [json.loads(line) for line in out.read_text().splitlines() if line.strip()]
        results[name + ":db"] = [{"path": str(base / f"{name}.wbp")}]
    return results


@pytest.mark.parametrize("name", [imp.name for imp in IMPORTERS if imp.available()])
def test_every_broken_file_is_handled_cleanly(fuzz_results: dict[str, list[dict[str, Any]]], name: str) -> None:
    """Each corpus file is refused or imported with a clear message, in bounds, without partial writes."""
    results = fuzz_results[name]
    importer = next(imp for imp in IMPORTERS if imp.name == name)
    assert len(results) >= min(40, 25 * len(importer.suffixes))
    bad = {r["file"]: problems_of(r) for r in results if problems_of(r)}
    unexpected = {f: p for f, p in bad.items() if (name, f) not in KNOWN_DEFECTS}
    tried = {r["file"] for r in results}
    fixed = [f for (imp, f) in KNOWN_DEFECTS if imp == name and f in tried and f not in bad]
    assert unexpected == {}
    assert fixed == [], f"fixed now, remove from KNOWN_DEFECTS: {fixed}"
    assert any(r["outcome"] == "refused" for r in results)


@pytest.mark.parametrize("name", [imp.name for imp in IMPORTERS if imp.available()])
def test_the_project_is_sound_after_the_corpus(fuzz_results: dict[str, list[dict[str, Any]]], name: str) -> None:
    """After the whole corpus the project passes SQLite's integrity check."""
    import sqlite3

    conn = sqlite3.connect(fuzz_results[name + ":db"][0]["path"])
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_importers_not_yet_written_are_listed() -> None:
    """The issue's importers that do not exist yet are named, so the gap is visible (today: .qdpx)."""
    assert set(missing()) <= {"qdpx"}
    assert {imp.name for imp in available()} >= {"partners", "notes", "capabilities", "survey"}
