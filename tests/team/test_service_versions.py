"""Two people editing one partner, card or backlog item through the services on a real PostgreSQL server.

Each service takes the version the user saw; of several saves made against one version exactly one
wins, the others are refused with a StaleEditError naming who changed what, and nothing is lost.
"""

from __future__ import annotations

import multiprocessing
import threading

import pytest

from tests.team.seed import seed
from tests.team.workers import edit_record
from workbench.backlog import service as backlog
from workbench.errors import StaleEditError
from workbench.partners import service as partners
from workbench.partners.merge import merge_partners
from workbench.store import audit
from workbench.store.project import open_project
from workbench.store.versioning import StaleRecordError, keep_both_copy, overwriting
from workbench.vpc import service as vpc
from workbench.vpc.board import load_board


@pytest.fixture
def boris(pg_url, pg_project):  # type: ignore[no-untyped-def]
    """The same project opened by a second person."""
    project = open_project(pg_url, user="boris")
    yield project
    project.close()


def _card(project, segment_id: int, card_id: int):  # type: ignore[no-untyped-def]
    return load_board(project, segment_id).card(card_id)


def _segment(project) -> int:  # type: ignore[no-untyped-def]
    return partners.list_segments(project)[0].id


def test_backlog_item_second_save_is_refused_naming_who_and_what(pg_project, boris) -> None:
    """Anna and Boris both open item v1; Anna saves the title, Boris's save is refused: who, field, theirs, yours."""
    ids = seed(pg_project)
    seen = backlog.get_item(boris, ids.backlog_id)
    backlog.update_items(pg_project, {ids.backlog_id: {"title": "Portal for resellers"}},
                         expected={ids.backlog_id: backlog.get_item(pg_project, ids.backlog_id).version})
    with pytest.raises(StaleRecordError) as info:
        backlog.update_items(boris, {ids.backlog_id: {"title": "Deal registration portal"}},
                             expected={ids.backlog_id: seen.version})
    err = info.value
    assert err.last_editor.who == "anna"
    assert [(c.field, c.theirs, c.yours, c.conflicts) for c in err.changes] == [
        ("title", "Portal for resellers", "Deal registration portal", True)]
    item = backlog.get_item(pg_project, ids.backlog_id)
    assert item.title == "Portal for resellers" and item.version == seen.version + 1


def test_partner_and_card_edits_are_versioned(pg_project, boris) -> None:
    """A partner edit and a card edit made against a version someone else replaced are refused; nothing is written."""
    ids = seed(pg_project)
    seen = partners.get_partner(boris, partner_id=ids.partner_id)
    partners.update_partners(pg_project, partner_ids=[ids.partner_id], values={"city": "Kazan"}, user="anna",
                             expected_versions={ids.partner_id: seen.version})
    with pytest.raises(StaleEditError, match="anna saved this partner"):
        partners.update_partners(boris, partner_ids=[ids.partner_id], values={"city": "Perm"}, user="boris",
                                 expected_versions={ids.partner_id: seen.version})
    assert partners.get_partner(pg_project, partner_id=ids.partner_id).city == "Kazan"

    seg = _segment(pg_project)
    card_id = vpc.create_card(pg_project, segment_id=seg, zone="pains", title="Slow payouts").card_id
    card = _card(boris, seg, card_id)
    vpc.edit_card(pg_project, card_id=card_id, title="Payouts take 60 days", expected_version=card.version)
    for stale_edit in (
        lambda: vpc.edit_card(boris, card_id=card_id, title="Payouts late", expected_version=card.version),
        lambda: vpc.move_card(boris, card_id=card_id, zone="gains", expected_version=card.version),
        lambda: vpc.delete_cards(boris, card_ids=[card_id], expected_versions={card_id: card.version}),
    ):
        with pytest.raises(StaleEditError):
            stale_edit()
    now = _card(pg_project, seg, card_id)
    assert (now.title, now.zone, now.version) == ("Payouts take 60 days", "pains", card.version + 1)


def test_delete_and_merge_refuse_records_changed_since(pg_project, boris) -> None:
    """Deleting or merging a partner/backlog item someone saved since is refused; the records stay."""
    ids = seed(pg_project)
    other = partners.add_partner(pg_project, name="Beta Systems", user="anna")
    seen = {p.id: p.version for p in partners.list_partners(boris)}
    partners.update_partners(pg_project, partner_ids=[other.id], values={"notes": "met at the fair"}, user="anna")
    with pytest.raises(StaleEditError):
        partners.delete_partners(boris, partner_ids=[other.id], expected_versions=seen)
    with pytest.raises(StaleEditError):
        merge_partners(boris, keep_id=ids.partner_id, merge_ids=[other.id], user="boris", expected_versions=seen)
    assert {p.id for p in partners.list_partners(pg_project)} == {ids.partner_id, other.id}
    item = backlog.get_item(boris, ids.backlog_id)
    backlog.update_items(pg_project, {ids.backlog_id: {"effort": 3}})
    with pytest.raises(StaleEditError):
        backlog.delete_items(boris, [ids.backlog_id], expected={ids.backlog_id: item.version})
    assert backlog.get_item(pg_project, ids.backlog_id).effort == 3


