"""The partners registry at 10,000 partners: import, load, filter and sort, against bare Qt baselines.

Filtering is compared with a bare ``QSortFilterProxyModel`` over a ``QStandardItemModel`` holding the
same 10,000 x 10 texts (``setFilterFixedString``, all columns, case-insensitive), run side by side.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

N = 10_000
CITIES = ("Москва", "Казань", "Пермь", "Томск", "Омск", "Уфа", "Самара", "Тверь")
SEARCHES = ("альфа", "казань", "сервис 12", "zzz", "о")


def _csv(path: Path) -> None:
    lines = ["Список партнёров;;;;", ";;;;", "Компания;Город;Сайт;Сотрудников;Клиентов"]
    for i in range(N):
        lines.append(f"ООО «Альфа-Сервис {i}»;{CITIES[i % len(CITIES)]};alpha{i}.ru;около {i % 300};{i % 900}")
    path.write_bytes("\r\n".join(lines).encode("cp1251"))


def _best(fn, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times) * 1000


def measure() -> list[dict]:
    """Rows: import 10k, load 10k, filter 10k (vs bare proxy), sort 10k (vs bare proxy)."""
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication

    from workbench.partners import service
    from workbench.partners.importer import import_partners
    from workbench.partners.scoring import rescore_partners
    from workbench.store.project import create_project
    from workbench.ui.models.partners import COLUMNS, PartnersFilterProxy, PartnersTableModel

    app = QApplication.instance() or QApplication([])
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.csv"
        _csv(path)
        project = create_project(Path(tmp) / "big.wbp")
        t0 = time.perf_counter()
        report = import_partners(project, path, segment="Bench")
        rescore_partners(project)
        import_ms = (time.perf_counter() - t0) * 1000
        assert report.added == N, report.added
        rows.append({"name": "partners: import 10k-row cp1251 CSV + rescore", "value": import_ms, "baseline": None,
                     "ratio": None, "goal": 15_000, "unit": "ms", "goal_of": "value"})

        first = service.list_partners(project)[0].id
        sizes = iter((5, 300, 7, 250, 9, 200))
        edit_ms = _best(lambda: service.update_partners(project, partner_ids=[first],
                                                        values={"employees": next(sizes)}), 3)
        rows.append({"name": "partners: edit one size at 10k (rescore + rerank segment)", "value": edit_ms,
                     "baseline": None, "ratio": None, "goal": 1000, "unit": "ms", "goal_of": "value"})

        model = PartnersTableModel()
        load_ms = _best(lambda: model.set_partners(service.list_partners(project)), 3)
        rows.append({"name": "partners: load 10k into the table model", "value": load_ms, "baseline": None,
                     "ratio": None, "goal": 1000, "unit": "ms", "goal_of": "value"})
        proxy = PartnersFilterProxy()
        proxy.setSourceModel(model)

        bare = QStandardItemModel(N, len(COLUMNS))
        for r, p in enumerate(model.partners()):
            for c, col in enumerate(COLUMNS):
                value = getattr(p, col)
                bare.setItem(r, c, QStandardItem("" if value is None else str(value)))
        bare_proxy = QSortFilterProxyModel()
        bare_proxy.setSourceModel(bare)
        bare_proxy.setFilterKeyColumn(-1)
        bare_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        def ours() -> None:
            for text in SEARCHES:
                proxy.set_filters(text=text)
                proxy.rowCount()
            proxy.set_filters(text="")

        def theirs() -> None:
            for text in SEARCHES:
                bare_proxy.setFilterFixedString(text)
                bare_proxy.rowCount()
            bare_proxy.setFilterFixedString("")

        ours_ms = _best(ours) / (len(SEARCHES) + 1)
        bare_ms = _best(theirs) / (len(SEARCHES) + 1)
        rows.append({"name": "partners: filter 10k by search text (per keystroke)", "value": ours_ms,
                     "baseline": bare_ms, "ratio": ours_ms / bare_ms if bare_ms else None, "goal": 50, "unit": "ms", "goal_of": "value"})
        proxy.set_filters(text="", status="candidate", city="Казань")
        seg_ms = _best(lambda: (proxy.set_filters(city="Пермь"), proxy.rowCount(), proxy.set_filters(city="Казань"))) / 2
        rows.append({"name": "partners: filter 10k by city + status (per change)", "value": seg_ms,
                     "baseline": None, "ratio": None, "goal": 50, "unit": "ms", "goal_of": "value"})
        proxy.set_filters(city="", status="")

        def sort_ours() -> None:
            proxy.sort(1, Qt.SortOrder.AscendingOrder)
            proxy.sort(1, Qt.SortOrder.DescendingOrder)

        def sort_bare() -> None:
            bare_proxy.sort(1, Qt.SortOrder.AscendingOrder)
            bare_proxy.sort(1, Qt.SortOrder.DescendingOrder)

        sort_ms, sort_bare_ms = _best(sort_ours, 3) / 2, _best(sort_bare, 3) / 2
        rows.append({"name": "partners: sort 10k by name", "value": sort_ms, "baseline": sort_bare_ms,
                     "ratio": sort_ms / sort_bare_ms if sort_bare_ms else None, "goal": 200, "unit": "ms", "goal_of": "value"})
        project.close()
    del app
    return rows


if __name__ == "__main__":
    for row in measure():
        print(row)
