"""The guided tour: a few callouts over the main window, shown on the first start and from Help.

An overlay child of the window dims everything but the part a step is about and shows a callout
beside it with Back, Next and Skip. It is keyboard operable (→/Enter next, ← back, Esc skip) and
takes no modal loop, so nothing waits on it. Finishing or skipping records ``tour_done`` in the
settings so the tour does not come back by itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workbench.settings import save_settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TourStep:
    """One callout: the screen to show, what to point at, and the texts (English sources)."""

    screen: str
    anchor: Callable[[Any], QWidget | None]
    title: str
    body: str


def _screen_part(key: str, *names: str) -> Callable[[Any], QWidget | None]:
    """Point at a named part of a screen (the first that exists), else the whole screen."""

    def find(window: Any) -> QWidget | None:
        screen = window.screen(key)
        for name in names:
            part = getattr(screen, name, None)
            if isinstance(part, QWidget) and part.isVisible():
                return part
        return screen

    return find


STEPS: tuple[TourStep, ...] = (
    TourStep("partners", lambda w: w.nav,
             QT_TRANSLATE_NOOP("GuidedTour", "Screens"),
             QT_TRANSLATE_NOOP("GuidedTour", "The research goes from top to bottom: partners, interviews, the canvas "
                               "boards, segments, the backlog and the program. Ctrl+Shift+1…7 switch screens.")),
    TourStep("partners", _screen_part("partners", "table"),
             QT_TRANSLATE_NOOP("GuidedTour", "Partners"),
             QT_TRANSLATE_NOOP("GuidedTour", "Import the partner list (File → Import), score it against the ideal "
                               "profile and pick the top ones to interview.")),
    TourStep("capture", _screen_part("capture", "editor", "empty"),
             QT_TRANSLATE_NOOP("GuidedTour", "Capture"),
             QT_TRANSLATE_NOOP("GuidedTour", "During the call, type what the partner says and press Enter. "
                               "Ctrl+1, Ctrl+2, Ctrl+3 tag a line as a job, a pain or a gain.")),
    TourStep("canvas", _screen_part("canvas", "view"),
             QT_TRANSLATE_NOOP("GuidedTour", "Canvas"),
             QT_TRANSLATE_NOOP("GuidedTour", "Tagged statements become cards on the segment's Value Proposition "
                               "Canvas; every card keeps the quotes behind it.")),
    TourStep("backlog", _screen_part("backlog", "tabs"),
             QT_TRANSLATE_NOOP("GuidedTour", "Backlog"),
             QT_TRANSLATE_NOOP("GuidedTour", "Gaps on the boards become backlog items, ranked by evidence and "
                               "triaged from the keyboard.")),
    TourStep("backlog", lambda w: w.menuBar(),
             QT_TRANSLATE_NOOP("GuidedTour", "Everything from the keyboard"),
             QT_TRANSLATE_NOOP("GuidedTour", "Ctrl+K opens the command palette: type any action, partner, "
                               "interview or card. Ctrl+Shift+F searches every statement. F1 lists all shortcuts; "
                               "Help → Guided Tour shows this tour again.")),
)


class Callout(QFrame):
    """The bubble: step counter, title, text and the Back / Next / Skip buttons."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tourCallout")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#tourCallout { background: palette(base); border: 2px solid palette(highlight); "
                           "border-radius: 8px; }")
        self.setFixedWidth(380)
        self.counter = QLabel(self)
        self.counter.setObjectName("tourCounter")
        self.title = QLabel(self)
        self.title.setObjectName("tourTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.body = QLabel(self)
        self.body.setObjectName("tourBody")
        self.body.setWordWrap(True)
        self.skip = QPushButton(self)
        self.skip.setObjectName("tourSkip")
        self.back = QPushButton(self)
        self.back.setObjectName("tourBack")
        self.next = QPushButton(self)
        self.next.setObjectName("tourNext")
        self.next.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip)
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.counter)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.next, self.back)
        QWidget.setTabOrder(self.back, self.skip)


