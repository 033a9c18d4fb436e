"""Training and evaluating the shipped text classifier from the project's labelled corpus.

``train`` reproduces ``resources/nlp/model`` exactly: the pipeline comes from
``resources/nlp/config.cfg`` (one config, ``nlp.lang`` overridden per language), the random seed
and hyper-parameters come from its ``[training]`` section, examples are shuffled by a seeded
``random.Random`` and only the train split is used. ``evaluate`` runs the dev split through
:class:`~workbench.nlp.pipeline.Classifier`, the same code path as ``workbench classify``.
"""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.errors import InputError
from workbench.nlp.types import LABELS, LANGS
from workbench.resources import resource

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LabelledStatement:
    """One corpus line."""

    text: str
    label: str
    lang: str


@dataclass(frozen=True)
class ClassScores:
    """Precision, recall and F1 of one label, with its support in the gold data."""

    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class EvalReport:
    """Per-class scores and macro-F1 on a set of statements."""

    classes: tuple[ClassScores, ...]
    macro_f1: float
    accuracy: float
    n: int

    def format(self) -> str:
        """A plain-text table, as printed by ``workbench nlp eval``."""
        lines = [f"{'label':<8}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}"]
        for c in self.classes:
            lines.append(f"{c.label:<8}{c.precision:>10.3f}{c.recall:>10.3f}{c.f1:>10.3f}{c.support:>10}")
        lines.append(f"{'macro-F1':<8}{self.macro_f1:>30.3f}{self.n:>10}")
        lines.append(f"{'accuracy':<8}{self.accuracy:>30.3f}")
        return "\n".join(lines)


def corpus_dir() -> Path:
    """The shipped corpus directory (train.jsonl, dev.jsonl)."""
    return resource("nlp", "corpus")


def read_corpus(path: Path) -> list[LabelledStatement]:
    """Read a ``{"text", "label", "lang"}`` JSON Lines file."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read corpus {path}: {exc.strerror}") from exc
    items: list[LabelledStatement] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            item = LabelledStatement(str(row["text"]), str(row["label"]), str(row["lang"]))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{number}: not a {{text, label, lang}} object") from exc
        if item.label not in LABELS or item.lang not in LANGS:
            raise InputError(f"{path}:{number}: label must be one of {LABELS} and lang one of {LANGS}")
        items.append(item)
    return items


def score(gold: Sequence[str], predicted: Sequence[str]) -> EvalReport:
    """Per-class precision/recall/F1 and macro-F1 of ``predicted`` against ``gold`` labels."""
    classes = []
    for label in LABELS:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        classes.append(ClassScores(label, precision, recall, f1, tp + fn))
    macro = sum(c.f1 for c in classes) / len(classes)
    correct = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p)
    return EvalReport(tuple(classes), macro, correct / len(gold) if gold else 0.0, len(gold))


def load_config(config_path: Path | None = None, lang: str = "ru", overrides: dict[str, Any] | None = None) -> Any:
    """The pipeline config with ``nlp.lang`` set to ``lang`` (and any other dotted ``overrides``)."""
    from spacy.util import load_config

    return load_config(config_path or resource("nlp", "config.cfg"), overrides={"nlp.lang": lang, **(overrides or {})})


def train_language(
    lang: str,
    items: Sequence[LabelledStatement],
    config_path: Path | None = None,
    overrides: dict[str, Any] | None = None,
) -> tuple[Any, Any]:
    """Train one language's pipeline on ``items`` deterministically; return it and its optimizer."""
    from spacy.training import Example
    from spacy.util import fix_random_seed, load_model_from_config, minibatch, registry

    import workbench.nlp.components  # noqa: F401 - registers the factories

    config = load_config(config_path, lang, overrides)
    settings = config["training"]
    seed = int(settings["seed"])
    fix_random_seed(seed)
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    # The rule components are not trained, but the classifier reads what they write (lemmas, cues).
    annotators = [proc for name, proc in nlp.pipeline if name != "textcat"]
    examples = []
    for item in items:
        doc = nlp.make_doc(item.text)
        for proc in annotators:
            doc = proc(doc)
        examples.append(Example.from_dict(doc, {"cats": {label: float(label == item.label) for label in LABELS}}))
    if not examples:
        raise InputError(f"no {lang} statements in the training corpus")
    optimizer = registry.resolve({"o": config["training"]["optimizer"]})["o"]
    nlp.initialize(lambda: examples, sgd=optimizer)
    rng = random.Random(seed)
    order = list(examples)
    for epoch in range(int(settings["max_epochs"])):
        rng.shuffle(order)
        losses: dict[str, float] = {}
        for batch in minibatch(order, size=int(settings["batch_size"])):
            nlp.update(batch, drop=float(settings["dropout"]), sgd=optimizer, losses=losses)
        log.debug("%s epoch %d loss %.4f", lang, epoch, losses.get("textcat", 0.0))
    return nlp, optimizer


def train(
    out_dir: Path | None = None, corpus: Path | None = None, config_path: Path | None = None
) -> dict[str, Path]:
    """Train both languages from ``corpus/train.jsonl`` and write ``out_dir/<lang>``; return the paths."""
    from workbench.nlp.pipeline import default_model_dir

    out = Path(out_dir) if out_dir else default_model_dir()
    items = read_corpus((corpus or corpus_dir()) / "train.jsonl")
    written = {}
    for lang in LANGS:
        nlp, optimizer = train_language(lang, [i for i in items if i.lang == lang], config_path)
        path = out / lang
        path.mkdir(parents=True, exist_ok=True)
        with nlp.use_params(optimizer.averages):  # averaged weights generalise better on small data
            nlp.to_disk(path)
        _sort_sentencizer_chars(path / "sentencizer.json")
        written[lang] = path
        log.info("wrote %s", path)
    return written


def _sort_sentencizer_chars(path: Path) -> None:
    """The sentencizer writes its punctuation set in hash order; sort it so retraining is byte-identical."""
    if path.is_file():
        data = json.loads(path.read_text(encoding="utf-8"))
        data["punct_chars"] = sorted(data.get("punct_chars", []))
        path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def evaluate(model_dir: Path | None = None, corpus: Path | None = None, lang: str | None = None) -> EvalReport:
    """Classify the dev split with the models in ``model_dir`` and score it (optionally one language)."""
    from workbench.nlp.pipeline import Classifier

    items = read_corpus((corpus or corpus_dir()) / "dev.jsonl")
    if lang is not None:
        items = [i for i in items if i.lang == lang]
    classifier = Classifier(model_dir)
    predicted: list[str] = []
    for code in LANGS:
        subset = [i for i in items if i.lang == code]
        if subset:
            predicted += [s.label for s in classifier.classify([i.text for i in subset], code)]
    gold = [i.label for code in LANGS for i in items if i.lang == code]
    return score(gold, predicted)
