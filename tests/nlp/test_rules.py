"""The cue-phrase rule layer: lemma matching and negation."""

from __future__ import annotations

import numpy as np
import pytest

from workbench.nlp.cues import combine, read_cue_file


def _labels(classifier, text: str, lang: str) -> list[tuple[str, str, bool]]:
    return [(hit.phrase, hit.label, hit.negated) for hit in classifier.cue_hits(text, lang)]


def test_cue_matches_inflected_forms(classifier) -> None:
    """A cue written as 'не хватает' also matches 'не хватало' (matching is over lemmas)."""
    assert ("не хватает", "pain", False) in _labels(classifier, "Нам не хватало отчётов по рефералам", "ru")


def test_longest_overlapping_cue_wins(classifier) -> None:
    """'было бы здорово' is one gain cue, not several shorter ones."""
    assert _labels(classifier, "Было бы здорово получать выплаты сразу", "ru")[0] == ("было бы здорово", "gain", False)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Приходится каждый месяц выбивать комиссию", "ru", ("приходится", "pain", False)),
        ("Хотелось бы получать выплаты автоматически", "ru", ("хотелось бы", "gain", False)),
        ("Не хотелось бы терять клиентов", "ru", ("хотелось бы", "pain", True)),
        ("Это неудобно и долго", "ru", ("неудобно", "pain", False)),
        ("Сейчас всё не долго", "ru", ("долго", "other", True)),
        ("We have to chase our commission", "en", ("we have to", "pain", False)),
        ("It would be great to get paid within hours", "en", ("it would be great", "gain", False)),
        ("We need to keep every integration working", "en", ("we need to", "job", False)),
        ("That is not a problem for us", "en", ("problem", "other", True)),
    ],
)
def test_cues_and_negation(classifier, text: str, lang: str, expected: tuple[str, str, bool]) -> None:
    """Cue phrases vote for their label; a negation just before a cue moves the vote to its 'negated' label."""
    assert expected in _labels(classifier, text, lang)


def test_punctuation_stops_negation(classifier) -> None:
    """A negation in the previous clause does not negate a cue after a comma."""
    assert ("хотелось бы", "gain", False) in _labels(classifier, "Нет, но хотелось бы выплаты чаще", "ru")


def test_english_negation_after_the_auxiliary(classifier) -> None:
    """'we don't have to' is not an obligation: the cue is negated and, having no 'negated' label, dropped."""
    labels = _labels(classifier, "We don't have to chase anyone", "en")
    assert not [hit for hit in labels if hit[1] == "pain" and "have to" in hit[0]]


def test_cue_tables_are_valid() -> None:
    """Both shipped cue tables load, with many cues for every label."""
    for lang in ("ru", "en"):
        cues = read_cue_file(lang)
        for label in ("job", "pain", "gain", "other"):
            assert sum(1 for cue in cues if cue["label"] == label) >= 20, (lang, label)


def test_combination_is_a_renormalised_product() -> None:
    """Without cues the classifier's distribution is kept; a cue raises its label's odds by e**weight."""
    probs = np.array([[0.4, 0.3, 0.2, 0.1]], dtype="f")
    unchanged = combine(probs, np.zeros_like(probs), 1.0, 3.0)
    assert np.allclose(unchanged, probs, atol=1e-5)
    boosted = combine(probs, np.array([[0.0, 1.0, 0.0, 0.0]], dtype="f"), 1.0, 3.0)
    odds = (boosted[0, 1] / boosted[0, 0]) / (0.3 / 0.4)
    assert odds == pytest.approx(np.e, rel=1e-4)
    assert boosted.sum() == pytest.approx(1.0)