def test_ordering_never_conflicts_with_edits(pg_project, boris) -> None:
    """Reordering and pinning a rank are not edits: no new version, and an edit against the version seen still saves."""
    ids = seed(pg_project)
    second = backlog.create_item(pg_project, title="Partner academy")
    seen = backlog.get_item(boris, ids.backlog_id)
    backlog.reorder(pg_project, [second.id, ids.backlog_id])
    backlog.update_items(pg_project, {ids.backlog_id: {"manual_rank": 1}}, expected={ids.backlog_id: seen.version})
    assert backlog.get_item(pg_project, ids.backlog_id).version == seen.version
    backlog.update_items(boris, {ids.backlog_id: {"owner": "boris"}}, expected={ids.backlog_id: seen.version})
    item = backlog.get_item(pg_project, ids.backlog_id)
    assert (item.owner, item.manual_rank, item.version) == ("boris", 1, seen.version + 1)


def test_undo_overwrites_only_the_users_own_fields(pg_project, boris) -> None:
    """Anna edits the title, Boris the owner; Anna's undo puts her title back and leaves Boris's owner, audited."""
    ids = seed(pg_project)
    v1 = backlog.get_item(pg_project, ids.backlog_id).version
    old = backlog.update_items(pg_project, {ids.backlog_id: {"title": "Portal v2"}}, expected={ids.backlog_id: v1})
    backlog.update_items(boris, {ids.backlog_id: {"owner": "boris"}}, expected={ids.backlog_id: v1 + 1})
    with overwriting():  # what the undo stack does
        backlog.update_items(pg_project, old, expected={ids.backlog_id: v1 + 1})
    item = backlog.get_item(pg_project, ids.backlog_id)
    assert (item.title, item.owner, item.version) == ("Partner portal", "boris", v1 + 3)
    trail = audit.history(pg_project, entity="backlog_item", entity_id=ids.backlog_id)
    assert [(e.who, e.after.get("title"), e.after.get("owner")) for e in trail[:3]] == [
        ("anna", "Partner portal", None), ("boris", None, "boris"), ("anna", "Portal v2", None)]


def test_keep_both_saves_yours_as_a_copy(pg_project, boris) -> None:
    """Keep both: the other person's save stays, yours becomes a new backlog item with your title."""
    ids = seed(pg_project)
    seen = backlog.get_item(boris, ids.backlog_id)
    backlog.update_items(pg_project, {ids.backlog_id: {"title": "Reseller portal"}})
    with pytest.raises(StaleRecordError) as info:
        backlog.update_items(boris, {ids.backlog_id: {"title": "Deal desk"}}, expected={ids.backlog_id: seen.version})
    copy_id = keep_both_copy(boris, info.value, "boris")
    titles = {i.id: i.title for i in backlog.list_items(pg_project)}
    assert titles == {ids.backlog_id: "Reseller portal", copy_id: "Deal desk (copy)"}


