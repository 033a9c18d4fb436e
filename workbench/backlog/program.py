"""The program structure: program elements and value-map cards grouped by the three pillars.

Each element shows its status, the evidence behind it (through its card, and the cards that card
addresses or is addressed by) and the backlog items it needs (items linked to those cards).
:func:`ensure_catalogue` seeds the catalogue's elements a project lacks, in the project's language.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, func, select

from workbench.backlog.catalogue import BY_KEY, CATALOGUE, catalogue_title
from workbench.backlog.evidence import EvidenceQuote, fit_targets, quotes_for_cards
from workbench.errors import InputError
from workbench.store import models
from workbench.store.enums import CAPABILITY_STATUSES, PILLARS, VALUE_MAP_ZONES
from workbench.store.project import Project

ELEMENT_FIELDS = ("title", "description", "status", "card_id", "pillar", "position")


@dataclass(frozen=True)
class NeededItem:
    """A backlog item an element needs."""

    id: int
    title: str
    status: str
    release_name: str


@dataclass(frozen=True)
class ProgramElementRead:
    """A program element with what stands behind it."""

    id: int
    key: str
    pillar: str
    title: str
    catalogue_title_ru: str
    catalogue_title_en: str
    description: str
    status: str
    card_id: int | None
    card_title: str
    position: int
    evidence: tuple[EvidenceQuote, ...]
    partner_count: int
    items: tuple[NeededItem, ...]


@dataclass(frozen=True)
class ValueCardRead:
    """A value-map card under a pillar."""

    id: int
    zone: str
    title: str
    board_title: str


@dataclass(frozen=True)
class PillarGroup:
    """One pillar: its program elements and value-map cards."""

    pillar: str
    elements: tuple[ProgramElementRead, ...]
    cards: tuple[ValueCardRead, ...]

    def counts(self) -> dict[str, int]:
        """Elements by status."""
        out = dict.fromkeys(CAPABILITY_STATUSES, 0)
        for element in self.elements:
            out[element.status] = out.get(element.status, 0) + 1
        return out


def ensure_catalogue_in(session: Session, lang: str) -> list[int]:
    """Add the catalogue elements the project lacks; returns the new ids."""
    have = set(session.exec(select(models.ProgramElement.key)).all())
    last = session.exec(select(func.max(models.ProgramElement.position))).one()
    position = (last + 1) if last is not None else 0
    added = []
    for element in CATALOGUE:
        if element.key in have or have & set(element.aliases):
            continue
        row = models.ProgramElement(key=element.key, pillar=element.pillar, title=element.title(lang),
                                    description=element.description(lang), status="missing", position=position)
        session.add(row)
        session.flush()
        added.append(row.id or 0)
        position += 1
    return added


def ensure_catalogue(project: Project) -> list[int]:
    """Seed the catalogue if absent (in the project's language); returns the ids added."""
    with project.transaction() as session:
        lang_row = session.get(models.ProjectMeta, "lang")
        return ensure_catalogue_in(session, "en" if lang_row and lang_row.value == "en" else "ru")


def remove_elements(project: Project, element_ids: list[int]) -> None:
    """Delete elements (undo of seeding)."""
    with project.transaction() as session:
        for eid in element_ids:
            row = session.get(models.ProgramElement, eid)
            if row is not None:
                session.delete(row)


def _related_cards(card_id: int, targets: Mapping[int, list[int]], sources: Mapping[int, list[int]]) -> list[int]:
    return list(dict.fromkeys([card_id, *targets.get(card_id, ()), *sources.get(card_id, ())]))


def program_structure(project: Project) -> list[PillarGroup]:
    """The program by pillar, each element with its evidence and the backlog items it needs."""
    with project.session() as session:
        targets = fit_targets(session)
        sources: dict[int, list[int]] = defaultdict(list)
        for source, ts in targets.items():
            for t in ts:
                sources[t].append(source)
        # plain rows of the columns used, not ORM objects: this runs over every card and item of the project
        cards = {c.id: c for c in session.exec(select(models.Card.id, models.Card.title, models.Card.board_id,
                                                      models.Card.zone, models.Card.pillar)).all()}
        boards = dict(session.exec(select(models.Board.id, models.Board.title)).all())
        releases = dict(session.exec(select(models.Release.id, models.Release.name)).all())
        items = {i.id: i for i in session.exec(select(models.BacklogItem.id, models.BacklogItem.title,
                                                      models.BacklogItem.status, models.BacklogItem.release_id)).all()}
        items_by_card: dict[int, list[int]] = defaultdict(list)
        for item_id, card_id in session.exec(select(models.BacklogCardLink.backlog_item_id,
                                                    models.BacklogCardLink.card_id)).all():
            items_by_card[card_id].append(item_id)
        elements = session.exec(select(models.ProgramElement).order_by(
            col(models.ProgramElement.position), col(models.ProgramElement.id))).all()
        reads: dict[str, list[ProgramElementRead]] = defaultdict(list)
        for e in elements:
            related = _related_cards(e.card_id, targets, sources) if e.card_id is not None and e.card_id in cards else []
            quotes = tuple(quotes_for_cards(session, related)) if related else ()
            needed: list[NeededItem] = []
            for cid in related:
                for iid in items_by_card.get(cid, ()):
                    item = items[iid]
                    if item.status != "rejected" and all(n.id != iid for n in needed):
                        needed.append(NeededItem(iid, item.title, item.status,
                                                 releases.get(item.release_id, "") if item.release_id else ""))
            card = cards.get(e.card_id) if e.card_id else None
            reads[e.pillar].append(ProgramElementRead(
                id=e.id or 0, key=e.key, pillar=e.pillar, title=e.title,
                catalogue_title_ru=catalogue_title(e.key, "ru"), catalogue_title_en=catalogue_title(e.key, "en"),
                description=e.description, status=e.status, card_id=e.card_id,
                card_title=card.title if card else "", position=e.position, evidence=quotes,
                partner_count=len({q.partner_id for q in quotes if q.partner_id is not None}), items=tuple(needed)))
        vcards: dict[str, list[ValueCardRead]] = defaultdict(list)
        for c in sorted(cards.values(), key=lambda c: (c.board_id, VALUE_MAP_ZONES.index(c.zone)
                                                        if c.zone in VALUE_MAP_ZONES else 9, c.id or 0)):
            if c.zone in VALUE_MAP_ZONES and c.pillar in PILLARS:
                vcards[c.pillar].append(ValueCardRead(c.id or 0, c.zone, c.title, boards.get(c.board_id, "")))
    return [PillarGroup(p, tuple(reads.get(p, ())), tuple(vcards.get(p, ()))) for p in PILLARS]


def update_element(project: Project, element_id: int, fields: Mapping[str, Any]) -> dict[str, Any]:
    """Change an element (status, title, card, ...); returns the previous values (to undo)."""
    with project.transaction() as session:
        row = session.get(models.ProgramElement, element_id)
        if row is None:
            raise InputError(f"There is no program element {element_id}.")
        old = {}
        for field, value in fields.items():
            if field not in ELEMENT_FIELDS:
                raise InputError(f"The field {field!r} of a program element cannot be edited.")
            if field == "status" and value not in CAPABILITY_STATUSES:
                raise InputError(f"Unknown status {value!r}; use one of {', '.join(CAPABILITY_STATUSES)}.")
            if field == "pillar" and value not in PILLARS:
                raise InputError(f"Unknown pillar {value!r}.")
            if field == "title" and not str(value).strip():
                raise InputError("A program element needs a title.")
            if field == "card_id" and value is not None and session.get(models.Card, value) is None:
                raise InputError(f"There is no card {value}.")
            old[field] = getattr(row, field)
            setattr(row, field, value)
        return old


def element_title(element: ProgramElementRead, lang: str) -> str:
    """The catalogue name of the element in ``lang`` (its own title when outside the catalogue)."""
    if element.key in BY_KEY:
        return element.catalogue_title_ru if lang == "ru" else element.catalogue_title_en
    return element.title
