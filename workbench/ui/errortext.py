"""Error messages in the user's language.

The domain code (no Qt) raises :class:`~workbench.errors.WorkbenchError` with one English line, most of
them f-strings. :func:`error_text` gives the line to show: in the Russian UI it finds the English
template the message was made from in ``resources/translations/ru/errors.json`` (context
``WorkbenchError``: English template → Russian template, placeholders written ``{name}`` as in the
f-string) and fills the Russian template with the same values; otherwise, or when nothing matches, the
English line as it is. ``tests/unit/test_error_translations.py`` reads every raise in the code with
``ast`` and fails when a template has no Russian.

Placeholder values are translated too when they are themselves a known message (an error wrapped in
another) or a word of a small fixed vocabulary (kinds of statements and cards, files, fields).
"""

from __future__ import annotations

import json
import logging
import re
import string
from functools import lru_cache

from PySide6.QtCore import QLocale

from workbench.resources import resource

log = logging.getLogger(__name__)

CONTEXT = "WorkbenchError"

# Whole placeholder values that are English words; the rest (names, paths, numbers) stay as they are.
VOCABULARY: dict[str, str] = {
    "job": "работа", "pain": "боль", "gain": "выгода",
    "'job'": "«работа»", "'pain'": "«боль»", "'gain'": "«выгода»",
    "pain reliever": "устранитель боли", "gain creator": "создатель выгоды",
    "partners": "партнёры", "segments": "сегменты", "interviews": "интервью",
    "Effort": "Усилия", "Reach": "Охват", "Impact": "Влияние", "Confidence": "Уверенность",
    "backlog item": "пункт бэклога", "vpc card": "карточка", "card": "карточка", "partner": "партнёр",
    "a file": "файл", "a spreadsheet": "таблица", "a zip archive": "zip-архив", "rows": "строк",
    "a Word document": "документ Word", "a Word document (.docx)": "документ Word (.docx)",
    "an Excel workbook (.xlsx)": "книга Excel (.xlsx)", "a REFI-QDA project (.qdpx)": "проект REFI-QDA (.qdpx)",
    "Permission denied": "нет доступа", "No such file or directory": "нет такого файла или папки",
    "No space left on device": "на диске нет места",
    "segment": "сегмент", "interview": "интервью", "statement": "высказывание", "capability": "возможность",
    "release": "релиз", "program element": "элемент программы", "interview guide": "гайд интервью",
    "pillar": "опора", "status": "статус", "no rating": "нет оценки", "Someone else": "Кто-то другой", "it": "запись",
    "someone": "кто-то", "this computer": "этот компьютер",
}

# English fragments some messages add to a value: " (and 3 more)", " by Anna", " at 2026-09-30 10:00 UTC".
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_QUOTED = re.compile(r"'[^'\n]*'")
_MORE = re.compile(r" \(and (\d+) more\)\Z")
FRAGMENTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r" at (\d{4}-\d\d-\d\d \d\d:\d\d) UTC\Z"), r" \1 UTC"),
    (re.compile(r"\A by "), " — "),
)


# Placeholders that hold an optional English fragment right after another placeholder ("{thing}{when}",
# "{problems}{more}"): their exact shape, so the split between the two is not a guess.
FIELD_PATTERNS: dict[str, str] = {
    "when": r"(?: at \d{4}-\d\d-\d\d \d\d:\d\d UTC)?",
    "by": r"(?: by .*?)?",
    "more": r"(?: \(and \d+ more\))?",
    "detail": r"(?: \(.*\))?",
}

_FIELD = re.compile(r"(\{\{|\}\})|\{(\w+)\}")


def ui_is_russian() -> bool:
    """True when the UI speaks Russian now (``install_language`` sets the default locale)."""
    return QLocale().language() == QLocale.Language.Russian


@lru_cache(maxsize=1)
def catalogue() -> dict[str, str]:
    """English template → Russian template, from ``resources/translations/ru/errors.json``."""
    path = resource("translations", "ru", "errors.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("error messages will stay in English: %s cannot be read (%s)", path, exc)
        return {}
    book = data.get(CONTEXT, {})
    return {str(k): str(v) for k, v in book.items() if v}


def _compile(template: str) -> tuple[re.Pattern[str], tuple[str, ...], int]:
    """An anchored regex for a template (each placeholder a lazy group), its field names, its literal length."""
    pattern, names, literal = [], [], 0
    for text, field, _spec, _conv in string.Formatter().parse(template):
        pattern.append(re.escape(text))
        literal += len(text)
        if field is not None:
            adjacent = bool(names) and not text  # right after another placeholder: "{thing}{when}"
            shape = FIELD_PATTERNS.get(field, ".*?") if adjacent else ".*?"
            pattern.append(f"(?P<f{len(names)}>{shape})")
            names.append(field)
    return re.compile("".join(pattern) + r"\Z", re.DOTALL), tuple(names), literal


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], tuple[str, ...], str], ...]:
    """Every template compiled once, the longest literal text first (the most specific wins)."""
    compiled = []
    for english, russian in catalogue().items():
        try:
            regex, names, literal = _compile(english)
        except ValueError as exc:  # a malformed template: skip it, never break an error box
            log.warning("error template %r skipped: %s", english, exc)
            continue
        compiled.append((literal, regex, names, russian))
    compiled.sort(key=lambda item: -item[0])
    return tuple((regex, names, russian) for _literal, regex, names, russian in compiled)


def translate_message(message: str, *, depth: int = 0) -> str:
    """The Russian of one English message, or the message itself when no template matches."""
    for regex, names, russian in _patterns():
        match = regex.match(message)
        if match is None:
            continue
        values: dict[str, str] = {}
        for i, name in enumerate(names):
            values.setdefault(name, _value(match.group(f"f{i}"), depth))
        return _fill(russian, values)
    return message


def _fill(template: str, values: dict[str, str]) -> str:
    """The template with ``{name}`` replaced by its value and ``{{``/``}}`` by one brace (values are not re-read)."""
    return _FIELD.sub(lambda m: m.group(1)[0] if m.group(1) else values.get(m.group(2), m.group(0)), template)


def _value(value: str, depth: int) -> str:
    """A placeholder's value in Russian where we know it; names, paths and numbers stay as they are."""
    if value in VOCABULARY:
        return VOCABULARY[value]
    if _THOUSANDS.fullmatch(value):  # 10,000 → 10 000
        return value.replace(",", "\u00a0")
    if _QUOTED.fullmatch(value):  # a Python repr 'name' → «name»
        return f"«{value[1:-1]}»"
    more = _MORE.search(value)
    if more is not None:  # "...; row 9: no name (and 3 more)"
        head = _value(value[:more.start()], depth) if more.start() else ""
        return f"{head} (и ещё {more.group(1)})"
    if value.startswith(" (") and value.endswith(")"):  # a detail in brackets: " (a; b)"
        return f" ({_value(value[2:-1], depth)})"
    for pattern, russian in FRAGMENTS:
        value = pattern.sub(russian, value)
    if depth < 2 and len(value) > 12 and " " in value:  # a message wrapped in another, or a list of them
        return "; ".join(translate_message(part, depth=depth + 1) for part in value.split("; "))
    return value


def error_text(exc: BaseException | str) -> str:
    """What the user reads for an error: its message, in Russian when the UI is Russian and we know it."""
    message = exc if isinstance(exc, str) else str(exc)
    if not message or not ui_is_russian():
        return message
    return translate_message(message)