@pytest.mark.parametrize("entity", ["backlog_item", "partner", "card"])
def test_threads_saving_one_version_exactly_one_wins(pg_project, pg_url, entity) -> None:
    """Five people (threads, own connections) save the same record from the same version: one wins, four are refused."""
    ids = seed(pg_project)
    if entity == "card":
        seg = _segment(pg_project)
        entity_id = vpc.create_card(pg_project, segment_id=seg, zone="pains", title="Slow payouts").card_id
    else:
        entity_id = ids.backlog_id if entity == "backlog_item" else ids.partner_id
    users = ["anna", "boris", "vera", "gleb", "dina"]
    projects = [open_project(pg_url, user=u) for u in users]
    version = {"backlog_item": lambda p: backlog.get_item(p, entity_id).version,
               "partner": lambda p: partners.get_partner(p, partner_id=entity_id).version,
               "card": lambda p: _card(p, _segment(p), entity_id).version}[entity](pg_project)
    barrier = threading.Barrier(len(users))
    outcome: dict[str, str] = {}

    def save(project, user: str) -> None:  # type: ignore[no-untyped-def]
        barrier.wait(10)
        try:
            if entity == "backlog_item":
                backlog.update_items(project, {entity_id: {"description": user}}, expected={entity_id: version})
            elif entity == "partner":
                partners.update_partners(project, partner_ids=[entity_id], values={"notes": user}, user=user,
                                         expected_versions={entity_id: version})
            else:
                vpc.edit_card(project, card_id=entity_id, description=user, expected_version=version)
            outcome[user] = "won"
        except StaleEditError:
            outcome[user] = "stale"
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            outcome[user] = repr(exc)

    try:
        threads = [threading.Thread(target=save, args=(p, u)) for p, u in zip(projects, users, strict=True)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    finally:
        for p in projects:
            p.close()
    assert sorted(outcome.values()) == ["stale"] * 4 + ["won"], outcome
    winner = next(u for u, o in outcome.items() if o == "won")
    trail = [e for e in audit.history(pg_project, entity=entity, entity_id=entity_id) if e.action == "update"]
    assert [(e.who, e.before["version"], e.after["version"]) for e in trail] == [(winner, version, version + 1)]


@pytest.mark.parametrize("entity", ["backlog_item", "partner"])
def test_processes_read_modify_write_lose_no_update(pg_project, pg_url, entity) -> None:
    """Three app processes each append 8 markers to one record's text (retrying stale saves): all 24 are there."""
    ids = seed(pg_project)
    entity_id = ids.backlog_id if entity == "backlog_item" else ids.partner_id
    users = ("anna", "boris", "vera")
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(3) as pool:
        refused = pool.starmap(edit_record, [(pg_url, u, entity, entity_id, 8) for u in users])
    read = (backlog.get_item(pg_project, entity_id) if entity == "backlog_item"
            else partners.get_partner(pg_project, partner_id=entity_id))
    text = read.description if entity == "backlog_item" else read.notes  # type: ignore[union-attr]
    markers = text.split()
    assert sorted(m for m in markers if m[:-1] in users) == sorted(f"{u}{i}" for u in users for i in range(8))
    for user in users:  # each person's markers in the order they were written
        assert [m for m in markers if m.startswith(user)] == [f"{user}{i}" for i in range(8)]
    updates = [e for e in audit.history(pg_project, entity=entity, entity_id=entity_id) if e.action == "update"]
    assert len(updates) == 24 and read.version == 1 + 24  # one new version per save; refused ones wrote nothing
    assert len(refused) == 3  # each process finished all its saves, retrying the refused ones


def test_concurrent_scored_edits_in_one_segment_do_not_deadlock(pg_project, pg_url) -> None:
    """Two people editing city and size (scored fields) of different partners of one segment at once: all saves land."""
    seed(pg_project)
    segment = partners.list_segments(pg_project)[0].id
    mine = [partners.add_partner(pg_project, name=f"Partner {i}", segment_id=segment, user="anna").id
            for i in range(6)]
    errors: list[BaseException] = []

    def edit(user: str, ids: list[int]) -> None:
        project = open_project(pg_url, user=user)
        try:
            for round_ in range(8):
                for pid in ids:
                    partners.update_partners(project, partner_ids=[pid], user=user,
                                             values={"city": f"{user} {round_}", "employees": 10 + round_ * pid})
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        finally:
            project.close()

    threads = [threading.Thread(target=edit, args=("anna", mine[:3])), threading.Thread(target=edit, args=("boris", mine[3:]))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    cities = {p.id: p.city for p in partners.list_partners(pg_project)}
    assert [cities[i] for i in mine] == ["anna 7"] * 3 + ["boris 7"] * 3


def test_concurrent_card_edits_on_one_board_do_not_deadlock(pg_project, pg_url) -> None:
    """Two people changing the importance of different cards of one board at once (reranking it): all saves land."""
    seed(pg_project)
    seg = _segment(pg_project)
    cards = [vpc.create_card(pg_project, segment_id=seg, zone="pains", title=f"Pain {i}").card_id for i in range(6)]
    errors: list[BaseException] = []

    def edit(user: str, ids: list[int]) -> None:
        project = open_project(pg_url, user=user)
        try:
            for round_ in range(8):
                for cid in ids:
                    vpc.edit_card(project, card_id=cid, importance=1 + (round_ + cid) % 3, title=f"{user} {round_}")
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        finally:
            project.close()

    threads = [threading.Thread(target=edit, args=("anna", cards[:3])),
               threading.Thread(target=edit, args=("boris", cards[3:]))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    titles = [_card(pg_project, seg, c).title for c in cards]
    assert titles == ["anna 7"] * 3 + ["boris 7"] * 3
