"""The project's spaCy components, registered by name so ``resources/nlp/config.cfg`` can use them.

Import this module before ``spacy.load`` of a workbench model.

* ``workbench_lemmatizer`` writes each word's lemma (:mod:`workbench.nlp.morph`, cached) into its
  lexeme's ``NORM``. Lexemes are shared by every token of the vocabulary, so a word form is
  lemmatised once per process and later tokens cost nothing: no per-token Python at all. ``NORM``
  is the lemma attribute the cue matcher and the text classifier read. (``Token.lemma_`` is left
  unset on purpose: writing it costs a Python call per token, a third of the tokeniser's speed.)
* ``workbench_cues`` matches the cue phrases of ``resources/nlp/cues_<lang>.jsonl`` over those
  lemmas with a ``PhraseMatcher(attr="NORM")`` and notes negation before each cue
  (see :mod:`workbench.nlp.cues`).
* ``workbench.TextCatBOWNorm.v1`` is spaCy's bag-of-ngrams text classifier (``TextCatBOW.v3``)
  with these changes: it reads lemmas (``NORM``) instead of surface forms, which matters for Russian
  with a corpus of a few hundred sentences; it adds the first word with a start marker and lowercase
  word forms as extra features (tense and person live in the forms, not the lemmas); optionally the
  rule layer's cue hits as features (off: 4-fold cross-validation on train found it no better than
  combining the rules afterwards); and it hashes the n-grams of a whole batch at once with numpy
  instead of per document.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any

import numpy as np
from spacy.attrs import IDS, ORTH, SHAPE
from spacy.language import Language
from spacy.ml.models.textcat import NEG_VALUE, resize_and_set_ref, resize_linear_weighted
from spacy.tokens import Doc
from spacy.util import minibatch, registry
from spacy.vocab import Vocab
from thinc.api import Logistic, Model, SparseLinear_v2, chain, resizable, softmax_activation

from workbench.nlp import cues as cue_rules
from workbench.nlp import morph
from workbench.nlp.keyindex import KeyIndex

log = logging.getLogger(__name__)

_MIX = np.uint64(0x9E3779B97F4A7C15)
_START = np.uint64(0x5BD1E9955BD1E995)
_EXTRA = np.uint64(0xC2B2AE3D27D4EB4F)


class NormLemmatizer:
    """Sets every lexeme's NORM to its cached lemma the first time the word form is seen.

    Every lexeme gets its norm once. When the vocabulary has not grown since the last batch, no word
    in the batch can be new (the tokenizer adds a lexeme for every new word form), and the component
    does nothing at all. Lexemes are only ever made by documents after the first call; code that
    creates lexemes by hand (``vocab["word"]``) must run this component over a doc of them.
    """

    def __init__(self, vocab: Vocab, lang: str) -> None:
        self.vocab = vocab
        self.lemma = morph.lemma_function(lang)
        self.tag = morph.tag_function(lang)
        self._seen: set[int] = set()
        self._known_size = -1

    def reset(self) -> None:
        """Forget what was seen: the next call lemmatises the whole vocabulary again."""
        self._seen.clear()
        self._known_size = -1

    def from_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> NormLemmatizer:
        """Nothing is stored; loading a pipeline replaces the vocabulary, so start over."""
        self.reset()
        return self

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> NormLemmatizer:
        """As :meth:`from_disk`."""
        self.reset()
        return self

    def _set(self, orths: Iterable[int]) -> None:
        strings = self.vocab.strings
        tag = self.tag
        for orth in orths:
            lexeme = self.vocab[orth]
            word = strings[orth]
            lexeme.norm_ = self.lemma(word)
            if tag is not None:
                code = tag(word)
                if code:
                    lexeme.shape_ = code
            self._seen.add(orth)

    def _catch_up(self, docs: Iterable[Doc]) -> None:
        size = len(self.vocab)
        if size == self._known_size:
            return  # no new lexeme since the last batch: every word here already has its lemma
        if self._known_size < 0:
            # First use: lexemes made before any document (tokenizer exceptions, loaded vocab).
            self._set([lex.orth for lex in self.vocab])
        new: set[int] = set()
        for doc in docs:
            new.update(doc.to_array(ORTH).tolist())
        self._set(new - self._seen)
        self._known_size = len(self.vocab)

    def __call__(self, doc: Doc) -> Doc:
        self._catch_up((doc,))
        return doc

    def annotate(self, docs: Iterable[Doc]) -> None:
        """Give every word of ``docs`` its lemma, as ``pipe`` over one batch of them all."""
        self._catch_up(docs)

    def complete(self) -> bool:
        """Whether every lexeme of the vocabulary has its lemma (none was made behind this component's back).

        Then the only words without a lemma are the ones a new doc adds, and annotating each doc that
        grows the vocabulary, as it is made, does what annotating the whole batch afterwards does.
        """
        return self._known_size == len(self.vocab) == len(self._seen)

    def pipe(self, stream: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        for batch in minibatch(stream, size=batch_size):
            self._catch_up(batch)
            yield from batch


@Language.factory("workbench_lemmatizer")
def make_lemmatizer(nlp: Language, name: str) -> NormLemmatizer:
    """Factory of the cached pymorphy3 / lookup lemmatizer (lemma into the lexeme's NORM)."""
    return NormLemmatizer(nlp.vocab, str(nlp.lang))


@registry.misc("workbench.cue_table.v1")
def cue_table(directory: str = "") -> Callable[[str], list[dict[str, Any]]]:
    """A loader of the cue table for a language; empty ``directory`` means the shipped resources."""
    return partial(cue_rules.read_cue_file, directory=directory or None)


@Language.factory(
    "workbench_cues",
    default_config={
        "cues": {"@misc": "workbench.cue_table.v1"},
        "window": 3,
        "rule_weight": 1.0,
        "cap": 3.0,
    },
)
def make_cue_tagger(
    nlp: Language,
    name: str,
    cues: Callable[[str], list[dict[str, Any]]],
    window: int,
    rule_weight: float,
    cap: float,
) -> cue_rules.CueTagger:
    """Factory of the negation-aware cue matcher; ``rule_weight``/``cap`` tune the combination."""
    return cue_rules.CueTagger(nlp, cues(str(nlp.lang)), window=window, rule_weight=rule_weight, cap=cap)


def feature_columns(model: Model) -> list[int]:
    """The token attributes the n-gram layer of ``model`` reads, in the order of its tables."""
    return [model.attrs["attr_id"], *model.attrs["extra_ids"], *([SHAPE] if model.attrs["grammar"] else [])]


def _ngram_forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[Any, Callable]:
    columns = feature_columns(model)
    tables = [doc.to_array(columns) for doc in docs]
    cue_keys = None
    if model.attrs["cue_features"]:
        extra: list[int] = []
        extra_owner: list[int] = []
        for index, doc in enumerate(docs):
            for hit in doc.user_data.get(cue_rules.USER_DATA_KEY, ()):
                extra.extend(hit.features)
                extra_owner.extend([index] * len(hit.features))
        cue_keys = (extra, extra_owner)
    features = ngram_features(model, tables, docs[0].vocab.strings if docs else None, cue_keys)
    return features, lambda dY: []


def ngram_features(
    model: Model,
    tables: list[np.ndarray],
    strings: Any,
    cue_keys: tuple[list[int], list[int]] | None = None,
    table: np.ndarray | None = None,
    bounds: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The hashed features ``(keys, values, lengths)`` of a batch, from each doc's attribute table.

    ``tables[i]`` is ``docs[i].to_array(feature_columns(model))``; ``table`` may give them already
    concatenated and ``bounds`` where each doc starts in it (and, last, the total). ``cue_keys`` are
    the cue features and the doc each belongs to (``cue_features``).
    """
    size = model.attrs["ngram_size"]
    n_docs = len(tables)
    extra_ids = model.attrs["extra_ids"]
    grammar = model.attrs["grammar"]
    if bounds is None:
        bounds = np.zeros(n_docs + 1, dtype=np.int64)
        np.cumsum([t.shape[0] for t in tables], out=bounds[1:])
    if n_docs == 0 or bounds[-1] == 0:
        keys = np.zeros((0,), dtype="uint64")
        return keys, np.zeros((0,), dtype="f"), np.zeros((n_docs,), dtype="int32")
    lengths = np.diff(bounds)
    if table is None:
        table = np.concatenate(tables)
    # One contiguous row per attribute: numpy is several times slower over a column of the table.
    rows = np.ascontiguousarray(table.T).astype("uint64", copy=False)
    uni = rows[0]
    owner = np.repeat(np.arange(n_docs), lengths)
    starts = bounds[:-1][lengths > 0]
    key_parts = [uni]
    owner_parts = [owner]
    total = uni.shape[0]
    for n in range(2, size + 1):
        if total < n:
            break
        span = total - n + 1
        same = owner[n - 1 :] == owner[:span]
        hashed = uni[:span].copy()
        for j in range(1, n):
            hashed = (hashed * _MIX) ^ uni[j : j + span]
        key_parts.append(hashed[same])
        owner_parts.append(owner[:span][same])
    if model.attrs["first_word"]:
        # The first word with a start marker: imperatives ("Отправить ...", "Forward ...") are to-dos,
        # a bare present-tense verb ("Настраиваем ...") usually a job.
        key_parts.append((uni[starts] * _MIX) ^ _START)
        owner_parts.append(owner[starts])
    if grammar:
        tag_keys, tag_owners = _grammar_features(strings, rows[-1], owner, starts, n_docs)
        key_parts.extend(tag_keys)
        owner_parts.extend(tag_owners)
    for k in range(len(extra_ids)):
        key_parts.append((rows[1 + k] * _MIX) ^ (_EXTRA + np.uint64(k)))
        owner_parts.append(owner)
    if model.attrs["cue_features"] and cue_keys is not None:
        extra, extra_owner = cue_keys
        if extra:
            key_parts.append(np.array(extra, dtype="uint64"))
            owner_parts.append(np.array(extra_owner, dtype=owner.dtype))
    keys = np.concatenate(key_parts)
    owners = np.concatenate(owner_parts)
    order = np.argsort(owners, kind="stable")
    keys = np.ascontiguousarray(keys[order])
    vals = np.ones(keys.shape[0], dtype="f")
    counts = np.bincount(owners, minlength=n_docs).astype("int32")
    return keys, vals, counts


_TAG = np.uint64(0x165667B19E3779F9)
_TAG_PAIR = np.uint64(0x27D4EB2F165667C5)
_TAG_START = np.uint64(0x85EBCA77C2B2AE63)
_NO_PREDICATE = np.uint64(0x94D049BB133111EB)
_TAG_KIND: dict[int, int] = {}  # shape hash -> 0 not a grammatical tag, 1 tag, 2 predicate tag
_TAG_TABLE: tuple[KeyIndex, np.ndarray] | None = None  # _TAG_KIND as a KeyIndex and the kinds by position


def _tag_kinds(strings: Any, shapes: np.ndarray) -> np.ndarray:
    """0, 1 or 2 for each shape value: not one of our tags, a tag, a tag of a predicate word.

    A value's kind is worked out from its string the first time it is seen and kept in
    ``_TAG_KIND``; the batch looks all of them up at once in a :class:`KeyIndex` of that dict.
    """
    global _TAG_TABLE
    table = _TAG_TABLE
    position = table[0].lookup(shapes) if table is not None else np.full(shapes.shape[0], -1, dtype=np.int64)
    new = position < 0
    if new.any():
        for value in np.unique(shapes[new]).tolist():
            if value not in _TAG_KIND:
                text = strings[value] if value in strings else ""
                kind = 2 if text.startswith(morph.PREDICATE_MARK) else 1 if text.startswith(morph.TAG_MARK) else 0
                _TAG_KIND[value] = kind
        table = _TAG_TABLE = (
            KeyIndex(np.fromiter(_TAG_KIND.keys(), dtype=np.uint64, count=len(_TAG_KIND))),
            np.fromiter(_TAG_KIND.values(), dtype=np.int8, count=len(_TAG_KIND)),
        )
        position = table[0].lookup(shapes)
    return table[1][position]


def _grammar_features(
    strings: Any, shapes: np.ndarray, owner: np.ndarray, starts: np.ndarray, n_docs: int
) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Grammatical tag unigrams and bigrams, the first word's tag and "no predicate" per doc.

    Tags come from the lemmatizer (``morph.ru_tag``, kept in each lexeme's SHAPE); docs without any
    tag (English) get none of these features.
    """
    kinds = _tag_kinds(strings, shapes)
    tagged = kinds > 0
    keys = [(shapes[tagged] * _MIX) ^ _TAG]
    owners = [owner[tagged]]
    if shapes.shape[0] > 1:
        pair = tagged[1:] & tagged[:-1] & (owner[1:] == owner[:-1])
        keys.append((((shapes[:-1] * _MIX) ^ shapes[1:]) * _MIX ^ _TAG_PAIR)[pair])
        owners.append(owner[:-1][pair])
    first = starts[tagged[starts]]
    keys.append((shapes[first] * _MIX) ^ _TAG_START)
    owners.append(owner[first])
    has_tag = np.bincount(owner[tagged], minlength=n_docs) > 0
    has_predicate = np.bincount(owner[kinds == 2], minlength=n_docs) > 0
    verbless = np.flatnonzero(has_tag & ~has_predicate)
    keys.append(np.full(verbless.shape[0], _NO_PREDICATE, dtype="uint64"))
    owners.append(verbless.astype(owner.dtype))
    return keys, owners


def batched_ngrams(
    ngram_size: int,
    attr: str,
    cue_features: bool = False,
    first_word: bool = False,
    extra_unigrams: tuple[str, ...] = (),
    grammar: bool = False,
) -> Model:
    """Hash the 1..n-grams of ``attr`` for a whole batch of docs at once (no per-doc numpy calls).

    With ``cue_features`` the cue hits of the rule layer are features too, so the classifier learns
    from the training data how far to trust each cue.
    """
    model: Model = Model("workbench_ngrams", _ngram_forward)
    model.attrs["cue_features"] = cue_features
    model.attrs["first_word"] = first_word
    model.attrs["extra_ids"] = [IDS[name.upper()] for name in extra_unigrams]
    model.attrs["grammar"] = grammar
    model.attrs["ngram_size"] = ngram_size
    model.attrs["attr_id"] = IDS[attr.upper()]
    return model


@registry.architectures("workbench.TextCatBOWNorm.v1")
def build_bow_norm_textcat(
    exclusive_classes: bool,
    ngram_size: int,
    length: int = 65536,
    attr: str = "NORM",
    cue_features: bool = False,
    first_word: bool = True,
    extra_unigrams: list[str] | None = None,
    grammar: bool = False,
    nO: int | None = None,
) -> Model:
    """Sparse linear bag-of-n-grams classifier over lemmas (as ``spacy.TextCatBOW.v3``)."""
    length = 2 ** (length - 1).bit_length()
    sparse_linear = SparseLinear_v2(nO=nO, length=length)
    fill_defaults = {"b": NEG_VALUE, "W": 0}
    resizable_layer: Model = resizable(
        sparse_linear, resize_layer=partial(resize_linear_weighted, fill_defaults=fill_defaults)
    )
    output_layer = softmax_activation() if exclusive_classes else Logistic()
    extract = batched_ngrams(ngram_size, attr, cue_features, first_word, tuple(extra_unigrams or ()), grammar)
    model: Model = chain(extract, resizable_layer, output_layer)
    if nO is not None:
        model.set_dim("nO", nO)
    model.set_ref("output_layer", sparse_linear)
    model.attrs["multi_label"] = not exclusive_classes
    model.attrs["resize_output"] = partial(resize_and_set_ref, resizable_layer=resizable_layer)
    return model
