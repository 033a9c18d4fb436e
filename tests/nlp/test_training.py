"""The shipped model: quality on the dev split, reproducible training, size and load time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from workbench.nlp import training
from workbench.nlp.pipeline import Classifier, default_model_dir


@pytest.fixture(scope="module")
def retrained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The model trained again from the corpus into a temporary directory."""
    out = tmp_path_factory.mktemp("model")
    training.train(out)
    return out


def test_dev_macro_f1_is_at_least_085() -> None:
    """Macro-F1 on the dev split (the `workbench nlp eval` code path) is at least 0.85, and no class collapses."""
    report = training.evaluate()
    assert report.n >= 250
    assert report.macro_f1 >= 0.85, report.format()
    assert min(c.f1 for c in report.classes) >= 0.75, report.format()


def test_each_language_is_usable_on_its_own() -> None:
    """Russian and English each reach a macro-F1 of at least 0.8 on their part of the dev split."""
    for lang in ("ru", "en"):
        report = training.evaluate(lang=lang)
        assert report.macro_f1 >= 0.8, (lang, report.format())


def test_dev_split_is_never_trained_on() -> None:
    """No dev statement appears in the training split."""
    train = {item.text.strip().lower() for item in training.read_corpus(training.corpus_dir() / "train.jsonl")}
    dev = {item.text.strip().lower() for item in training.read_corpus(training.corpus_dir() / "dev.jsonl")}
    assert not train & dev


def test_training_reproduces_the_shipped_model(retrained: Path) -> None:
    """`nlp train` is deterministic: retrained weights and every dev prediction equal the shipped ones."""
    for lang in ("ru", "en"):
        shipped = (default_model_dir() / lang / "textcat" / "model").read_bytes()
        assert (retrained / lang / "textcat" / "model").read_bytes() == shipped
    dev = [item.text for item in training.read_corpus(training.corpus_dir() / "dev.jsonl")]
    assert Classifier(retrained).classify(dev) == Classifier().classify(dev)


def test_shipped_model_is_small() -> None:
    """The shipped models together stay well under 5 MB."""
    size = sum(path.stat().st_size for path in default_model_dir().rglob("*") if path.is_file())
    assert size < 3.5 * 1024 * 1024


def test_model_loads_in_under_a_second() -> None:
    """Loading one language's pipeline (after importing spaCy) takes under a second in a fresh process."""
    code = (
        "import time, spacy, workbench.nlp.components\n"
        "from workbench.nlp.pipeline import Classifier\n"
        "start = time.perf_counter(); Classifier().load('ru'); print(time.perf_counter() - start)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert float(out.strip()) < 1.0


def test_score_computes_per_class_and_macro_f1() -> None:
    """The scorer gives textbook precision, recall and F1 on a tiny example."""
    report = training.score(["job", "job", "pain", "gain"], ["job", "pain", "pain", "other"])
    by_label = {c.label: c for c in report.classes}
    assert by_label["job"].precision == 1.0 and by_label["job"].recall == 0.5
    assert by_label["pain"].f1 == pytest.approx(2 / 3)
    assert by_label["gain"].f1 == 0.0
    assert report.macro_f1 == pytest.approx((2 / 3 + 2 / 3 + 0 + 0) / 4)
