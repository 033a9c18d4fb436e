"""Merging duplicate partners into one, and undoing that."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import select

from workbench.errors import InputError
from workbench.partners.service import (
    PartnerRead,
    PartnerSnapshot,
    _rescore,
    _row_dict,
    _segment_names,
    _snapshot,
    serialise_rescoring,
)
from workbench.store import models, versioning
from workbench.store.project import Project

_MOVED = (models.Contact, models.Interview, models.PartnerStatusChange, models.SurveyAnswer)
_FILLABLE = ("city", "region", "website", "website_norm", "employees", "clients", "level", "certification",
             "ecosystems", "authority_rank", "technical_capability", "community_authority", "similar_experience",
             "segment_id")
_STATUS_ORDER = ("candidate", "invited", "scheduled", "interviewed", "synthesised")


@dataclass(frozen=True)
class MergeUndo:
    """What :func:`unmerge_partners` needs to split a merge again."""

    keep_before: dict[str, Any]
    merged: tuple[PartnerSnapshot, ...]


def merge_partners(project: Project, *, keep_id: int, merge_ids: Sequence[int], user: str = "",
                   expected_versions: Mapping[int, int] | None = None) -> tuple[PartnerRead, MergeUndo]:
    """Fold ``merge_ids`` into ``keep_id``: their contacts, interviews, history and survey answers move
    over, blank fields of the kept partner are filled from them, notes are joined, the furthest research
    status wins; the merged partners are deleted.

    With ``expected_versions`` ({id: version the user saw}) the merge is refused with a
    :class:`~workbench.store.versioning.StaleRecordError` if anyone saved one of them since.
    """
    others = [i for i in dict.fromkeys(merge_ids) if i != keep_id]
    if not others:
        raise InputError("Choose at least two partners to merge.")
    versions = dict(expected_versions or {})
    who = user or project.user
    with project.transaction() as session:
        serialise_rescoring(session)
        for pid in (keep_id, *others):
            versioning.guard(session, models.Partner, pid, versions.get(pid))
        keep = session.get(models.Partner, keep_id)
        if keep is None:
            raise InputError(f"There is no partner {keep_id}.")
        keep_before = _row_dict(keep)
        snapshots = []
        for pid in others:
            row = session.get(models.Partner, pid)
            if row is None:
                raise InputError(f"There is no partner {pid}.")
            snapshots.append(_snapshot(session, row))
            versioning.record_deleted(session, models.Partner, pid, _row_dict(row), who)
            for table in _MOVED:
                for child in session.exec(select(table).where(table.partner_id == pid)).all():
                    child.partner_id = keep_id
            for name in _FILLABLE:
                if getattr(keep, name) in (None, "") and getattr(row, name) not in (None, ""):
                    setattr(keep, name, getattr(row, name))
            if row.notes and row.notes not in keep.notes:
                keep.notes = (keep.notes + "\n" + row.notes).strip()
            if _STATUS_ORDER.index(row.research_status) > _STATUS_ORDER.index(keep.research_status):
                keep.research_status = row.research_status
            session.flush()
            session.delete(row)
        keep.version += 1
        keep.updated_at = models.utcnow()
        keep.updated_by = who
        versioning.record_update(session, models.Partner, keep_id, keep_before, _row_dict(keep), who, action="merge")
        _rescore(session, [keep.segment_id, *(snap.partner["segment_id"] for snap in snapshots)])
        read = PartnerRead.of(keep, _segment_names(session).get(keep.segment_id or -1, ""))
        return read, MergeUndo(keep_before, tuple(snapshots))


def unmerge_partners(project: Project, *, undo: MergeUndo, user: str = "") -> None:
    """Undo :func:`merge_partners`: the merged partners come back with their own children.

    An overwrite of the kept partner with what it held before the merge (audited, version bumped).
    """
    tables = {t.__tablename__: t for t in _MOVED}  # type: ignore[attr-defined]
    with project.transaction() as session:
        serialise_rescoring(session)
        for snap in undo.merged:
            session.add(models.Partner(**snap.partner))
        session.flush()
        for snap in undo.merged:
            for name, data in snap.children:
                table = tables.get(name)
                if table is None:
                    continue
                row = session.get(table, data["id"])
                if row is not None:
                    row.partner_id = data["partner_id"]
        for snap in undo.merged:
            versioning.record_restored(session, models.Partner, snap.partner["id"], snap.partner.get("version", 1),
                                       user or project.user)
        keep = session.get(models.Partner, undo.keep_before["id"])
        if keep is not None:
            before = _row_dict(keep)
            for name, value in undo.keep_before.items():
                if name not in ("id", "version"):
                    setattr(keep, name, value)
            keep.version = before["version"] + 1
            keep.updated_at, keep.updated_by = models.utcnow(), user or project.user
            versioning.record_update(session, models.Partner, keep.id or 0, before, _row_dict(keep),
                                     user or project.user, action="unmerge")
        _rescore(session, [undo.keep_before["segment_id"], *(snap.partner["segment_id"] for snap in undo.merged)])
