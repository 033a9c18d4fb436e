"""The batched classification path gives exactly what spaCy's component-by-component path gives."""

from __future__ import annotations

import random
import re

import numpy as np
import pytest

from workbench.nlp import morph
from workbench.nlp.cues import LABEL_INDEX, LABELS
from workbench.nlp.demo_accuracy import demo_statements
from workbench.nlp.keyindex import KeyIndex
from workbench.nlp.training import corpus_dir, read_corpus


def _texts(lang: str) -> list[str]:
    items = read_corpus(corpus_dir() / "train.jsonl") + read_corpus(corpus_dir() / "dev.jsonl")
    return [i.text for i in items if i.lang == lang] + [d.text for d in demo_statements(lang)]


def _batch_arrays(classifier, lang: str, texts: list[str]):  # type: ignore[no-untyped-def]
    """The docs, the NORM column and the doc bounds that the batch path builds for ``texts``."""
    nlp, lemmatizer, tagger, layers, columns, norm_column, order = classifier._batch_plan(lang)
    docs = [nlp.make_doc(text) for text in texts]
    lemmatizer.annotate(docs)
    tables = [doc.to_array(columns) for doc in docs]
    bounds = np.zeros(len(docs) + 1, dtype=np.int64)
    np.cumsum([t.shape[0] for t in tables], out=bounds[1:])
    return docs, tables, np.ascontiguousarray(np.concatenate(tables)[:, norm_column]), bounds


def _evidence_from_hits(tagger, docs) -> np.ndarray:  # type: ignore[no-untyped-def]
    evidence = np.zeros((len(docs), len(LABELS)), dtype="f")
    rows, columns, weights = [], [], []
    for i, doc in enumerate(docs):
        for hit in tagger.hits(doc):
            rows.append(i)
            columns.append(LABEL_INDEX[hit.label])
            weights.append(hit.weight)
    np.add.at(evidence, (rows, columns), weights)
    return evidence


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_batch_path_equals_pipeline_path_on_corpus_and_demo(classifier, lang: str) -> None:
    """Every corpus and demo statement gets the same label and score from both paths, in both pipelines."""
    assert classifier._batch_plan(lang) is not None  # the shipped model takes the batched path
    texts = _texts("ru") + _texts("en")
    for start in range(0, len(texts), 512):
        chunk = texts[start : start + 512]
        assert classifier._suggest_batch(lang, chunk) == classifier._suggest_docs(lang, chunk)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_batch_scores_and_evidence_are_bit_identical(classifier, lang: str) -> None:
    """Classifier scores and cue evidence of the corpus equal textcat.predict and the per-doc cue hits, bit for bit."""
    from workbench.nlp.components import ngram_features

    _, _, tagger, layers, _, _, _ = classifier._batch_plan(lang)
    nlp = classifier.load(lang)
    texts = _texts(lang)
    docs, tables, norms, bounds = _batch_arrays(classifier, lang, texts)
    features = ngram_features(layers[0], tables, nlp.vocab.strings)
    ours = np.asarray(layers[2].predict(layers[1].predict(features)))
    assert ours.tobytes() == np.asarray(nlp.get_pipe("textcat").predict(docs)).tobytes()
    assert tagger.evidence(docs, norms, bounds).tobytes() == _evidence_from_hits(tagger, docs).tobytes()


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_phrase_table_finds_what_the_matcher_finds_in_crowded_text(classifier, lang: str) -> None:
    """Random runs of cue words, negations and commas: the numpy look-up keeps the same matches as the matcher."""
    _, _, tagger, _, _, _, _ = classifier._batch_plan(lang)
    assert tagger._table is not None
    words = sorted({w for cue in tagger.cues.values() for w in str(cue["phrase"]).split()})
    words += ["не", "нет", "без", "not", "no", "n't", "never", ",", ".", "и", "the", "мы", "we"]
    rng = random.Random(11)
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 14))) for _ in range(3000)]
    docs, _, norms, bounds = _batch_arrays(classifier, lang, texts)
    table = [a.tolist() for a in tagger._table.find(norms, bounds)]
    matcher = [a.tolist() for a in tagger._matched(docs)]
    assert len(table[0]) > 3000  # the text is crowded with cues
    assert table == matcher
    assert tagger.evidence(docs, norms, bounds).tobytes() == _evidence_from_hits(tagger, docs).tobytes()


