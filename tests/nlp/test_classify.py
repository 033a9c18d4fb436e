"""Classification through the public API: labels, order, confidence, progress and cancellation."""

from __future__ import annotations

import dataclasses

import pytest

from workbench.nlp import api

CLEAR = [
    ("Мы внедряем amoCRM для небольших отделов продаж.", "job"),
    ("Настраиваем телефонию и запись звонков в карточку сделки.", "job"),
    ("Приходится каждый месяц вручную выбивать свою комиссию.", "pain"),
    ("Выплаты задерживают на несколько недель, это очень неудобно.", "pain"),
    ("Хотелось бы получать выплаты автоматически в течение суток.", "gain"),
    ("Было бы здорово иметь партнёрский портал со скриптами продаж.", "gain"),
    ("Созвонимся в четверг в 15:00, пришлю приглашение.", "other"),
    ("Компания основана в 2014 году, офис в Казани.", "other"),
    ("We implement amoCRM for small sales teams.", "job"),
    ("We set up call routing and IVR menus for our clients.", "job"),
    ("We have to chase our commission every month.", "pain"),
    ("Payouts are delayed by weeks and nobody tells us why.", "pain"),
    ("It would be great to get paid within hours of the client's payment.", "gain"),
    ("We'd love a partner portal with videos and call scripts.", "gain"),
    ("Let's schedule a follow-up meeting next Tuesday.", "other"),
    ("Thanks for your time, I'll send the slides tomorrow.", "other"),
]


def test_clear_examples_get_their_label() -> None:
    """Unambiguous statements in both languages get the expected label and language."""
    suggestions = api.classify([text for text, _ in CLEAR])
    got = [(s.label, s.lang) for s in suggestions]
    expected = [(label, api.detect_lang(text)) for text, label in CLEAR]
    assert got == expected


def test_order_text_and_score_are_kept() -> None:
    """Results come back in input order, with the input text and a 0..1 score, for mixed languages."""
    texts = [text for text, _ in CLEAR][::-1]
    suggestions = api.classify(texts)
    assert [s.text for s in suggestions] == texts
    assert all(0.0 <= s.score <= 1.0 for s in suggestions)
    assert all(s.label in api.LABELS and s.lang in api.LANGS for s in suggestions)


def test_suggestion_is_a_plain_frozen_dataclass() -> None:
    """The API hands out plain frozen dataclasses, never spaCy objects."""
    suggestion = api.classify(["Хотим выплаты раз в неделю"])[0]
    assert dataclasses.is_dataclass(suggestion)
    assert {type(v) for v in dataclasses.asdict(suggestion).values()} <= {str, float}
    with pytest.raises(dataclasses.FrozenInstanceError):
        suggestion.label = "pain"  # type: ignore[misc]


def test_forced_language() -> None:
    """lang='en' processes every statement with the English pipeline."""
    suggestions = api.classify(["We have to chase payouts", "Созвонимся завтра"], "en")
    assert [s.lang for s in suggestions] == ["en", "en"]


def test_confidence_is_higher_when_rules_and_model_agree() -> None:
    """A statement with a strong cue is more confident than the same words without it."""
    plain, cued = api.classify(["Выплаты раз в месяц", "Хотелось бы выплаты раз в неделю"], "ru")
    assert cued.label == "gain"
    assert cued.score > 0.8
    assert cued.score > plain.score


def test_empty_input_and_empty_text() -> None:
    """No texts give no suggestions; an empty string still gets a valid suggestion."""
    assert api.classify([]) == []
    (empty,) = api.classify([""])
    assert empty.label in api.LABELS and 0.0 <= empty.score <= 1.0


def test_progress_reports_every_batch() -> None:
    """progress(done, total) starts at 0 and ends at total, never going backwards."""
    calls: list[tuple[int, int]] = []
    texts = [text for text, _ in CLEAR] * 80
    api.classify(texts, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, len(texts))
    assert calls[-1] == (len(texts), len(texts))
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert len(calls) >= 3


def test_cancel_between_batches() -> None:
    """When cancelled() turns true, classify raises Cancelled before the next batch."""
    texts = [text for text, _ in CLEAR] * 100
    seen: list[int] = []
    with pytest.raises(api.Cancelled):
        api.classify(texts, progress=lambda done, total: seen.append(done), cancelled=lambda: bool(seen[1:]))
    assert 0 < seen[-1] < len(texts)


def test_results_do_not_depend_on_what_was_seen_before() -> None:
    """A fresh classifier gives the same suggestions whatever order the statements come in."""
    from workbench.nlp.pipeline import Classifier
    from workbench.nlp.training import corpus_dir, read_corpus

    texts = [item.text for item in read_corpus(corpus_dir() / "dev.jsonl")]
    forward = Classifier().classify(texts)
    backward = Classifier().classify(texts[::-1])
    assert backward[::-1] == forward
