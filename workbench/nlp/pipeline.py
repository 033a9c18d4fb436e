"""Loading the shipped pipelines and classifying statements with them.

One small model per language (``resources/nlp/model/ru`` and ``model/en``) rather than one
multilingual model: the tokenisers and lemmatizers differ anyway, a bag-of-lemmas classifier shares
nothing across languages, and a per-language model keeps each language's cue table and weights
apart, so tuning English never moves Russian predictions.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from workbench.errors import WorkbenchError
from workbench.nlp import morph
from workbench.nlp.types import LABELS, LANGS, Cancelled, Suggestion
from workbench.resources import resource

log = logging.getLogger(__name__)

# Statements per batch: each batch costs some hundred numpy calls whatever its size, so larger is
# cheaper per statement (2048 vs 512: ~10% less CPU) while a batch still takes only ~40 ms, the
# granularity of progress and Cancel.
BATCH_SIZE = 2048

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


def default_model_dir() -> Path:
    """Where the shipped models live (one subdirectory per language)."""
    return resource("nlp", "model")


def resolve_lang(text: str, lang: str) -> str:
    """``lang`` itself, or the detected language of ``text`` when ``lang`` is "auto"."""
    if lang == "auto":
        return morph.detect_lang(text)
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}; use 'auto', 'ru' or 'en'")
    return lang


class Classifier:
    """The rules + textcat classifier over the models in ``model_dir`` (loaded lazily, once)."""

    def __init__(self, model_dir: Path | None = None) -> None:
        self.model_dir = Path(model_dir) if model_dir else default_model_dir()
        self._nlp: dict[str, Any] = {}
        self._plans: dict[str, Any] = {}
        self._lock = threading.Lock()

    @classmethod
    def from_pipelines(cls, pipelines: dict[str, Any]) -> Classifier:
        """A classifier over pipelines already in memory (training and cross-validation)."""
        classifier = cls()
        classifier._nlp.update(pipelines)
        return classifier

    def load(self, lang: str) -> Any:
        """The spaCy pipeline for ``lang`` (internal: never hand it outside workbench.nlp)."""
        nlp = self._nlp.get(lang)
        if nlp is not None:
            return nlp
        with self._lock:
            if lang not in self._nlp:
                import spacy

                import workbench.nlp.components  # noqa: F401 - registers the factories

                path = self.model_dir / lang
                if not (path / "config.cfg").is_file():
                    raise WorkbenchError(f"no NLP model for {lang!r} in {self.model_dir}; run 'workbench nlp train'")
                log.debug("loading %s", path)
                # The sentencizer stays loaded but out of the classification path: negation scope
                # already stops at punctuation, and it costs a Python Token per token (~15% of the
                # time). sentences() runs it on request.
                self._nlp[lang] = spacy.load(path, disable=["sentencizer"])
            return self._nlp[lang]

    def cue_hits(self, text: str, lang: str) -> list[Any]:
        """The rule layer's cue hits in ``text`` (plain ``CueHit`` tuples: phrase, label, negated, ...)."""
        nlp = self.load(lang)
        doc = nlp.get_pipe("workbench_lemmatizer")(nlp.make_doc(text))
        return list(nlp.get_pipe("workbench_cues").hits(doc))

    def sentences(self, text: str, lang: str) -> list[str]:
        """``text`` split into sentences by the pipeline's sentencizer."""
        nlp = self.load(lang)
        # The lemmatizer sees the doc too: every word form in the vocabulary keeps its lemma.
        doc = nlp.get_pipe("sentencizer")(nlp.get_pipe("workbench_lemmatizer")(nlp.make_doc(text)))
        return [sent.text.strip() for sent in doc.sents if sent.text.strip()]

    def warm_up(self) -> None:
        """Load both pipelines and run one statement through each (fills the lazy caches)."""
        for lang in LANGS:
            nlp = self.load(lang)
            list(nlp.pipe(["warm-up"]))
        morph.warm_up()

    def _batch_plan(self, lang: str) -> tuple[Any, ...] | None:
        """What :meth:`_suggest_batch` needs to skip spaCy's pipeline machinery, or None if it can't.

        That is the shipped arrangement (lemmatizer, cue tagger, a ``workbench.TextCatBOWNorm``
        textcat without cue features, and at most a sentencizer besides); any other pipeline takes
        the general path, :meth:`_suggest_docs`.
        """
        plan = self._plans.get(lang, False)
        if plan is not False:
            return plan
        from spacy.attrs import NORM

        from workbench.nlp.components import NormLemmatizer, feature_columns
        from workbench.nlp.cues import CueTagger

        nlp = self.load(lang)
        names = [name for name in nlp.pipe_names if name != "sentencizer"]
        plan = None
        if names == ["workbench_lemmatizer", "workbench_cues", "textcat"]:
            lemmatizer, tagger, textcat = (nlp.get_pipe(name) for name in names)
            model = textcat.model
            layers = model.layers
            if (
                isinstance(lemmatizer, NormLemmatizer)
                and isinstance(tagger, CueTagger)
                and len(layers) == 3
                and layers[0].name == "workbench_ngrams"
                and not layers[0].attrs["cue_features"]
            ):
                columns = feature_columns(layers[0])
                norm_column = columns.index(NORM) if NORM in columns else len(columns)
                if norm_column == len(columns):
                    columns = [*columns, NORM]
                order = [list(textcat.labels).index(label) for label in LABELS]
                plan = (nlp, lemmatizer, tagger, layers, columns, norm_column, order)
        self._plans[lang] = plan
        return plan

    def _suggest_batch(self, lang: str, texts: Sequence[str]) -> list[Suggestion]:
        """Label one batch of one language's texts.

        Each text is tokenised once; each doc gives one attribute table (lemma, lowercase form,
        grammatical tag) that both the cue rules' negation look-back and the classifier's n-gram
        hashing read for the whole batch at once. Outputs equal :meth:`_suggest_docs` (spaCy's
        ``nlp.pipe`` through every component), which a test checks on the corpus and the demo.
        """
        from workbench.nlp.components import ngram_features

        plan = self._batch_plan(lang)
        if plan is None:
            return self._suggest_docs(lang, texts)
        nlp, lemmatizer, tagger, layers, columns, norm_column, order = plan
        if texts and max(map(len, texts)) > nlp.max_length:
            for text in texts:
                nlp.make_doc(text)  # raises spaCy's error about the first text that is too long
        tokenizer = nlp.tokenizer
        vocab = nlp.vocab
        if tagger.needs_docs or not lemmatizer.complete():
            docs = [tokenizer(text) for text in texts]
            lemmatizer.annotate(docs)
            tables = [doc.to_array(columns) for doc in docs]
        else:
            # Each doc lives just long enough to give its table: a batch of live docs is thousands
            # of containers for the garbage collector to walk, and to promote into older generations.
            docs = []
            tables = []
            known = len(vocab)
            for text in texts:
                doc = tokenizer(text)
                if len(vocab) != known:  # a new word form: give it its lemma before reading NORM
                    lemmatizer.annotate((doc,))
                    known = len(vocab)
                tables.append(doc.to_array(columns))
        table = np.concatenate(tables) if tables else np.zeros((0, len(columns)), dtype="uint64")
        bounds = np.zeros(len(tables) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, tables), dtype=np.int64, count=len(tables)), out=bounds[1:])
        evidence = tagger.evidence(docs, np.ascontiguousarray(table[:, norm_column]), bounds)
        if bounds[-1] == 0:  # as TextCategorizer.predict: no token in the whole batch, zero scores
            probs = np.zeros((len(texts), len(LABELS)), dtype="f")
        else:
            features = ngram_features(layers[0], tables, nlp.vocab.strings, table=table, bounds=bounds)
            probs = np.asarray(layers[2].predict(layers[1].predict(features)), dtype="f")[:, order]
        return self._suggestions(lang, texts, probs, evidence, tagger)

    def _suggest_docs(self, lang: str, texts: Sequence[str]) -> list[Suggestion]:
        """Label one batch through spaCy's ``nlp.pipe`` and each component (any pipeline layout)."""
        from workbench.nlp.cues import LABEL_INDEX, USER_DATA_KEY

        nlp = self.load(lang)
        # The classifier's scores are read as one matrix from predict(), not written into each
        # doc.cats and read back.
        docs = list(nlp.pipe(texts, batch_size=len(texts) or 1, disable=["textcat"]))
        textcat = nlp.get_pipe("textcat")
        order = [list(textcat.labels).index(label) for label in LABELS]
        probs = np.asarray(textcat.predict(docs), dtype="f")[:, order] if docs else np.zeros((0, len(LABELS)), "f")
        rows: list[int] = []
        columns: list[int] = []
        weights: list[float] = []
        for i, doc in enumerate(docs):
            for hit in doc.user_data.get(USER_DATA_KEY, ()):
                rows.append(i)
                columns.append(LABEL_INDEX[hit.label])
                weights.append(hit.weight)
        evidence = np.zeros_like(probs)
        np.add.at(evidence, (rows, columns), weights)
        return self._suggestions(lang, texts, probs, evidence, nlp.get_pipe("workbench_cues"))

    @staticmethod
    def _suggestions(
        lang: str, texts: Sequence[str], probs: np.ndarray, evidence: np.ndarray, tagger: Any
    ) -> list[Suggestion]:
        from workbench.nlp.cues import combine

        final = combine(probs, evidence, tagger.rule_weight, tagger.cap)
        best = final.argmax(axis=1).tolist()
        scores = final.max(axis=1).tolist()
        labels = LABELS
        return [
            Suggestion(text, labels[b], round(s, 4), lang) for text, b, s in zip(texts, best, scores, strict=True)
        ]

    def classify(
        self,
        texts: Sequence[str],
        lang: str = "auto",
        *,
        progress: Progress | None = None,
        cancelled: IsCancelled | None = None,
        batch_size: int = BATCH_SIZE,
    ) -> list[Suggestion]:
        """Suggest a label with a confidence for each text, in input order (see ``api.classify``)."""
        total = len(texts)
        if lang == "auto":
            detect = morph.detect_lang
            codes = [detect(text) for text in texts]
            by_lang = {code: [i for i, c in enumerate(codes) if c == code] for code in LANGS}
        else:
            if total:
                resolve_lang(texts[0], lang)  # an unsupported language is a ValueError
            by_lang = {lang: list(range(total))}
        results: list[Suggestion | None] = [None] * total
        done = 0
        if progress is not None:
            progress(0, total)
        for code in LANGS:
            indices = by_lang.get(code, [])
            for start in range(0, len(indices), batch_size):
                if cancelled is not None and cancelled():
                    raise Cancelled("classification cancelled")
                chunk = indices[start : start + batch_size]
                for i, suggestion in zip(chunk, self._suggest_batch(code, [texts[i] for i in chunk]), strict=True):
                    results[i] = suggestion
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
        return [s for s in results if s is not None]
