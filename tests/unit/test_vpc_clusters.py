"""Candidate cards from NLP clusters of the statements not yet on a board."""

from __future__ import annotations

from workbench.vpc.board import load_board
from workbench.vpc.clusters import accept_cluster, clustering_available, merge_cluster, suggest_clusters
from workbench.vpc.sample import add_untagged_statements, build_sample_board

TEXTS = ["Выплаты приходят раз в квартал", "Выплаты редкие, раз в квартал", "Ждём выплаты по три месяца",
         "Нужен бесплатный доступ к продукту", "Хотим бесплатный доступ для демо", "Погода хорошая"]


def test_clusters_group_similar_unassigned_statements_and_become_cards(empty_project) -> None:
    """Similar statements form clusters; one is accepted as a card, another merged into it, each undoable."""
    assert clustering_available()
    segment = build_sample_board(empty_project, cards=0, segment_name="S")
    ids = add_untagged_statements(empty_project, segment_id=segment, texts=TEXTS)
    clusters = suggest_clusters(empty_project, segment)
    groups = sorted(set(c.statement_ids) for c in clusters)
    assert {ids[0], ids[1]} <= max(groups, key=len)
    assert all(ids[5] not in g for g in groups)
    first, second = clusters[0], clusters[1]
    edit = accept_cluster(empty_project, segment_id=segment, zone="pains", title=first.title,
                          statement_ids=first.statement_ids)
    merge_cluster(empty_project, card_id=edit.card_id, statement_ids=second.statement_ids)
    card = load_board(empty_project, segment).card(edit.card_id)
    assert card.statements == len(first.statement_ids) + len(second.statement_ids)
    # statements now on a card are no longer suggested
    assert suggest_clusters(empty_project, segment) == []
