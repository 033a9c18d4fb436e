"""Searching statements at 30,000 (the large project) against a bare SQLite ``LIKE`` scan.

Ours is ``workbench.interviews.search.search_statements`` (word forms through the lemma index,
then the hits with partner names from the database), after the index has been built once (that
build, which the search dialog runs in a worker, is its own row). The baseline is raw sqlite3 on the
same file: ``SELECT ... WHERE text LIKE '%word%' LIMIT 200`` per word of the query, which finds
fewer forms. Queries are words taken from the project's own statements, one two-word query, and a
word that is nowhere. The goal bounds the slowest query (50 ms, a keystroke's budget).
"""

from __future__ import annotations

import os
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

ROUNDS = 5


def _queries(conn: sqlite3.Connection) -> list[str]:
    words: list[str] = []
    for (body,) in conn.execute("SELECT text FROM statement WHERE id % 3001 = 7 ORDER BY id LIMIT 12"):
        long = [w for w in re.findall(r"[А-Яа-яЁё]{6,}", body)]
        if long:
            words.append(long[0].lower())
    words = list(dict.fromkeys(words))[:6]
    return [*words, f"{words[0]} {words[1]}", "зюзюкница"]


def measure() -> list[dict]:
    """Rows: index build at 30k, slowest and median query at 30k vs bare LIKE."""
    from _large import copy_of, large_project

    from workbench.interviews.search import refresh_index, search_statements, statement_count
    from workbench.store.project import open_project

    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("WORKBENCH_HOME", str(Path(tmp) / "home"))
        path = copy_of(large_project(), Path(tmp), "search.wbp")
        project = open_project(path, backup=False)
        count = statement_count(project)
        t0 = time.perf_counter()
        refresh_index(project)
        build_s = time.perf_counter() - t0
        bare = sqlite3.connect(path)
        queries = _queries(bare)

        def ours(q: str) -> float:
            t = time.perf_counter()
            search_statements(project, q)
            return (time.perf_counter() - t) * 1000

        def theirs(q: str) -> float:
            t = time.perf_counter()
            found: set[int] | None = None
            for word in q.split():
                ids = {r[0] for r in bare.execute(
                    "SELECT id FROM statement WHERE text LIKE ? LIMIT 200", (f"%{word}%",))}
                found = ids if found is None else found & ids
            return (time.perf_counter() - t) * 1000

        per_ours: dict[str, float] = {}
        per_bare: dict[str, float] = {}
        for q in queries:
            ours(q)  # warm the lemma cache for the query words
            per_ours[q] = min(ours(q) for _ in range(ROUNDS))
            per_bare[q] = min(theirs(q) for _ in range(ROUNDS))
        project.close()
        bare.close()
    slow, slow_bare = max(per_ours.values()), max(per_bare.values())
    med, med_bare = statistics.median(per_ours.values()), statistics.median(per_bare.values())
    return [
        {"name": f"search statements at {count:,}: build the word-form index", "value": build_s, "baseline": None,
         "ratio": None, "goal": None, "unit": "s"},
        {"name": f"search statements at {count:,}: slowest of {len(queries)} queries", "value": slow,
         "baseline": slow_bare, "ratio": slow / slow_bare if slow_bare else None, "goal": 50, "unit": "ms",
         "goal_of": "value"},
        {"name": f"search statements at {count:,}: median query", "value": med, "baseline": med_bare,
         "ratio": med / med_bare if med_bare else None, "goal": 50, "unit": "ms", "goal_of": "value"},
    ]


if __name__ == "__main__":
    for row in measure():
        print(row)
