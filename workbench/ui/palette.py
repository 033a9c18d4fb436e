"""Ctrl+K: the command palette. Type a few letters of any action, screen, partner, interview,
segment, card or backlog item, in Russian or English; Enter runs it, Esc closes.

The palette is a frameless panel laid over the top of the main window (a child widget, so it
needs no window manager and shows in snapshots). Actions come from the menus and the current
screen; the project's items are read in a worker the first time the palette opens after a change.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET  # noqa: S405 - our own translation file, not user input
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workbench.ops import Changes
from workbench.resources import resource
from workbench.store.directory import JumpTarget, jump_targets
from workbench.ui.tasks import Task, TaskState

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex

KIND_LABELS = {
    "partner": QT_TRANSLATE_NOOP("CommandPalette", "Partner"),
    "interview": QT_TRANSLATE_NOOP("CommandPalette", "Interview"),
    "segment": QT_TRANSLATE_NOOP("CommandPalette", "Segment"),
    "card": QT_TRANSLATE_NOOP("CommandPalette", "Card"),
    "backlog": QT_TRANSLATE_NOOP("CommandPalette", "Backlog item"),
}

# The same keys on a Russian (ЙЦУКЕН) and an English (QWERTY) keyboard: "gfhnyth" typed with the
# wrong layout still finds "партнер".
_LATIN = "`qwertyuiop[]asdfghjkl;'zxcvbnm,."
_CYRILLIC = "ёйцукенгшщзхъфывапролджэячсмитьбю"
_TO_CYRILLIC = str.maketrans(_LATIN, _CYRILLIC)
_TO_LATIN = str.maketrans(_CYRILLIC, _LATIN)


def normalise(text: str) -> str:
    """Lower case, ё as е, no mnemonic ampersands or ellipses."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("…", "").lower().replace("ё", "е")


_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya"})


def transliterate(text: str) -> str:
    """Cyrillic letters in Latin ("КвантСервис" -> "kvantservis"), so a name is found typed in Latin."""
    return normalise(text).translate(_TRANSLIT)


def other_layout(query: str) -> str:
    """The query as if typed with the other keyboard layout."""
    if any("а" <= ch <= "я" or ch == "ё" for ch in query):
        return query.translate(_TO_LATIN)
    return query.translate(_TO_CYRILLIC)


def _substring_score(token: str, text: str) -> float | None:
    at = text.find(token)
    if at < 0:
        return None
    starts_word = at == 0 or not text[at - 1].isalnum()
    return 100.0 + (30.0 if at == 0 else 15.0 if starts_word else 0.0) - min(at, 40) * 0.5


