"""The rule layer: cue phrases for jobs, pains and gains, matched over lemmas, aware of negation.

A cue table is JSON Lines, one cue a line::

    {"label": "pain", "phrase": "не хватает", "weight": 1.0, "negated": "gain"}

``phrase`` is written naturally; it is lemmatised with the same cached lemmatizer as the statements,
so "не хватает" also matches "не хватало" and "не хватит". ``weight`` (default 1) is the evidence a
match adds to ``label``. A negation word ("не", "нет", "без", "ни", "not", "no", "never", "n't",
"without", ...) among the ``window`` tokens before the cue, within the same clause (punctuation stops
the look-back; sentence ends are punctuation too), or in English "not"/"n't" right after the cue
("we do n't", "we have not"), moves the evidence
to ``negated``; without ``negated`` a negated cue is dropped.
Cues that contain their own negation ("не хватает", "нет возможности") are written as such.

Overlapping matches keep the longest one, so "было бы здорово" is one gain cue, not two.

Two ways to the same result: :meth:`CueTagger.hits` per doc (spaCy's ``PhraseMatcher``, plain
``CueHit`` tuples, for ``cue_hits`` and the pipeline), and :meth:`CueTagger.evidence` for a whole
batch of classification at once (numpy over the batch's lemmas, the per-label sums only).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from workbench.errors import WorkbenchError
from workbench.nlp.keyindex import KeyIndex
from workbench.resources import resource

log = logging.getLogger(__name__)

LABELS: tuple[str, ...] = ("job", "pain", "gain", "other")
LABEL_INDEX = {label: i for i, label in enumerate(LABELS)}
USER_DATA_KEY = "workbench.cues"
CLAUSE_ENDS: tuple[str, ...] = (",", ".", ";", ":", "!", "?", "—", "–", "(", ")", "...", "…")

NEGATION_LEMMAS = frozenset(
    {"не", "нет", "ни", "без", "нету", "никогда", "not", "no", "never", "without", "nobody", "nothing", "nor"}
)


class CueHit(NamedTuple):
    """One matched cue in a doc: where, which, and the label it votes for after negation."""

    start: int
    end: int
    phrase: str
    label: str
    weight: float
    negated: bool
    features: tuple[int, ...] = ()  # hashed "cue label" and "cue phrase" keys for the classifier


def read_cue_file(lang: str, directory: str | Path | None = None) -> list[dict[str, Any]]:
    """Read ``cues_<lang>.jsonl`` from ``directory`` (default: the shipped resources)."""
    path = Path(directory) / f"cues_{lang}.jsonl" if directory else resource("nlp", f"cues_{lang}.jsonl")
    cues: list[dict[str, Any]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise WorkbenchError(f"cannot read cue table {path}: {exc.strerror}") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            cue = json.loads(line)
        except json.JSONDecodeError as exc:
            raise WorkbenchError(f"{path}:{number}: not JSON ({exc.msg})") from exc
        if cue.get("label") not in LABEL_INDEX or not str(cue.get("phrase", "")).strip():
            raise WorkbenchError(f"{path}:{number}: a cue needs a phrase and a label among {LABELS}")
        if cue.get("negated") not in (None, *LABELS):
            raise WorkbenchError(f"{path}:{number}: 'negated' must be one of {LABELS}")
        cues.append(cue)
    return cues


class CueTagger:
    """Pipeline component: finds cue phrases and stores :class:`CueHit` lists in ``doc.user_data``."""

    def __init__(
        self, nlp: Language, cues: list[dict[str, Any]], *, window: int, rule_weight: float, cap: float
    ) -> None:
        self.window = window
        self.rule_weight = rule_weight
        self.cap = cap
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        self.cues: dict[str, dict[str, Any]] = {}
        self._features: dict[tuple[str, bool], tuple[int, ...]] = {}
        self._keys: dict[int, str] = {}
        patterns: list[Doc] = []
        for i, cue in enumerate(cues):
            key = f"cue{i}"
            pattern = self._lemmatized(nlp, str(cue["phrase"]))
            patterns.append(pattern)
            self.cues[key] = cue
            self._keys[nlp.vocab.strings.add(key)] = key
            self.matcher.add(key, [pattern])
            for negated in (False, True):
                mark = "~" if negated else ""
                names = (f"cue:{cue['label']}{mark}", f"cue:{cue['label']}:{cue['phrase']}{mark}")
                self._features[(key, negated)] = tuple(nlp.vocab.strings.add(n) for n in names)
        # Negation words and clause ends are looked up by lemma only around a matched cue, so the
        # matcher's output (and the Python loop over it) holds cues alone.
        self._negation_norms = self._single_norms(nlp, sorted(NEGATION_LEMMAS))
        self._stop_norms = self._single_norms(nlp, CLAUSE_ENDS)
        self._not_norms = self._single_norms(nlp, ["not"]) if nlp.lang == "en" else frozenset()
        # The same table by position, for the batch path (evidence()).
        self._index = {match_id: i for i, match_id in enumerate(self._keys)}
        ordered = [self.cues[self._keys[match_id]] for match_id in self._index]
        self._labels = np.array([LABEL_INDEX[c["label"]] for c in ordered], dtype=np.int64)
        self._negated_labels = np.array(
            [LABEL_INDEX[c["negated"]] if c.get("negated") is not None else -1 for c in ordered], dtype=np.int64
        )
        self._weights = np.array([float(c.get("weight", 1.0)) for c in ordered], dtype=np.float64)
        self._negation_index = KeyIndex(np.array(sorted(self._negation_norms), dtype=np.uint64))
        self._stop_index = KeyIndex(np.array(sorted(self._stop_norms), dtype=np.uint64))
        self._not_index = KeyIndex(np.array(sorted(self._not_norms), dtype=np.uint64))
        self._table = _PhraseTable.build(self.matcher, patterns, list(self._keys))
        log.debug("%d cues for %s", len(self.cues), nlp.lang)

    @staticmethod
    def _lemmatized(nlp: Language, text: str) -> Doc:
        from workbench.nlp.components import NormLemmatizer

        doc = nlp.make_doc(text)
        if "workbench_lemmatizer" in nlp.pipe_names:
            return nlp.get_pipe("workbench_lemmatizer")(doc)
        return NormLemmatizer(nlp.vocab, str(nlp.lang))(doc)

    @classmethod
    def _single_norms(cls, nlp: Language, words: Iterable[str]) -> frozenset[int]:
        norms = set()
        for word in words:
            doc = cls._lemmatized(nlp, word)
            if len(doc) != 1:
                raise ValueError(f"negation word or clause end {word!r} is not one token")
            norms.add(doc[0].norm)
        return frozenset(norms)

    def _negated(self, doc: Doc, start: int, end: int) -> bool:
        if self._not_norms and end < len(doc) and doc[end].norm in self._not_norms:
            return True  # "we do n't", "we have not": English negates after the auxiliary
        for i in range(start - 1, max(0, start - self.window) - 1, -1):
            norm = doc[i].norm
            if norm in self._stop_norms:
                return False  # a comma or a full stop ends the clause (and the sentence)
            if norm in self._negation_norms:
                return True
        return False

    @staticmethod
    def _longest(cues: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        """The matcher's ``(id, start, end)`` matches without overlaps: the longest wins, then the earliest."""
        if len(cues) > 1 and any(a[2] > b[1] for a, b in zip(cues, cues[1:], strict=False)):
            cues.sort(key=lambda m: (m[1] - m[2], m[1]))
            taken: set[int] = set()
            kept = []
            for match in cues:
                span = range(match[1], match[2])
                if not taken.intersection(span):
                    kept.append(match)
                    taken.update(span)
            cues = sorted(kept, key=lambda m: m[1])
        return cues

    def hits(self, doc: Doc) -> list[CueHit]:
        """All cues found in ``doc`` with negation applied (the longest of overlapping matches)."""
        cues = self.matcher(doc)
        if not cues:
            return []
        cues = self._longest(cues)
        found: list[CueHit] = []
        for match_id, start, end in cues:
            key = self._keys[match_id]
            cue = self.cues[key]
            negated = self._negated(doc, start, end)
            label = cue.get("negated") if negated else cue["label"]
            if label is None:
                continue
            features = self._features[(key, negated)]
            found.append(
                CueHit(start, end, str(cue["phrase"]), label, float(cue.get("weight", 1.0)), negated, features)
            )
        return found

    def evidence(self, docs: Sequence[Doc], norms: np.ndarray, bounds: np.ndarray) -> np.ndarray:
        """The rule evidence per label for a whole batch: a float32 matrix, a row per doc, a column per label.

        The same matches, negation and weights as :meth:`hits` (a test checks one against the other),
        read from ``norms``, the batch's token NORMs end to end (doc ``i`` is
        ``norms[bounds[i]:bounds[i + 1]]``), with numpy: the cue phrases are looked up in a hash table
        of the whole batch's n-grams rather than by the matcher doc by doc, and the look-back for
        negation indexes ``norms`` instead of making a Python ``Token`` per word. ``docs`` are only
        read when the phrases can't be looked up exactly (see :attr:`needs_docs`); else pass ``[]``.
        """
        if self._table is not None:
            row, cue, first, last = self._table.find(norms, bounds)
        else:
            row, cue, first, last = self._matched(docs)
        return self._weigh(bounds.shape[0] - 1, norms, bounds, row, cue, first, last)

    @property
    def needs_docs(self) -> bool:
        """Whether :meth:`evidence` reads the docs themselves (the matcher), not only their NORMs."""
        return self._table is None

    def _matched(self, docs: Sequence[Doc]) -> tuple[np.ndarray, ...]:
        """The non-overlapping matches of ``docs`` by the matcher, doc by doc: rows, cues, starts, ends."""
        matcher = self.matcher
        longest = self._longest
        index = self._index
        rows: list[int] = []
        cues: list[int] = []
        first: list[int] = []
        last: list[int] = []
        for i, doc in enumerate(docs):
            found = matcher(doc)
            if found:
                if len(found) > 1:
                    found = longest(found)
                for match_id, start, end in found:
                    rows.append(i)
                    cues.append(index[match_id])
                    first.append(start)
                    last.append(end)
        return (np.array(rows, dtype=np.int64), np.array(cues, dtype=np.int64),
                np.array(first, dtype=np.int64), np.array(last, dtype=np.int64))

    def _weigh(
        self,
        n_docs: int,
        norms: np.ndarray,
        bounds: np.ndarray,
        row: np.ndarray,
        cue: np.ndarray,
        start: np.ndarray,
        end: np.ndarray,
    ) -> np.ndarray:
        """Negation and weights of the matches (doc ``row``, cue position, token span) summed per doc."""
        evidence = np.zeros((n_docs, len(LABELS)), dtype="f")
        if not row.shape[0]:
            return evidence
        offset = bounds[row]
        negated = np.zeros(row.shape[0], dtype=bool)
        decided = np.zeros(row.shape[0], dtype=bool)
        if self._not_norms:  # English "not" / "n't" right after the cue
            ends = offset + end
            after = ends < bounds[row + 1]
            after[after] = self._not_index.contains(norms[ends[after]])
            negated |= after
            decided |= after
        for back in range(1, self.window + 1):  # the window before the cue, nearest word first
            look = ~decided & (start >= back)
            if not look.any():
                break
            before = norms[offset[look] + start[look] - back]
            stop = self._stop_index.contains(before)
            negation = self._negation_index.contains(before) & ~stop
            decided[look] = stop | negation
            negated[look] = negation
        label = np.where(negated, self._negated_labels[cue], self._labels[cue])
        kept = label >= 0
        # Python floats through np.add.at in document and match order, as the per-doc path adds them.
        np.add.at(evidence, (row[kept].tolist(), label[kept].tolist()), self._weights[cue[kept]].tolist())
        return evidence

    def __call__(self, doc: Doc) -> Doc:
        found = self.hits(doc)
        if found:
            doc.user_data[USER_DATA_KEY] = found
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        """As ``__call__`` over a stream (saves spaCy's per-document wrapper)."""
        hits = self.hits
        for doc in stream:
            found = hits(doc)
            if found:
                doc.user_data[USER_DATA_KEY] = found
            yield doc


