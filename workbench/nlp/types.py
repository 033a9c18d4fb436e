"""Plain result types of the NLP package (no spaCy objects ever leave it)."""

from __future__ import annotations

from dataclasses import dataclass

LABELS: tuple[str, ...] = ("job", "pain", "gain", "other")
LANGS: tuple[str, ...] = ("ru", "en")


@dataclass(frozen=True)
class Suggestion:
    """A suggested kind for one statement."""

    text: str
    label: str  # "job" | "pain" | "gain" | "other"
    score: float  # confidence 0..1
    lang: str  # "ru" | "en"


@dataclass(frozen=True)
class Cluster:
    """A group of similar statements: a candidate canvas card with a suggested title."""

    title: str
    statement_ids: tuple[int, ...]


class Cancelled(Exception):  # noqa: N818 - the name the callers use
    """Raised when the caller's ``cancelled()`` returned True between batches."""
