"""Optimistic locking and the audit trail on partners, cards and backlog items (real PostgreSQL and SQLite)."""

from __future__ import annotations

import pytest

from tests.team.seed import seed
from workbench.errors import InputError, StaleEditError
from workbench.store import audit
from workbench.store import models as m
from workbench.store.project import open_project
from workbench.store.versioning import (
    StaleRecordError,
    delete_versioned,
    keep_both,
    overwrite,
    read_version,
    save_versioned,
)

TABLES = [(m.Partner, "partner_id", "notes"), (m.Card, "card_id", "description"),
          (m.BacklogItem, "backlog_id", "description")]


@pytest.mark.parametrize(("model", "attr", "field"), TABLES)
def test_second_of_two_saves_from_version_1_is_refused(pg_project, pg_url, model, attr, field) -> None:
    """Two sessions read version 1 and both save: the first wins, the second gets StaleEditError naming who."""
    ids = seed(pg_project)
    entity_id = getattr(ids, attr)
    boris = open_project(pg_url, user="boris")
    try:
        with pg_project.session() as s_anna, boris.session() as s_boris:
            assert read_version(s_anna, model, entity_id) == 1
            assert read_version(s_boris, model, entity_id) == 1
            assert save_versioned(s_anna, model, entity_id, 1, {field: "Anna's text"}, "anna") == 2
            s_anna.commit()
            with pytest.raises(StaleEditError) as info:
                save_versioned(s_boris, model, entity_id, 1, {field: "Boris's text"}, "boris")
            s_boris.rollback()
        err = info.value
        assert isinstance(err, StaleRecordError)
        assert err.current_version == 2 and err.expected_version == 1
        assert err.last_editor is not None and err.last_editor.who == "anna"
        [change] = err.changes
        assert (change.field, change.theirs, change.yours, change.conflicts) == (field, "Anna's text", "Boris's text", True)
        assert "anna" in str(err)
        with boris.session() as s:
            row = s.get(model, entity_id)
            assert getattr(row, field) == "Anna's text" and row.version == 2
    finally:
        boris.close()


def test_save_writes_audit_with_before_and_after(pg_project) -> None:
    """A versioned save records who, when, and the changed fields' before and after values."""
    ids = seed(pg_project)
    with pg_project.transaction() as s:
        save_versioned(s, m.BacklogItem, ids.backlog_id, 1, {"title": "Portal v2", "reach": 40.0}, "anna")
    with pg_project.transaction() as s:
        save_versioned(s, m.BacklogItem, ids.backlog_id, 2, {"status": "accepted"}, "boris")
    trail = audit.history(pg_project, entity="backlog_item", entity_id=ids.backlog_id)
    assert [e.who for e in trail] == ["boris", "anna"]
    assert trail[1].before == {"title": "Partner portal", "reach": None, "version": 1}
    assert trail[1].after == {"title": "Portal v2", "reach": 40.0, "version": 2}
    assert trail[0].fields == ["status"] and trail[0].at.tzinfo is not None
    with pg_project.session() as s:
        row = s.get(m.BacklogItem, ids.backlog_id)
        assert (row.updated_by, row.version) == ("boris", 3)


def test_stale_error_lists_only_fields_the_other_changed(pg_project) -> None:
    """The refusal says which fields the other person changed, even ones you did not touch."""
    ids = seed(pg_project)
    with pg_project.transaction() as s:
        save_versioned(s, m.Card, ids.card_id, 1, {"title": "Payouts take 60 days", "importance": 3}, "anna")
    with pg_project.session() as s, pytest.raises(StaleRecordError) as info:
        save_versioned(s, m.Card, ids.card_id, 1, {"description": "from 3 interviews"}, "boris")
    got = {c.field: c for c in info.value.changes}
    assert set(got) == {"title", "importance"}
    assert got["title"].base == "Slow payouts" and got["title"].theirs == "Payouts take 60 days"
    assert not got["title"].you_changed and not got["title"].conflicts


def test_overwrite_and_keep_both(pg_project) -> None:
    """Overwrite saves over the newer version; keep both leaves theirs and adds your copy."""
    ids = seed(pg_project)
    with pg_project.transaction() as s:
        save_versioned(s, m.Card, ids.card_id, 1, {"title": "Anna's"}, "anna")
    with pg_project.transaction() as s:
        assert overwrite(s, m.Card, ids.card_id, {"description": "Boris's"}, "boris") == 3
    with pg_project.transaction() as s:
        copy_id = keep_both(s, m.Card, ids.card_id, {"title": "Boris's title"}, "boris", title_suffix=" (Boris)")
    with pg_project.session() as s:
        original, copy = s.get(m.Card, ids.card_id), s.get(m.Card, copy_id)
        assert (original.title, original.description, original.version) == ("Anna's", "Boris's", 3)
        assert (copy.title, copy.board_id, copy.zone, copy.version) == ("Boris's title (Boris)", original.board_id,
                                                                         "pain", 1)
    assert audit.history(pg_project, entity="card", entity_id=copy_id)[0].before == {"copied_from": ids.card_id}


def test_delete_is_versioned_and_a_save_after_delete_says_so(pg_project) -> None:
    """Deleting checks the version, and a later save on the deleted record says it was deleted and by whom."""
    ids = seed(pg_project)
    with pg_project.transaction() as s:
        delete_versioned(s, m.Partner, ids.partner_id, 1, "anna")
    with pg_project.session() as s, pytest.raises(StaleRecordError) as info:
        save_versioned(s, m.Partner, ids.partner_id, 1, {"city": "Kazan"}, "boris")
    assert info.value.deleted and "deleted" in str(info.value) and info.value.last_editor.who == "anna"


def test_unknown_and_bookkeeping_fields_refused(empty_project) -> None:
    """Changing an unknown column or the version itself is an input error (SQLite too)."""
    ids = seed(empty_project)
    with empty_project.session() as s:
        with pytest.raises(InputError):
            save_versioned(s, m.Partner, ids.partner_id, 1, {"nonsense": 1}, "anna")
        with pytest.raises(InputError):
            save_versioned(s, m.Partner, ids.partner_id, 1, {"version": 7}, "anna")


def test_lost_update_refused_on_sqlite(empty_project, empty_path) -> None:
    """The same mechanism works on a project file: the second save from version 1 is refused."""
    ids = seed(empty_project)
    with empty_project.transaction() as s:
        save_versioned(s, m.Partner, ids.partner_id, 1, {"city": "Kazan"}, "anna")
    with empty_project.session() as s, pytest.raises(StaleEditError):
        save_versioned(s, m.Partner, ids.partner_id, 1, {"city": "Perm"}, "boris")
