"""The allowed values of the string-coded columns, and their order."""

from __future__ import annotations

from typing import Final

KINDS: Final = ("job", "pain", "gain", "other")
SUBTYPES: Final = ("functional", "social", "emotional")
STATEMENT_SOURCES: Final = ("manual", "suggested", "imported")

INTERVIEW_STATUSES: Final = ("planned", "in_progress", "done")
INTERVIEW_MODES: Final = ("call", "video", "meeting")

RESEARCH_STATUSES: Final = ("candidate", "invited", "scheduled", "interviewed", "synthesised")

# Customer profile (circle, right) and value map (square, left).
PROFILE_ZONES: Final = ("jobs", "pains", "gains")
VALUE_MAP_ZONES: Final = ("products", "relievers", "creators")
ZONES: Final = VALUE_MAP_ZONES + PROFILE_ZONES
KIND_TO_ZONE: Final = {"job": "jobs", "pain": "pains", "gain": "gains"}
# Which profile zone a value-map zone addresses (a fit link goes reliever -> pain, creator -> gain).
FIT_TARGET_ZONE: Final = {"relievers": "pains", "creators": "gains"}

PILLARS: Final = ("financial", "operational", "product")

CAPABILITY_STATUSES: Final = ("have", "partial", "missing")
BACKLOG_STATUSES: Final = ("new", "triaged", "planned", "in_progress", "released", "rejected")
FRAMEWORKS: Final = ("rice", "wsjf")

KIND_PREFIXES: Final = {
    "job": "job", "работа": "job",
    "pain": "pain", "боль": "pain",
    "gain": "gain", "выгода": "gain",
    "other": "other", "другое": "other",
}
