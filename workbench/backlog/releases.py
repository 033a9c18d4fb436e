"""Releases: group backlog items, order them, and write release notes in Markdown."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import col, func, select

from workbench.backlog.service import BacklogItemRead, list_items
from workbench.errors import InputError
from workbench.store import models
from workbench.store.enums import PILLARS
from workbench.store.project import Project

TEXT = {
    "en": {"financial": "Financial motivation", "operational": "Operational service",
           "product": "Product development", "new": "New", "triaged": "Triaged", "planned": "Planned",
           "in_progress": "In progress", "released": "Released", "rejected": "Rejected",
           "title": "Release notes", "none": "No releases yet.", "empty": "No items yet.",
           "asked": "asked by %d partners"},
    "ru": {"financial": "Финансовая мотивация", "operational": "Операционный сервис",
           "product": "Развитие продукта", "new": "Новый", "triaged": "Разобран", "planned": "Запланирован",
           "in_progress": "В работе", "released": "Выпущен", "rejected": "Отклонён",
           "title": "Заметки к релизам", "none": "Релизов пока нет.", "empty": "Пунктов пока нет.",
           "asked": "просили партнёров: %d"},
}


@dataclass(frozen=True)
class ReleaseRead:
    """A release and how many items it holds."""

    id: int
    name: str
    target_date: datetime | None
    position: int
    notes: str
    item_count: int


def list_releases(project: Project) -> list[ReleaseRead]:
    """Releases in their order."""
    with project.session() as session:
        counts = dict(session.exec(select(models.BacklogItem.release_id, func.count()).group_by(
            col(models.BacklogItem.release_id))).all())
        rows = session.exec(select(models.Release).order_by(col(models.Release.position),
                                                             col(models.Release.id))).all()
        return [ReleaseRead(r.id or 0, r.name, r.target_date, r.position, r.notes, counts.get(r.id, 0))
                for r in rows]


def create_release(project: Project, *, name: str, target_date: datetime | None = None, notes: str = "",
                   release_id: int | None = None) -> ReleaseRead:
    """Add a release at the end (``release_id`` puts a deleted one back, for undo)."""
    name = " ".join(name.split())
    if not name:
        raise InputError("A release needs a name.")
    with project.transaction() as session:
        last = session.exec(select(func.max(models.Release.position))).one()
        row = models.Release(id=release_id, name=name[:200], target_date=target_date, notes=notes,
                             position=(last + 1) if last is not None else 0)
        session.add(row)
        session.flush()
        return ReleaseRead(row.id or 0, row.name, row.target_date, row.position, row.notes, 0)


def update_release(project: Project, release_id: int, fields: Mapping[str, Any]) -> dict[str, Any]:
    """Rename, re-date, re-order or annotate a release; returns the previous values."""
    with project.transaction() as session:
        row = session.get(models.Release, release_id)
        if row is None:
            raise InputError(f"There is no release {release_id}.")
        old = {}
        for field, value in fields.items():
            if field not in ("name", "target_date", "position", "notes"):
                raise InputError(f"The field {field!r} of a release cannot be edited.")
            if field == "name":
                value = " ".join(str(value).split())
                if not value:
                    raise InputError("A release needs a name.")
            old[field] = getattr(row, field)
            setattr(row, field, value)
        return old


def delete_release(project: Project, release_id: int) -> dict[str, Any]:
    """Delete a release (its items stay, without a release); returns what undo needs."""
    with project.transaction() as session:
        row = session.get(models.Release, release_id)
        if row is None:
            raise InputError(f"There is no release {release_id}.")
        items = list(session.exec(select(models.BacklogItem).where(models.BacklogItem.release_id == release_id)).all())
        for item in items:
            item.release_id = None
        snap = {"release_id": release_id, "name": row.name, "target_date": row.target_date, "notes": row.notes,
                "item_ids": [i.id for i in items]}
        session.delete(row)
        return snap


def restore_release(project: Project, snap: Mapping[str, Any]) -> None:
    """Undo :func:`delete_release`."""
    create_release(project, name=snap["name"], target_date=snap["target_date"], notes=snap["notes"],
                   release_id=snap["release_id"])
    with project.transaction() as session:
        for item_id in snap["item_ids"]:
            item = session.get(models.BacklogItem, item_id)
            if item is not None:
                item.release_id = snap["release_id"]


def release_items(project: Project, release_id: int | None) -> list[BacklogItemRead]:
    """The items of a release (None: not in any release), in order."""
    return [i for i in list_items(project) if i.release_id == release_id]


def _md(text: str) -> str:
    """Text safe inside a Markdown line: no leading markup, escaped specials."""
    text = " ".join(str(text).split())
    for ch in ("\\", "`", "*", "_", "[", "]", "<", ">", "|"):
        text = text.replace(ch, "\\" + ch)
    if text[:1] in ("#", "-", "+", "=", "@"):
        text = "\\" + text
    return text


def release_notes(project: Project, release_id: int | None = None, lang: str | None = None) -> str:
    """Release notes in Markdown: one release (or every release in order), items by pillar.

    ``lang`` ("ru" or "en") defaults to the project's language.
    """
    t = TEXT["en" if (lang or project.get_meta("lang", "ru")) == "en" else "ru"]
    releases = list_releases(project)
    if release_id is not None:
        releases = [r for r in releases if r.id == release_id]
        if not releases:
            raise InputError(f"There is no release {release_id}.")
    items = list_items(project)
    name = project.get_meta("name", project.display_name)
    lines = [f"# {t['title']} — {_md(name)}", ""]
    if not releases:
        lines.append(t["none"])
    for release in releases:
        when = f" ({release.target_date:%Y-%m-%d})" if release.target_date else ""
        lines += [f"## {_md(release.name)}{when}", ""]
        if release.notes.strip():
            lines += [_md(release.notes), ""]
        own = [i for i in items if i.release_id == release.id and i.status != "rejected"]
        if not own:
            lines += [f"_{t['empty']}_", ""]
            continue
        for pillar in PILLARS:
            group = [i for i in own if i.pillar == pillar]
            if not group:
                continue
            lines += [f"### {t[pillar]}", ""]
            for item in group:
                status = t.get(item.status, item.status)
                partners = "; " + t["asked"] % item.partner_count if item.partner_count else ""
                lines.append(f"- **{_md(item.title)}** — {status}{partners} (#{item.id})")
                if item.description.strip():
                    lines.append(f"  {_md(item.description)}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"
