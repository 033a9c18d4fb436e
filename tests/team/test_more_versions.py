"""Scoring actions, statement corrections, backlog card links, board evidence and fit links, and board
undo on a real PostgreSQL server: no deadlock, no lost update, a refused save names what changed.
"""

from __future__ import annotations

import threading

import pytest

from tests.team.seed import seed
from workbench.backlog import service as backlog
from workbench.errors import WorkbenchError
from workbench.interviews import capture
from workbench.interviews import statements as st
from workbench.partners import scoring
from workbench.partners import service as partners
from workbench.store.project import open_project
from workbench.store.versioning import StaleRecordError, overwriting
from workbench.vpc import service as vpc
from workbench.vpc.board import load_board


@pytest.fixture
def boris(pg_url, pg_project):  # type: ignore[no-untyped-def]
    """The same project opened by a second person."""
    project = open_project(pg_url, user="boris")
    yield project
    project.close()


def _segment(project) -> int:  # type: ignore[no-untyped-def]
    return partners.list_segments(project)[0].id


def test_scoring_actions_and_partner_edits_in_two_threads_never_deadlock(pg_project, pg_url) -> None:
    """Anna rescoring/selecting/reweighting while Boris edits scored fields of partners, 12 rounds each: no errors."""
    seed(pg_project)
    seg = _segment(pg_project)
    for n in range(12):
        partners.add_partner(pg_project, name=f"Partner {n}", segment_id=seg, city="Kazan",
                             user="anna")
    ids = [p.id for p in partners.list_partners(pg_project)]
    anna, boris = open_project(pg_url, user="anna"), open_project(pg_url, user="boris")
    barrier = threading.Barrier(2)
    errors: list[str] = []

    def scorer() -> None:
        barrier.wait(10)
        try:
            for n in range(12):
                scoring.set_profile_weights(anna, segment_id=seg, weights={**scoring.DEFAULT_PROFILE_WEIGHTS,
                                                                           "business_size": 0.1 + n / 100})
                invited = scoring.select_top(anna, segment_id=seg, n=5, user="anna")
                scoring.revert_invited(anna, partner_ids=invited, user="anna")
                scoring.rescore_partners(anna, segment_id=seg)
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(f"scorer: {exc!r}")

    def editor() -> None:
        barrier.wait(10)
        try:
            for n in range(12):
                for pid in (ids[-1 - n % 6], ids[n % 6]):  # from both ends: row locks in opposite orders
                    partners.update_partners(boris, partner_ids=[pid], values={"employees": 50 + n}, user="boris")
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(f"editor: {exc!r}")

    try:
        threads = [threading.Thread(target=scorer), threading.Thread(target=editor)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert not any(t.is_alive() for t in threads), "a thread hung"
    finally:
        anna.close()
        boris.close()
    assert errors == []
    ranks = sorted(p.profile_rank for p in partners.list_partners(pg_project) if p.segment_id == seg)
    assert ranks == list(range(1, len(ranks) + 1))


def _cards(project, seg: int, *zones_titles: tuple[str, str]) -> list[int]:  # type: ignore[no-untyped-def]
    return [vpc.create_card(project, segment_id=seg, zone=z, title=t).card_id for z, t in zones_titles]


def _links(project, seg: int, card_id: int) -> set[int]:  # type: ignore[no-untyped-def]
    return set(load_board(project, seg).card(card_id).linked_ids)


def test_statement_correction_against_an_old_read_is_refused(pg_project, boris) -> None:
    """Anna corrects a statement's text; Boris's correction from his old read is refused naming Anna; his tag saves."""
    ids = seed(pg_project)
    line = capture.add_statement(pg_project, interview_id=ids.interview_id, line="Payouts take 60 days")
    seen = st.list_statements(boris, interview_id=ids.interview_id)[0]
    st.update_statement(pg_project, statement_id=line.id, expected=line, text="Payouts take 90 days")
    with pytest.raises(StaleRecordError) as info:
        st.update_statement(boris, statement_id=line.id, expected=seen, text="Payouts take 30 days")
    err = info.value
    assert err.last_editor.who == "anna" and "anna saved this statement" in str(err)
    assert [(c.field, c.base, c.theirs, c.yours) for c in err.changes] == [
        ("text", "Payouts take 60 days", "Payouts take 90 days", "Payouts take 30 days")]
    st.update_statement(boris, statement_id=line.id, expected=seen, kind="pain")  # another field: no conflict
    now = st.list_statements(pg_project, interview_id=ids.interview_id)[0]
    assert (now.text, now.kind) == ("Payouts take 90 days", "pain")
    with overwriting():  # the dialog's Overwrite
        st.update_statement(boris, statement_id=line.id, expected=seen, text="Payouts take 30 days")
    assert st.list_statements(pg_project, interview_id=ids.interview_id)[0].text == "Payouts take 30 days"
    st.delete_statement(pg_project, statement_id=line.id)
    with pytest.raises(StaleRecordError, match="was deleted"):
        st.update_statement(boris, statement_id=line.id, expected=seen, kind="gain")


def test_backlog_card_links_from_an_old_read_are_refused(pg_project, boris) -> None:
    """Anna links a card to an item; Boris, who saw no links, sets other cards: refused, Anna's link stays."""
    ids = seed(pg_project)
    seg = _segment(pg_project)
    first, second = _cards(pg_project, seg, ("pains", "Slow payouts"), ("pains", "No deal registration"))
    seen = list(backlog.get_item(boris, ids.backlog_id).card_ids)
    backlog.set_item_cards(pg_project, ids.backlog_id, [first], expected=seen)
    with pytest.raises(StaleRecordError) as info:
        backlog.set_item_cards(boris, ids.backlog_id, [second], expected=seen)
    assert info.value.last_editor.who == "anna"
    assert [(c.field, c.theirs, c.yours) for c in info.value.changes] == [("cards", "Slow payouts", "No deal registration")]
    assert list(backlog.get_item(pg_project, ids.backlog_id).card_ids) == [first]
    with overwriting():
        backlog.set_item_cards(boris, ids.backlog_id, [second], expected=seen)
    assert list(backlog.get_item(pg_project, ids.backlog_id).card_ids) == [second]


def test_fit_links_from_an_old_read_are_refused_and_adding_one_never_conflicts(pg_project, boris) -> None:
    """Boris's 'exactly these links' from an old read is refused; a single added link (a drag) joins Anna's."""
    seed(pg_project)
    seg = _segment(pg_project)
    reliever, slow, late = _cards(pg_project, seg, ("relievers", "Pay in 7 days"), ("pains", "Slow payouts"),
                                  ("pains", "Late invoices"))
    seen = sorted(_links(boris, seg, reliever))
    vpc.set_links(pg_project, card_id=reliever, linked_ids=[slow], expected_linked_ids=seen)
    with pytest.raises(StaleRecordError) as info:
        vpc.set_links(boris, card_id=reliever, linked_ids=[late], expected_linked_ids=seen)
    assert info.value.last_editor.who == "anna"
    assert [(c.field, c.theirs, c.yours) for c in info.value.changes] == [("links", "Slow payouts", "Late invoices")]
    assert _links(pg_project, seg, reliever) == {slow}
    vpc.add_link(boris, source_id=late, target_id=reliever)  # either order
    assert _links(pg_project, seg, reliever) == {slow, late}


def test_evidence_and_links_on_a_deleted_card_are_refused_plainly(pg_project, boris) -> None:
    """Adding evidence to or linking a card someone deleted gives a one-line refusal, not a database error."""
    ids = seed(pg_project)
    seg = _segment(pg_project)
    reliever, pain = _cards(pg_project, seg, ("relievers", "Pay in 7 days"), ("pains", "Slow payouts"))
    line = capture.add_statement(pg_project, interview_id=ids.interview_id, line="We wait two months for money")
    vpc.delete_cards(pg_project, card_ids=[pain])
    for action in (lambda: vpc.add_evidence(boris, card_id=pain, statement_ids=[line.id]),
                   lambda: vpc.add_link(boris, source_id=reliever, target_id=pain),
                   lambda: vpc.set_links(boris, card_id=reliever, linked_ids=[pain], expected_linked_ids=[])):
        with pytest.raises(WorkbenchError, match="no card|deleted"):
            action()
    assert _links(pg_project, seg, reliever) == set()


def test_evidence_added_while_a_card_is_deleted_never_fails_with_a_database_error(pg_project, pg_url) -> None:
    """Two threads: one adds evidence to cards while the other deletes them; every refusal is a WorkbenchError."""
    ids = seed(pg_project)
    seg = _segment(pg_project)
    cards = _cards(pg_project, seg, *[("pains", f"Pain {n}") for n in range(10)])
    line = capture.add_statement(pg_project, interview_id=ids.interview_id, line="We wait two months for money")
    anna, boris = open_project(pg_url, user="anna"), open_project(pg_url, user="boris")
    barrier = threading.Barrier(2)
    errors: list[str] = []

    def add() -> None:
        barrier.wait(10)
        for cid in cards:
            try:
                vpc.add_evidence(anna, card_id=cid, statement_ids=[line.id])
            except WorkbenchError:
                pass  # the card was gone: said plainly
            except Exception as exc:  # noqa: BLE001 - reported by the assertion below
                errors.append(repr(exc))

    def remove() -> None:
        barrier.wait(10)
        for cid in cards:
            vpc.delete_cards(boris, card_ids=[cid])

    try:
        threads = [threading.Thread(target=add), threading.Thread(target=remove)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    finally:
        anna.close()
        boris.close()
    assert errors == []


def test_board_undo_over_someone_elses_change_is_refused(pg_project, boris) -> None:
    """Anna moves a card, Boris then renames it: Anna's undo is refused naming Boris; overwriting goes ahead."""
    seed(pg_project)
    seg = _segment(pg_project)
    (card,) = _cards(pg_project, seg, ("pains", "Slow payouts"))
    moved = vpc.move_card(pg_project, card_id=card, zone="gains")
    now = load_board(boris, seg).card(card)
    vpc.edit_card(boris, card_id=card, title="Payouts take 60 days", expected_version=now.version)
    with pytest.raises(StaleRecordError) as info:
        vpc.undo(pg_project, moved)
    err = info.value
    assert err.last_editor.who == "boris"
    assert [(c.field, c.base, c.theirs) for c in err.changes] == [("title", "Slow payouts", "Payouts take 60 days")]
    assert load_board(pg_project, seg).card(card).zone == "gains"  # nothing undone
    with overwriting():  # the dialog's Go ahead anyway
        vpc.undo(pg_project, moved)
    assert load_board(pg_project, seg).card(card).zone == "pains"


# ------------------------------------------------------------------ the screens: the stale dialog decides
@pytest.fixture
def screens(qapp, pg_project, boris, monkeypatch):  # type: ignore[no-untyped-def]
    """(anna's context, seeded ids, the stale dialog's answer queue, the refusals it showed)."""
    from workbench.settings import Settings
    from workbench.ui import undo as undo_module
    from workbench.ui.context import AppContext

    ids = seed(pg_project)
    queue: list[object] = []
    shown: list[object] = []

    def ask(error, parent=None, *, can_keep_both=True):  # type: ignore[no-untyped-def]
        shown.append(error)
        return queue.pop(0)

    monkeypatch.setattr(undo_module, "ask_stale", ask)
    return AppContext(pg_project, Settings(language="en", theme="light", user_name="anna")), ids, queue, shown


def test_capture_correction_over_a_colleagues_goes_through_the_dialog(qtbot, screens, boris) -> None:
    """Anna corrects a line Boris corrected: the dialog shows it; Reload keeps his text and puts hers on the clipboard."""
    from PySide6.QtGui import QGuiApplication

    from workbench.ui.capture.screen import CaptureScreen
    from workbench.ui.dialogs.stale import StaleChoice

    ctx, ids, queue, shown = screens
    line = capture.add_statement(ctx.project, interview_id=ids.interview_id, line="Payouts take 60 days")
    screen = CaptureScreen(ctx)
    qtbot.addWidget(screen)
    screen.ensure_loaded()
    screen.open_item(ids.interview_id)
    seen = screen.model.rows()[0].statement
    st.update_statement(boris, statement_id=line.id, expected=seen, text="Payouts take 90 days")
    queue.append(StaleChoice.RELOAD)
    screen._edit(seen, "Edit the statement", text="Payouts take 30 days")
    assert shown[0].last_editor.who == "boris"
    assert QGuiApplication.clipboard().text() == "Text: Payouts take 30 days"
    assert st.list_statements(ctx.project, interview_id=ids.interview_id)[0].text == "Payouts take 90 days"
    assert ctx.undo_stack.count() == 0
    queue.append(StaleChoice.OVERWRITE)
    screen._edit(seen, "Edit the statement", text="Payouts take 30 days")
    assert st.list_statements(ctx.project, interview_id=ids.interview_id)[0].text == "Payouts take 30 days"
    ctx.undo_stack.undo()  # undo puts back what was saved before her overwrite
    assert st.list_statements(ctx.project, interview_id=ids.interview_id)[0].text == "Payouts take 90 days"
    screen.shutdown()


def test_board_undo_refused_in_the_dialog_drops_the_step(qtbot, screens, boris) -> None:
    """Anna's undo of a move Boris has since renamed: Reload leaves his card as saved and drops her step."""
    from workbench.ui.canvas.undo import BoardCommand
    from workbench.ui.dialogs.stale import StaleChoice

    ctx, _ids, queue, shown = screens
    seg = _segment(ctx.project)
    (card,) = _cards(ctx.project, seg, ("pains", "Slow payouts"))
    ctx.undo_stack.push(BoardCommand(ctx, vpc.move_card(ctx.project, card_id=card, zone="gains"), "Move card"))
    vpc.edit_card(boris, card_id=card, title="Payouts take 60 days",
                  expected_version=load_board(boris, seg).card(card).version)
    queue.append(StaleChoice.RELOAD)
    ctx.undo_stack.undo()
    assert shown[0].last_editor.who == "boris" and ctx.undo_stack.count() == 0
    now = load_board(ctx.project, seg).card(card)
    assert (now.zone, now.title) == ("gains", "Payouts take 60 days")


def test_backlog_link_cards_over_a_colleagues_goes_through_the_dialog(qtbot, screens, boris) -> None:
    """L on an item whose links Boris changed since: the dialog; Go ahead anyway saves Anna's cards, undoable."""
    from workbench.ui.backlog.screen import BacklogScreen
    from workbench.ui.dialogs.stale import StaleChoice

    ctx, ids, queue, shown = screens
    seg = _segment(ctx.project)
    first, second = _cards(ctx.project, seg, ("pains", "Slow payouts"), ("pains", "No deal registration"))
    screen = BacklogScreen(ctx)
    screen.items.show_charts = False
    qtbot.addWidget(screen)
    ctx.changed.connect(screen.refresh)
    screen.ensure_loaded()
    panel = screen.items
    qtbot.waitUntil(lambda: panel.reader is None and panel.model.rowCount() > 0, timeout=15_000)  # read in a thread
    panel.move_current(0)
    backlog.set_item_cards(boris, ids.backlog_id, [first], expected=[])
    panel.choose_cards = lambda cards, checked: [second]
    queue.append(StaleChoice.OVERWRITE)
    panel.link_cards()
    assert [c.field for c in shown[0].changes] == ["cards"]
    assert list(backlog.get_item(ctx.project, ids.backlog_id).card_ids) == [second]
    ctx.undo_stack.undo()
    assert list(backlog.get_item(ctx.project, ids.backlog_id).card_ids) == [first]


def test_unversioned_edits_during_an_outage_are_said_plainly_and_change_nothing(qapp, pg_cluster) -> None:
    """Server stopped: release, capability, segment-scoring and scoring actions fail with the outage sentence; after, nothing changed."""
    from workbench.backlog import capabilities, releases
    from workbench.partners import segments
    from workbench.store.project import create_project
    from workbench.store.team import is_unreachable
    from workbench.ui.errors import message_for

    url = pg_cluster.server.create_database("wb_outage_edits")
    project = create_project(url, user="anna")
    try:
        seed(project)
        seg = _segment(project)
        release = releases.create_release(project, name="Q1")
        capability = capabilities.create_capability(project, name="Deal registration")
        pg_cluster.stop()
        for action in (lambda: releases.update_release(project, release.id, {"name": "Q2"}),
                       lambda: capabilities.update_capability(project, capability.id, {"status": "ready"}),
                       lambda: segments.set_segment_scoring(project, segment_id=seg, criteria={"fit": 1.0}),
                       lambda: scoring.select_top(project, segment_id=seg, n=1)):
            with pytest.raises(Exception) as info:  # noqa: PT011 - the driver's error, whatever its class
                action()
            assert is_unreachable(info.value), repr(info.value)
            text = message_for(info.value, url=url)
            assert text.startswith("Cannot reach the team server at 127.0.0.1:") and text.endswith("nothing was changed.")
            assert "Traceback" not in text and "SELECT" not in text
        pg_cluster.start()
        assert [r.name for r in releases.list_releases(project)] == ["Q1"]
        assert [c.status for c in capabilities.list_capabilities(project)] == ["missing"]
    finally:
        project.close()
