"""Gap analysis on the demo: proposals linked to cards and evidence, no duplicates, undo."""

from __future__ import annotations

from sqlmodel import select

from workbench.backlog import gaps, service
from workbench.store import models


def test_gap_analysis_proposes_linked_items_and_is_idempotent(demo_project) -> None:  # type: ignore[no-untyped-def]
    """The first run proposes items keyed by card; the second creates nothing new."""
    before = len(service.list_items(demo_project))
    first = gaps.run_gap_analysis(demo_project)
    assert first.created > 0
    items = service.list_items(demo_project)
    assert len(items) == before + first.created
    proposed = [i for i in items if i.id in first.created_ids]
    assert all(i.source_key.startswith("card:") and i.card_ids for i in proposed)
    assert any(i.evidence_ids and i.partner_count > 0 for i in proposed)
    second = gaps.run_gap_analysis(demo_project)
    assert second.created == 0 and second.added_link_ids == []
    assert len(service.list_items(demo_project)) == len(items)


def test_severe_pain_without_reliever_becomes_an_item(demo_project) -> None:  # type: ignore[no-untyped-def]
    """A severe pain that no reliever addresses is proposed, linked to that pain."""
    with demo_project.session() as session:
        relieved = set(session.exec(select(models.FitLink.target_card_id)).all())
        pains = [c for c in session.exec(select(models.Card).where(models.Card.zone == "pains")).all()
                 if c.importance >= 3 and c.id not in relieved]
    assert pains, "the demo keeps an unrelieved severe pain"
    report = gaps.run_gap_analysis(demo_project)
    pain_gaps = [g for g in report.gaps if g.zone == "pains"]
    assert {g.card_id for g in pain_gaps} == {p.id for p in pains}
    linked = {c for i in service.list_items(demo_project) for c in i.card_ids}
    assert all(p.id in linked for p in pains)


def test_capability_the_vendor_has_closes_the_gap(demo_project) -> None:  # type: ignore[no-untyped-def]
    """Marking a card's capability as "have" removes the card from the gaps."""
    report = gaps.run_gap_analysis(demo_project)
    gap = next(g for g in report.gaps if g.capability_id is not None and g.zone != "pains")
    with demo_project.transaction() as session:
        for cap in session.exec(select(models.Capability)).all():
            cap.status = "have"
    again = gaps.run_gap_analysis(demo_project)
    assert gap.card_id not in {g.card_id for g in again.gaps if g.capability_id is not None}
    assert again.covered > report.covered


def test_undo_removes_what_the_run_created(demo_project) -> None:  # type: ignore[no-untyped-def]
    """Undoing a run deletes its proposals and leaves the earlier items alone."""
    before = {i.id for i in service.list_items(demo_project)}
    report = gaps.run_gap_analysis(demo_project)
    gaps.undo_gap_analysis(demo_project, report)
    assert {i.id for i in service.list_items(demo_project)} == before


def test_name_match_uses_lemmas() -> None:
    """Names match on shared lemmas whatever the word forms, and generic words do not count."""
    a = gaps.lemma_set("Выплаты без минимального порога")
    b = gaps.lemma_set("Выплата без минимальных порогов")
    assert gaps.name_similarity(a, b) == 1.0
    assert gaps.name_similarity(gaps.lemma_set("ЭДО с партнёрами"),
                                gaps.lemma_set("Реферальная ссылка и кабинет партнёра")) < gaps.NAME_MATCH


def test_gap_analysis_waits_for_another_writer(demo_path) -> None:  # type: ignore[no-untyped-def]
    """A writer holding the file for a moment makes the analysis wait, not fail with 'database is locked'."""
    import sqlite3
    import threading
    import time

    from workbench.store.project import open_project

    mine = open_project(demo_path)
    started = threading.Event()
    errors: list[BaseException] = []

    def hold() -> None:
        try:
            conn = sqlite3.connect(demo_path, isolation_level=None)
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("UPDATE change_counter SET value = value + 1 WHERE id = 1")
            started.set()
            time.sleep(0.6)
            conn.execute("COMMIT")
            conn.close()
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)
            started.set()

    try:
        holder = threading.Thread(target=hold)
        holder.start()
        assert started.wait(5)
        begun = time.monotonic()
        report = gaps.run_gap_analysis(mine)
        waited = time.monotonic() - begun
        holder.join()
        assert errors == [] and report.created > 0 and waited >= 0.3
    finally:
        mine.close()