def test_without_phrase_table_the_matcher_gives_the_same(classifier) -> None:
    """With the phrase table switched off, the batch path falls back to the matcher, with the same results."""
    texts = _texts("ru")[:600]
    tagger = classifier._batch_plan("ru")[2]
    expected = classifier._suggest_batch("ru", texts)
    table, tagger._table = tagger._table, None
    try:
        assert classifier._suggest_batch("ru", texts) == expected
    finally:
        tagger._table = table


def test_batch_path_handles_empty_and_blank_batches(classifier) -> None:
    """Empty and token-less texts get the same suggestions as spaCy's path (zero scores when no doc has a token)."""
    for texts in ([], [""], ["", " "], ["", "Хотим выплаты", "..."]):
        for lang in ("ru", "en"):
            assert classifier._suggest_batch(lang, texts) == classifier._suggest_docs(lang, texts)


def test_letter_classes_equal_the_case_insensitive_ones() -> None:
    """detect_lang's case-sensitive letter classes match exactly the characters of the re.IGNORECASE ones."""
    latin = re.compile(r"[a-z]", re.IGNORECASE)
    cyrillic = re.compile(r"[а-яё]", re.IGNORECASE)
    for code in range(0x110000):
        char = chr(code)
        assert bool(latin.match(char)) == bool(morph._LATIN_LETTER.match(char)), hex(code)
        assert bool(cyrillic.match(char)) == bool(morph._CYRILLIC_LETTER.match(char)), hex(code)


def test_key_index_finds_exactly_its_keys() -> None:
    """KeyIndex gives each key's position and -1 for anything else, zero included, for small and large sets."""
    rng = np.random.default_rng(5)
    for size in (0, 1, 7, 300, 5000):
        keys = np.unique(rng.integers(0, 2**64 - 1, size, dtype=np.uint64, endpoint=True))
        rng.shuffle(keys)
        index = KeyIndex(keys)
        queries = np.concatenate([keys, rng.integers(0, 2**64 - 1, 2000, dtype=np.uint64), np.zeros(2, np.uint64)])
        position = {int(k): i for i, k in enumerate(keys)}
        assert index.lookup(queries).tolist() == [position.get(int(q), -1) for q in queries]
    with pytest.raises(ValueError, match="unique"):
        KeyIndex(np.array([3, 3], dtype=np.uint64))


NOTE = "Квазиплатформенные интеграторы жалуются на выплаты. Сверхдлинные согласования мешают продажам."


def test_sentences_keep_every_word_lemmatised() -> None:
    """Splitting a note into sentences lemmatises its new words, so classifying them later is as in a fresh process."""
    from workbench.nlp.pipeline import Classifier

    texts = ["Мы внедряем amoCRM.", "Сверхдлинные согласования мешают продажам."]
    fresh = Classifier()
    fresh.warm_up()
    expected = fresh.classify(texts, "ru")
    classifier = Classifier()
    classifier.warm_up()
    assert len(classifier.sentences(NOTE, "ru")) == 2  # makes the second text's words, before any classify
    assert classifier.load("ru").get_pipe("workbench_lemmatizer").complete()
    assert classifier.classify(texts, "ru") == expected


def test_words_made_outside_a_doc_take_the_whole_batch_path() -> None:
    """A word form put in the vocabulary by hand gets its lemma as spaCy's path gives it, wherever it is in the batch."""
    from workbench.nlp.pipeline import Classifier

    texts = ["Мы внедряем amoCRM.", "задержками.", "Хотим выплаты быстрее."]  # only the first adds words
    results = []
    for path in ("_suggest_batch", "_suggest_docs"):
        classifier = Classifier()
        classifier.warm_up()
        nlp = classifier.load("ru")
        nlp.vocab["задержками"]  # a lexeme the lemmatizer has not seen
        assert not nlp.get_pipe("workbench_lemmatizer").complete()
        results.append(getattr(classifier, path)("ru", texts))
    assert results[0] == results[1]
