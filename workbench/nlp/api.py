"""Public API of the NLP package: plain functions and dataclasses, never spaCy objects.

Importing this module is cheap: spaCy, thinc and pymorphy3 are imported on first use. All
functions are thread-safe enough to be called from one worker thread at a time; long calls take
``progress(done, total)`` and ``cancelled()`` callbacks and raise :class:`Cancelled` between
batches when asked to stop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from workbench.nlp import morph
from workbench.nlp.types import LABELS, LANGS, Cancelled, Cluster, Suggestion

log = logging.getLogger(__name__)

__all__ = [
    "LABELS",
    "LANGS",
    "Cancelled",
    "Cluster",
    "Suggestion",
    "classify",
    "cluster",
    "detect_lang",
    "keyphrase",
    "lemmas",
    "sentences",
    "warm_up",
]

_classifier = None


def _default_classifier():  # type: ignore[no-untyped-def]
    global _classifier
    if _classifier is None:
        from workbench.nlp.pipeline import Classifier

        _classifier = Classifier()
    return _classifier


def _lang_of(texts: Sequence[str], lang: str) -> str:
    if lang != "auto":
        if lang not in LANGS:
            raise ValueError(f"unsupported language {lang!r}; use 'auto', 'ru' or 'en'")
        return lang
    return morph.detect_lang(" ".join(texts))


def detect_lang(text: str) -> str:
    """The language of ``text``: "ru" or "en" (Russian when there are no letters)."""
    return morph.detect_lang(text)


def warm_up() -> None:
    """Load both pipelines, the morphology dictionaries and lemma tables (for a worker to pre-load)."""
    _default_classifier().warm_up()


def classify(
    texts: Sequence[str],
    lang: str = "auto",
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Suggestion]:
    """Suggest job/pain/gain/other with a 0..1 confidence for each text, in input order.

    ``lang="auto"`` detects the language of each text separately. The label combines the cue rules
    and the trained classifier (see :func:`workbench.nlp.cues.combine`). Texts are processed in
    batches; ``cancelled()`` is checked before each batch and :class:`Cancelled` is raised if it
    returns True; ``progress(done, total)`` is called after each batch.
    """
    return _default_classifier().classify(texts, lang, progress=progress, cancelled=cancelled)


def sentences(text: str, lang: str = "auto") -> list[str]:
    """Split a note into sentences (spaCy's sentencizer), e.g. to turn raw notes into statements."""
    return _default_classifier().sentences(text, _lang_of([text], lang))


def lemmas(text: str, lang: str = "auto") -> list[str]:
    """Lowercased lemmas of the content words of ``text`` in order ("выплаты" -> "выплата")."""
    from workbench.nlp.keyphrase import content_lemmas

    return content_lemmas(text, _lang_of([text], lang))


def keyphrase(texts: Sequence[str], lang: str = "auto", max_words: int = 4) -> str:
    """A short title for one statement or a group: the most shared lemmatised noun phrase.

    Russian phrases are put in the nominative with agreeing adjectives ("Выплата комиссии");
    the first letter is capitalised. Returns "" when the texts have no content words.
    """
    from workbench.nlp.keyphrase import keyphrase as _keyphrase

    return _keyphrase(list(texts), _lang_of(texts, lang), max_words)


def cluster(
    items: Sequence[tuple[int, str]],
    *,
    threshold: float = 0.8,
    min_size: int = 2,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Cluster]:
    """Group similar statements ``(id, text)`` into titled clusters, biggest first.

    ``threshold`` is the largest average cosine distance (0..1) at which two groups still merge:
    lower gives tighter, smaller clusters. Groups smaller than ``min_size`` are dropped. See
    :mod:`workbench.nlp.clustering` for the method and why it was chosen.
    """
    from workbench.nlp.clustering import cluster_statements

    return cluster_statements(
        items, threshold=threshold, min_size=min_size, progress=progress, cancelled=cancelled
    )
