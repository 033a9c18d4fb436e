"""Benchmark runner: every bench/bench_*.py ``measure()`` row in one table of ratios against baselines.

Each module's ``measure() -> list[dict]`` returns rows with ``name``, ``value``, ``baseline``,
``ratio`` (value against the bare baseline run side by side in the same run), ``goal`` and ``unit``;
``goal_of: "value"`` marks a goal that bounds the value itself rather than the ratio.
Run with ``make bench``; ``--only NAME`` runs the modules whose name contains NAME; ``--markdown``
prints the table for docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import platform
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(path: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def _fmt(x: object) -> str:
    if isinstance(x, float):
        return f"{x:.3g}" if abs(x) < 1000 else f"{x:,.0f}"
    return "" if x is None else str(x)


def machine() -> str:
    """One line describing the machine the table was measured on (and how busy it was)."""
    import os

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import PySide6

        qt = f", PySide6 {PySide6.__version__}"
    except ImportError:
        qt = ""
    load = ""
    if hasattr(os, "getloadavg"):
        load = ", load average {:.1f} {:.1f} {:.1f}".format(*os.getloadavg())
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}), "
            f"Python {platform.python_version()}{qt}{load}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default="")
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    rows: list[dict] = []
    print(f"# before: {machine()}", file=sys.stderr)
    for path in sorted(HERE.glob("bench_*.py")):
        if args.only and args.only not in path.stem:
            continue
        started = time.perf_counter()
        try:
            module = _load(path)
            result = module.measure()
        except Exception as exc:  # noqa: BLE001 - one broken bench must not hide the others
            traceback.print_exc()
            rows.append({"name": path.stem, "value": None, "baseline": None, "ratio": None, "goal": None,
                         "unit": f"FAILED: {type(exc).__name__}: {exc}"})
            continue
        rows.extend(result)
        print(f"# {path.stem}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    header = ("benchmark", "value", "baseline", "ratio", "goal", "unit", "met")
    table = []
    for row in rows:
        ratio, goal = row.get("ratio"), row.get("goal")
        # A goal is a ratio against the baseline unless the row says it bounds the value itself (e.g. 50 ms).
        measured = row.get("value") if row.get("goal_of") == "value" else ratio
        met = "" if measured is None or goal is None else ("yes" if measured <= goal else "NO")
        table.append((row["name"], _fmt(row.get("value")), _fmt(row.get("baseline")), _fmt(ratio), _fmt(goal),
                      row.get("unit", ""), met))
    if args.markdown:
        print(f"Machine: {machine()}\n")
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for line in table:
            print("| " + " | ".join(line) + " |")
    else:
        widths = [max(len(str(r[i])) for r in [header, *table]) for i in range(len(header))]
        print(machine())
        for line in [header, *table]:
            print("  ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=True)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
