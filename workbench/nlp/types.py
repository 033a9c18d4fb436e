"""Plain result types of the NLP package (no spaCy objects ever leave it)."""

from __future__ import annotations

from dataclasses import dataclass

LABELS: tuple[str, ...] = ("job", "pain", "gain", "other")
LANGS: tuple[str, ...] = ("ru", "en")


@dataclass(frozen=True, init=False)
class Suggestion:
    """A suggested kind for one statement."""

    text: str
    label: str  # "job" | "pain" | "gain" | "other"
    score: float  # confidence 0..1
    lang: str  # "ru" | "en"

    def __init__(self, text: str, label: str, score: float, lang: str) -> None:
        # Classification makes one per statement: filling __dict__ directly is a third cheaper than
        # the frozen dataclass's four object.__setattr__ calls. Fields stay read-only afterwards.
        fields = self.__dict__
        fields["text"] = text
        fields["label"] = label
        fields["score"] = score
        fields["lang"] = lang


@dataclass(frozen=True)
class Cluster:
    """A group of similar statements: a candidate canvas card with a suggested title."""

    title: str
    statement_ids: tuple[int, ...]


class Cancelled(Exception):  # noqa: N818 - the name the callers use
    """Raised when the caller's ``cancelled()`` returned True between batches."""
