"""The canvas screen: one Value Proposition Canvas board per segment, built from the evidence."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from workbench.errors import WorkbenchError
from workbench.ops import Changes
from workbench.ui.canvas import labels
from workbench.ui.canvas.dialogs import CardDialog, PickDialog, card_rows, quote_rows
from workbench.ui.canvas.evidence_panel import EvidencePanel
from workbench.ui.canvas.scene import BoardScene
from workbench.ui.canvas.undo import BoardCommand
from workbench.ui.canvas.view import BoardView
from workbench.ui.context import AppContext
from workbench.ui.dialogs.audit import add_history_action
from workbench.ui.errortext import error_text
from workbench.ui.screens.base import Screen
from workbench.ui.undo import EditNotSaved, resolve_stale
from workbench.ui.widgets import EmptyState
from workbench.vpc import service
from workbench.vpc.board import list_segments, load_board, segment_of_card
from workbench.vpc.evidence import card_quotes, segment_statements
from workbench.vpc.reads import FIT_SOURCE_ZONE, BoardRead, CardRead, SegmentRef
from workbench.vpc.snapshots import BoardEdit

log = logging.getLogger(__name__)
FIT_TARGET = {"relievers": "pains", "creators": "gains"}


class CanvasScreen(Screen):
    """Board, evidence panel, toolbar; every edit is one undo step."""

    key = "canvas"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.board: BoardRead | None = None
        self.segments: list[SegmentRef] = []
        self.segment_id: int | None = None
        self.last_build_ms = 0.0
        self._fitted_for: int | None = None
        self._own_change = False
        self.scene = BoardScene(self)
        self.view = BoardView(self.scene, self)
        self.panel = EvidencePanel(self)
        self.segment_combo = QComboBox(self)
        self.segment_combo.setMinimumWidth(220)
        self.fit_label = QLabel(self)
        self.fit_label.setObjectName("fitScore")
        self.toolbar = QToolBar(self)
        self._build_actions()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([960, 440])
        self.splitter = splitter
        self._sized = False
        self.empty = EmptyState(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)

        self.segment_combo.currentIndexChanged.connect(self._segment_chosen)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.view.statements_dropped.connect(self.drop_statements)
        self.view.card_dropped.connect(self.drop_card)
        self.view.link_dropped.connect(self.drop_link)
        self.view.activated.connect(lambda _cid: self.edit_selected())
        self.panel.open_statement.connect(self.open_statement)
        self.panel.card_chosen.connect(self.select_card)
        self.retranslate()

    # ------------------------------------------------------------------ actions
    def _build_actions(self) -> None:
        def action(slot, *keys: str | QKeySequence.StandardKey, view_only: bool = True) -> QAction:  # type: ignore[no-untyped-def]
            act = QAction(self)
            if keys:
                act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut if view_only
                                   else Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _checked=False: slot())
            (self.view if view_only else self).addAction(act)
            return act

        self.act_new = action(self.new_card, "Insert", "N")
        self.act_edit = action(self.edit_selected, "Return", "Enter", "F2")
        self.act_delete = action(self.delete_selected, QKeySequence.StandardKey.Delete)
        self.act_merge = action(self.merge_selected, "M")
        self.act_split = action(self.split_selected, "S")
        self.act_link = action(self.link_selected, "L")
        self.act_up = action(lambda: self.reorder_selected(-1), "Ctrl+Up")
        self.act_down = action(lambda: self.reorder_selected(1), "Ctrl+Down")
        self.act_reset = action(self.reset_order, view_only=False)
        self.act_zoom_in = action(lambda: self.view.zoom_by(1.25), "Ctrl+=", "Ctrl++", view_only=False)
        self.act_zoom_out = action(lambda: self.view.zoom_by(0.8), "Ctrl+-", view_only=False)
        self.act_fit = action(self.view.fit_all, "Ctrl+0", "F")
        self.act_fit_all = action(self.view.fit_all, "Ctrl+0", view_only=False)
        self.act_fit_all.setShortcuts([])
        self.act_suggest = action(self.suggest_cards, view_only=False)
        self.act_compare = action(self.compare_boards, view_only=False)
        self.act_export = action(self.export_dialog, "Ctrl+E", view_only=False)
        self.act_history = add_history_action(self.view, self.ctx, "card", self._current_record)
        # keyboard path from the evidence list to the board
        self.act_from_statements = QAction(self)
        self.act_from_statements.setShortcut(QKeySequence("Ctrl+Return"))
        self.act_from_statements.triggered.connect(lambda _c=False: self.card_from_selected_statements())
        self.act_to_card = QAction(self)
        self.act_to_card.setShortcut(QKeySequence("Shift+Return"))
        self.act_to_card.triggered.connect(lambda _c=False: self.add_selected_statements_to_card())
        for act in (self.act_from_statements, self.act_to_card):
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.panel.table.addAction(act)
        self.panel.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.menu_export_action = QAction(self)  # File > Export > Board… in the main window
        self.menu_export_action.setObjectName("exportBoardMenuAction")
        self.menu_export_action.triggered.connect(lambda _checked=False: self.export_dialog())
        tb = self.toolbar
        tb.addWidget(self.segment_combo)
        tb.addSeparator()
        tb.addWidget(self.fit_label)
        tb.addSeparator()
        for act in (self.act_new, self.act_edit, self.act_delete, self.act_merge, self.act_split, self.act_link,
                    self.act_reset):
            tb.addAction(act)
        tb.addSeparator()
        for act in (self.act_suggest, self.act_compare, self.act_export):
            tb.addAction(act)
        tb.addSeparator()
        for act in (self.act_fit_all, self.act_zoom_in, self.act_zoom_out):
            tb.addAction(act)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.view.setAccessibleName(self.tr("Canvas board: arrow keys move between cards"))
        self.segment_combo.setAccessibleName(self.tr("Segment of the board"))
        def named(act: QAction, text: str, tip: str = "") -> None:
            act.setText(text)
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in act.shortcuts())
            act.setToolTip(f"{tip or text} ({keys})" if keys else (tip or text))

        named(self.act_new, self.tr("New Card"), self.tr("Add a card to the zone of the selected card"))
        named(self.act_edit, self.tr("Edit"), self.tr("Edit the selected card"))
        named(self.act_delete, self.tr("Delete"), self.tr("Delete the selected cards (undo with Ctrl+Z)"))
        named(self.act_merge, self.tr("Merge"), self.tr("Merge the selected cards; their evidence is joined"))
        named(self.act_split, self.tr("Split"), self.tr("Move chosen evidence of the card to a new card"))
        named(self.act_link, self.tr("Link"), self.tr("Link a reliever to pains or a creator to gains"))
        named(self.act_up, self.tr("Move Up in Rank"))
        named(self.act_down, self.tr("Move Down in Rank"))
        named(self.act_reset, self.tr("Reset Order"), self.tr("Return the selected card's zone to the evidence ranking"))
        named(self.act_zoom_in, self.tr("Zoom In"), self.tr("Zoom in (Ctrl+wheel)"))
        named(self.act_zoom_out, self.tr("Zoom Out"))
        named(self.act_fit, self.tr("Fit to View"))
        named(self.act_fit_all, self.tr("Fit to View"), self.tr("Show the whole board (Ctrl+0 or F)"))
        named(self.act_suggest, self.tr("Suggest Cards…"),
              self.tr("Group statements not on the board into candidate cards"))
        named(self.act_compare, self.tr("Compare…"), self.tr("Shared and distinct pains and gains of two segments"))
        named(self.act_export, self.tr("Export Board…"), self.tr("Save the board as PNG, SVG or PDF"))
        named(self.act_from_statements, self.tr("New Card from Statements"),
              self.tr("Make a card of the selected statements in the zone their tag names"))
        named(self.act_to_card, self.tr("Add Statements to Selected Card"))
        self.menu_export_action.setText(self.tr("&Canvas Board (PNG, SVG, PDF)…"))
        self.segment_combo.setToolTip(self.tr("Segment: one board per segment"))
        self.view.setToolTip(self.tr("Arrows select cards · Enter edit · Delete delete · M merge · S split · "
                                     "L link · Shift+drag a card onto another to link · Ctrl+↑/↓ reorder · Ctrl+wheel zoom · F fit"))
        self.empty.set_texts(self.tr("No segments yet"), self.tr(
            "A board belongs to a segment of partners. Add a segment on the Segments screen, interview its "
            "partners, then come back to build the canvas from their statements."))
        self.panel.retranslate()
        self._fill_segments()
        if self.board is not None:
            self._show_board(self.board, keep_view=True)

    # ------------------------------------------------------------------ loading
    def refresh(self, changes: Changes) -> None:
        """Reload the board when cards, statements or segments changed."""
        if not (changes.project or changes.segments or changes.cards or changes.boards or changes.statements
                or changes.partners or changes.interviews):
            return
        if self._own_change and not (changes.project or changes.segments or changes.statements):
            return  # our own undo step: already redrawn
        self.segments = list_segments(self.ctx.project)
        self._fill_segments()
        if not self.segments:
            self.stack.setCurrentWidget(self.empty)
            self.board = None
            self.scene.clear()
            return
        self.stack.setCurrentIndex(0)
        if self.segment_id not in {s.id for s in self.segments}:
            with_cards = [s for s in self.segments if s.cards]
            self.segment_id = (with_cards or self.segments)[0].id
            self._fill_segments()
        self.reload()

    def _fill_segments(self) -> None:
        self.segment_combo.blockSignals(True)
        self.segment_combo.clear()
        for seg in self.segments:
            self.segment_combo.addItem(self.tr("%1 (%2 cards)").replace("%1", seg.name).replace("%2", str(seg.cards)),
                                       seg.id)
        index = self.segment_combo.findData(self.segment_id)
        self.segment_combo.setCurrentIndex(max(0, index))
        self.segment_combo.blockSignals(False)

    def _segment_chosen(self, _index: int) -> None:
        seg = self.segment_combo.currentData()
        if seg is not None and seg != self.segment_id:
            self.set_segment(int(seg))

    def set_segment(self, segment_id: int) -> None:
        """Show a segment's board."""
        self.segment_id = segment_id
        index = self.segment_combo.findData(segment_id)
        if index >= 0 and index != self.segment_combo.currentIndex():
            self.segment_combo.blockSignals(True)
            self.segment_combo.setCurrentIndex(index)
            self.segment_combo.blockSignals(False)
        self.reload()

    def reload(self, focus: int | None = None) -> None:
        """Read the board and the statements again; keep the view and the selection."""
        if self.segment_id is None:
            return
        selected = [focus] if focus is not None else self.selected_card_ids()
        board = load_board(self.ctx.project, self.segment_id)
        self._show_board(board, keep_view=self._fitted_for == self.segment_id)
        self.panel.set_statements(segment_statements(self.ctx.project, self.segment_id))
        for cid in selected:
            item = self.scene.cards.get(cid)
            if item is not None:
                item.setSelected(True)
                if focus is not None:
                    self.view.ensureVisible(item, 40, 40)
        self._selection_changed()

    def _show_board(self, board: BoardRead, *, keep_view: bool) -> None:
        started = time.perf_counter()
        center = self.view.mapToScene(self.view.viewport().rect().center())
        self.board = board
        self.scene.blockSignals(True)
        self.scene.build(board)
        self.scene.blockSignals(False)
        self.view.scene_rebuilt()
        self.last_build_ms = (time.perf_counter() - started) * 1000
        if keep_view:
            self.view.centerOn(center)
        else:
            self._fitted_for = board.segment_id
            self.view.fit_all()
        fit = board.fit
        text = self.tr("Fit %1% · unrelieved severe pains: %2").replace("%1", str(fit.percent)).replace(
            "%2", str(len(fit.unaddressed_pains)))
        self.fit_label.setText(f"<b>{text}</b>")
        self.fit_label.setToolTip(self.tr(
            "Rank-weighted share of the top %1 pains and %2 gains that a reliever or creator addresses").replace(
            "%1", str(fit.top_pains)).replace("%2", str(fit.top_gains)))
        self.panel.set_board(board)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt API
        super().showEvent(event)
        menu = getattr(self.window(), "menu_export", None)
        if menu is not None and self.menu_export_action not in menu.actions():
            menu.addAction(self.menu_export_action)
        if not self._sized and self.width() > 0:
            self._sized = True
            # Tab as laid out: the segment, the board, the evidence panel (the toolbar took the combo last)
            self.setTabOrder(self.segment_combo, self.view)
            self.setTabOrder(self.view, self.panel)
            panel = max(300, min(460, int(self.width() * 0.3)))
            self.splitter.setSizes([self.width() - panel, panel])
        if self.board is not None and self._fitted_for == self.board.segment_id and self.view.zoom() == 1.0:
            self.view.fit_all()

    # ------------------------------------------------------------------ selection
    def selected_card_ids(self) -> list[int]:
        """Ids of the selected cards, in rank order within zones."""
        return [item.card.id for item in self.view.selected_cards()]

    def selected_cards(self) -> list[CardRead]:
        """The selected cards."""
        return [item.card for item in self.view.selected_cards()]

    def select_card(self, card_id: int) -> None:
        """Select one card and bring it into view."""
        item = self.scene.cards.get(card_id)
        if item is None:
            return
        self.scene.clearSelection()
        item.setSelected(True)
        self.view.ensureVisible(item, 60, 60)
        self.view.setFocus()

    def _selection_changed(self) -> None:
        cards = self.selected_cards()
        card = cards[0] if len(cards) == 1 else None
        self.scene.show_links(card.id if card else None)
        quotes = card_quotes(self.ctx.project, card.id) if card else []
        self.panel.set_card(card, quotes)
        for act in (self.act_edit, self.act_split, self.act_link, self.act_up, self.act_down):
            act.setEnabled(card is not None)
        self.act_delete.setEnabled(bool(cards))
        self.act_merge.setEnabled(bool(cards))

    # ------------------------------------------------------------------ running actions
    def _push(self, edit: BoardEdit, text: str) -> None:
        if not edit.changed:
            return
        self.ctx.undo_stack.push(BoardCommand(self.ctx, edit, text, self._after_apply))

    def _after_apply(self, focus: int | None, finished: bool = False) -> None:
        if finished:
            self._own_change = False
            return
        self._own_change = True
        self.segments = list_segments(self.ctx.project)
        self._fill_segments()
        self.reload(focus)

    def _versions(self, ids: list[int]) -> dict[int, int]:
        """The versions of cards as drawn (a save over a newer one is refused)."""
        cards = [self.board.card(i) for i in ids] if self.board is not None else []
        return {c.id: c.version for c in cards if c is not None}

    def _current_record(self) -> tuple[int, str] | None:
        cards = self.selected_cards()
        return (cards[0].id, cards[0].title) if cards else None

    def _run(self, fn, text: str) -> BoardEdit | None:  # type: ignore[no-untyped-def]
        try:
            edit = resolve_stale(self.ctx, self, fn)  # someone saved the card first: reload, overwrite, keep both
        except EditNotSaved:
            self.reload()
            return None
        except WorkbenchError as exc:
            QMessageBox.warning(self, self.tr("Canvas"), error_text(exc))
            self.reload()
            return None
        self._push(edit, text)
        return edit

    def drop_statements(self, statement_ids: list[int], zone: str, card_id: int | None = None) -> BoardEdit | None:
        """Statements dropped on a zone make a card; on a card they add evidence."""
        if self.segment_id is None:
            return None
        if card_id is not None:
            return self._run(lambda: service.add_evidence(self.ctx.project, card_id=card_id, statement_ids=statement_ids),
                             self.tr("Add evidence"))
        return self._run(lambda: service.create_card(self.ctx.project, segment_id=self.segment_id, zone=zone,
                                                     statement_ids=statement_ids), self.tr("New card"))

    def drop_card(self, card_id: int, zone: str, target_id: int | None = None) -> BoardEdit | None:
        """A card dragged to another zone moves there; onto a card of its zone, it takes that card's place."""
        position = None
        if target_id is not None and self.board is not None:
            target = self.board.card(target_id)
            position = (target.rank - 1) if target else None
        seen = self._versions([card_id]).get(card_id)
        return self._run(lambda: service.move_card(self.ctx.project, card_id=card_id, zone=zone, position=position,
                                                   expected_version=seen), self.tr("Move card"))

    def card_from_selected_statements(self) -> BoardEdit | None:
        """Ctrl+Enter in the statements list: one card of the selected statements (zone from their tag)."""
        ids = self.panel.selected_statement_ids()
        if not ids:
            return None
        kinds = [q.kind for q in self.panel.model.rows if q.statement_id in set(ids)]
        tagged = [k for k in kinds if k in ("job", "pain", "gain")]
        zone = {"job": "jobs", "pain": "pains", "gain": "gains"}[max(set(tagged), key=tagged.count)] if tagged else (
            self.selected_cards()[0].zone if self.selected_cards() else "pains")
        return self.drop_statements(ids, zone)

    def add_selected_statements_to_card(self) -> BoardEdit | None:
        """Shift+Enter in the statements list: the selected statements become evidence of the selected card."""
        ids = self.panel.selected_statement_ids()
        cards = self.selected_cards()
        if not ids or len(cards) != 1:
            self.ctx.status.emit(self.tr("Select one card on the board and statements in the list first."))
            return None
        return self.drop_statements(ids, cards[0].zone, cards[0].id)

    def drop_link(self, source_id: int, target_id: int) -> BoardEdit | None:
        """A connector (Shift+drag) from a reliever to a pain or a creator to a gain, either way round."""
        return self._run(lambda: service.add_link(self.ctx.project, source_id=source_id, target_id=target_id),
                         self.tr("Fit link"))

    def new_card(self, zone: str | None = None, values: dict | None = None) -> BoardEdit | None:  # type: ignore[type-arg]
        """A card typed by hand, in the zone of the selected card (or the one given)."""
        if self.segment_id is None:
            return None
        cards = self.selected_cards()
        zone = zone or (cards[0].zone if cards else "pains")
        if values is None:
            dialog = CardDialog(self, zone=zone)
            if not dialog.exec():
                return None
            values = dialog.values()
        v = values
        return self._run(lambda: service.create_card(
            self.ctx.project, segment_id=self.segment_id, zone=str(v.get("zone", zone)), title=str(v["title"]),
            description=str(v.get("description", "")), importance=v.get("importance"), pillar=v.get("pillar")),
            self.tr("New card"))

    def edit_selected(self, values: dict | None = None) -> BoardEdit | None:  # type: ignore[type-arg]
        """Edit the selected card (Enter)."""
        cards = self.selected_cards()
        if len(cards) != 1:
            return None
        card = cards[0]
        if values is None:
            dialog = CardDialog(self, card=card)
            if not dialog.exec():
                return None
            values = dialog.values()
        v = values
        return self._run(lambda: service.edit_card(
            self.ctx.project, card_id=card.id, title=v.get("title"), description=v.get("description"),
            importance=v.get("importance"), pillar=v.get("pillar", ""), expected_version=card.version),
            self.tr("Edit card"))

    def delete_selected(self) -> BoardEdit | None:
        """Delete the selected cards (Delete); undo brings them back with their evidence and links."""
        ids = self.selected_card_ids()
        if not ids:
            return None
        seen = self._versions(ids)
        return self._run(lambda: service.delete_cards(self.ctx.project, card_ids=ids, expected_versions=seen),
                         self.tr("Delete %1 card(s)").replace("%1", str(len(ids))))

    def merge_selected(self, others: list[int] | None = None) -> BoardEdit | None:
        """Merge (M): several selected cards into the best ranked; one card picks others of its zone."""
        cards = self.selected_cards()
        if not cards or self.board is None:
            return None
        cards.sort(key=lambda c: (c.zone, c.rank))
        into = cards[0]
        if others is None:
            if len(cards) > 1:
                others = [c.id for c in cards[1:]]
            else:
                candidates = [c for c in self.board.zones[into.zone] if c.id != into.id]
                dialog = PickDialog(self, self.tr("Merge Cards"), self.tr(
                    "Choose the cards to merge into “%1”. Their evidence and links join it; they are removed.").replace(
                    "%1", into.title), card_rows(candidates, set()))
                if not dialog.exec():
                    return None
                others = dialog.checked()
        if not others:
            return None
        seen = self._versions([into.id, *others])
        return self._run(lambda: service.merge_cards(self.ctx.project, into_id=into.id, card_ids=others,
                                                     expected_versions=seen),
                         self.tr("Merge cards"))

    def split_selected(self, statement_ids: list[int] | None = None, title: str = "") -> BoardEdit | None:
        """Split (S): chosen evidence moves to a new card in the same zone."""
        cards = self.selected_cards()
        if len(cards) != 1:
            return None
        card = cards[0]
        if statement_ids is None:
            quotes = card_quotes(self.ctx.project, card.id)
            if len(quotes) < 2:
                QMessageBox.information(self, self.tr("Split Card"), self.tr(
                    "A card needs at least two statements to be split."))
                return None
            dialog = PickDialog(self, self.tr("Split Card"), self.tr(
                "Choose the statements that move to a new card."), quote_rows(quotes),
                extra_title=self.tr("New card title"))
            if not dialog.exec():
                return None
            statement_ids = dialog.checked()
            title = dialog.extra.text() if dialog.extra else ""
        ids = statement_ids
        return self._run(lambda: service.split_card(self.ctx.project, card_id=card.id, statement_ids=ids, title=title,
                                                    expected_version=card.version),
                         self.tr("Split card"))

    def link_selected(self, linked_ids: list[int] | None = None) -> BoardEdit | None:
        """Link (L): pick the pains a reliever relieves (gains a creator creates), or the reverse."""
        cards = self.selected_cards()
        if len(cards) != 1 or self.board is None:
            return None
        card = cards[0]
        other_zone = FIT_TARGET.get(card.zone) or FIT_SOURCE_ZONE.get(card.zone)
        if other_zone is None:
            QMessageBox.information(self, self.tr("Link"), self.tr(
                "Fit links join pain relievers to pains and gain creators to gains; select one of those."))
            return None
        if linked_ids is None:
            dialog = PickDialog(self, self.tr("Fit Links"), self.tr("Which %1 does “%2” address?").replace(
                "%1", labels.zone_title(other_zone)).replace("%2", card.title) if card.in_value_map else
                self.tr("Which %1 address “%2”?").replace("%1", labels.zone_title(other_zone)).replace("%2", card.title),
                card_rows(list(self.board.zones[other_zone]), set(card.linked_ids)))
            if not dialog.exec():
                return None
            linked_ids = dialog.checked()
        ids, seen = linked_ids, list(card.linked_ids)  # links as drawn: a change saved since is asked about
        return self._run(lambda: service.set_links(self.ctx.project, card_id=card.id, linked_ids=ids,
                                                   expected_linked_ids=seen), self.tr("Fit links"))

    def reorder_selected(self, delta: int) -> BoardEdit | None:
        """Ctrl+Up/Down: move the card up or down in its zone's order (the order becomes manual)."""
        cards = self.selected_cards()
        if len(cards) != 1:
            return None
        card = cards[0]
        position = max(0, card.rank - 1 + delta)
        return self._run(lambda: service.reorder_card(self.ctx.project, card_id=card.id, position=position),
                         self.tr("Reorder card"))

    def reset_order(self, zone: str | None = None) -> BoardEdit | None:
        """Return a zone (the selected card's, else every zone) to the automatic order."""
        if self.board is None or self.board.board_id is None:
            return None
        cards = self.selected_cards()
        zones = [zone] if zone else ([cards[0].zone] if cards else list(self.board.zones))
        board_id = self.board.board_id
        edit = None
        self.ctx.undo_stack.beginMacro(self.tr("Reset order"))
        try:
            for z in zones:
                edit = self._run(lambda z=z: service.reset_order(self.ctx.project, board_id=board_id, zone=z),
                                 self.tr("Reset order"))
        finally:
            self.ctx.undo_stack.endMacro()
        return edit

    # ------------------------------------------------------------------ elsewhere
    def open_statement(self, interview_id: int, statement_id: int) -> None:
        """Open the interview at a statement on the capture screen."""
        self.ctx.navigate.emit("capture", {"interview_id": interview_id, "statement_id": statement_id})

    def open_item(self, argument: object) -> None:
        """Show a segment's board ({"segment_id": ...} or an int) or a card ({"card_id": ...})."""
        if isinstance(argument, dict):
            if "segment_id" in argument:
                self.set_segment(int(argument["segment_id"]))
            if "card_id" in argument:
                card_id = int(argument["card_id"])
                if card_id not in self.scene.cards:
                    segment = segment_of_card(self.ctx.project, card_id)
                    if segment is not None and segment != self.segment_id:
                        self.set_segment(segment)
                self.select_card(card_id)
        elif isinstance(argument, int):
            self.set_segment(argument)

    def export_dialog(self) -> Path | None:
        """Export Board…: PNG, SVG or PDF, chosen by the file name."""
        if self.board is None:
            return None
        from workbench.ui.canvas.render import render_scene

        name = f"{self.board.segment_name}.png"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Board"), str(Path.home() / name), self.tr(
            "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"))
        if not path:
            return None
        out = Path(path)
        fmt = out.suffix.lower().lstrip(".")
        if fmt not in ("png", "svg", "pdf"):
            out = out.with_suffix(".png")
            fmt = "png"
        return self.export_to(out, fmt, render_scene)

    def export_to(self, out: Path, fmt: str, render=None) -> Path | None:  # type: ignore[no-untyped-def]
        """Write the board (as on screen, without the selection) to a file."""
        from workbench.ui.canvas.render import render_scene

        if self.board is None:
            return None
        scene = BoardScene()
        scene.build(self.board)
        try:
            (render or render_scene)(scene, out, fmt, scale=2.0 if fmt == "png" else 1.0)
        except WorkbenchError as exc:
            QMessageBox.warning(self, self.tr("Export Board"), error_text(exc))
            return None
        self.ctx.status.emit(self.tr("Board exported to %1").replace("%1", str(out)))
        return out

    def suggest_cards(self) -> None:
        """Suggest Cards…: cluster the statements not on the board in a worker, then accept or merge."""
        from workbench.ui.canvas.clusters_dialog import start_suggestions

        if self.segment_id is not None:
            start_suggestions(self)

    def compare_boards(self) -> None:
        """Compare…: two segments' boards side by side."""
        from workbench.ui.canvas.compare_dialog import CompareDialog

        CompareDialog(self.ctx.project, self.segments, self.segment_id, self).exec()

    def prepare_snapshot(self) -> None:
        """Show the Bitrix24 integrators' board, whole, with its worst pain selected."""
        if not self.segments:
            self.refresh(Changes.everything())
        wanted = next((s for s in self.segments if "битрикс" in s.name.casefold() or "bitrix" in s.name.casefold()),
                      None)
        if wanted is not None and wanted.id != self.segment_id:
            self.set_segment(wanted.id)
        self.show_fit_area()
        if self.board is not None and self.board.zones["pains"]:
            self.select_card(self.board.zones["pains"][0].id)
            self.show_fit_area()

    def show_fit_area(self) -> None:
        """Zoom to where fit is decided: relievers and creators facing pains and gains."""
        zones = self.scene.zones
        if not all(z in zones for z in ("relievers", "creators", "gains", "pains")):
            return
        if self.board is None or self.board.card_count < 20:  # a small board reads whole
            self.view.fit_all()
            return
        area = zones["creators"].rect.united(zones["relievers"].rect).united(zones["gains"].rect).united(
            zones["pains"].rect)
        self.view.show_rect(area.adjusted(-20, -20, 20, 20))
