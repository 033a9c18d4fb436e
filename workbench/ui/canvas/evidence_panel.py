"""The evidence side of the canvas: statements to drag onto the board, a card's quotes, what is unaddressed."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.ui.canvas import labels
from workbench.ui.models.canvas import QuoteFilter, QuotesModel, RowsModel
from workbench.vpc.reads import BoardRead, CardRead, QuoteRead

KIND_FILTERS = ("all", "unassigned", "untagged", "pain", "gain", "job", "other")


def _table(parent: QWidget, model, *, drag: bool) -> QTableView:  # type: ignore[no-untyped-def]
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    view.horizontalHeader().setStretchLastSection(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if drag:
        view.setDragEnabled(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
    return view


class EvidencePanel(QTabWidget):
    """Tabs: Statements (filter and drag), Card evidence (quotes of the selected card), Unaddressed."""

    #: a statement was double-clicked: (interview id, statement id)
    open_statement = Signal(int, int)
    #: an unaddressed card was chosen
    card_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # statements
        self.statements_tab = QWidget(self)
        self.search = QLineEdit(self.statements_tab)
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox(self.statements_tab)
        self.partner = QComboBox(self.statements_tab)
        self.interview = QComboBox(self.statements_tab)
        self.model = QuotesModel(self)
        self.proxy = QuoteFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = _table(self.statements_tab, self.proxy, drag=True)
        self.count_label = QLabel(self.statements_tab)
        self.count_label.setWordWrap(True)
        layout = QVBoxLayout(self.statements_tab)
        layout.addWidget(self.search)
        row = QHBoxLayout()
        row.addWidget(self.kind, 1)
        row.addWidget(self.partner, 1)
        layout.addLayout(row)
        layout.addWidget(self.interview)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        for column in (3, 4):  # date and interviewer: in the tooltip and the Card evidence tab
            self.table.setColumnHidden(column, True)

        self.addTab(self.statements_tab, "")
        # card evidence
        self.card_tab = QWidget(self)
        self.card_title = QLabel(self.card_tab)
        self.card_title.setWordWrap(True)
        self.card_title.setTextFormat(Qt.TextFormat.PlainText)
        self.quotes = QuotesModel(self, draggable=False)
        self.quotes_table = _table(self.card_tab, self.quotes, drag=False)
        card_layout = QVBoxLayout(self.card_tab)
        card_layout.addWidget(self.card_title)
        card_layout.addWidget(self.quotes_table, 1)
        self.addTab(self.card_tab, "")
        # unaddressed
        self.unaddressed_tab = QWidget(self)
        self.unaddressed_label = QLabel(self.unaddressed_tab)
        self.unaddressed_label.setWordWrap(True)
        self.unaddressed = RowsModel(["", ""], self)
        self.unaddressed_table = _table(self.unaddressed_tab, self.unaddressed, drag=False)
        self.unaddressed_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        un_layout = QVBoxLayout(self.unaddressed_tab)
        un_layout.addWidget(self.unaddressed_label)
        un_layout.addWidget(self.unaddressed_table, 1)
        self.addTab(self.unaddressed_tab, "")

        self.search.textChanged.connect(lambda text: self._filter(text=text))
        self.kind.currentIndexChanged.connect(lambda _i: self._filter(kind=self.kind.currentData()))
        self.partner.currentIndexChanged.connect(lambda _i: self._filter(partner_id=self.partner.currentData()))
        self.interview.currentIndexChanged.connect(lambda _i: self._filter(interview_id=self.interview.currentData()))
        self.table.doubleClicked.connect(lambda index: self._open(self.proxy.mapToSource(index), self.model))
        self.quotes_table.doubleClicked.connect(lambda index: self._open(index, self.quotes))
        self.unaddressed_table.clicked.connect(
            lambda index: self.card_chosen.emit(int(self.unaddressed.payload(index.row()))))  # type: ignore[arg-type]
        self.unaddressed_table.activated.connect(
            lambda index: self.card_chosen.emit(int(self.unaddressed.payload(index.row()))))  # type: ignore[arg-type]
        for view in (self.table, self.quotes_table):
            for column, width in ((1, 70), (2, 110), (3, 80), (4, 80), (5, 44)):
                view.setColumnWidth(column, width)
        self._partners: list[tuple[int, str]] = []
        self._interviews: list[tuple[int, str]] = []
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.search.setAccessibleName(self.tr("Search statements and partners"))
        self.table.setAccessibleName(self.tr("Statements"))
        self.quotes_table.setAccessibleName(self.tr("Evidence of the selected card"))
        self.unaddressed_table.setAccessibleName(self.tr("Unaddressed cards"))
        self.setTabText(0, self.tr("Statements"))
        self.setTabText(1, self.tr("Card evidence"))
        self.setTabText(2, self.tr("Unaddressed"))
        self.search.setPlaceholderText(self.tr("Search statements and partners…"))
        names = {"all": self.tr("All statements"), "unassigned": self.tr("Not on a card"),
                 "untagged": self.tr("Untagged"), "pain": self.tr("Pains"), "gain": self.tr("Gains"),
                 "job": self.tr("Jobs"), "other": self.tr("Other")}
        current = self.kind.currentData() or "unassigned"
        self.kind.blockSignals(True)
        self.kind.clear()
        for key in KIND_FILTERS:
            self.kind.addItem(names[key], key)
        self.kind.setCurrentIndex(KIND_FILTERS.index(current))
        self.kind.blockSignals(False)
        self.proxy.set_filter(kind=current)
        self._fill_combos()
        headers = [self.tr("Statement"), self.tr("Tag"), self.tr("Partner"), self.tr("Date"), self.tr("Interviewer"),
                   self.tr("Cards")]
        self.model.set_headers(headers)
        self.quotes.set_headers(headers)
        self.unaddressed.headers = [self.tr("Rank"), self.tr("Severe pain or gain")]
        self.table.setToolTip(self.tr(
            "Drag statements onto a zone to make a card, or onto a card to add evidence; Ctrl+Enter makes a card, "
            "Shift+Enter adds them to the selected card. Double-click opens the interview at that statement."))
        self.quotes_table.setToolTip(self.tr("Double-click opens the interview at that statement."))
        self._update_count()

    def _fill_combos(self) -> None:
        for combo, items, everyone in ((self.partner, self._partners, self.tr("All partners")),
                                       (self.interview, self._interviews, self.tr("All interviews"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for key, text in items:
                combo.addItem(text, key)
            index = combo.findData(current)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def _filter(self, **kwargs: object) -> None:
        self.proxy.set_filter(**kwargs)  # type: ignore[arg-type]
        self._update_count()

    def _update_count(self) -> None:
        if self.model.rowCount() == 0:
            self.count_label.setText(self.tr(
                "No statements from this segment's interviews yet. Take notes on the Interviews screen; "
                "they appear here to drag onto the board."))
            return
        self.count_label.setText(self.tr("%1 of %2 statements shown").replace("%1", str(self.proxy.rowCount())).replace(
            "%2", str(self.model.rowCount())))

    def _open(self, index: QModelIndex, model: QuotesModel) -> None:
        if index.isValid():
            quote = model.quote(index.row())
            self.open_statement.emit(quote.interview_id, quote.statement_id)

    # ------------------------------------------------------------------ data
    def set_statements(self, rows: list[QuoteRead]) -> None:
        """The segment's statements (filters keep their choices)."""
        partners = {q.partner_id: q.partner for q in rows}
        self._partners = sorted(partners.items(), key=lambda p: p[1].casefold())
        interviews: dict[int, str] = {}
        for q in rows:
            if q.interview_id not in interviews:  # format each interview's date once (strftime is slow here)
                interviews[q.interview_id] = f"{q.partner} — {q.date:%Y-%m-%d}" if q.date else q.partner
        self._interviews = sorted(interviews.items(), key=lambda p: p[1].casefold())
        self._fill_combos()
        # Filters first, on an empty model, so thousands of statements are filtered once, not twice.
        self.model.set_rows([])
        self.proxy.set_filter(partner_id=self.partner.currentData(), interview_id=self.interview.currentData())
        self.model.set_rows(rows)
        self._update_count()

    def selected_statement_ids(self) -> list[int]:
        """Statements selected in the Statements tab."""
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return [self.model.quote(r).statement_id for r in sorted(rows)]

    def set_card(self, card: CardRead | None, quotes: list[QuoteRead]) -> None:
        """Show the quotes of the selected card."""
        if card is None:
            self.card_title.setText(self.tr("Select a card to see the statements and partners behind it."))
        else:
            self.card_title.setText(f"{labels.kind_name(card.kind)} #{card.rank}: {card.title}\n"
                                    f"{labels.evidence_badge(card.statements, card.partners)}")
        self.quotes.set_rows(quotes)

    def set_board(self, board: BoardRead | None) -> None:
        """List the severe pains and gains nothing addresses."""
        if board is None:
            self.unaddressed.set_rows([])
            self.unaddressed_label.setText("")
            return
        rows: list[tuple[list[str], object]] = []
        for card in board.fit.unaddressed_pains + board.fit.unaddressed_gains:
            rows.append(([f"{labels.kind_letter(card.kind)} #{card.rank}", card.title], card.id))
        self.unaddressed.set_rows(rows)
        self.unaddressed_label.setText(self.tr(
            "Fit %1%. Severe pains with no reliever: %2; highly relevant gains with no creator: %3. "
            "Click one to find it on the board.").replace("%1", str(board.fit.percent)).replace(
            "%2", str(len(board.fit.unaddressed_pains))).replace("%3", str(len(board.fit.unaddressed_gains))))
        self.setTabText(2, self.tr("Unaddressed (%1)").replace("%1", str(len(rows))))
