"""Two people on one team project, each with their own screens: a stale save goes through the stale dialog.

Anna and Boris open the same PostgreSQL project in two app contexts. Boris saves first; Anna's
screen still shows the old version, so her save is refused and the stale dialog (answered here by
replacing ``ask_stale``) decides: reload (her text goes to the clipboard), overwrite, keep both.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.team.seed import seed
from workbench.backlog import service as backlog
from workbench.ops import Changes
from workbench.partners import service as partners
from workbench.settings import Settings
from workbench.store.project import open_project
from workbench.ui import undo as undo_module
from workbench.ui.context import AppContext
from workbench.ui.dialogs.stale import StaleChoice
from workbench.vpc import service as vpc
from workbench.vpc.board import load_board


def _ctx(project: Any, user: str) -> AppContext:
    return AppContext(project, Settings(language="en", theme="light", user_name=user))


@pytest.fixture
def team(qapp, pg_project, pg_url):  # type: ignore[no-untyped-def]
    """(anna's context, boris's context, seeded ids) on one PostgreSQL project."""
    ids = seed(pg_project)
    boris = open_project(pg_url, user="boris")
    yield _ctx(pg_project, "anna"), _ctx(boris, "boris"), ids
    boris.close()


@pytest.fixture
def answers(monkeypatch):  # type: ignore[no-untyped-def]
    """The stale dialog's answers, in order; the refusals it was shown are collected."""
    queue: list[StaleChoice] = []
    shown: list[Any] = []

    def ask(error: Any, parent: Any = None, *, can_keep_both: bool = True) -> StaleChoice:
        shown.append((error, can_keep_both))
        return queue.pop(0)

    monkeypatch.setattr(undo_module, "ask_stale", ask)
    return queue, shown


def _backlog_panel(qtbot, ctx):  # type: ignore[no-untyped-def]
    from workbench.ui.backlog.screen import BacklogScreen

    screen = BacklogScreen(ctx)
    screen.items.show_charts = False
    qtbot.addWidget(screen)
    ctx.changed.connect(screen.refresh)
    screen.ensure_loaded()
    _settled(qtbot, screen.items)
    return screen.items