def _fuzzy_score(token: str, text: str) -> float | None:
    """Every letter in order within a short stretch (a typo or a skipped letter), tightest wins."""
    best: float | None = None
    window = len(token) + max(1, len(token) // 3)
    start = text.find(token[0])
    while start >= 0:
        position, last, gaps = start + 1, start, 0
        for ch in token[1:]:
            found = text.find(ch, position)
            if found < 0 or found - start >= window:
                last = -1
                break
            gaps += found != last + 1
            last, position = found, found + 1
        if last >= 0:
            score = 60.0 - gaps * 10.0 - (last - start + 1 - len(token)) * 2.0 - min(start, 40) * 0.2
            best = score if best is None else max(best, score)
        start = text.find(token[0], start + 1)
    return best


def score_tokens(tokens: Sequence[tuple[str, frozenset[str]]], texts: Sequence[str], chars: frozenset[str]) -> float | None:
    """Score of prepared query words against an entry's normalised texts (its name first) and their letters."""
    total = 0.0
    for token, letters in tokens:
        if not letters <= chars:  # a letter the entry lacks: no substring and no fuzzy match either
            return None
        best: float | None = None
        for number, text in enumerate(texts):  # the name counts fully, where it lives and aliases less
            score = _substring_score(token, text)
            if score is not None:
                score *= 1.0 if number == 0 else 0.6
                best = score if best is None else max(best, score)
        if best is None and len(token) >= 3:
            for number, text in enumerate(texts):
                score = _fuzzy_score(token, text)
                if score is not None:
                    score *= 1.0 if number == 0 else 0.6
                    best = score if best is None else max(best, score)
        if best is None:
            return None
        total += best
    return total


def prepare(query: str) -> list[tuple[str, frozenset[str]]]:
    """The words of a query, normalised, each with its set of letters."""
    return [(token, frozenset(token)) for token in normalise(query).split()]


def match_score(query: str, texts: Sequence[str]) -> float | None:
    """Score of ``query`` (words in any order) against the normalised texts of an entry (its name first), or None."""
    tokens = prepare(query)
    if not tokens:
        return 0.0
    return score_tokens(tokens, texts, frozenset("".join(texts)))


@lru_cache(maxsize=4)
def _reverse_translations(path: str, _stamp: float) -> dict[str, str]:
    """Russian text -> English source, from a .ts file (so a Russian action also matches in English)."""
    out: dict[str, str] = {}
    try:
        root = ET.parse(path).getroot()  # noqa: S314 - shipped file
    except (OSError, ET.ParseError):
        return out
    for message in root.iter("message"):
        source, translation = message.findtext("source") or "", message.findtext("translation") or ""
        if source and translation:
            out.setdefault(normalise(translation), normalise(source))
    return out


def english_of(text: str) -> str:
    """The English source of a translated UI text, or "" when unknown (or already English)."""
    ts = resource("translations", "workbench_ru.ts")
    try:
        stamp = ts.stat().st_mtime
    except OSError:
        return ""
    return _reverse_translations(str(ts), stamp).get(normalise(text), "")


@dataclass
class PaletteEntry:
    """One line of the palette: an action to run or an item to show."""

    text: str
    where: str
    shortcut: str = ""
    action: QAction | None = None
    target: tuple[str, object] | None = None
    extra: Sequence[str] = ()  # more words it is found by (English, kind)
    haystack: tuple[str, ...] = field(default=(), init=False)
    chars: frozenset[str] = field(default=frozenset(), init=False)

    def __post_init__(self) -> None:
        self.haystack = tuple(normalise(t).strip() for t in (self.text, self.where, *self.extra) if t)
        self.chars = frozenset("".join(self.haystack))

    @property
    def is_action(self) -> bool:
        """An action (as opposed to an item of the project)."""
        return self.action is not None


class PaletteModel(QAbstractTableModel):
    """Entries in three columns: name, where it lives, shortcut."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[PaletteEntry] = []

    def set_entries(self, entries: list[PaletteEntry]) -> None:
        """Show these entries."""
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: D102 - Qt override
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (entry.text, entry.where, entry.shortcut)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.text} — {entry.where}" + (f" ({entry.shortcut})" if entry.shortcut else "")
        return None


class PaletteFilter(QSortFilterProxyModel):
    """Keeps the entries the query matches, best first (actions before items on a tie)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scores: dict[int, float] = {}
        self.query = ""

    def set_query(self, query: str) -> None:
        """Filter and rank by ``query`` (also tried as typed with the other keyboard layout)."""
        self.query = query
        model = self.sourceModel()
        assert isinstance(model, PaletteModel)
        scores: dict[int, float] = {}
        tokens = prepare(query)
        swapped = prepare(other_layout(normalise(query))) if tokens else []
        for row, entry in enumerate(model.entries):
            if not tokens:
                scores[row] = 3.0 if entry.is_action else 0.0
                continue
            score = score_tokens(tokens, entry.haystack, entry.chars)
            if score is None:
                alt = score_tokens(swapped, entry.haystack, entry.chars)
                score = None if alt is None else alt - 5.0
            if score is not None:
                scores[row] = score + (3.0 if entry.is_action else 0.0)
        self.scores = scores
        self.invalidate()
        self.sort(0, Qt.SortOrder.AscendingOrder)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt override
        return source_row in self.scores

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 - Qt override
        a, b = self.scores.get(left.row(), 0.0), self.scores.get(right.row(), 0.0)
        if a != b:
            return a > b
        return left.row() < right.row()


def _keys(action: QAction) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())


def menu_entries(menus: Iterable[QMenu], skip: Iterable[QAction] = ()) -> list[PaletteEntry]:
    """Every enabled, visible action of these menus (submenus included), with its menu path."""
    out: list[PaletteEntry] = []
    skipped = set(map(id, skip))

    def walk(menu: QMenu, path: list[str]) -> None:
        title = menu.title().replace("&", "")
        here = [*path, title] if title else path
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, here)
                continue
            if action.isSeparator() or not action.text() or not action.isVisible() or not action.isEnabled():
                continue
            if id(action) in skipped:
                continue
            skipped.add(id(action))
            text = action.text().replace("&", "")
            english = english_of(action.text())
            out.append(PaletteEntry(text, " › ".join(here), _keys(action), action=action,
                                    extra=(english, " ".join(english_of(p) for p in here))))

    for menu in menus:
        walk(menu, [])
    return out