class GuidedTour(QWidget):
    """The overlay that walks through :data:`STEPS` over a main window."""

    #: emitted once when the tour ends: True if it was finished, False if skipped
    ended = Signal(bool)

    def __init__(self, window: Any, steps: tuple[TourStep, ...] = STEPS) -> None:
        super().__init__(window)
        self.window_ = window
        self.steps = steps
        self.index = 0
        self.hole = QRect()
        self.setObjectName("guidedTour")
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.callout = Callout(self)
        self.callout.next.clicked.connect(self.next)
        self.callout.back.clicked.connect(self.back)
        self.callout.skip.clicked.connect(self.skip)
        for widget in (self, self.callout, self.callout.next, self.callout.back, self.callout.skip):
            widget.installEventFilter(self)
        window.installEventFilter(self)
        self._was = window.current_screen().key if hasattr(window, "current_screen") else "partners"
        self._ended = False
        self.hide()

    # ---------------------------------------------------------------- running
    def start(self, index: int = 0) -> None:
        """Show the tour from a step."""
        self.setGeometry(self.window_.rect())
        self.show()
        self.raise_()
        self.go(index)

    def go(self, index: int) -> None:
        """Show step ``index``."""
        self.index = max(0, min(index, len(self.steps) - 1))
        step = self.steps[self.index]
        try:
            screen = self.window_.show_screen(step.screen)
            if step.screen == "capture" and getattr(screen, "interview", None) is None:
                screen.prepare_snapshot()  # a real interview to point at, when the project has one
        except Exception:  # noqa: BLE001 - a screen that fails to show must not break the tour
            log.warning("tour: screen %s not shown", step.screen, exc_info=True)
        self.retranslate()
        self._layout()
        self.callout.next.setFocus(Qt.FocusReason.OtherFocusReason)

    def next(self) -> None:
        """Next step, or finish after the last."""
        if self.index >= len(self.steps) - 1:
            self.finish(True)
        else:
            self.go(self.index + 1)

    def back(self) -> None:
        """The step before."""
        if self.index > 0:
            self.go(self.index - 1)

    def skip(self) -> None:
        """End the tour now."""
        self.finish(False)

    def finish(self, completed: bool) -> None:
        """Close the overlay, remember that the tour was seen, go back to where the user was."""
        if self._ended:
            return
        self._ended = True
        self.hide()
        ctx = self.window_.ctx
        ctx.settings.tour_done = True
        try:
            save_settings(ctx.settings)
        except OSError:
            log.warning("could not record that the tour was seen", exc_info=True)
        self.window_.removeEventFilter(self)
        self.window_.show_screen(self._was)
        self.ended.emit(completed)
        self.deleteLater()

    # ---------------------------------------------------------------- texts and placement
    def retranslate(self) -> None:
        """Texts of the current step in the current language."""
        step = self.steps[self.index]
        c = self.callout
        c.counter.setText(self.tr("Step %1 of %2").replace("%1", str(self.index + 1)).replace(
            "%2", str(len(self.steps))))
        c.title.setText(QCoreApplication.translate("GuidedTour", step.title))
        c.body.setText(QCoreApplication.translate("GuidedTour", step.body))
        c.skip.setText(self.tr("Skip tour"))
        c.back.setText(self.tr("Back"))
        c.back.setEnabled(self.index > 0)
        last = self.index == len(self.steps) - 1
        c.next.setText(self.tr("Finish") if last else self.tr("Next"))
        c.next.setToolTip(self.tr("→ or Enter; ← goes back, Esc skips the tour"))
        c.setAccessibleName(self.tr("Guided tour, step %1 of %2: %3").replace("%1", str(self.index + 1)).replace(
            "%2", str(len(self.steps))).replace("%3", c.title.text()))
        c.setAccessibleDescription(c.body.text())
        self.setAccessibleName(self.tr("Guided tour"))

    def _layout(self) -> None:
        self.setGeometry(self.window_.rect())
        anchor = self.steps[self.index].anchor(self.window_)
        if anchor is not None and anchor.isVisible():
            top_left = anchor.mapTo(self.window_, QPoint(0, 0))
            self.hole = QRect(top_left, anchor.size()).adjusted(-4, -4, 4, 4).intersected(self.rect())
        else:
            self.hole = QRect()
        self.callout.adjustSize()
        size = self.callout.sizeHint().expandedTo(self.callout.minimumSizeHint())
        size.setWidth(self.callout.width())
        self.callout.resize(size)
        self.callout.move(self._callout_position(size.width(), size.height()))
        self.update()

    def _callout_position(self, width: int, height: int) -> QPoint:
        area, hole, gap = self.rect(), self.hole, 16
        if hole.isNull():
            return QPoint((area.width() - width) // 2, (area.height() - height) // 2)
        clamp_y = lambda y: max(gap, min(y, area.height() - height - gap))  # noqa: E731
        clamp_x = lambda x: max(gap, min(x, area.width() - width - gap))  # noqa: E731
        if area.right() - hole.right() >= width + 2 * gap:  # to the right
            return QPoint(hole.right() + gap, clamp_y(hole.top() + 24))
        if hole.bottom() + height + 2 * gap <= area.height():  # below
            return QPoint(clamp_x(hole.left() + 24), hole.bottom() + gap)
        if hole.top() >= height + 2 * gap:  # above
            return QPoint(clamp_x(hole.right() - width - 24), hole.top() - height - gap)
        if hole.left() >= width + 2 * gap:  # to the left
            return QPoint(hole.left() - width - gap, clamp_y(hole.top() + 24))
        # the part fills the window: inside it, bottom right
        return QPoint(area.width() - width - 3 * gap, area.height() - height - 3 * gap)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shade = QPainterPath()
        shade.addRect(self.rect().toRectF())
        if not self.hole.isNull():
            cut = QPainterPath()
            cut.addRoundedRect(self.hole.toRectF(), 6, 6)
            shade = shade.subtracted(cut)
        painter.fillPath(shade, QColor(0, 0, 0, 110))
        if not self.hole.isNull():
            painter.setPen(QPen(self.palette().highlight().color(), 3))
            painter.drawRoundedRect(self.hole.toRectF(), 6, 6)
        painter.end()

    # ---------------------------------------------------------------- events
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window_ and event.type() == QEvent.Type.Resize and self.isVisible():
            self._layout()
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self.isVisible():
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.skip()
                return True
            if key == Qt.Key.Key_Right or (key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                                           and watched is not self.callout.back and watched is not self.callout.skip):
                self.next()
                return True
            if key == Qt.Key.Key_Left:
                self.back()
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate()
            self._layout()
        super().changeEvent(event)
