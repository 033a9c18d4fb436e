"""Translated names of the partner domain's codes (statuses, criteria, fields), shared by both screens."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "PartnerLabels"
STATUS_TEXT: dict[str, Any] = {
    "candidate": QT_TRANSLATE_NOOP("PartnerLabels", "Candidate"),
    "invited": QT_TRANSLATE_NOOP("PartnerLabels", "Invited"),
    "scheduled": QT_TRANSLATE_NOOP("PartnerLabels", "Scheduled"),
    "interviewed": QT_TRANSLATE_NOOP("PartnerLabels", "Interviewed"),
    "synthesised": QT_TRANSLATE_NOOP("PartnerLabels", "Synthesised"),
}
CRITERION_TEXT: dict[str, Any] = {
    "geography": QT_TRANSLATE_NOOP("PartnerLabels", "Geography"),
    "business_size": QT_TRANSLATE_NOOP("PartnerLabels", "Business size"),
    "technical_capability": QT_TRANSLATE_NOOP("PartnerLabels", "Technical capability"),
    "community_authority": QT_TRANSLATE_NOOP("PartnerLabels", "Community authority"),
    "similar_experience": QT_TRANSLATE_NOOP("PartnerLabels", "Similar experience"),
    "client_base": QT_TRANSLATE_NOOP("PartnerLabels", "Client base"),
    "market_size": QT_TRANSLATE_NOOP("PartnerLabels", "Market size"),
    "accessibility": QT_TRANSLATE_NOOP("PartnerLabels", "Accessibility"),
    "strategic_priority": QT_TRANSLATE_NOOP("PartnerLabels", "Strategic priority"),
    "cost_to_serve": QT_TRANSLATE_NOOP("PartnerLabels", "Cost to serve"),
    "client_overlap": QT_TRANSLATE_NOOP("PartnerLabels", "Client base overlap"),
    "share_interviewed": QT_TRANSLATE_NOOP("PartnerLabels", "Share interviewed"),
    "pain_intensity": QT_TRANSLATE_NOOP("PartnerLabels", "Pain intensity"),
    "board_fit": QT_TRANSLATE_NOOP("PartnerLabels", "Board fit"),
    "evidence_volume": QT_TRANSLATE_NOOP("PartnerLabels", "Volume of evidence"),
    "score": QT_TRANSLATE_NOOP("PartnerLabels", "Score"),
    "ability": QT_TRANSLATE_NOOP("PartnerLabels", "Ability to win"),
    "attractiveness": QT_TRANSLATE_NOOP("PartnerLabels", "Attractiveness"),
}
FIELD_TEXT: dict[str, Any] = {
    "name": QT_TRANSLATE_NOOP("PartnerLabels", "Company"),
    "segment": QT_TRANSLATE_NOOP("PartnerLabels", "Segment"),
    "city": QT_TRANSLATE_NOOP("PartnerLabels", "City"),
    "region": QT_TRANSLATE_NOOP("PartnerLabels", "Region"),
    "website": QT_TRANSLATE_NOOP("PartnerLabels", "Website"),
    "employees": QT_TRANSLATE_NOOP("PartnerLabels", "Employees"),
    "clients": QT_TRANSLATE_NOOP("PartnerLabels", "Clients"),
    "contact": QT_TRANSLATE_NOOP("PartnerLabels", "Contact person"),
    "role": QT_TRANSLATE_NOOP("PartnerLabels", "Role"),
    "email": QT_TRANSLATE_NOOP("PartnerLabels", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("PartnerLabels", "Phone"),
    "level": QT_TRANSLATE_NOOP("PartnerLabels", "Level"),
    "certification": QT_TRANSLATE_NOOP("PartnerLabels", "Certification"),
    "ecosystems": QT_TRANSLATE_NOOP("PartnerLabels", "Ecosystems"),
    "technical_capability": QT_TRANSLATE_NOOP("PartnerLabels", "Technical capability"),
    "community_authority": QT_TRANSLATE_NOOP("PartnerLabels", "Community authority"),
    "similar_experience": QT_TRANSLATE_NOOP("PartnerLabels", "Similar experience"),
    "notes": QT_TRANSLATE_NOOP("PartnerLabels", "Notes"),
    "research_status": QT_TRANSLATE_NOOP("PartnerLabels", "Research status"),
    "profile_score": QT_TRANSLATE_NOOP("PartnerLabels", "Profile score"),
    "profile_rank": QT_TRANSLATE_NOOP("PartnerLabels", "Rank"),
}


def status_text(status: str) -> str:
    """A research status in the current language."""
    return QCoreApplication.translate(_CONTEXT, STATUS_TEXT.get(status, status))


#: the colour of a research status in the partners table (none: the theme's text colour)
STATUS_COLORS = {"invited": "#d9822b", "scheduled": "#2f6fb2", "interviewed": "#3a9e6f", "synthesised": "#7d5ba6"}


def cell_text(column: str, value: Any) -> str:
    """A partner's field as the partners table shows it."""
    if value is None:
        return ""
    if column == "research_status":
        return status_text(value)
    if column == "profile_score":
        return f"{value:.0f}"
    return str(value)


def criterion_text(criterion: str) -> str:
    """A scoring criterion in the current language."""
    return QCoreApplication.translate(_CONTEXT, CRITERION_TEXT.get(criterion, criterion))


def field_text(name: str) -> str:
    """A partner field in the current language."""
    return QCoreApplication.translate(_CONTEXT, FIELD_TEXT.get(name, name))
