"""Search over every statement of a project that understands Russian word forms.

"выплата" finds "выплаты" and "выплат": statements and queries are both reduced to lemmas with
:func:`workbench.nlp.api.lemmas` (pymorphy3 for Russian, a lookup table for English). The lemma
index lives in memory, one per open project: built on the first search (about 30,000 statements
a few seconds, in a worker in the UI), then kept fresh incrementally by comparing each statement's
``updated_at``; a search itself is a set intersection (well under 50 ms at 30,000 statements). No
table is added to the project file.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, text
from sqlmodel import select

from workbench.store import models
from workbench.store.project import Project

log = logging.getLogger(__name__)

_WORD = re.compile(r"[\wЁё]+", re.UNICODE)


def lemmas_of(text_: str) -> set[str]:
    """The lemmas a statement or query is indexed by (every word, content words lemmatised)."""
    from workbench.nlp import api

    words = {w.lower().replace("ё", "е") for w in _WORD.findall(text_)}
    try:
        found = set(api.lemmas(text_))
    except ValueError:
        found = set()
    return found | words


@dataclass(frozen=True)
class SearchHit:
    """A statement that matched, with enough context to show and open it."""

    statement_id: int
    interview_id: int
    text: str
    kind: str | None
    partner_name: str
    position: int


@dataclass
class LemmaIndex:
    """Inverted index lemma -> statement ids, with the ``updated_at`` each statement was indexed at."""

    postings: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    stamps: dict[int, str] = field(default_factory=dict)
    lemmas: dict[int, frozenset[str]] = field(default_factory=dict)
    signature: tuple[object, ...] = ()

    def add(self, statement_id: int, stamp: str, text_: str) -> None:
        """Index (or re-index) one statement."""
        self.remove(statement_id)
        words = frozenset(lemmas_of(text_))
        for word in words:
            self.postings[word].add(statement_id)
        self.lemmas[statement_id] = words
        self.stamps[statement_id] = stamp

    def remove(self, statement_id: int) -> None:
        """Forget one statement."""
        for word in self.lemmas.pop(statement_id, ()):
            ids = self.postings.get(word)
            if ids is not None:
                ids.discard(statement_id)
                if not ids:
                    del self.postings[word]
        self.stamps.pop(statement_id, None)


_indexes: dict[str, LemmaIndex] = {}
_lock = threading.Lock()


def _signature(project: Project) -> tuple[object, ...]:
    with project.engine.connect() as conn:
        row = conn.execute(text("SELECT count(*), max(id), max(updated_at) FROM statement")).one()
    return tuple(row)


def refresh_index(
    project: Project,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> LemmaIndex:
    """The project's index, brought up to date (only new or changed statements are lemmatised)."""
    with _lock:
        index = _indexes.setdefault(project.url, LemmaIndex())
        signature = _signature(project)
        if signature == index.signature:
            return index
        with project.engine.connect() as conn:
            stamps = {int(r[0]): str(r[1]) for r in conn.execute(text("SELECT id, updated_at FROM statement"))}
        for gone in set(index.stamps) - set(stamps):
            index.remove(gone)
        stale = [sid for sid, stamp in stamps.items() if index.stamps.get(sid) != stamp]
        total = len(stale)
        with project.engine.connect() as conn:
            for start in range(0, total, 500):
                chunk = stale[start:start + 500]
                marks = ",".join(str(int(i)) for i in chunk)
                for sid, stamp, body in conn.execute(text(f"SELECT id, updated_at, text FROM statement WHERE id IN ({marks})")):  # noqa: S608 - ints
                    index.add(int(sid), str(stamp), body)
                if progress is not None:
                    progress(min(start + 500, total), total)
        index.signature = signature
        return index


def forget_index(project: Project) -> None:
    """Drop the in-memory index of a project (when it is closed)."""
    with _lock:
        _indexes.pop(project.url, None)


def search_statements(project: Project, query: str, *, limit: int = 200) -> list[SearchHit]:
    """Statements containing every word of ``query`` in any grammatical form, in interview order."""
    words = [w for w in _WORD.findall(query)]
    if not words:
        return []
    index = refresh_index(project)
    found: set[int] | None = None
    for word in words:
        forms = lemmas_of(word)
        ids: set[int] = set()
        for form in forms:
            ids |= index.postings.get(form, set())
        found = ids if found is None else found & ids
        if not found:
            return []
    assert found is not None
    s, i, p = models.Statement, models.Interview, models.Partner
    chosen = sorted(found)[: limit * 5]
    with project.session() as session:
        rows = session.exec(
            select(s.id, s.interview_id, s.text, s.kind, p.name, s.position)
            .join(i, i.id == s.interview_id).join(p, p.id == i.partner_id)
            .where(s.id.in_(chosen))  # type: ignore[union-attr]
            .order_by(i.id.desc(), s.position)  # type: ignore[union-attr]
            .limit(limit)
        ).all()
    return [SearchHit(statement_id=r[0], interview_id=r[1], text=r[2], kind=r[3], partner_name=r[4], position=r[5])
            for r in rows]


def statement_count(project: Project) -> int:
    """How many statements the project has (for the search box's placeholder)."""
    with project.session() as session:
        return int(session.exec(select(func.count(models.Statement.id))).one())
