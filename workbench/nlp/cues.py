"""The rule layer: cue phrases for jobs, pains and gains, matched over lemmas, aware of negation.

A cue table is JSON Lines, one cue a line::

    {"label": "pain", "phrase": "не хватает", "weight": 1.0, "negated": "gain"}

``phrase`` is written naturally; it is lemmatised with the same cached lemmatizer as the statements,
so "не хватает" also matches "не хватало" and "не хватит". ``weight`` (default 1) is the evidence a
match adds to ``label``. A negation word ("не", "нет", "без", "ни", "not", "no", "never", "n't",
"without", ...) among the ``window`` tokens before the cue, within the same clause (punctuation stops
the look-back), or in English right after the cue ("we do n't", "we have not"), moves the evidence
to ``negated``; without ``negated`` a negated cue is dropped.
Cues that contain their own negation ("не хватает", "нет возможности") are written as such.

Overlapping matches keep the longest one, so "было бы здорово" is one gain cue, not two.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from workbench.errors import WorkbenchError
from workbench.resources import resource

log = logging.getLogger(__name__)

LABELS: tuple[str, ...] = ("job", "pain", "gain", "other")
LABEL_INDEX = {label: i for i, label in enumerate(LABELS)}
USER_DATA_KEY = "workbench.cues"

NEGATION_LEMMAS = frozenset(
    {"не", "нет", "ни", "без", "нету", "никогда", "not", "no", "never", "without", "nobody", "nothing", "nor"}
)


@dataclass(frozen=True)
class CueHit:
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
        lemma = nlp.get_pipe("workbench_lemmatizer") if "workbench_lemmatizer" in nlp.pipe_names else None
        for i, cue in enumerate(cues):
            key = f"cue{i}"
            pattern = nlp.make_doc(str(cue["phrase"]))
            if lemma is not None:
                lemma(pattern)
            else:
                from workbench.nlp.components import NormLemmatizer

                NormLemmatizer(nlp.vocab, nlp.lang)(pattern)
            self.cues[key] = cue
            self.matcher.add(key, [pattern])
            for negated in (False, True):
                mark = "~" if negated else ""
                names = (f"cue:{cue['label']}{mark}", f"cue:{cue['label']}:{cue['phrase']}{mark}")
                self._features[(key, negated)] = tuple(nlp.vocab.strings.add(n) for n in names)
        self._neg_ids = {nlp.vocab.strings.add(word) for word in NEGATION_LEMMAS}
        self._post_negation = nlp.lang == "en"
        log.debug("%d cues for %s", len(self.cues), nlp.lang)

    def _negated(self, doc: Doc, start: int, end: int) -> bool:
        if end < len(doc) and doc[end].norm in self._neg_ids and self._post_negation:
            return True  # "we do n't", "we have not": English negates after the auxiliary
        i = start - 1
        stop = max(0, start - self.window)
        while i >= stop:
            token = doc[i]
            if token.is_punct:
                return False
            if token.norm in self._neg_ids:
                return True
            if token.is_sent_start:
                return False
            i -= 1
        return False

    def hits(self, doc: Doc) -> list[CueHit]:
        """All cues found in ``doc`` with negation applied (the longest of overlapping matches)."""
        matches = self.matcher(doc, as_spans=True)
        if not matches:
            return []
        strings = doc.vocab.strings
        found: list[CueHit] = []
        for span in filter_spans(matches):
            cue = self.cues[strings[span.label]]
            negated = self._negated(doc, span.start, span.end)
            label = cue.get("negated") if negated else cue["label"]
            if label is None:
                continue
            features = self._features[(strings[span.label], negated)]
            found.append(
                CueHit(span.start, span.end, str(cue["phrase"]), label, float(cue.get("weight", 1.0)), negated, features)
            )
        return found

    def __call__(self, doc: Doc) -> Doc:
        found = self.hits(doc)
        if found:
            doc.user_data[USER_DATA_KEY] = found
        return doc


def cue_vector(doc: Doc) -> np.ndarray:
    """Summed cue weights per label (in :data:`LABELS` order) for one processed doc."""
    vector = np.zeros(len(LABELS), dtype="f")
    for hit in doc.user_data.get(USER_DATA_KEY, ()):
        vector[LABEL_INDEX[hit.label]] += hit.weight
    return vector


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
