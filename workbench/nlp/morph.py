"""Language detection and cached lemmatisation for Russian and English, without spaCy.

Russian lemmas come from pymorphy3. Uncached it parses about 870 sentences a second, fifty times
slower than spaCy's tokeniser, so every lookup here goes through an ``lru_cache`` keyed by the
lowercased word form: statement vocabularies are small and repetitive, and after warm-up almost every
lookup is a dictionary hit. English lemmas come from the lookup table shipped by
spacy-lookups-data (loaded once, lazily).

Lemmas are normalised for matching: lowercased, "ё" folded into "е", and any token containing a digit
becomes ``"#"`` so that "15:00" and "40 сотрудников" share a feature.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)

_CYRILLIC_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)
_LATIN_WORD = re.compile(r"[a-z]+", re.IGNORECASE)
# The letters those two match, spelled out (case folding adds a few, e.g. the Kelvin sign for "k"):
# a case-sensitive class is found faster, and detect_lang only asks whether there is one.
_LATIN_LETTER = re.compile("[A-Za-z\u0130\u0131\u017f\u212a]")
_CYRILLIC_LETTER = re.compile("[А-Яа-яЁё\u1c80-\u1c86]")

# Short function words that tell the language even when product names are Latin ("amoCRM", "Bitrix24").
_RU_FUNCTION = frozenset(
    "и в во на не с со по для что как мы нам нас наш они их это у из за от до бы же ли но а или".split()
)
_EN_FUNCTION = frozenset(
    "the a an and to of in on for we our us they it is are was be not with that this would have do".split()
)

NUMBER_LEMMA = "#"

# Parts of speech (pymorphy3 / OpenCorpora tags) that carry content for titles and clustering.
_RU_CONTENT_POS = frozenset({"NOUN", "ADJF", "ADJS", "COMP", "VERB", "INFN", "PRTF", "PRTS", "GRND", "ADVB"})
# Frequent content-tagged words that say nothing about a topic.
_RU_WEAK = frozenset(
    """быть мочь хотеть хотеться нужно нужный очень весь свой наш ваш который такой этот тот какой
    каждый другой самый сейчас сегодня тоже также ещё еще уже просто вообще иметь делать сделать
    стать становиться есть год раз день много мало какой-то очень-то хороший плохой часто всегда
    приходиться получаться получиться давать дать говорить сказать работать сразу удобно удобный
    обычно потом реально важно главный главное нужно""".split()
)
_EN_WEAK = frozenset(
    """would could should might must need needs have has had get got make made want wanted like really
    very also just still always often every much many lot lots thing things way able use used one""".split()
)


def detect_lang(text: str, default: str = "ru") -> str:
    """Return "ru" or "en" for one statement by counting words of each script and function words.

    Russian statements are full of Latin product names, so a short Russian function word counts
    double; text with no letters at all gets ``default``.
    """
    if text.isascii():
        return "en" if _LATIN_LETTER.search(text) else default
    if not _LATIN_LETTER.search(text):
        return "ru" if _CYRILLIC_LETTER.search(text) else default
    if not _CYRILLIC_LETTER.search(text):
        return "en"
    ru = 0
    en = 0
    for word in _CYRILLIC_WORD.findall(text):
        ru += 3 if word.lower() in _RU_FUNCTION else 1
    for word in _LATIN_WORD.findall(text):
        en += 3 if word.lower() in _EN_FUNCTION else 1
    if ru == en:
        return default
    return "ru" if ru > en else "en"


@lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3

    log.debug("loading pymorphy3 dictionaries")
    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=1)
def _en_table() -> dict[str, str]:
    from spacy.lookups import load_lookups

    table = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
    return dict(table.items()) if not isinstance(table, dict) else table


@lru_cache(maxsize=1)
def _en_stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | _EN_WEAK


# Domain jargon that pymorphy3's dictionary reads as something else ("лиды" as the name "Лида").
_RU_DOMAIN_LEMMAS = {
    "лид": ("лид", "лида", "лиду", "лидом", "лиде", "лиды", "лидов", "лидам", "лидами", "лидах"),
    "вебинар": ("вебинар", "вебинара", "вебинару", "вебинаром", "вебинаре", "вебинары", "вебинаров", "вебинарам"),
}
_RU_OVERRIDE = {form: lemma for lemma, forms in _RU_DOMAIN_LEMMAS.items() for form in forms}


@lru_cache(maxsize=200_000)
def ru_parse(word: str) -> Any:
    """The most likely pymorphy3 parse of one lowercased Russian word (cached), domain nouns first."""
    parses = _morph().parse(word)
    target = _RU_OVERRIDE.get(word)
    if target is not None:
        for parse in parses:
            if parse.normal_form == target and parse.tag.POS == "NOUN":
                return parse
    return parses[0]


def _has_digit(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


@lru_cache(maxsize=200_000)
def ru_lemma(word: str) -> str:
    """Normalised lemma of one Russian token (any case); Latin and other tokens are lowercased."""
    lower = word.lower()
    if _has_digit(lower):
        return NUMBER_LEMMA
    if _CYRILLIC_WORD.fullmatch(lower):
        if lower in _RU_OVERRIDE:
            return _RU_OVERRIDE[lower]
        return ru_parse(lower).normal_form.replace("ё", "е")
    return lower.replace("ё", "е")


@lru_cache(maxsize=200_000)
def en_lemma(word: str) -> str:
    """Normalised lemma of one English token (any case), from the spacy-lookups-data table."""
    lower = word.lower()
    if _has_digit(lower):
        return NUMBER_LEMMA
    if lower in ("n't", "nt"):
        return "not"
    return _en_table().get(lower, lower)


# A coarse grammatical tag per Russian word form, for the classifier: summaries and wishes differ in
# grammar more than in words ("Хотят ..." third person plural, "Единый кабинет ..." no predicate).
TAG_MARK = "~"  # every tag starts with it, so the classifier tells them from spaCy's own word shapes
PREDICATE_MARK = "~+"  # tags of words that can carry a clause: finite verbs, short forms, "нужно"
_CASED_POS = frozenset({"NOUN", "ADJF", "PRTF", "NPRO"})
_PREDICATE_POS = frozenset({"VERB", "PRTS", "ADJS", "PRED"})


@lru_cache(maxsize=200_000)
def ru_tag(word: str) -> str:
    """Coarse tag of one Russian word form ("~+VERB:pres:3per:plur", "~ADJF:nomn"); "" if not Cyrillic."""
    lower = word.lower()
    if not _CYRILLIC_WORD.fullmatch(lower):
        return ""
    tag = ru_parse(lower).tag
    pos = tag.POS or "X"
    if pos == "VERB":
        detail = f"VERB:{tag.mood if tag.mood == 'impr' else tag.tense}:{tag.person or ''}:{tag.number or ''}"
    elif pos in _CASED_POS:
        detail = f"{pos}:{tag.case or ''}" + (f":{tag.person}" if pos == "NPRO" and tag.person else "")
    else:
        detail = pos
    return (PREDICATE_MARK if pos in _PREDICATE_POS else TAG_MARK) + detail


_EN_AUX = frozenset("am is are was were be been being 're 'm have has had 've do does did".split())
_EN_MODAL = frozenset("will would 'll 'd can could should must may might shall wo ca".split())
_EN_PRONOUN = frozenset("i we they he she it you".split())
_EN_NEGATION = frozenset("not n't no never".split())
_EN_DETERMINER = frozenset("a an the".split())


@lru_cache(maxsize=1)
def _en_pos_index() -> dict[str, frozenset[str]]:
    """WordNet's lemmas per part of speech (spacy-lookups-data's ``lemma_index``): noun, verb, adj, adv."""
    from spacy.lookups import load_lookups

    table = load_lookups("en", ["lemma_index"]).get_table("lemma_index")
    return {pos: frozenset(table.get(pos, ())) for pos in ("noun", "verb", "adj", "adv")}


@lru_cache(maxsize=200_000)
def en_tag(word: str) -> str:
    """A rough tag of one English word form from word lists alone (there is no English tagger here).

    Auxiliaries, modals and inflected verb forms that cannot be nouns are marked as predicates, so a
    verbless wish ("A single dashboard for ...") shows as such; "" for tokens without letters.
    """
    lower = word.lower()
    if not any(ch.isalpha() for ch in lower) or _has_digit(lower):
        return ""
    for words, tag in (
        (_EN_AUX, PREDICATE_MARK + "AUX"),
        (_EN_MODAL, PREDICATE_MARK + "MODAL"),
        (_EN_PRONOUN, TAG_MARK + "PRON"),
        (_EN_NEGATION, TAG_MARK + "NEG"),
        (_EN_DETERMINER, TAG_MARK + "DET"),
    ):
        if lower in words:
            return tag
    index = _en_pos_index()
    lemma = en_lemma(lower)
    verb, noun, adj = lemma in index["verb"], lemma in index["noun"], lemma in index["adj"]
    inflected = lower != lemma
    if verb and lower.endswith("ing"):
        return TAG_MARK + "VERB:ing"
    if verb and inflected and lower.endswith("s"):
        return TAG_MARK + "NOUN|VERB:s" if noun else PREDICATE_MARK + "VERB:3sg"
    if verb and inflected and (lower.endswith("ed") or not noun):
        return PREDICATE_MARK + "VERB:past"
    if verb:
        return TAG_MARK + ("NOUN|VERB" if noun else "VERB")
    if noun:
        return TAG_MARK + "NOUN"
    if adj:
        return TAG_MARK + "ADJ"
    return TAG_MARK + ("ADV" if lemma in index["adv"] else "X")


def tag_function(lang: str) -> Any:
    """The cached tag function for ``lang``."""
    return ru_tag if lang == "ru" else en_tag


def lemma_function(lang: str) -> Any:
    """The cached lemma function for ``lang`` ("ru" or "en")."""
    if lang == "ru":
        return ru_lemma
    if lang == "en":
        return en_lemma
    raise ValueError(f"unsupported language {lang!r}")


@lru_cache(maxsize=200_000)
def is_content_word(word: str, lang: str) -> bool:
    """Whether a token is a content word worth keeping for titles and clustering (cached)."""
    lower = word.lower()
    if len(lower) < 2 or not any(ch.isalpha() for ch in lower) or _has_digit(lower):
        return False
    if lang == "en":
        return lower not in _en_stop_words() and en_lemma(lower) not in _en_stop_words()
    if not _CYRILLIC_WORD.fullmatch(lower):
        return lower.isalpha()  # Latin product names inside Russian text ("amocrm") are topics
    parse = ru_parse(lower)
    if parse.tag.POS not in _RU_CONTENT_POS or "Apro" in parse.tag:
        return False  # pronominal adjectives ("сам", "свой", "каждый") carry no topic
    return ru_lemma(lower) not in _RU_WEAK


def warm_up() -> None:
    """Load the pymorphy3 dictionaries and the English lemma table."""
    _morph()
    _en_table()