def _settled(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    """Wait until the backlog table's reader (its reload runs in a thread) has shown what it read."""
    qtbot.waitUntil(lambda: panel.reader is None and panel.model.rowCount() > 0, timeout=15_000)


def test_backlog_reload_keeps_your_text_on_the_clipboard(qtbot, team, answers) -> None:
    """Anna's stale title edit is refused; Reload shows Boris's title and puts hers on the clipboard."""
    anna, boris, ids = team
    queue, shown = answers
    mine, theirs = _backlog_panel(qtbot, anna), _backlog_panel(qtbot, boris)
    assert theirs.apply([ids.backlog_id], {"title": "Reseller portal"})
    queue.append(StaleChoice.RELOAD)
    assert not mine.apply([ids.backlog_id], {"title": "Deal registration portal"})
    error, can_keep = shown[0]
    assert error.last_editor.who == "boris" and can_keep
    assert QGuiApplication.clipboard().text() == "Title: Deal registration portal"
    assert backlog.get_item(anna.project, ids.backlog_id).title == "Reseller portal"
    assert anna.undo_stack.count() == 0
    QApplication.processEvents()  # the reload is queued after the refused edit
    qtbot.waitUntil(lambda: mine.model.item(mine.model.row_of(ids.backlog_id)).title == "Reseller portal",
                    timeout=15_000)


def test_backlog_overwrite_saves_and_undo_puts_theirs_back(qtbot, team, answers) -> None:
    """Overwrite saves Anna's title over Boris's (one undo step); undo brings Boris's title back."""
    anna, boris, ids = team
    queue, _shown = answers
    mine, theirs = _backlog_panel(qtbot, anna), _backlog_panel(qtbot, boris)
    assert theirs.apply([ids.backlog_id], {"title": "Reseller portal"})
    queue.append(StaleChoice.OVERWRITE)
    assert mine.apply([ids.backlog_id], {"title": "Deal registration portal"})
    assert backlog.get_item(boris.project, ids.backlog_id).title == "Deal registration portal"
    anna.undo_stack.undo()
    assert backlog.get_item(boris.project, ids.backlog_id).title == "Reseller portal"
    anna.undo_stack.redo()
    assert backlog.get_item(boris.project, ids.backlog_id).title == "Deal registration portal"


def test_backlog_keep_both_and_stale_delete(qtbot, team, answers) -> None:
    """Keep both leaves Boris's item and adds Anna's as a copy; deleting an item Boris changed asks first."""
    anna, boris, ids = team
    queue, _shown = answers
    mine, theirs = _backlog_panel(qtbot, anna), _backlog_panel(qtbot, boris)
    assert theirs.apply([ids.backlog_id], {"owner": "boris"})
    queue.append(StaleChoice.KEEP_BOTH)
    assert not mine.apply([ids.backlog_id], {"title": "Deal desk"})
    titles = sorted(i.title for i in backlog.list_items(anna.project))
    assert titles == ["Deal desk (copy)", "Partner portal"]
    QApplication.processEvents()
    _settled(qtbot, mine)
    assert theirs.apply([ids.backlog_id], {"effort": 5})
    mine.select_ids([ids.backlog_id])
    queue.append(StaleChoice.CANCEL)
    mine.delete_selected()
    assert backlog.get_item(anna.project, ids.backlog_id).effort == 5  # not deleted


def test_canvas_stale_card_edit_keep_both(qtbot, team, answers) -> None:
    """On the canvas Anna edits a card Boris renamed: Keep both makes her card a copy next to his."""
    from workbench.ui.canvas.screen import CanvasScreen

    anna, boris, _ids = team
    queue, _shown = answers
    segment_id = partners.list_segments(anna.project)[0].id
    card_id = vpc.create_card(anna.project, segment_id=segment_id, zone="pains", title="Slow payouts").card_id
    screen = CanvasScreen(anna)
    qtbot.addWidget(screen)
    screen.ensure_loaded()
    screen.set_segment(segment_id)
    screen.select_card(card_id)
    seen = load_board(boris.project, segment_id).card(card_id)
    vpc.edit_card(boris.project, card_id=card_id, title="Payouts take 60 days", expected_version=seen.version)
    queue.append(StaleChoice.KEEP_BOTH)
    assert screen.edit_selected({"title": "Payouts late", "description": "", "importance": 3}) is None
    titles = sorted(c.title for z in load_board(anna.project, segment_id).zones.values() for c in z)
    assert titles == ["Payouts late (copy)", "Payouts take 60 days"]


def test_partners_inline_edit_cancel_changes_nothing(qtbot, team, answers) -> None:
    """A stale inline edit of a partner's city, cancelled in the dialog: nothing saved, the text is on the clipboard."""
    from workbench.ui.partners.screen import PartnersScreen

    anna, boris, ids = team
    queue, shown = answers
    screen = PartnersScreen(anna)
    qtbot.addWidget(screen)
    screen.ensure_loaded()
    partners.update_partners(boris.project, partner_ids=[ids.partner_id], values={"city": "Kazan"}, user="boris",
                             expected_versions={ids.partner_id: 1})
    queue.append(StaleChoice.CANCEL)
    assert not screen._inline_edit(ids.partner_id, "city", "Perm")  # noqa: SLF001 - the table's edit path
    assert not shown[0][1]  # a partner is never kept twice
    assert partners.get_partner(anna.project, partner_id=ids.partner_id).city == "Kazan"
    assert QGuiApplication.clipboard().text() == "City: Perm"


def test_history_action_opens_the_trail_of_the_selected_item(qtbot, team) -> None:
    """History… (Ctrl+Shift+H, in the table's context menu) lists who changed the selected backlog item."""
    anna, boris, ids = team
    mine, theirs = _backlog_panel(qtbot, anna), _backlog_panel(qtbot, boris)
    assert theirs.apply([ids.backlog_id], {"title": "Reseller portal"})
    QApplication.processEvents()
    anna.notify(Changes(backlog=True))
    QApplication.processEvents()
    _settled(qtbot, mine)
    mine.select_ids([ids.backlog_id])
    assert mine.history_action in mine.table.actions()
    dialog = mine.history_action.show_history()
    qtbot.addWidget(dialog)
    texts = [dialog.proxy.index(0, c).data() for c in range(4)]
    assert texts[1] == "boris" and texts[2] == "edited" and "Partner portal → Reseller portal" in texts[3]


def test_history_on_partners_and_canvas(qtbot, team) -> None:
    """Partners' table and the board have History… in their context menus; it lists the selected record's saves."""
    from workbench.ui.canvas.screen import CanvasScreen
    from workbench.ui.partners.screen import PartnersScreen

    anna, boris, ids = team
    partners.update_partners(boris.project, partner_ids=[ids.partner_id], values={"city": "Kazan"}, user="boris")
    screen = PartnersScreen(anna)
    qtbot.addWidget(screen)
    screen.ensure_loaded()
    screen.select_ids([ids.partner_id])
    assert screen.history_action in screen.table.actions()
    dialog = screen.history_action.show_history()
    qtbot.addWidget(dialog)
    assert [dialog.proxy.index(0, c).data() for c in (1, 3)] == ["boris", "City: — → Kazan"]

    segment_id = partners.list_segments(anna.project)[0].id
    card_id = vpc.create_card(anna.project, segment_id=segment_id, zone="pains", title="Slow payouts").card_id
    canvas = CanvasScreen(anna)
    qtbot.addWidget(canvas)
    canvas.ensure_loaded()
    canvas.set_segment(segment_id)
    canvas.select_card(card_id)
    assert canvas.act_history in canvas.view.actions()
    board_dialog = canvas.act_history.show_history()
    qtbot.addWidget(board_dialog)
    assert board_dialog.proxy.index(0, 2).data() == "created"


def test_partners_stale_edit_on_a_project_file_overwrite_and_undo(qtbot, qapp, empty_project, answers) -> None:
    """Versions work on a SQLite project too: a stale inline edit, Overwrite, then undo puts the other value back."""
    from workbench.ui.partners.screen import PartnersScreen

    queue, shown = answers
    p = partners.add_partner(empty_project, name="Acme Integration", city="Perm", user="anna")
    ctx = _ctx(empty_project, "anna")
    screen = PartnersScreen(ctx)
    qtbot.addWidget(screen)
    screen.ensure_loaded()
    partners.update_partners(empty_project, partner_ids=[p.id], values={"city": "Kazan"}, user="boris")
    queue.append(StaleChoice.OVERWRITE)
    assert screen._inline_edit(p.id, "city", "Omsk")  # noqa: SLF001 - the table's edit path
    assert shown[0][0].last_editor.who == "boris"
    assert partners.get_partner(empty_project, partner_id=p.id).city == "Omsk"
    ctx.undo_stack.undo()
    assert partners.get_partner(empty_project, partner_id=p.id).city == "Kazan"


def test_stale_delete_offers_to_go_ahead_not_to_overwrite(qtbot, team) -> None:
    """A refused delete has no values to overwrite with: the dialog offers 'Go ahead anyway' and no Keep both."""
    from workbench.store.versioning import StaleRecordError, can_keep_both
    from workbench.ui.dialogs.stale import StaleDialog

    anna, boris, ids = team
    seen = backlog.get_item(anna.project, ids.backlog_id)
    backlog.update_items(boris.project, {ids.backlog_id: {"owner": "boris"}})
    with pytest.raises(StaleRecordError) as info:
        backlog.delete_items(anna.project, [ids.backlog_id], expected={ids.backlog_id: seen.version})
    dialog = StaleDialog(info.value, can_keep_both=can_keep_both(info.value))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.overwrite_button.text() == "&Go ahead anyway" and not dialog.keep_button.isVisible()
    dialog.overwrite_button.click()
    assert dialog.choice is StaleChoice.OVERWRITE
