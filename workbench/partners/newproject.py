"""A new research project in one step: the file, its name, the segments to research, the guide language."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from workbench.errors import InputError
from workbench.partners.normalize import clean_text
from workbench.partners.service import ensure_segment
from workbench.settings import PROJECT_SUFFIX
from workbench.store import models
from workbench.store.project import Project, create_project

log = logging.getLogger(__name__)

GUIDE_LANGUAGES = ("ru", "en")


def clean_segments(names: Sequence[str]) -> list[str]:
    """The segment names to create, blanks dropped, each once (case-insensitive), in the order given."""
    seen: set[str] = set()
    out: list[str] = []
    for raw in names:
        name = clean_text(raw)
        if not name:
            continue
        if len(name) > 200:
            raise InputError(f"The segment name “{name[:40]}…” is longer than 200 characters.")
        if name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out


def create_research_project(path: str | Path, *, name: str, segments: Sequence[str], guide_language: str = "ru",
                            user: str | None = None) -> Project:
    """Create the project file with its name, segments (in order) and interview guide language, and open it.

    Nothing is left behind when it fails: the half-made file is removed.
    """
    title = clean_text(name)
    if not title:
        raise InputError("The project needs a name.")
    wanted = clean_segments(segments)
    if not wanted:
        raise InputError("Name at least one segment to research.")
    if guide_language not in GUIDE_LANGUAGES:
        raise InputError(f"The guide language must be one of {', '.join(GUIDE_LANGUAGES)}.")
    target = Path(path)
    if not target.suffix:
        target = target.with_suffix(PROJECT_SUFFIX)
    project = create_project(target, user=user)
    try:
        with project.transaction() as session:
            for key, value in (("name", title[:200]), ("lang", guide_language), ("language", guide_language)):
                session.merge(models.ProjectMeta(key=key, value=value))
            for position, segment_name in enumerate(wanted, start=1):
                segment, _ = ensure_segment(session, segment_name)
                segment.position = position
    except Exception:
        project.close()
        for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    log.info("created research project %s with %d segments", target, len(wanted))
    return project
