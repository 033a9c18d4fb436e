"""What an operation changed, so that each view refreshes only what it shows (after Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    """Flags naming the kinds of data an operation touched."""

    project: bool = False
    segments: bool = False
    partners: bool = False
    interviews: bool = False
    statements: bool = False
    guides: bool = False
    boards: bool = False
    cards: bool = False
    backlog: bool = False
    capabilities: bool = False
    program: bool = False
    surveys: bool = False

    @classmethod
    def everything(cls) -> Changes:
        """All flags set: used after opening a project or a remote change we cannot narrow down."""
        return cls(**{f.name: True for f in fields(cls)})

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def any(self) -> bool:
        """True if anything changed."""
        return any(getattr(self, f.name) for f in fields(self))
