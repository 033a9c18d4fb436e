"""Worker functions run in other processes by the concurrency tests (module level, so 'spawn' can import them)."""

from __future__ import annotations


def type_lines(url: str, user: str, interview_id: int, count: int) -> int:
    """Open the project as ``user`` and commit ``count`` lines into one interview, as capture mode does."""
    from workbench.interviews.capture import commit_line
    from workbench.store.project import open_project

    project = open_project(url, user=user)
    try:
        for i in range(count):
            commit_line(project, interview_id=interview_id, line=f"{user} line {i}")
    finally:
        project.close()
    return count


def append_locked(url: str, user: str, interview_id: int, count: int) -> int:
    """Append ``count`` lines, each in its own transaction that first takes the interview's append lock."""
    from workbench.interviews.capture import add_statement_in
    from workbench.store.project import open_project
    from workbench.store.team import lock_for_append

    project = open_project(url, user=user)
    try:
        for i in range(count):
            with project.transaction() as session:
                lock_for_append(session, interview_id)
                add_statement_in(session, interview_id=interview_id, text=f"{user} line {i}", user=user)
    finally:
        project.close()
    return count


def _edit_with_retry(project: object, entity: str, entity_id: int, user: str, i: int) -> int:
    """One read-modify-write of a record through its service, retried on a stale save; how many were refused."""
    from workbench.errors import StaleEditError

    refused = 0
    while True:
        try:
            if entity == "backlog_item":
                from workbench.backlog import service as backlog

                item = backlog.get_item(project, entity_id)  # type: ignore[arg-type]
                backlog.update_items(project, {entity_id: {"description": f"{item.description} {user}{i}"}},  # type: ignore[arg-type]
                                     expected={entity_id: item.version})
            elif entity == "partner":
                from workbench.partners import service as partners

                p = partners.get_partner(project, partner_id=entity_id)  # type: ignore[arg-type]
                partners.update_partners(project, partner_ids=[entity_id], values={"notes": f"{p.notes} {user}{i}"},  # type: ignore[arg-type]
                                         user=user, expected_versions={entity_id: p.version})
            else:
                from workbench.vpc import service as vpc
                from workbench.vpc.board import load_board

                card = next(c for zone in load_board(project, _segment_of(project, entity_id)).zones.values()  # type: ignore[arg-type]
                            for c in zone if c.id == entity_id)
                vpc.edit_card(project, card_id=entity_id, description=f"{card.description} {user}{i}",  # type: ignore[arg-type]
                              expected_version=card.version)
            return refused
        except StaleEditError:
            refused += 1


def _segment_of(project: object, card_id: int) -> int:
    from workbench.store import models as m

    with project.session() as s:  # type: ignore[attr-defined]
        card = s.get(m.Card, card_id)
        return int(s.get(m.Board, card.board_id).segment_id)


def edit_record(url: str, user: str, entity: str, entity_id: int, count: int) -> int:
    """Open the project as ``user`` and append ``count`` markers to one record's text, read-modify-write
    with the version read each time (as the screens do); returns how many saves were refused as stale."""
    from workbench.store.project import open_project

    project = open_project(url, user=user)
    try:
        return sum(_edit_with_retry(project, entity, entity_id, user, i) for i in range(count))
    finally:
        project.close()
