"""Canvas services on real project files: building a board, ranking, undo/redo, fit, compare."""

from __future__ import annotations

import pytest

from workbench.errors import InputError, StaleEditError
from workbench.vpc import service
from workbench.vpc.board import find_segment, list_segments, load_board
from workbench.vpc.compare import compare_boards, simple_words
from workbench.vpc.evidence import card_quotes, segment_statements
from workbench.vpc.fit import board_fit
from workbench.vpc.ranking import Rankable, order
from workbench.vpc.sample import add_untagged_statements, build_sample_board


@pytest.fixture
def sample(empty_project):  # type: ignore[no-untyped-def]
    """A project with a 36-card sample board; returns (project, segment id)."""
    return empty_project, build_sample_board(empty_project, cards=36, segment_name="Интеграторы amoCRM")


def _state(project, segment_id):  # type: ignore[no-untyped-def]
    board = load_board(project, segment_id)
    return {c.id: (c.zone, c.title, c.statements, c.linked_ids, c.rank) for c in board.cards()}


def test_board_read_model_orders_zones_by_rank(sample) -> None:
    """Cards come per zone in rank order with evidence counts of statements and distinct partners."""
    project, seg = sample
    board = load_board(project, seg)
    assert board.card_count == 36
    for cards in board.zones.values():
        assert [c.rank for c in cards] == list(range(1, len(cards) + 1))
        scores = [c.auto_score for c in cards]
        assert scores == sorted(scores, reverse=True)
    pain = board.zones["pains"][0]
    assert pain.statements >= pain.partners >= 1


def test_create_card_from_statements_then_undo_and_redo(sample) -> None:
    """Dropping statements on a zone makes a titled card; undo removes it and redo brings the same id back."""
    project, seg = sample
    ids = add_untagged_statements(project, segment_id=seg, texts=[
        "Выплаты приходят раз в квартал. Это долго.", "Ждём выплату по три месяца"])
    edit = service.create_card(project, segment_id=seg, zone="pains", statement_ids=ids)
    card = load_board(project, seg).card(edit.card_id)
    assert card is not None and card.title == "Выплаты приходят раз в квартал"
    assert (card.statements, card.partners) == (2, 1)
    service.undo(project, edit)
    assert load_board(project, seg).card(edit.card_id) is None
    service.redo(project, edit)
    assert load_board(project, seg).card(edit.card_id).statements == 2


def test_add_evidence_skips_duplicates(sample) -> None:
    """Adding statements already behind a card adds only the new ones."""
    project, seg = sample
    card = load_board(project, seg).zones["jobs"][0]
    have = [q.statement_id for q in card_quotes(project, card.id)]
    new = add_untagged_statements(project, segment_id=seg, texts=["Внедряем CRM для отделов продаж"])
    edit = service.add_evidence(project, card_id=card.id, statement_ids=have + new)
    assert edit.info == tuple(new)
    assert load_board(project, seg).card(card.id).statements == len(have) + 1


def test_merge_joins_evidence_and_links_and_undo_restores_both(sample) -> None:
    """Merging keeps one card with the union of evidence and fit links; undo restores both cards exactly."""
    project, seg = sample
    before = _state(project, seg)
    pains = load_board(project, seg).zones["pains"]
    a, b = pains[0], pains[1]
    edit = service.merge_cards(project, into_id=a.id, card_ids=[b.id])
    merged = load_board(project, seg).card(a.id)
    assert load_board(project, seg).card(b.id) is None
    assert merged.statements == a.statements + b.statements
    assert set(merged.linked_ids) == set(a.linked_ids) | set(b.linked_ids)
    service.undo(project, edit)
    assert _state(project, seg) == before


def test_merge_refuses_cards_of_different_zones(sample) -> None:
    """Only cards in one zone can be merged."""
    project, seg = sample
    board = load_board(project, seg)
    with pytest.raises(InputError):
        service.merge_cards(project, into_id=board.zones["pains"][0].id, card_ids=[board.zones["gains"][0].id])


def test_split_moves_chosen_evidence_to_a_new_card(sample) -> None:
    """Split moves the chosen statements to a new card in the same zone; undo puts them back."""
    project, seg = sample
    card = next(c for c in load_board(project, seg).zones["gains"] if c.statements >= 2)
    moved = [card_quotes(project, card.id)[0].statement_id]
    edit = service.split_card(project, card_id=card.id, statement_ids=moved, title="Новая выгода")
    board = load_board(project, seg)
    new = board.card(edit.card_id)
    assert new.zone == "gains" and new.title == "Новая выгода" and new.statements == 1
    assert board.card(card.id).statements == card.statements - 1
    service.undo(project, edit)
    assert load_board(project, seg).card(card.id).statements == card.statements
    assert load_board(project, seg).card(edit.card_id) is None


