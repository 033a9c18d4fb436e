"""Keyphrase titles and clustering statements into candidate cards."""

from __future__ import annotations

import pytest

from workbench.nlp import api
from workbench.nlp.clustering import pairwise_scores

GROUPS: dict[str, list[str]] = {
    "payouts": [
        "Выплаты комиссии задерживаются на месяц",
        "Комиссию выплачивают слишком редко",
        "Хотим получать выплату комиссии каждую неделю",
        "Задержка выплат комиссии бесит",
    ],
    "documents": [
        "Приходится отправлять оригиналы документов почтой",
        "Нужен электронный документооборот вместо бумажных документов",
        "Бумажные документы с печатями теряются",
    ],
    "portal": [
        "Хотелось бы партнёрский портал с обучающими видео",
        "В портале для партнёров нужны скрипты продаж и видео",
        "Портал партнёра должен содержать материалы",
    ],
    "leads": [
        "Лиды уходят, если клиент регистрируется сам",
        "Регистрация лида должна закреплять клиента за партнёром",
        "Хотим автоматическую передачу лидов от вендора",
    ],
    "en_commission": [
        "We have to chase our commission payments",
        "Commission payments arrive late",
        "We want commission payments within hours",
    ],
    "en_webinars": [
        "Weekly webinars for our sales managers would help",
        "Webinars for managers every week",
        "Our managers need sales webinars",
    ],
}
NOISE = ["Созвонимся в четверг", "У нас 12 сотрудников", "Thanks for your time"]


def _items() -> tuple[list[tuple[int, str]], list[list[int]]]:
    items: list[tuple[int, str]] = []
    gold: list[list[int]] = []
    for texts in GROUPS.values():
        gold.append([])
        for text in texts:
            gold[-1].append(len(items) + 100)
            items.append((len(items) + 100, text))
    items += [(900 + i, text) for i, text in enumerate(NOISE)]
    return items, gold


@pytest.mark.parametrize(
    ("texts", "title"),
    [
        (["Выплаты комиссии задерживаются"], "Выплата комиссии"),
        (["Нет электронного документооборота, отправляем оригиналы почтой"], "Электронный документооборот"),
        (["Хотелось бы иметь партнёрский портал с обучающими видео"], "Партнёрский портал"),
        (["Интеграция amoCRM с телефонией занимает неделю"], "Интеграция amoCRM"),
        (GROUPS["payouts"], "Выплата комиссии"),
        (["The minimum payout threshold is frustrating."], "Minimum payout threshold"),
        (GROUPS["en_commission"], "Commission payment"),
    ],
)
def test_keyphrase_titles(texts: list[str], title: str) -> None:
    """A title is the most shared lemmatised noun phrase, in the nominative, capitalised."""
    assert api.keyphrase(texts) == title


def test_keyphrase_respects_max_words() -> None:
    """No title is longer than max_words."""
    assert len(api.keyphrase(["Задержка выплат комиссии партнёрам бесит"], max_words=2).split()) <= 2


def test_keyphrase_of_nothing_is_empty() -> None:
    """Texts without content words give an empty title."""
    assert api.keyphrase(["и, но", ""]) == ""


def test_clusters_match_known_groups() -> None:
    """On a hand-made set with known groups, pairwise precision and recall are both at least 0.8."""
    items, gold = _items()
    clusters = api.cluster(items)
    precision, recall = pairwise_scores([c.statement_ids for c in clusters], gold)
    assert precision >= 0.8 and recall >= 0.8, (precision, recall, clusters)


def test_clusters_are_sorted_titled_and_above_min_size() -> None:
    """Clusters come biggest first, each titled and with at least min_size statements."""
    items, _ = _items()
    clusters = api.cluster(items, min_size=3)
    sizes = [len(c.statement_ids) for c in clusters]
    assert sizes == sorted(sizes, reverse=True)
    assert all(size >= 3 for size in sizes)
    assert all(c.title for c in clusters)
    assert clusters[0].title == "Выплата комиссии"


def test_lower_threshold_gives_tighter_clusters() -> None:
    """A lower distance threshold never puts more statement pairs together."""
    items, gold = _items()
    loose = api.cluster(items, threshold=0.9)
    tight = api.cluster(items, threshold=0.5)
    loose_p, loose_r = pairwise_scores([c.statement_ids for c in loose], gold)
    tight_p, tight_r = pairwise_scores([c.statement_ids for c in tight], gold)
    assert tight_r <= loose_r
    assert sum(len(c.statement_ids) for c in tight) <= sum(len(c.statement_ids) for c in loose)


def test_cluster_progress_and_cancel() -> None:
    """Clustering reports progress up to its total and stops with Cancelled when asked."""
    items, _ = _items()
    calls: list[tuple[int, int]] = []
    api.cluster(items * 3, progress=lambda done, total: calls.append((done, total)))
    assert calls[-1][0] == calls[-1][1]
    with pytest.raises(api.Cancelled):
        api.cluster(items * 3, cancelled=lambda: True)


def test_cluster_of_nothing() -> None:
    """No statements give no clusters."""
    assert api.cluster([]) == []


def test_pairwise_scores() -> None:
    """Pairwise precision and recall count statement pairs put together."""
    assert pairwise_scores([[1, 2, 3]], [[1, 2], [3]]) == (pytest.approx(1 / 3), 1.0)
