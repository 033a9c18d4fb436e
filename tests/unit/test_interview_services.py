"""Interview services on real SQLite files: planning, listing with counts, capture commits, edits and undo data."""

from __future__ import annotations

import pytest

from workbench.errors import InputError
from workbench.interviews import guide_service as gs
from workbench.interviews import planning
from workbench.interviews import statements as st
from workbench.interviews.capture import commit_line


@pytest.fixture
def iv(demo_project):  # type: ignore[no-untyped-def]
    """A new planned interview in the demo project."""
    partner = planning.partner_choices(demo_project)[0]
    return planning.plan_interview(demo_project, partner_id=partner.id, interviewer="Anna", planned_at=None)


def test_plan_interview_uses_builtin_guide_and_schedules_partner(demo_project, iv) -> None:  # type: ignore[no-untyped-def]
    """A planned interview gets a built-in guide and shows as planned with zero counts."""
    assert iv.status == "planned" and iv.guide_id is not None
    assert (iv.jobs, iv.pains, iv.gains, iv.total) == (0, 0, 0, 0)
    guide = gs.get_guide(demo_project, guide_id=iv.guide_id)
    assert guide.builtin and len(guide.sections()) >= 6


def test_plan_interview_refuses_unknown_partner(demo_project) -> None:  # type: ignore[no-untyped-def]
    """Planning with a partner that does not exist is a clear input error."""
    with pytest.raises(InputError, match="no partner"):
        planning.plan_interview(demo_project, partner_id=999_999, interviewer="x", planned_at=None)


def test_list_counts_and_filters(demo_project) -> None:  # type: ignore[no-untyped-def]
    """Counts of jobs/pains/gains match the statements; filters by status, segment and interviewer narrow."""
    rows = planning.list_interviews(demo_project)
    assert len(rows) == 33
    rich = max(rows, key=lambda r: r.total)
    kinds = [s.kind for s in st.list_statements(demo_project, interview_id=rich.id)]
    assert (rich.jobs, rich.pains, rich.gains) == (kinds.count("job"), kinds.count("pain"), kinds.count("gain"))
    done = planning.list_interviews(demo_project, status="done")
    assert done and all(r.status == "done" for r in done)
    seg = rows[0].segment_id
    assert all(r.segment_id == seg for r in planning.list_interviews(demo_project, segment_id=seg))
    who = planning.interviewers(demo_project)[0]
    assert all(r.interviewer == who for r in planning.list_interviews(demo_project, interviewer=who))


def test_commit_line_starts_interview_tags_and_clears_draft(demo_project, iv) -> None:  # type: ignore[no-untyped-def]
    """The first captured line starts the interview; the prefix tags it; the draft is cleared in the same commit."""
    planning.save_draft(demo_project, interview_id=iv.id, text="боль: выплаты раз в месяц")
    read = commit_line(demo_project, interview_id=iv.id, line="боль: выплаты раз в месяц", severity=2)
    assert (read.kind, read.text, read.severity) == ("pain", "выплаты раз в месяц", 2)
    got = planning.get_interview(demo_project, interview_id=iv.id)
    assert got.status == "in_progress" and got.started_at is not None and got.draft_text == ""
    assert read.time_offset_s is not None and read.time_offset_s >= 0


def test_edit_returns_before_and_restore_undoes(demo_project, iv) -> None:  # type: ignore[no-untyped-def]
    """Each edit returns the statement before; restore_fields puts text, kind and flags back."""
    a = commit_line(demo_project, interview_id=iv.id, line="первая мысль")
    edit = st.set_kind(demo_project, statement_id=a.id, kind="gain")
    assert edit.before.kind is None and edit.after.kind == "gain"
    st.set_text(demo_project, statement_id=a.id, text="исправлено")
    st.set_quote(demo_project, statement_id=a.id, is_quote=True)
    st.restore_fields(demo_project, before=edit.before)
    (back,) = st.list_statements(demo_project, interview_id=iv.id)
    assert (back.kind, back.text, back.is_quote) == (None, "первая мысль", False)
    with pytest.raises(InputError):
        st.set_severity(demo_project, statement_id=a.id, severity=7)
    with pytest.raises(InputError):
        st.set_text(demo_project, statement_id=a.id, text="   ")


def test_move_and_delete_restore_same_id(demo_project, iv) -> None:  # type: ignore[no-untyped-def]
    """Moving swaps neighbours (None at the end); a deleted statement comes back with its id and place."""
    ids = [commit_line(demo_project, interview_id=iv.id, line=t).id for t in ("a", "b", "c")]
    assert st.move_statement(demo_project, statement_id=ids[2], direction=-1) == ids[1]
    assert st.move_statement(demo_project, statement_id=ids[0], direction=-1) is None
    assert [s.text for s in st.list_statements(demo_project, interview_id=iv.id)] == ["a", "c", "b"]
    deleted = st.delete_statement(demo_project, statement_id=ids[2])
    assert [s.text for s in st.list_statements(demo_project, interview_id=iv.id)] == ["a", "b"]
    restored = st.restore_statement(demo_project, deleted=deleted)
    assert restored.id == ids[2]
    assert [s.text for s in st.list_statements(demo_project, interview_id=iv.id)] == ["a", "c", "b"]