def test_move_card_drops_links_that_no_longer_fit(sample) -> None:
    """A reliever moved to the gain creators loses its links to pains; undo restores them."""
    project, seg = sample
    reliever = next(c for c in load_board(project, seg).zones["relievers"] if c.linked_ids)
    edit = service.move_card(project, card_id=reliever.id, zone="creators")
    moved = load_board(project, seg).card(reliever.id)
    assert moved.zone == "creators" and moved.linked_ids == ()
    service.undo(project, edit)
    assert load_board(project, seg).card(reliever.id).linked_ids == reliever.linked_ids


def test_manual_rank_overrides_automatic_order(sample) -> None:
    """Reordering pins the card at the chosen place; Reset Order returns to the evidence ranking."""
    project, seg = sample
    pains = load_board(project, seg).zones["pains"]
    last = pains[-1]
    service.reorder_card(project, card_id=last.id, position=0)
    board = load_board(project, seg)
    assert board.zones["pains"][0].id == last.id and board.zones["pains"][0].manual_rank == 1
    service.reset_order(project, board_id=board.board_id, zone="pains")
    assert [c.id for c in load_board(project, seg).zones["pains"]] == [c.id for c in pains]


def test_ranking_pins_manual_cards_among_automatic_ones() -> None:
    """A manually ranked card sits at its position; others keep the distinct-partners × severity order."""
    items = [Rankable(1, "pains", "a", 3, 1, 1, 0, None), Rankable(2, "pains", "b", 1, 5, 5, 0, None),
             Rankable(3, "pains", "c", 2, 4, 4, 0, 1)]
    assert [i.id for i in order(items)] == [3, 2, 1]


def test_fit_counts_addressed_top_pains_and_lists_unaddressed_severe(sample) -> None:
    """Linking a reliever to an unaddressed severe pain raises the fit and takes it off the list."""
    project, seg = sample
    board = load_board(project, seg)
    fit = board_fit(project, board.board_id)
    assert 0 <= fit.score <= 1
    severe = fit.unaddressed_pains[0] if fit.unaddressed_pains else None
    if severe is None:
        severe = board.zones["pains"][0]
        service.edit_card(project, card_id=severe.id, importance=3)
        service.set_links(project, card_id=severe.id, linked_ids=[])
        fit = board_fit(project, board.board_id)
    reliever = board.zones["relievers"][0]
    service.add_link(project, source_id=reliever.id, target_id=severe.id)
    after = board_fit(project, board.board_id)
    assert severe.id not in {c.id for c in after.unaddressed_pains}
    assert after.score >= fit.score
    with project.session() as session:
        assert board_fit(session, board.board_id) == after


def test_links_only_join_relievers_to_pains_and_creators_to_gains(sample) -> None:
    """A link from a reliever to a gain is refused with a clear message."""
    project, seg = sample
    board = load_board(project, seg)
    with pytest.raises(InputError, match="Fit links"):
        service.set_links(project, card_id=board.zones["relievers"][0].id, linked_ids=[board.zones["gains"][0].id])


def test_edit_and_delete_are_undoable(sample) -> None:
    """Edits change title and severity; delete removes cards with evidence; undo restores everything."""
    project, seg = sample
    before = _state(project, seg)
    pain = load_board(project, seg).zones["pains"][2]
    e1 = service.edit_card(project, card_id=pain.id, title="  Новое   название ", importance=1)
    assert load_board(project, seg).card(pain.id).title == "Новое название"
    e2 = service.delete_cards(project, card_ids=[pain.id])
    assert load_board(project, seg).card(pain.id) is None
    service.undo(project, e2)
    service.undo(project, e1)
    assert _state(project, seg) == before


def test_stale_edit_is_refused(sample) -> None:
    """An edit made against an old version of a card is refused, naming the field and who saved it."""
    project, seg = sample
    card = load_board(project, seg).zones["jobs"][0]
    service.edit_card(project, card_id=card.id, title="Первая правка")
    with pytest.raises(StaleEditError, match=r"tester saved this card .*changed title") as info:
        service.edit_card(project, card_id=card.id, title="Вторая", expected_version=card.version)
    assert info.value.changes[0].theirs == "Первая правка" and info.value.changes[0].yours == "Вторая"
    assert load_board(project, seg).card(card.id).title == "Первая правка"


def test_ordering_does_not_bump_versions_but_edits_do(sample) -> None:
    """Reordering a zone leaves card versions alone; moving to another zone and undo are new versions."""
    project, seg = sample
    board = load_board(project, seg)
    jobs = board.zones["jobs"]
    versions = {c.id: c.version for c in jobs}
    edit = service.reorder_card(project, card_id=jobs[-1].id, position=0)
    service.undo(project, edit)
    service.reset_order(project, board_id=board.board_id, zone="jobs")
    after = load_board(project, seg)
    assert {c.id: c.version for c in after.zones["jobs"]} == versions
    moved = service.move_card(project, card_id=jobs[0].id, zone="pains", expected_version=jobs[0].version)
    assert load_board(project, seg).card(jobs[0].id).version == jobs[0].version + 1
    service.undo(project, moved)
    card = load_board(project, seg).card(jobs[0].id)
    assert card.zone == "jobs" and card.version == jobs[0].version + 2


