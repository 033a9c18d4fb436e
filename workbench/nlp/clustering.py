"""Grouping similar statements into candidate canvas cards.

Method: TF-IDF over content-word lemmas plus a five-letter stem of each (sublinear term frequency,
smoothed IDF, rows L2-normalised) and agglomerative clustering with average linkage on cosine
distance, cut at a distance threshold (default 0.8: on the demo's 266 Russian statements it gives
mostly one-topic groups; 0.75 is tighter, 0.85 starts joining statements on a single common word).

Why this and not something else:

* Statements are one or two sentences, so their vocabulary overlap *is* the signal. Lemmas (pymorphy3
  for Russian) make "выплаты", "выплат" and "выплату" one feature; without them Russian similarity
  collapses. IDF keeps "клиент" and "партнёр", present everywhere in these interviews, from gluing
  unrelated statements together.
* The number of cards is not known in advance, which rules out k-means; a distance threshold is a
  knob a product manager understands ("tighter/looser"). Average linkage avoids the long chains of
  single linkage and the small-cluster bias of complete linkage on sparse short texts.
* No word vectors ship with a blank spaCy pipeline and nothing can be downloaded, and scikit-learn
  is not a dependency: the whole method is ~60 lines of numpy. Each merge updates one row of the
  similarity matrix (Lance-Williams) and a per-row best-neighbour cache, so a few thousand
  statements cluster in about a second.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

import numpy as np

from workbench.nlp import morph
from workbench.nlp.keyphrase import content_lemmas, keyphrase, phrase_keys
from workbench.nlp.types import Cancelled, Cluster

log = logging.getLogger(__name__)

_CHECK_EVERY = 64


STEM = 5


def features(text: str, lang: str) -> list[str]:
    """Content lemmas plus their first letters as a crude stem, so that derived words meet:
    "регистрация"/"регистрируется", "выплата"/"выплачивают", "документ"/"документооборот"."""
    lemmas = [w for w in content_lemmas(text, lang) if w != morph.NUMBER_LEMMA]
    return lemmas + ["~" + w[:STEM] for w in lemmas if len(w) > STEM]


def tfidf(docs: Sequence[Sequence[str]]) -> np.ndarray:
    """Dense L2-normalised TF-IDF rows for lists of lemmas (empty rows stay zero)."""
    vocabulary: dict[str, int] = {}
    for doc in docs:
        for word in doc:
            vocabulary.setdefault(word, len(vocabulary))
    matrix = np.zeros((len(docs), len(vocabulary)), dtype="f")
    for row, doc in enumerate(docs):
        for word in doc:
            matrix[row, vocabulary[word]] += 1.0
    np.log1p(matrix, out=matrix)
    df = (matrix > 0).sum(axis=0)
    idf = np.log((1.0 + len(docs)) / (1.0 + df)) + 1.0
    matrix *= idf.astype("f")
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    np.divide(matrix, norms, out=matrix, where=norms > 0)
    return matrix


def average_linkage(
    similarity: np.ndarray, max_distance: float, cancelled: Callable[[], bool] | None = None
) -> list[list[int]]:
    """Agglomerate rows while the best average cosine distance is at most ``max_distance``."""
    n = similarity.shape[0]
    sim = similarity.astype("f", copy=True)
    np.fill_diagonal(sim, -np.inf)
    sizes = np.ones(n, dtype="f")
    active = np.ones(n, dtype=bool)
    members: list[list[int]] = [[i] for i in range(n)]
    best = sim.argmax(axis=1) if n > 1 else np.zeros(n, dtype=int)
    min_similarity = 1.0 - max_distance
    for step in range(max(0, n - 1)):
        if cancelled is not None and step % _CHECK_EVERY == 0 and cancelled():
            raise Cancelled("clustering cancelled")
        rows = np.flatnonzero(active)
        if rows.size < 2:
            break
        row_best = sim[rows, best[rows]]
        k = int(rows[row_best.argmax()])
        j = int(best[k])
        if sim[k, j] < min_similarity:
            break
        i, j = min(k, j), max(k, j)
        merged = (sizes[i] * sim[i] + sizes[j] * sim[j]) / (sizes[i] + sizes[j])
        merged[~active] = -np.inf
        merged[i] = -np.inf
        merged[j] = -np.inf
        sim[i, :] = merged
        sim[:, i] = merged
        sim[j, :] = -np.inf
        sim[:, j] = -np.inf
        active[j] = False
        sizes[i] += sizes[j]
        members[i].extend(members[j])
        members[j] = []
        # Average linkage never raises a similarity, so only rows whose best was i or j can change.
        stale = np.flatnonzero(active & ((best == i) | (best == j)))
        for r in stale.tolist() + [i]:
            best[r] = int(sim[r].argmax())
        better = active & (sim[:, i] > sim[np.arange(n), best])
        best[better] = i
    return [sorted(group) for group, on in zip(members, active, strict=True) if on and group]


def cluster_statements(
    items: Sequence[tuple[int, str]],
    *,
    threshold: float = 0.8,
    min_size: int = 2,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Cluster]:
    """Cluster ``(id, text)`` statements; see :func:`workbench.nlp.api.cluster`."""
    total = len(items)
    steps = total + 2
    if progress is not None:
        progress(0, steps)
    docs: list[list[str]] = []
    langs: list[str] = []
    for index, (_, text) in enumerate(items):
        if cancelled is not None and index % _CHECK_EVERY == 0 and cancelled():
            raise Cancelled("clustering cancelled")
        lang = morph.detect_lang(text)
        langs.append(lang)
        docs.append(features(text, lang))
        if progress is not None and (index + 1) % _CHECK_EVERY == 0:
            progress(index + 1, steps)
    if progress is not None:
        progress(total, steps)
    if total == 0:
        return []
    vectors = tfidf(docs)
    similarity = vectors @ vectors.T
    groups = average_linkage(similarity, threshold, cancelled)
    if progress is not None:
        progress(total + 1, steps)
    background: dict[str, dict[tuple[str, ...], int]] = {}
    sizes: dict[str, int] = {}
    for (_, text), lang in zip(items, langs, strict=True):
        counts = background.setdefault(lang, {})
        sizes[lang] = sizes.get(lang, 0) + 1
        for key in phrase_keys(text, lang):
            counts[key] = counts.get(key, 0) + 1
    clusters = []
    for group in groups:
        group = [g for g in group if docs[g]]
        if len(group) < max(1, min_size):
            continue
        texts = [items[g][1] for g in group]
        lang = max(set(langs[g] for g in group), key=[langs[g] for g in group].count)
        title = keyphrase(texts, lang, background=background.get(lang), background_size=sizes.get(lang, 0))
        clusters.append(Cluster(title=title, statement_ids=tuple(items[g][0] for g in group)))
    clusters.sort(key=lambda c: (-len(c.statement_ids), c.statement_ids))
    if progress is not None:
        progress(steps, steps)
    log.debug("%d statements -> %d clusters", total, len(clusters))
    return clusters


def pairwise_scores(predicted: Sequence[Sequence[int]], gold: Sequence[Sequence[int]]) -> tuple[float, float]:
    """Pairwise precision and recall of a clustering against known groups (ids not in groups ignored)."""

    def pairs(groups: Sequence[Sequence[int]]) -> set[tuple[int, int]]:
        out: set[tuple[int, int]] = set()
        for group in groups:
            ordered = sorted(group)
            out.update((a, b) for x, a in enumerate(ordered) for b in ordered[x + 1 :])
        return out

    p, g = pairs(predicted), pairs(gold)
    precision = len(p & g) / len(p) if p else 1.0
    recall = len(p & g) / len(g) if g else 1.0
    return precision, recall

