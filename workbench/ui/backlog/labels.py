"""Translated names of the backlog's coded values (statuses, pillars, frameworks, factors)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "BacklogLabels"

STATUSES = {
    "new": QT_TRANSLATE_NOOP("BacklogLabels", "New"),
    "triaged": QT_TRANSLATE_NOOP("BacklogLabels", "Triaged"),
    "planned": QT_TRANSLATE_NOOP("BacklogLabels", "Planned"),
    "in_progress": QT_TRANSLATE_NOOP("BacklogLabels", "In progress"),
    "released": QT_TRANSLATE_NOOP("BacklogLabels", "Released"),
    "rejected": QT_TRANSLATE_NOOP("BacklogLabels", "Rejected"),
}
PILLARS = {
    "financial": QT_TRANSLATE_NOOP("BacklogLabels", "Financial motivation"),
    "operational": QT_TRANSLATE_NOOP("BacklogLabels", "Operational service"),
    "product": QT_TRANSLATE_NOOP("BacklogLabels", "Product development"),
}
CAPABILITY_STATUSES = {
    "have": QT_TRANSLATE_NOOP("BacklogLabels", "Have"),
    "partial": QT_TRANSLATE_NOOP("BacklogLabels", "Partial"),
    "missing": QT_TRANSLATE_NOOP("BacklogLabels", "Missing"),
}
FACTORS = {
    "reach": QT_TRANSLATE_NOOP("BacklogLabels", "Reach"),
    "impact": QT_TRANSLATE_NOOP("BacklogLabels", "Impact"),
    "confidence": QT_TRANSLATE_NOOP("BacklogLabels", "Confidence"),
    "effort": QT_TRANSLATE_NOOP("BacklogLabels", "Effort"),
    "value": QT_TRANSLATE_NOOP("BacklogLabels", "Business value"),
    "criticality": QT_TRANSLATE_NOOP("BacklogLabels", "Time criticality"),
    "risk": QT_TRANSLATE_NOOP("BacklogLabels", "Risk reduction"),
    "size": QT_TRANSLATE_NOOP("BacklogLabels", "Job size"),
}
PARTS = {
    "partners": QT_TRANSLATE_NOOP("BacklogLabels", "partners citing it"),
    "weighted": QT_TRANSLATE_NOOP("BacklogLabels", "weighted by profile score"),
    "severity": QT_TRANSLATE_NOOP("BacklogLabels", "mean severity (1–3)"),
    "rating": QT_TRANSLATE_NOOP("BacklogLabels", "mean survey rating (1–5)"),
    "answers": QT_TRANSLATE_NOOP("BacklogLabels", "survey answers"),
    "statements": QT_TRANSLATE_NOOP("BacklogLabels", "statements"),
    "recency": QT_TRANSLATE_NOOP("BacklogLabels", "recency (1 = said today)"),
    "of": QT_TRANSLATE_NOOP("BacklogLabels", "partners interviewed"),
}
GAP_REASONS = {
    "missing": QT_TRANSLATE_NOOP("BacklogLabels", "capability missing"),
    "partial": QT_TRANSLATE_NOOP("BacklogLabels", "capability partial"),
    "no_capability": QT_TRANSLATE_NOOP("BacklogLabels", "no capability found"),
}


def tr(text: object) -> str:
    """Translate a label of this module."""
    return QCoreApplication.translate(CONTEXT, str(text))


def status_text(key: str) -> str:
    """A backlog status in the current language."""
    return tr(STATUSES[key]) if key in STATUSES else key


def pillar_text(key: str) -> str:
    """A pillar in the current language."""
    return tr(PILLARS[key]) if key in PILLARS else key


def capability_status_text(key: str) -> str:
    """have / partial / missing in the current language."""
    return tr(CAPABILITY_STATUSES[key]) if key in CAPABILITY_STATUSES else key


def factor_text(key: str) -> str:
    """A factor of a score in the current language."""
    return tr(FACTORS[key]) if key in FACTORS else key


def part_text(key: str) -> str:
    """A number behind a factor in the current language."""
    return tr(PARTS[key]) if key in PARTS else key
