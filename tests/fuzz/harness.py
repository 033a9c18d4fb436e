"""Run one importer on every file of a corpus, in a worker process with time and memory bounds.

``python -m tests.fuzz.harness --importer NAME --db PROJECT [--build DIR] [FILE...]`` (``--build`` first
writes the importer's corpus into DIR) prints one JSON line per file::

    {"file": "zip-bomb-honest.xlsx", "outcome": "refused", "message": "...", "seconds": 0.01,
     "peak_mb": 95.2, "partial_write": false}

``outcome`` is ``imported`` (the importer returned; ``message`` is its report), ``refused`` (it raised
a WorkbenchError; ``message`` is what the user reads), ``crash`` (any other exception: a bug, with its
traceback), ``timeout`` (over the CPU-time limit, or hung) or ``memory``. ``partial_write`` is true when a refused file still changed the
project (every table is hashed before and after). The address space is capped so that a bomb becomes
a MemoryError here rather than a machine out of memory; the peak resident memory is measured per file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import signal
import sqlite3
import sys
import time
import traceback
from pathlib import Path
from typing import Any

TIME_LIMIT_S = 20
#: a file still running after this many times the CPU limit in wall time is a hang (the machine may be busy)
HANG_FACTOR = 4
ADDRESS_SPACE_BYTES = 3 << 30


class _Timeout(BaseException):
    pass


def _alarm(_signum: int, _frame: Any) -> None:
    raise _Timeout


def project_digest(path: Path) -> str:
    """A hash of every row of every table of the project (read-only)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    try:
        digest = hashlib.sha256()
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for table in tables:
            digest.update(table.encode())
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        conn.close()


def _reset_peak() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def _peak_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(importer: Any, project: Any, db: Path, path: Path, *, time_limit: int = TIME_LIMIT_S) -> dict[str, Any]:
    """Import ``path`` and describe what happened."""
    from workbench.errors import WorkbenchError

    before = project_digest(db)
    _reset_peak()
    start = time.perf_counter()
    cpu_start = time.process_time()
    outcome, message = "imported", ""
    signal.signal(signal.SIGALRM, _alarm)
    signal.signal(signal.SIGPROF, _alarm)
    signal.setitimer(signal.ITIMER_PROF, time_limit + 0.5)  # CPU time of this process
    signal.alarm(time_limit * HANG_FACTOR)  # wall time: a hang
    try:
        message = importer.run(project, path)
    except WorkbenchError as exc:
        outcome, message = "refused", str(exc)
    except _Timeout:
        outcome, message = "timeout", f"stopped after {time_limit} s of CPU or {time_limit * HANG_FACTOR} s in all"
    except MemoryError:
        outcome, message = "memory", "ran out of the address space allowed"
    except BaseException as exc:  # noqa: BLE001 - a crash is what we are looking for
        outcome, message = "crash", f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}"
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.alarm(0)
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    if cpu >= time_limit and outcome != "timeout":
        outcome, message = "timeout", f"took {cpu:.1f} s of CPU (limit {time_limit} s), then: {message}"
    peak = _peak_mb()
    after = project_digest(db)
    return {"file": path.name, "outcome": outcome, "message": message[:2000], "seconds": round(seconds, 3),
            "cpu_seconds": round(cpu, 3),
            "peak_mb": round(peak, 1), "partial_write": outcome != "imported" and before != after,
            "changed": before != after}


def main(argv: list[str] | None = None) -> int:
    """Run an importer over files and print one JSON line per file."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--importer", required=True)
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--time-limit", type=int, default=TIME_LIMIT_S)
    parser.add_argument("--build", type=Path, metavar="DIR", help="first build the importer's corpus in DIR")
    parser.add_argument("--small", action="store_true", help="with --build: leave out the largest files")
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args(argv)
    from tests.fuzz.importers import by_name
    from workbench.store.project import open_project

    importer = by_name(args.importer)
    files = list(args.files)
    if args.build:
        from tests.fuzz.corpus import build_corpus

        files += build_corpus(args.build, importer.suffixes, importer.seeds(), importer.header, big=not args.small)
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_BYTES, ADDRESS_SPACE_BYTES))
    project = open_project(args.db, backup=False)
    try:
        for path in files:
            print(json.dumps(run_one(importer, project, args.db, path, time_limit=args.time_limit),
                             ensure_ascii=False), flush=True)
    finally:
        project.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
