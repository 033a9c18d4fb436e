"""Translated names of zones, kinds, pillars and levels used on the board and in its dialogs."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CTX = "CanvasLabels"

ZONE_TITLES = {
    "products": QT_TRANSLATE_NOOP("CanvasLabels", "Products & services"),
    "creators": QT_TRANSLATE_NOOP("CanvasLabels", "Gain creators"),
    "relievers": QT_TRANSLATE_NOOP("CanvasLabels", "Pain relievers"),
    "gains": QT_TRANSLATE_NOOP("CanvasLabels", "Gains"),
    "pains": QT_TRANSLATE_NOOP("CanvasLabels", "Pains"),
    "jobs": QT_TRANSLATE_NOOP("CanvasLabels", "Customer jobs"),
}
KIND_NAMES = {
    "product": QT_TRANSLATE_NOOP("CanvasLabels", "Product"),
    "creator": QT_TRANSLATE_NOOP("CanvasLabels", "Gain creator"),
    "reliever": QT_TRANSLATE_NOOP("CanvasLabels", "Pain reliever"),
    "gain": QT_TRANSLATE_NOOP("CanvasLabels", "Gain"),
    "pain": QT_TRANSLATE_NOOP("CanvasLabels", "Pain"),
    "job": QT_TRANSLATE_NOOP("CanvasLabels", "Job"),
}
# One letter on every card, so the kind never rests on colour alone.
KIND_LETTERS = {
    "product": QT_TRANSLATE_NOOP("CanvasLabels", "P&S"),
    "creator": QT_TRANSLATE_NOOP("CanvasLabels", "GC"),
    "reliever": QT_TRANSLATE_NOOP("CanvasLabels", "PR"),
    "gain": QT_TRANSLATE_NOOP("CanvasLabels", "G"),
    "pain": QT_TRANSLATE_NOOP("CanvasLabels", "P"),
    "job": QT_TRANSLATE_NOOP("CanvasLabels", "J"),
}
ORDER_HINTS = {
    "products": QT_TRANSLATE_NOOP("CanvasLabels", "by importance"),
    "creators": QT_TRANSLATE_NOOP("CanvasLabels", "by importance"),
    "relievers": QT_TRANSLATE_NOOP("CanvasLabels", "by importance"),
    "gains": QT_TRANSLATE_NOOP("CanvasLabels", "by relevance"),
    "pains": QT_TRANSLATE_NOOP("CanvasLabels", "by severity"),
    "jobs": QT_TRANSLATE_NOOP("CanvasLabels", "by importance"),
}
MEANINGS = {
    "importance": QT_TRANSLATE_NOOP("CanvasLabels", "Importance"),
    "severity": QT_TRANSLATE_NOOP("CanvasLabels", "Severity"),
    "relevance": QT_TRANSLATE_NOOP("CanvasLabels", "Relevance"),
}
LEVELS = {
    1: QT_TRANSLATE_NOOP("CanvasLabels", "low"),
    2: QT_TRANSLATE_NOOP("CanvasLabels", "medium"),
    3: QT_TRANSLATE_NOOP("CanvasLabels", "high"),
}
PILLAR_NAMES = {
    "financial": QT_TRANSLATE_NOOP("CanvasLabels", "Financial motivation"),
    "operational": QT_TRANSLATE_NOOP("CanvasLabels", "Operational service"),
    "product": QT_TRANSLATE_NOOP("CanvasLabels", "Product development"),
}
STATEMENT_KINDS = {
    "job": QT_TRANSLATE_NOOP("CanvasLabels", "Job"),
    "pain": QT_TRANSLATE_NOOP("CanvasLabels", "Pain"),
    "gain": QT_TRANSLATE_NOOP("CanvasLabels", "Gain"),
    "other": QT_TRANSLATE_NOOP("CanvasLabels", "Other"),
    None: QT_TRANSLATE_NOOP("CanvasLabels", "Untagged"),
}


CARD_KEYS = QT_TRANSLATE_NOOP("CanvasLabels", "Enter edit · Delete delete · M merge · S split · L link · Ctrl+↑/↓ reorder · drag to another zone")  # noqa: E501
LEGEND = QT_TRANSLATE_NOOP("CanvasLabels", "Cards: P pain · G gain · J job · PR pain reliever · GC gain creator · P&S product; ●●● severity or importance; red outline: severe pain with no reliever")  # noqa: E501
# Literal texts the board draws through :func:`t` (listed here so that lupdate files them under this context).
PHRASES = (
    QT_TRANSLATE_NOOP("CanvasLabels", "Value map"),
    QT_TRANSLATE_NOOP("CanvasLabels", "Customer profile"),
    QT_TRANSLATE_NOOP("CanvasLabels", "%1 — Value Proposition Canvas"),
    QT_TRANSLATE_NOOP("CanvasLabels", "Fit %1% · top pains addressed %2 of %3 · top gains addressed %4 of %5"),
    QT_TRANSLATE_NOOP("CanvasLabels", "…and %1 more"),
    QT_TRANSLATE_NOOP("CanvasLabels", "Every severe pain has a reliever."),
    QT_TRANSLATE_NOOP("CanvasLabels", "Severe pains with no reliever: %1"),
    QT_TRANSLATE_NOOP("CanvasLabels", "no reliever"),
    QT_TRANSLATE_NOOP("CanvasLabels", "Drop statements here to make a card"),
    QT_TRANSLATE_NOOP("CanvasLabels", "Placed by hand; Reset Order returns to the evidence ranking"),
    QT_TRANSLATE_NOOP("CanvasLabels", "Severe and nothing addresses it"),
    QT_TRANSLATE_NOOP("CanvasLabels", "%1 statements · %2 partners"),
)


_cache: dict[str, str] = {}


def clear_cache() -> None:
    """Forget translated labels (the language may have changed); called before each board is built."""
    _cache.clear()


def t(text: str) -> str:
    """Translate a label of this module (memoised: a board of thousands of cards asks the same few)."""
    found = _cache.get(text)
    if found is None:
        found = _cache[text] = QCoreApplication.translate(_CTX, text)
    return found


def zone_title(zone: str) -> str:
    """The zone's name."""
    return t(ZONE_TITLES[zone])


def kind_name(kind: str) -> str:
    """The card kind's name."""
    return t(KIND_NAMES[kind])


def kind_letter(kind: str) -> str:
    """The card kind's short label."""
    return t(KIND_LETTERS[kind])


def pillar_name(pillar: str | None) -> str:
    """The pillar's name ("" when none)."""
    return t(PILLAR_NAMES[pillar]) if pillar in PILLAR_NAMES else ""


def level_text(meaning: str, level: int) -> str:
    """'Severity: high' and the like."""
    return f"{t(MEANINGS[meaning])}: {t(LEVELS.get(level, LEVELS[2]))}"


def statement_kind(kind: str | None) -> str:
    """A statement's tag, or 'Untagged'."""
    return t(STATEMENT_KINDS.get(kind, STATEMENT_KINDS[None]))


def evidence_badge(statements: int, partners: int) -> str:
    """'N statements · M partners'."""
    return t("%1 statements · %2 partners").replace("%1", str(statements)).replace("%2", str(partners))