def test_segment_statements_report_cards_they_stand_behind(sample) -> None:
    """Statements of a segment say how many cards they back; untagged new ones back none."""
    project, seg = sample
    new = add_untagged_statements(project, segment_id=seg, texts=["Новое наблюдение"])
    rows = {q.statement_id: q for q in segment_statements(project, seg)}
    assert rows[new[0]].cards == 0 and rows[new[0]].kind is None
    assert any(q.cards > 0 for q in rows.values())


def test_find_segment_by_name_prefix_and_errors(sample) -> None:
    """Segments are found by exact or unique partial name; a wrong name lists the real ones."""
    project, seg = sample
    assert find_segment(project, "amocrm").id == seg
    assert list_segments(project)[0].cards == 36
    with pytest.raises(InputError, match="Интеграторы amoCRM"):
        find_segment(project, "Bitrix")


def test_compare_finds_shared_and_distinct_pains(empty_project) -> None:
    """Two boards share a pain worded in different forms and each keeps its own."""
    project = empty_project
    a = build_sample_board(project, cards=0, segment_name="A")
    b = build_sample_board(project, cards=0, segment_name="B", seed=3)
    service.create_card(project, segment_id=a, zone="pains", title="Выплаты приходят редко")
    service.create_card(project, segment_id=a, zone="pains", title="Бумажные оригиналы документов")
    service.create_card(project, segment_id=b, zone="pains", title="Редкие выплаты")
    service.create_card(project, segment_id=b, zone="gains", title="Бесплатный доступ")
    result = compare_boards(project, a, b)
    pains = result.zones["pains"]
    assert [(x.title, y.title) for x, y, _s in pains.shared] == [("Выплаты приходят редко", "Редкие выплаты")]
    assert [c.title for c in pains.only_a] == ["Бумажные оригиналы документов"]
    assert [c.title for c in result.zones["gains"].only_b] == ["Бесплатный доступ"]
    assert simple_words("Выплаты, выплата!") == {"выпла"}


def test_first_card_makes_the_board_in_the_same_transaction(empty_project) -> None:
    """A failed first card leaves no empty board behind; a good one creates the board with it."""
    project = empty_project
    seg = build_sample_board(project, cards=0, segment_name="Новый")
    with project.transaction() as session:
        from sqlmodel import delete

        from workbench.store import models

        session.exec(delete(models.Board))  # type: ignore[call-overload]
    with pytest.raises(InputError):
        service.create_card(project, segment_id=seg, zone="pains", statement_ids=[999_999])
    assert load_board(project, seg).board_id is None
    edit = service.create_card(project, segment_id=seg, zone="jobs", title="Внедрять CRM")
    board = load_board(project, seg)
    assert board.board_id == edit.board_id and board.zones["jobs"][0].title == "Внедрять CRM"


def test_undo_of_delete_restores_what_points_at_the_card(sample) -> None:
    """A deleted card's backlog links and capability come back with it on undo."""
    from sqlmodel import select

    from workbench.store import models

    project, seg = sample
    card = load_board(project, seg).zones["pains"][0]
    with project.transaction() as session:
        item = models.BacklogItem(title="Автовыплаты")
        cap = models.Capability(name="Автовыплаты", normalized_name="автовыплаты", card_id=card.id)
        session.add_all([item, cap])
        session.flush()
        session.add(models.BacklogCardLink(backlog_item_id=item.id, card_id=card.id))
        item_id, cap_id = item.id, cap.id
    edit = service.delete_cards(project, card_ids=[card.id])
    with project.session() as session:
        assert session.get(models.Capability, cap_id).card_id is None
    service.undo(project, edit)
    with project.session() as session:
        assert session.get(models.Capability, cap_id).card_id == card.id
        links = session.exec(select(models.BacklogCardLink).where(models.BacklogCardLink.card_id == card.id)).all()
        assert [link.backlog_item_id for link in links] == [item_id]


def test_links_from_an_old_read_and_undo_over_a_later_change_are_refused(sample) -> None:  # type: ignore[no-untyped-def]
    """set_links against links changed since, and undo of a card renamed since, raise StaleEditError and write nothing."""
    from workbench.store.versioning import overwriting

    project, seg = sample
    board = load_board(project, seg)
    reliever = next(iter(board.zones["relievers"]))
    pains = [c.id for c in board.zones["pains"]][:2]
    seen = list(reliever.linked_ids)
    service.set_links(project, card_id=reliever.id, linked_ids=[*seen, pains[0]], expected_linked_ids=seen)
    with pytest.raises(StaleEditError):
        service.set_links(project, card_id=reliever.id, linked_ids=[pains[1]], expected_linked_ids=seen)
    assert pains[0] in load_board(project, seg).card(reliever.id).linked_ids
    moved = service.move_card(project, card_id=pains[1], zone="gains")
    service.edit_card(project, card_id=pains[1], title="Renamed later")
    with pytest.raises(StaleEditError):
        service.undo(project, moved)
    assert load_board(project, seg).card(pains[1]).zone == "gains"
    with overwriting():
        service.undo(project, moved)
    assert load_board(project, seg).card(pains[1]).zone == "pains"
