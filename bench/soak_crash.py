"""Soak test: kill ``notes add`` (and imports, backups, opens) many more times than the suite does.

Usage::

    .venv/bin/python bench/soak_crash.py --rounds 500            # notes add killed 500 times
    .venv/bin/python bench/soak_crash.py --rounds 200 --imports 20 --backups 20 --opens 20
    .venv/bin/python bench/soak_crash.py --fuzz                  # the import corpus through every importer

Each ``notes add`` round starts a real process, feeds it statements, SIGKILLs it at a random moment
and checks that every acknowledged statement is in the file and that ``PRAGMA integrity_check`` is ok.
Prints the figures for docs/RELIABILITY.md. Exit code 1 if anything was lost or damaged.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.test_crash import (  # noqa: E402
    _kill_random,
    _notes_txt,
    _partners_csv,
    integrity,
    notes_rounds,
    rows,
)


def soak_notes(db: Path, rounds: int, seed: int) -> dict[str, object]:
    """Kill ``notes add`` ``rounds`` times; the figures."""
    start = time.perf_counter()
    results = notes_rounds(db, rounds, seed)
    lost = sum(len(r.lost) for r in results)
    return {"what": "notes add killed", "rounds": len(results), "acknowledged": sum(r.acked for r in results),
            "rounds_killed_mid_stream": sum(1 for r in results if r.acked),
            "lost": lost, "integrity_failures": sum(1 for r in results if r.integrity != "ok"),
            "seconds": round(time.perf_counter() - start, 1)}


def soak_imports(db: Path, rounds: int, seed: int, work: Path) -> dict[str, object]:
    """Kill partners and notes imports at random; each must be all or nothing."""
    rng = random.Random(seed)
    outcomes = {"none": 0, "all": 0, "partial": 0}
    damaged = 0
    for n in range(rounds):
        partners = n % 2 == 0
        table = "partner" if partners else "statement"
        before = rows(db, f"SELECT count(*) FROM {table}")[0][0]
        if partners:
            size, source = 1500, _partners_csv(work / f"p{n}.csv", 1500, f"s{seed}-{n}")
            args = ["import", "partners", str(source), "--db", str(db), "--segment", "Soak"]
        else:
            size, source = 1000, _notes_txt(work / f"n{n}.txt", 1000)
            args = ["import", "notes", str(source), "--db", str(db), "--interview", "2", "--paragraphs"]
        _kill_random(args, work, rng.uniform(0.4, 2.5))
        added = rows(db, f"SELECT count(*) FROM {table}")[0][0] - before
        outcomes["none" if added == 0 else "all" if added == size else "partial"] += 1
        damaged += integrity(db) != "ok"
    return {"what": "imports killed", "rounds": rounds, **outcomes, "integrity_failures": damaged}


def soak_backups(db: Path, rounds: int, seed: int) -> dict[str, object]:
    """Kill a process taking backups in a loop; every listed backup must be sound."""
    from tests.e2e.test_crash import _BACKUP_LOOP, _env
    from workbench.store.backup import list_backups

    rng = random.Random(seed)
    for _ in range(rounds):
        proc = subprocess.Popen([sys.executable, "-c", _BACKUP_LOOP, str(db)], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, env=_env(), text=True)
        assert proc.stdout is not None
        proc.stdout.readline()
        time.sleep(rng.uniform(0.0, 0.4))
        proc.kill()
        proc.wait(10)
        proc.stdout.close()
    backups = list_backups(db)
    bad = [b.path.name for b in backups if integrity(b.path) != "ok"]
    return {"what": "backups killed", "rounds": rounds, "backups_left": len(backups), "broken_backups": len(bad)}


def soak_opens(rounds: int, seed: int, work: Path) -> dict[str, object]:
    """Kill the opening (and migration) of the golden schema-1 file; it must be before or after, whole."""
    from tests.store.test_migrations import GOLDEN, GOLDEN_COUNTS, table_counts

    rng = random.Random(seed)
    bad = 0
    for n in range(rounds):
        db = work / f"old{n}.wbp"
        shutil.copyfile(GOLDEN, db)
        _kill_random(["info", "--db", str(db)], work, rng.uniform(0.05, 1.0))
        bad += integrity(db) != "ok" or table_counts(db, list(GOLDEN_COUNTS)) != GOLDEN_COUNTS
    return {"what": "opens/migrations killed", "rounds": rounds, "damaged_or_lost": bad}


def fuzz_figures(work: Path, demo: Path) -> list[dict[str, object]]:
    """Run every importer over its full corpus; one row of figures per importer."""
    from tests.fuzz.importers import available, missing
    from tests.fuzz.test_fuzz_imports import KNOWN_DEFECTS, problems_of

    table = []
    for importer in available():
        db = work / f"fuzz-{importer.name}.wbp"
        shutil.copyfile(demo, db)
        out = subprocess.run([sys.executable, "-m", "tests.fuzz.harness", "--importer", importer.name, "--db",
                              str(db), "--time-limit", "8", "--build", str(work / f"corpus-{importer.name}")],
                             capture_output=True, text=True, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)))
        results = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
        bad = [r["file"] for r in results if problems_of(r)]
        table.append({"importer": importer.name, "files": len(results),
                      "refused": sum(r["outcome"] == "refused" for r in results),
                      "imported": sum(r["outcome"] == "imported" for r in results),
                      "known_defects": sum((importer.name, f) in KNOWN_DEFECTS for f in bad),
                      "new_problems": [f for f in bad if (importer.name, f) not in KNOWN_DEFECTS],
                      "partial_writes": sum(r["partial_write"] for r in results),
                      "max_cpu_s": max((r.get("cpu_seconds", 0) for r in results), default=0),
                      "max_peak_mb": max((r["peak_mb"] for r in results), default=0)})
    table.append({"importer": "missing", "names": missing()})
    return table


def main() -> int:
    """Run the soak and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=300, help="notes add rounds (default 300)")
    parser.add_argument("--imports", type=int, default=0, help="import rounds")
    parser.add_argument("--backups", type=int, default=0, help="backup rounds")
    parser.add_argument("--opens", type=int, default=0, help="open/migration rounds")
    parser.add_argument("--fuzz", action="store_true", help="also run the import corpus through every importer")
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args()
    os.environ.setdefault("WORKBENCH_HOME", tempfile.mkdtemp(prefix="wbsoak-home-"))
    from workbench.store.commands import build_demo_file

    with tempfile.TemporaryDirectory(prefix="wbsoak-") as tmp:
        work = Path(tmp)
        demo = build_demo_file(work / "demo.wbp")
        figures: list[dict[str, object]] = []
        if args.rounds:
            figures.append(soak_notes(demo, args.rounds, args.seed))
        if args.imports:
            figures.append(soak_imports(demo, args.imports, args.seed, work))
        if args.backups:
            figures.append(soak_backups(demo, args.backups, args.seed))
        if args.opens:
            figures.append(soak_opens(args.opens, args.seed, work))
        if args.fuzz:
            clean = build_demo_file(work / "fuzz-template.wbp")
            figures.extend(fuzz_figures(work, clean))
    print(f"seed {args.seed}")
    for row in figures:
        print(json.dumps(row, ensure_ascii=False))
    failed = any(row.get("lost") or row.get("integrity_failures") or row.get("partial") or row.get("broken_backups")
                 or row.get("damaged_or_lost") or row.get("new_problems") or row.get("partial_writes")
                 for row in figures)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