def action_entries(actions: Iterable[QAction], where: str, skip: Iterable[PaletteEntry] = ()) -> list[PaletteEntry]:
    """Entries for loose actions (a screen's own), labelled with where they act; none that repeats ``skip``."""
    skipped = {id(e.action) for e in skip}
    texts = {normalise(e.text).strip() for e in skip}
    out: list[PaletteEntry] = []
    for action in actions:
        if id(action) in skipped or action.isSeparator() or not action.text() or not action.isEnabled():
            continue
        if action.menu() is not None or normalise(action.text()).strip() in texts:
            continue
        skipped.add(id(action))
        texts.add(normalise(action.text()).strip())
        out.append(PaletteEntry(action.text().replace("&", ""), where, _keys(action), action=action,
                                extra=(english_of(action.text()), english_of(where))))
    return out


def item_target(item: JumpTarget) -> tuple[str, object]:
    """Where an item is shown: (screen key, argument for the screen's open_item)."""
    if item.kind == "partner":
        return "partners", item.id
    if item.kind == "interview":
        return "capture", item.id
    if item.kind == "segment":
        return "canvas", {"segment_id": item.id}
    if item.kind == "card":
        return "canvas", {"card_id": item.id}
    return "backlog", item.id


def item_entries(items: Iterable[JumpTarget]) -> list[PaletteEntry]:
    """Entries that show the project's items."""
    out = []
    for item in items:
        label = QCoreApplication.translate("CommandPalette", KIND_LABELS[item.kind])
        where = f"{label} · {item.detail}" if item.detail else label
        latin = transliterate(item.name)
        extra = (KIND_LABELS[item.kind], latin) if latin != normalise(item.name) else (KIND_LABELS[item.kind],)
        out.append(PaletteEntry(item.name, where, target=item_target(item), extra=extra))
    return out


