"""Language detection, lemmas and sentence splitting."""

from __future__ import annotations

import subprocess
import sys

import pytest

from workbench.nlp import api


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Хотелось бы получать выплаты чаще", "ru"),
        ("We have to chase our commission every month.", "en"),
        ("Интеграция amoCRM с Bitrix24 и Google Sheets", "ru"),
        ("We met Иван from the Bitrix24 team", "en"),
        ("Мы внедряем amoCRM", "ru"),
        ("CRM", "en"),
        ("15:00", "ru"),
    ],
)
def test_detect_lang(text: str, lang: str) -> None:
    """Each statement gets its language even when Russian text is full of Latin product names."""
    assert api.detect_lang(text) == lang


def test_russian_lemmas_fold_inflection() -> None:
    """'выплаты' and 'выплат' both give the lemma 'выплата'; function words are dropped."""
    assert api.lemmas("Выплаты задерживают, выплат нет уже месяц", "ru") == [
        "выплата",
        "задерживать",
        "выплата",
        "месяц",
    ]


def test_domain_jargon_lemmas() -> None:
    """Partner jargon is lemmatised as the domain means it ('лиды' is 'лид', not the name 'Лида')."""
    assert api.lemmas("Лиды теряются, лидов мало") == ["лид", "теряться", "лид"]


def test_english_lemmas_are_content_words() -> None:
    """English lemmas come from the lookup table, lowercased, without stop words."""
    assert api.lemmas("We have to chase our Commissions", "en") == ["chase", "commission"]


def test_lemmas_auto_language() -> None:
    """With lang='auto' the language is detected before lemmatising."""
    assert api.lemmas("Партнёрские выплаты") == ["партнерский", "выплата"]


def test_sentences_split_with_the_sentencizer() -> None:
    """A note splits into its sentences."""
    assert api.sentences("Выплаты задерживают. Хотим раз в неделю! А что с ЭДО?") == [
        "Выплаты задерживают.",
        "Хотим раз в неделю!",
        "А что с ЭДО?",
    ]


def test_unknown_language_is_refused() -> None:
    """Only 'auto', 'ru' and 'en' are accepted."""
    with pytest.raises(ValueError):
        api.lemmas("text", "de")


def test_importing_the_api_does_not_import_spacy() -> None:
    """`import workbench.nlp.api` and the CLI commands module stay cheap: spaCy loads on first use."""
    code = (
        "import sys, workbench.nlp.api, workbench.nlp.commands; "
        "print('spacy' in sys.modules, 'thinc' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
