"""Content-word lemmas and short titles (keyphrases) for statements and groups of statements.

Titles are lemmatised noun phrases. Russian phrases are found with pymorphy3's part-of-speech tags
(cached): ``(ADJF|PRTF)* NOUN (genitive NOUN / Latin name)*``; the head goes to the nominative
singular, its adjectives are inflected to agree with it and genitive dependents keep their form, so
"задержки выплат комиссии" gives "Задержка выплат комиссии". English has no tagger here, so a phrase
is a run of content words without a verb-like word (an "-ing"/"-ed" form or a common verb), rendered
in lemmas. For a group, the phrase shared by the most statements wins; among phrases shared by at
least half as many, the longest (up to ``max_words``) wins, since it says most.

This module tokenises with a regular expression rather than spaCy: titles and clustering do not
need spaCy's tokeniser exceptions, and it keeps them fast and independent of the trained models.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from workbench.nlp import morph

log = logging.getLogger(__name__)

_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|[^\w\s]")
_CYRILLIC = re.compile(r"[а-яё-]+", re.IGNORECASE)

_EN_VERBS = frozenset(
    """be have do get chase pay send wait lose need want like love implement integrate sell help set build
    run support train see know make take give use work find call share add move register sign receive
    spend keep try start stop let ask tell come go put bring show think feel seem become leave provide
    deploy configure manage migrate automate handle deliver develop customize customise hate struggle""".split()
)
_RU_NOUN_WEAK = frozenset(
    "раз год день месяц неделя время человек дело вещь штука момент вопрос тип течение часть случай сторона".split()
)


@dataclass(frozen=True)
class _Phrase:
    key: tuple[str, ...]
    text: str
    position: int


def tokens(text: str) -> list[str]:
    """Words and punctuation marks of ``text``."""
    return _TOKEN.findall(text)


def content_lemmas(text: str, lang: str) -> list[str]:
    """Lowercased lemmas of the content words of ``text``, in order."""
    lemma = morph.lemma_function(lang)
    return [lemma(tok) for tok in tokens(text) if morph.is_content_word(tok.lower(), lang)]


def _is_brand(word: str) -> bool:
    return any(ch.isupper() for ch in word[1:]) or any(ch.isdigit() for ch in word)


def _is_adjective(parse: object) -> bool:
    tag = parse.tag  # type: ignore[attr-defined]
    return tag.POS in ("ADJF", "PRTF") and "Apro" not in tag  # not "свой", "каждый", "этот"


def _ru_phrases(text: str, max_words: int) -> list[_Phrase]:
    toks = tokens(text)
    parses: list[Any] = [morph.ru_parse(t.lower()) if _CYRILLIC.fullmatch(t) else None for t in toks]
    found: list[_Phrase] = []
    i = 0
    while i < len(toks):
        adjectives: list[int] = []
        j = i
        while j < len(toks) and parses[j] is not None and _is_adjective(parses[j]):
            adjectives.append(j)
            j += 1
        head = parses[j] if j < len(toks) else None
        if head is None or head.tag.POS != "NOUN" or head.normal_form in _RU_NOUN_WEAK:
            i = max(j, i + 1) if not adjectives else i + 1
            continue
        deps: list[int] = []
        k = j + 1
        while k < len(toks) and len(deps) < max_words:
            p = parses[k]
            if p is None and toks[k][:1].isalpha() and not _CYRILLIC.fullmatch(toks[k]):
                deps.append(k)  # a Latin name after the head: "интеграция amoCRM"
            elif p is not None and p.tag.POS in ("NOUN", "ADJF", "PRTF") and "gent" in p.tag:
                deps.append(k)
            else:
                break
            k += 1
        while deps and parses[deps[-1]] is not None and parses[deps[-1]].tag.POS != "NOUN":
            deps.pop()  # a trailing adjective without its noun
        head_key = head.normal_form.replace("ё", "е")
        head_form = head.normal_form  # titles keep "ё" ("Партнёр"); keys fold it
        if "plur" in head.tag and "Infr" in head.normalized.tag:
            plural = head.inflect({"nomn", "plur"})  # "деньги", not the colloquial singular "деньга"
            head_form = plural.word if plural else head_form
        normal = head.normalized
        gender = normal.tag.gender
        number = "plur" if "Pltm" in normal.tag else "sing"
        adj_words = []
        for a in adjectives:
            grammemes = {"nomn", number} | ({gender} if gender and number == "sing" else set())
            inflected = parses[a].inflect(grammemes)
            adj_words.append(inflected.word if inflected else toks[a].lower())
        dep_words = [toks[d] if parses[d] is None else toks[d].lower() for d in deps]
        dep_keys = [morph.ru_lemma(toks[d]) for d in deps]
        adj_keys = [morph.ru_lemma(toks[a]) for a in adjectives]
        for n_adj in {0, len(adjectives)}:
            for n_dep in range(len(deps) + 1):
                words = adj_words[len(adjectives) - n_adj :] + [head_form] + dep_words[:n_dep]
                if len(words) > max_words:
                    continue
                key = tuple(adj_keys[len(adjectives) - n_adj :] + [head_key] + dep_keys[:n_dep])
                found.append(_Phrase(key, " ".join(words), j))
        for d in deps:  # each genitive noun is also a topic of its own ("комиссия")
            if parses[d] is not None and parses[d].tag.POS == "NOUN" and parses[d].normal_form not in _RU_NOUN_WEAK:
                lemma = parses[d].normal_form
                found.append(_Phrase((lemma.replace("ё", "е"),), lemma, d))
        i = j + 1
    return found


def _en_is_verb(word: str) -> bool:
    lemma = morph.en_lemma(word)
    if lemma in _EN_VERBS:
        return True
    return lemma != word and (word.endswith("ing") or word.endswith("ed"))


def _en_phrases(text: str, max_words: int) -> list[_Phrase]:
    runs: list[list[tuple[int, str]]] = [[]]
    for i, tok in enumerate(tokens(text)):
        lower = tok.lower()
        if morph.is_content_word(lower, "en") and "'" not in lower and not _en_is_verb(lower):
            runs[-1].append((i, tok))
        elif runs[-1]:
            runs.append([])
    found: list[_Phrase] = []
    for run in runs:
        for start in range(len(run)):
            for end in range(start + 1, min(len(run), start + max_words) + 1):
                part = run[start:end]
                if part[-1][1].lower().endswith("ly"):
                    continue  # an adverb cannot end a noun phrase
                key = tuple(morph.en_lemma(t) for _, t in part)
                # Modifiers keep their form ("sales team"); the head noun is lemmatised.
                words = [t if _is_brand(t) else t.lower() for _, t in part[:-1]]
                last = part[-1][1]
                words.append(last if _is_brand(last) else morph.en_lemma(last))
                found.append(_Phrase(key, " ".join(words), part[0][0]))
    return found


def _capitalise(text: str) -> str:
    first = text.split(" ", 1)[0]
    if _is_brand(first):
        return text
    return text[:1].upper() + text[1:]


def phrase_keys(text: str, lang: str, max_words: int = 4) -> set[tuple[str, ...]]:
    """The lemma keys of every candidate phrase of ``text`` (for background frequencies)."""
    extract = _ru_phrases if lang == "ru" else _en_phrases
    return {phrase.key for phrase in extract(text, max(1, max_words))}


def keyphrase(
    texts: Sequence[str],
    lang: str,
    max_words: int = 4,
    background: Mapping[tuple[str, ...], int] | None = None,
    background_size: int = 0,
) -> str:
    """The title of ``texts`` (see the module docstring); "" when no phrase is found.

    With ``background`` (phrase key -> number of statements containing it, out of
    ``background_size``), phrases frequent everywhere ("клиент", "partner") give way to phrases
    that set this group apart: candidates shared by at least 40% of the group are ranked by
    ``df * idf**2``, with a bonus for longer phrases.
    """
    extract = _ru_phrases if lang == "ru" else _en_phrases
    df: dict[tuple[str, ...], int] = {}
    first: dict[tuple[str, ...], tuple[int, int, str]] = {}
    for t_index, text in enumerate(texts):
        seen = set()
        for phrase in extract(text, max(1, max_words)):
            if phrase.key not in seen:
                seen.add(phrase.key)
                df[phrase.key] = df.get(phrase.key, 0) + 1
            first.setdefault(phrase.key, (t_index, phrase.position, phrase.text))
    if not df:
        words = []
        for text in texts:
            words += [w for w in content_lemmas(text, lang) if w != morph.NUMBER_LEMMA]
        return _capitalise(words[0]) if words else ""
    if background and len(texts) > 1:
        floor = max(2, math.ceil(0.4 * len(texts)))
        eligible = [key for key, count in df.items() if count >= floor]
        if eligible:

            def distinctive(key: tuple[str, ...]) -> tuple[float, int, int]:
                idf = math.log((1 + background_size) / (1 + background.get(key, df[key]))) + 1.0
                return (df[key] * idf * idf * (1 + 0.5 * (len(key) - 1)), -first[key][0], -first[key][1])

            return _capitalise(first[max(eligible, key=distinctive)][2])
    best_df = max(df.values())
    floor = max(1, math.ceil(best_df / 2)) if len(texts) > 1 else best_df
    eligible = [key for key, count in df.items() if count >= floor]
    chosen = max(eligible, key=lambda key: (len(key), df[key], -first[key][0], -first[key][1]))
    return _capitalise(first[chosen][2])