class CommandPalette(QFrame):
    """The Ctrl+K panel: a filter box over a ranked list of actions and items."""

    #: emitted after an entry ran (the entry)
    ran = Signal(object)
    #: emitted when the project's items are loaded into the list
    items_loaded = Signal()

    WIDTH = 680

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.ctx = window.ctx
        self.setObjectName("commandPalette")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet("#commandPalette { border: 1px solid palette(mid); border-radius: 6px; "
                           "background: palette(base); }")
        self.filter = QLineEdit(self)
        self.filter.setObjectName("paletteFilter")
        self.filter.setClearButtonEnabled(True)
        font = self.filter.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.filter.setFont(font)
        self.model = PaletteModel(self)
        self.proxy = PaletteFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTreeView(self)
        self.view.setObjectName("paletteList")
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the filter keeps the focus; arrows move here
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 230)
        self.view.activated.connect(self.run_index)
        self.view.clicked.connect(self.run_index)
        self.hint = QLabel(self)
        self.hint.setObjectName("paletteHint")
        self.hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 6)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        self.filter.textChanged.connect(self._on_text)
        self.filter.installEventFilter(self)
        self._items: list[JumpTarget] | None = None
        self._item_entries: list[PaletteEntry] = []
        self._task: Task | None = None
        self._return_focus: QWidget | None = None
        self.ctx.changed.connect(self._on_changed)
        self.ctx.project_replaced.connect(lambda: self._on_changed(Changes.everything()))
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.filter.setPlaceholderText(self.tr("Type an action, a screen, a partner, an interview, a card…"))
        self.filter.setAccessibleName(self.tr("Command palette: type to filter"))
        self.view.setAccessibleName(self.tr("Matching actions and items"))
        self.setAccessibleName(self.tr("Command palette"))
        self._hint = self.tr("Enter runs · ↑↓ choose · Esc closes · also finds English names and the "
                             "other keyboard layout")
        self.hint.setText(self._hint)
        if getattr(self, "_items", None):  # the kinds of items are named in the new language
            self._item_entries = item_entries(self._items or [])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---------------------------------------------------------------- opening and closing
    def open(self) -> None:
        """Show the palette over the window with every current action and the project's items."""
        focus = QApplication.focusWidget()
        self._return_focus = focus if focus is not None and not self.isAncestorOf(focus) else None
        self._rebuild()
        if self._items is None:
            self._load_items()
        self._place()
        self.show()
        self.raise_()
        self.filter.clear()
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._on_text("")

    def close_palette(self) -> None:
        """Hide the palette and give the focus back."""
        if not self.isVisible():
            return
        self.hide()
        target = self._return_focus
        self._return_focus = None
        if target is not None:
            try:
                target.setFocus(Qt.FocusReason.PopupFocusReason)
            except RuntimeError:  # the widget went away meanwhile
                pass

    def _place(self) -> None:
        parent = self.parentWidget()
        assert parent is not None
        width = min(self.WIDTH, max(320, parent.width() - 40))
        height = min(460, max(200, parent.height() - 120))
        top = 0
        menu_bar = getattr(self.window_, "menuBar", None)
        if callable(menu_bar):
            top = menu_bar().geometry().bottom()
        self.setGeometry((parent.width() - width) // 2, top + 24, width, height)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.isVisible() and new is not None and not self.isAncestorOf(new) and new is not self:
            self.hide()
            self._return_focus = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.filter and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.close_palette()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.run_current()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._move(key)
                return True
        return super().eventFilter(watched, event)

    def _move(self, key: int) -> None:
        rows = self.proxy.rowCount()
        if not rows:
            return
        page = max(1, self.view.viewport().height() // max(1, self.view.sizeHintForRow(0)) - 1)
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: page, Qt.Key.Key_PageUp: -page}[
            Qt.Key(key)]
        row = max(0, min(rows - 1, self.view.currentIndex().row() + step))
        self.view.setCurrentIndex(self.proxy.index(row, 0))

    # ---------------------------------------------------------------- entries
    def _rebuild(self) -> None:
        window = self.window_
        own = [getattr(window, "act_palette", None)]
        menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
        entries = menu_entries(menus, skip=[a for a in own if a is not None])
        screen = window.current_screen()
        from workbench.ui.screens import screen_title, spec_of

        try:
            where = screen_title(spec_of(screen.key))
        except KeyError:
            where = screen.key
        entries += action_entries((a for a in screen.findChildren(QAction) if a.shortcuts() or a.parent() is screen),
                                  where, skip=entries)
        entries += self._item_entries
        self.model.set_entries(entries)

    def _load_items(self) -> None:
        if self._task is not None and not self._task.done:
            return
        project = self.ctx.project

        def work(_state: TaskState) -> list[JumpTarget]:
            return jump_targets(project)

        self._task = Task(work, self)
        self._task.finished.connect(self._on_items)
        self._task.failed.connect(lambda message, _user: log.warning("palette items not loaded: %s", message))
        self._task.start()

    def _on_items(self, items: list[JumpTarget]) -> None:
        self._items = items
        self._item_entries = item_entries(items)
        if self.isVisible():
            query = self.filter.text()
            self._rebuild()
            self._on_text(query)
        self.items_loaded.emit()

    def _on_changed(self, changes: Changes) -> None:
        if changes.any():
            self._items = None

    def _on_text(self, text: str) -> None:
        self.proxy.set_query(text)
        if self._items is None:
            self.hint.setText(self.tr("Reading the partners, interviews and cards of the project…"))
        elif self.proxy.rowCount():
            self.hint.setText(self._hint)
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        elif self._items is not None:
            self.hint.setText(self.tr("Nothing matches “%1”. Try fewer letters, or Esc to close.").replace(
                "%1", text.strip()))
        self.view.scrollToTop()

    # ---------------------------------------------------------------- running
    def run_current(self) -> None:
        """Run the highlighted entry."""
        index = self.view.currentIndex()
        if index.isValid():
            self.run_index(index)

    def run_index(self, index: QModelIndex) -> None:
        """Run the entry at a proxy index: trigger its action or show its item."""
        source = self.proxy.mapToSource(index)
        if not source.isValid():
            return
        entry = self.model.entries[source.row()]
        self.close_palette()
        if entry.action is not None:
            entry.action.trigger()
        elif entry.target is not None:
            key, argument = entry.target
            self.ctx.navigate.emit(key, argument)
        self.ran.emit(entry)

    def entry_texts(self) -> list[str]:
        """The texts on show, in order (for tests and the snapshot)."""
        return [self.proxy.index(r, 0).data() for r in range(self.proxy.rowCount())]
