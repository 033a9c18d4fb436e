"""Command palette (Ctrl+K) on the scale-10 demo: reading every item, and ranking per keystroke.

The baseline for a keystroke is Qt's own QSortFilterProxyModel.setFilterFixedString over the same
entries (plain case-insensitive substring, no ranking, no fuzzy match, no English or other-layout
match), run side by side. The goal bounds the value: a keystroke under 50 ms keeps typing fluid.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUERIES = ("инт", "интеграторы", "gfhnyth", "боль", "выплат", "theme", "к", "новый проект", "amo", "zzz")
ROUNDS = 3


def measure() -> list[dict]:
    """Rows: item read, slowest keystroke and median keystroke vs a bare proxy filter."""
    from _large import copy_of, large_project
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication

    from workbench.store.directory import jump_targets
    from workbench.store.project import open_project
    from workbench.ui.palette import PaletteFilter, PaletteModel, item_entries

    app = QApplication.instance() or QApplication(["bench"])  # noqa: F841 - Qt needs it
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("WORKBENCH_HOME", str(Path(tmp) / "home"))
        project = open_project(copy_of(large_project(), Path(tmp), "palette.wbp"), backup=False)
        reads = []
        for _ in range(ROUNDS):
            t = time.perf_counter()
            items = jump_targets(project)
            reads.append(time.perf_counter() - t)
        project.close()
    entries = item_entries(items)
    model = PaletteModel()
    model.set_entries(entries)
    ours = PaletteFilter()
    ours.setSourceModel(model)
    plain = QStandardItemModel()
    for entry in entries:
        plain.appendRow([QStandardItem(entry.text), QStandardItem(entry.where)])
    bare = QSortFilterProxyModel()
    bare.setSourceModel(plain)
    bare.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    bare.setFilterKeyColumn(-1)

    def timed(fn, query: str) -> float:  # type: ignore[no-untyped-def]
        best = float("inf")
        for _ in range(ROUNDS):
            t = time.perf_counter()
            fn(query)
            best = min(best, (time.perf_counter() - t) * 1000)
        return best

    per_ours = {q: timed(ours.set_query, q) for q in QUERIES}
    per_bare = {q: timed(bare.setFilterFixedString, q) for q in QUERIES}
    slow, slow_bare = max(per_ours.values()), max(per_bare.values())
    med, med_bare = statistics.median(per_ours.values()), statistics.median(per_bare.values())
    n = len(entries)
    return [
        {"name": f"palette at {n:,} items: read every item (off the UI thread)", "value": min(reads) * 1000,
         "baseline": None, "ratio": None, "goal": None, "unit": "ms"},
        {"name": f"palette at {n:,} items: slowest keystroke of {len(QUERIES)}", "value": slow,
         "baseline": slow_bare, "ratio": slow / slow_bare if slow_bare else None, "goal": 50, "unit": "ms",
         "goal_of": "value"},
        {"name": f"palette at {n:,} items: median keystroke", "value": med, "baseline": med_bare,
         "ratio": med / med_bare if med_bare else None, "goal": 50, "unit": "ms", "goal_of": "value"},
    ]


if __name__ == "__main__":
    for row in measure():
        print(row)
