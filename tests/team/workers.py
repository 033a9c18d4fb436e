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
