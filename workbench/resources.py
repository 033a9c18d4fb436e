"""Where the shipped resources live (styles, translations, NLP data and model, templates)."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource("nlp", "config.cfg")``."""
    return RESOURCES.joinpath(*parts)