_MIX = np.uint64(0x9E3779B97F4A7C15)
_TERMINAL = 826361138722620965  # PhraseMatcher's end-of-phrase key: a phrase holding it is cut there


class _PhraseTable:
    """The matcher's phrases as arrays, to find them in a whole batch of NORMs with numpy.

    Finds what ``PhraseMatcher(attr="NORM")`` finds, in its order (by start, then shorter first),
    and keeps what :meth:`CueTagger._longest` keeps of it. Cues with the same lemmas ("задержка" and
    "задержки") match the same span, where the one the matcher lists first wins: that order is read
    once from the matcher here. Phrases are looked up by a hash of their lemmas and every hit is
    compared lemma by lemma, so a hash collision cannot make a false match.
    """

    def __init__(self) -> None:
        self.first = KeyIndex(np.zeros(0, dtype=np.uint64))  # the first lemmas of all phrases
        self.by_length: list[tuple[int, KeyIndex, np.ndarray]] = []  # length, phrase hashes, lemmas
        self.cue = np.zeros(0, dtype=np.int64)  # per phrase: the position of the cue the matcher lists first

    @staticmethod
    def _hash(columns: list[np.ndarray]) -> np.ndarray:
        hashed = columns[0].copy()
        for column in columns[1:]:
            hashed = (hashed * _MIX) ^ column
        return hashed

    @classmethod
    def build(cls, matcher: PhraseMatcher, patterns: list[Doc], match_ids: list[int]) -> _PhraseTable | None:
        """The table of ``patterns`` (added to ``matcher`` under ``match_ids``), or None if it can't be exact."""
        phrases: dict[tuple[int, ...], Doc] = {}
        for pattern in patterns:
            lemmas = tuple(token.norm for token in pattern)
            if not lemmas or _TERMINAL in lemmas:
                return None
            phrases.setdefault(lemmas, pattern)
        position = {match_id: i for i, match_id in enumerate(match_ids)}
        table = cls()
        first_cue: list[int] = []
        expected: dict[tuple[int, ...], list[int]] = {}
        for pattern, match_id in zip(patterns, match_ids, strict=True):
            expected.setdefault(tuple(token.norm for token in pattern), []).append(position[match_id])
        lengths: dict[int, list[int]] = {}
        for index, (lemmas, pattern) in enumerate(phrases.items()):
            listed = [position[m] for m, start, end in matcher(pattern) if (start, end) == (0, len(lemmas))]
            if sorted(listed) != sorted(expected[lemmas]):
                return None
            first_cue.append(listed[0])
            lengths.setdefault(len(lemmas), []).append(index)
        keys = list(phrases)
        cue_of = np.array(first_cue, dtype=np.int64)
        first_cue = []
        for length, indices in sorted(lengths.items()):
            lemmas = np.array([keys[i] for i in indices], dtype=np.uint64).reshape(len(indices), length)
            hashes = cls._hash([lemmas[:, j] for j in range(length)])
            if np.unique(hashes).shape[0] != hashes.shape[0]:
                return None
            table.by_length.append((length, KeyIndex(hashes), lemmas))
            first_cue.append(cue_of[indices])
        table.first = KeyIndex(np.unique(np.array([k[0] for k in keys], dtype=np.uint64)))
        table.cue = np.concatenate(first_cue) if first_cue else np.zeros(0, dtype=np.int64)
        return table

    def find(self, norms: np.ndarray, bounds: np.ndarray) -> tuple[np.ndarray, ...]:
        """Every doc's matches, overlaps resolved as :meth:`CueTagger._longest`: rows, cues, starts, ends."""
        empty = np.zeros(0, dtype=np.int64)
        total = norms.shape[0]
        if total == 0:
            return empty, empty, empty, empty
        candidates = np.flatnonzero(self.first.contains(norms))  # where a phrase can start
        if candidates.shape[0] == 0:
            return empty, empty, empty, empty
        owner = np.repeat(np.arange(bounds.shape[0] - 1), np.diff(bounds))
        starts: list[np.ndarray] = []
        sizes: list[np.ndarray] = []
        found: list[np.ndarray] = []
        offset = 0  # phrases are numbered length after length
        for length, hashes, lemmas in self.by_length:
            inside = candidates[candidates + length <= total]
            inside = inside[owner[inside + length - 1] == owner[inside]]
            if inside.shape[0]:
                at = hashes.lookup(self._hash([norms[inside + j] for j in range(length)]))
                hit = at >= 0
                inside, at = inside[hit], at[hit]
                same = (norms[inside[:, None] + np.arange(length)] == lemmas[at]).all(axis=1)
                starts.append(inside[same])
                sizes.append(np.full(int(same.sum()), length, dtype=np.int64))
                found.append(at[same] + offset)
            offset += lemmas.shape[0]
        if not starts:
            return empty, empty, empty, empty
        start = np.concatenate(starts)
        size = np.concatenate(sizes)
        phrase = np.concatenate(found)
        order = np.lexsort((size, start))  # the matcher's order: by start, then shorter first
        start, size, phrase = start[order], size[order], phrase[order]
        taken = self._longest_first(start, size, total)
        start, size, phrase = start[taken], size[taken], phrase[taken]
        # Cues with the same lemmas match the same span, an overlap: the first the matcher lists wins.
        cue = self.cue[phrase]
        row = owner[start]
        start = start - bounds[row]
        return row, cue, start, start + size

    @staticmethod
    def _longest_first(start: np.ndarray, size: np.ndarray, total: int) -> np.ndarray:
        """Which matches ``CueTagger._longest`` keeps: longest first, then earliest, none sharing a token.

        ``start`` (positions in the batch; a match never crosses a doc's end) and ``size`` are in the
        matcher's order and no two spans are equal. Greedy by length: a match of length ``L`` is kept
        if no longer kept match covers one of its tokens and the kept one before it of the same length
        ends before it starts; "the one before" is settled in rounds (chains of overlaps are short).
        """
        if not (start[1:] < start[:-1] + size[:-1]).any():
            return np.ones(start.shape[0], dtype=bool)  # no match overlaps the next one: none overlaps any
        covered = np.zeros(total, dtype=bool)
        taken = np.zeros(start.shape[0], dtype=bool)
        for length in np.unique(size)[::-1].tolist():
            index = np.flatnonzero(size == length)
            at = start[index]
            while index.shape[0]:
                free = ~covered[at]
                for j in range(1, length):
                    free &= ~covered[at + j]
                index, at = index[free], at[free]
                if not index.shape[0]:
                    break
                head = np.ones(index.shape[0], dtype=bool)
                head[1:] = at[1:] - at[:-1] >= length
                taken[index[head]] = True
                for j in range(length):
                    covered[at[head] + j] = True
                index, at = index[~head], at[~head]
        return taken


def combine(probs: np.ndarray, evidence: np.ndarray, rule_weight: float, cap: float) -> np.ndarray:
    """Combine classifier probabilities and rule evidence into one distribution per row.

    A product of experts in log space: ``log p(label) + rule_weight * min(evidence, cap)``,
    renormalised with a softmax. One cue of weight 1 multiplies a label's odds by ``e**rule_weight``;
    ``cap`` stops a pile of cues from drowning a confident classifier. With no cue the classifier's
    distribution is returned unchanged, so the score is always a calibrated-looking 0..1 confidence.
    """
    logits = np.log(np.clip(probs, 1e-6, 1.0)) + rule_weight * np.minimum(evidence, cap)
    logits -= logits.max(axis=1, keepdims=True)
    exp = np.exp(logits)
    return exp / exp.sum(axis=1, keepdims=True)
