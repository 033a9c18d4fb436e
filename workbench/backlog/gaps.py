"""Gap analysis: what the value map promises, or a severe pain needs, that the vendor lacks.

For every value-map card (products, relievers, creators) and every severe pain that no reliever
addresses (no :class:`~workbench.store.models.FitLink` to it), the capabilities are searched:
first by link (``Capability.card_id`` is the card, or a pain/gain the card addresses), then by
name (the share of shared lemmas, so "Выплаты без порога" finds "Выплата без минимального
порога"). A capability the vendor *has* closes the gap; a *partial* or *missing* one, or none,
opens it. Each gap becomes a proposed backlog item keyed ``card:<id>`` and linked to the card
and the profile cards it addresses (and through them to the evidence). Running it again finds
the same keys and creates nothing new; a card already covered by a hand-made item is skipped.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from workbench.backlog.evidence import fit_targets, linked_cards
from workbench.backlog.service import create_item_in, recompute_in, take_write_lock
from workbench.store import models
from workbench.store.enums import VALUE_MAP_ZONES
from workbench.store.project import Project

log = logging.getLogger(__name__)

NAME_MATCH = 0.5  # Dice coefficient of the lemma sets at which two names match
# Words every card and capability of a partner program shares: they say nothing about the topic.
GENERIC = frozenset("партнер партнерский partner partners клиент client clients вендор vendor программа program "
                    "наш свой our".split())
SEVERE_IMPORTANCE = 3

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Gap:
    """One card the capabilities do not (fully) cover."""

    card_id: int
    card_title: str
    zone: str
    reason: str  # "missing", "partial", "no_capability"
    capability_id: int | None
    capability_name: str
    item_id: int | None
    created: bool


@dataclass
class GapReport:
    """What a run of the gap analysis found and did."""

    examined: int = 0
    covered: int = 0
    gaps: list[Gap] = field(default_factory=list)
    created_ids: list[int] = field(default_factory=list)
    unmatched: list[tuple[int, str]] = field(default_factory=list)  # no capability and no evidence: not proposed
    added_link_ids: list[int] = field(default_factory=list)
    skipped_existing: int = 0

    @property
    def created(self) -> int:
        """How many new items were proposed."""
        return len(self.created_ids)


_WORD = re.compile(r"[\w-]+", re.UNICODE)


def normalise(text: str) -> str:
    """Lowercase, "ё" folded, punctuation dropped, single spaces: the key for exact name matches."""
    return " ".join(_WORD.findall(text.lower().replace("ё", "е")))


def lemma_set(text: str) -> frozenset[str]:
    """Content lemmas of a name (falls back to normalised words when the NLP package cannot help)."""
    try:
        from workbench.nlp.api import lemmas

        found = [w for w in lemmas(text) if w != "#"]
    except Exception:  # noqa: BLE001 - matching still works on plain words
        log.debug("lemmatisation failed for %r", text, exc_info=True)
        found = []
    words = {w.replace("ё", "е") for w in (found or normalise(text).split())}
    return frozenset(words - GENERIC)


def name_similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """The Dice coefficient of two lemma sets (0..1)."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def _best_capability(card: models.Card, targets: list[int], caps: list[models.Capability],
                     cap_lemmas: dict[int, frozenset[str]], card_lemmas: frozenset[str]) -> models.Capability | None:
    linked = [c for c in caps if c.card_id is not None and (c.card_id == card.id or c.card_id in targets)]
    if linked:
        # The weakest linked capability decides: a "have" next to a "missing" still leaves a gap.
        order = {"missing": 0, "partial": 1, "have": 2}
        return min(linked, key=lambda c: (order.get(c.status, 0), c.id or 0))
    key = normalise(card.title)
    exact = [c for c in caps if (c.normalized_name or normalise(c.name)) == key]
    if exact:
        return exact[0]
    scored = [(name_similarity(card_lemmas, cap_lemmas[c.id or 0]), c) for c in caps]
    scored = [(s, c) for s, c in scored if s >= NAME_MATCH]
    if not scored:
        return None
    return max(scored, key=lambda sc: (sc[0], -(sc[1].id or 0)))[1]


def candidate_cards(session: Session) -> list[models.Card]:
    """Value-map cards and severe pains with no reliever, board by board, most important first."""
    cards = list(session.exec(select(models.Card).order_by(col(models.Card.board_id), col(models.Card.id))).all())
    relieved = {t for targets in fit_targets(session).values() for t in targets}
    out = [c for c in cards if c.zone in VALUE_MAP_ZONES]
    out += [c for c in cards if c.zone == "pains" and c.importance >= SEVERE_IMPORTANCE and c.id not in relieved]
    return out