def test_suggestions_accept_reject_and_rate(demo_project, iv) -> None:  # type: ignore[no-untyped-def]
    """Accepting stores the kind with source "suggested"; rejecting keeps it untagged; the rate counts both."""
    a = commit_line(demo_project, interview_id=iv.id, line="нужен кабинет партнёра")
    b = commit_line(demo_project, interview_id=iv.id, line="выплаты задерживаются")
    assert st.store_suggestions(demo_project, [(a.id, "gain", 0.7), (b.id, "pain", 0.9)]) == 2
    st.accept_suggestion(demo_project, statement_id=a.id)
    st.reject_suggestion(demo_project, statement_id=b.id)
    a2, b2 = st.list_statements(demo_project, interview_id=iv.id)
    assert (a2.kind, a2.source, a2.suggestion_state) == ("gain", "suggested", "accepted")
    assert (b2.kind, b2.suggestion_state) == (None, "rejected")
    assert st.acceptance_rate(demo_project, interview_id=iv.id) == (1, 2)
    assert [s.id for s in st.untagged_statements(demo_project, interview_id=iv.id)] == [b.id]


def test_finish_summary_and_status_undo(demo_project, iv) -> None:  # type: ignore[no-untyped-def]
    """Finishing marks done; set_status undoes it; summary returns the previous pair."""
    assert planning.finish_interview(demo_project, interview_id=iv.id).status == "done"
    assert planning.set_status(demo_project, interview_id=iv.id, status="planned") == "done"
    assert planning.set_summary(demo_project, interview_id=iv.id, summary="S", next_steps="N") == ("", "")
    got = planning.get_interview(demo_project, interview_id=iv.id)
    assert (got.status, got.summary, got.next_steps, got.ended_at) == ("planned", "S", "N", None)


def test_guides_copy_and_edit(demo_project) -> None:  # type: ignore[no-untyped-def]
    """Built-in guides are read-only; a copy can be renamed and its questions added, moved, edited, deleted."""
    builtin = gs.list_guides(demo_project)[0]
    with pytest.raises(InputError, match="read-only"):
        gs.add_question(demo_project, guide_id=builtin.id, section="X", text="Q?")
    copy = gs.copy_guide(demo_project, guide_id=builtin.id, name="Мой гайд")
    assert len(copy.questions) == len(builtin.questions) and not copy.builtin
    first = copy.questions[0]
    new = gs.add_question(demo_project, guide_id=copy.id, section=first.section, text="Новый вопрос?",
                          after_id=first.id)
    assert [q.id for q in gs.get_guide(demo_project, guide_id=copy.id).questions][:2] == [first.id, new.id]
    assert gs.move_question(demo_project, question_id=new.id, direction=-1)
    assert gs.get_guide(demo_project, guide_id=copy.id).questions[0].id == new.id
    gs.update_question(demo_project, question_id=new.id, text="Изменённый?")
    gs.delete_question(demo_project, question_id=first.id)
    texts = [q.text for q in gs.get_guide(demo_project, guide_id=copy.id).questions]
    assert texts[0] == "Изменённый?" and first.text not in texts
    assert gs.rename_guide(demo_project, guide_id=copy.id, name="Другое") == "Мой гайд"


def test_correction_from_an_old_read_is_refused_only_for_the_fields_it_changes(demo_project, iv) -> None:  # type: ignore[no-untyped-def]
    """A text correction made against a text saved since is refused; a tag from the same read saves; undo restores only its field."""
    from workbench.interviews.capture import add_statement
    from workbench.store.versioning import StaleRecordError

    seen = add_statement(demo_project, interview_id=iv.id, line="Payouts take 60 days")
    st.update_statement(demo_project, statement_id=seen.id, text="Payouts take 90 days")  # someone else, no check
    with pytest.raises(StaleRecordError, match="changed text"):
        st.update_statement(demo_project, statement_id=seen.id, expected=seen, text="Payouts take 30 days")
    tagged = st.update_statement(demo_project, statement_id=seen.id, expected=seen, kind="pain")
    st.update_statement(demo_project, statement_id=seen.id, text="Payouts take 45 days")
    st.restore_fields(demo_project, before=tagged.before, only=["kind"])
    now = st.list_statements(demo_project, interview_id=iv.id)[-1]
    assert (now.text, now.kind) == ("Payouts take 45 days", None)
