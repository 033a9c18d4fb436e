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
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from workbench.errors import WorkbenchError
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
        for i, cue in enumerate(cues):
            key = f"cue{i}"
            pattern = self._lemmatized(nlp, str(cue["phrase"]))
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

    def hits(self, doc: Doc) -> list[CueHit]:
        """All cues found in ``doc`` with negation applied (the longest of overlapping matches)."""
        cues = self.matcher(doc)
        if not cues:
            return []
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