def analyse_in(session: Session, *, user: str = "", progress: Progress | None = None) -> GapReport:
    """Run the gap analysis within the caller's transaction."""
    report = GapReport()
    cards = candidate_cards(session)
    caps = list(session.exec(select(models.Capability)).all())
    cap_lemmas = {c.id or 0: lemma_set(c.name) for c in caps}
    targets = fit_targets(session)
    existing = {i.source_key: i for i in session.exec(select(models.BacklogItem)).all() if i.source_key}
    # The same card on two boards (one per segment) becomes one item with both cards linked.
    by_title = {normalise(i.title): i for k, i in existing.items() if k.startswith("card:")}
    links = linked_cards(session)
    with_evidence = set(session.exec(select(models.Evidence.card_id)).all())
    covered_by_item: dict[int, int] = {}
    for item_id, card_ids in links.items():
        for cid in card_ids:
            covered_by_item.setdefault(cid, item_id)
    total = len(cards)
    for n, card in enumerate(cards):
        if progress is not None:
            progress(n, total, card.title)
        assert card.id is not None
        report.examined += 1
        card_targets = targets.get(card.id, [])
        cap = _best_capability(card, card_targets, caps, cap_lemmas, lemma_set(card.title))
        if cap is not None and cap.status == "have":
            report.covered += 1
            continue
        reason = "no_capability" if cap is None else cap.status
        if cap is None and card.id not in with_evidence and not with_evidence & set(card_targets):
            # Nothing says it is missing and nobody asked for it: leave it to a person to link.
            report.unmatched.append((card.id, card.title))
            continue
        key = f"card:{card.id}"
        title = cap.name if cap is not None and card.zone == "pains" else card.title
        item = existing.get(key)
        created = False
        if item is None:
            other = covered_by_item.get(card.id)
            if other is None and card.zone in VALUE_MAP_ZONES:
                other = next((covered_by_item[t] for t in card_targets if t in covered_by_item), None)
            if other is not None:
                report.skipped_existing += 1
                report.gaps.append(Gap(card.id, card.title, card.zone, reason, cap.id if cap else None,
                                       cap.name if cap else "", other, False))
                continue
            item = by_title.get(normalise(title))
        if item is None:
            item = create_item_in(
                session, title=title,
                description=_describe(card, cap, reason), pillar=card.pillar or (cap.pillar if cap else "product"),
                card_ids=[card.id, *card_targets], source_key=key, user=user)
            existing[key] = item
            by_title[normalise(title)] = item
            links[item.id or 0] = list(dict.fromkeys([card.id, *card_targets]))
            report.created_ids.append(item.id or 0)
            created = True
        else:
            assert item.id is not None
            have = links.setdefault(item.id, [])
            for cid in [card.id, *card_targets]:
                if cid not in have:
                    link = models.BacklogCardLink(backlog_item_id=item.id, card_id=cid)
                    session.add(link)
                    session.flush()
                    have.append(cid)
                    report.added_link_ids.append(link.id or 0)
        report.gaps.append(Gap(card.id, card.title, card.zone, reason, cap.id if cap else None,
                               cap.name if cap else "", item.id, created))
    if progress is not None:
        progress(total, total, "")
    session.flush()
    recompute_in(session)
    return report


def _describe(card: models.Card, cap: models.Capability | None, reason: str) -> str:
    if card.zone == "pains":
        head = "Severe pain that no reliever on the board addresses."
    else:
        head = f"The value map promises this ({card.zone})."
    if cap is None:
        tail = "No existing capability matches it."
    else:
        tail = f"Capability “{cap.name}” is {cap.status}."
    return f"{head} {tail}"


def run_gap_analysis(project: Project, *, progress: Progress | None = None) -> GapReport:
    """Compare the boards with the capabilities and propose backlog items for the gaps (idempotent)."""
    with project.transaction() as session:
        take_write_lock(session)
        return analyse_in(session, user=project.user, progress=progress)


def undo_gap_analysis(project: Project, report: GapReport) -> None:
    """Remove what a run created: its new items and the links it added to existing ones."""
    with project.transaction() as session:
        for link_id in report.added_link_ids:
            link = session.get(models.BacklogCardLink, link_id)
            if link is not None:
                session.delete(link)
        for item_id in report.created_ids:
            for link in session.exec(select(models.BacklogCardLink).where(
                    models.BacklogCardLink.backlog_item_id == item_id)).all():
                session.delete(link)
            item = session.get(models.BacklogItem, item_id)
            if item is not None:
                session.delete(item)
