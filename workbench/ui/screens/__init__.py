"""The screens of the main window and how to build them.

Each screen lives in its own subpackage of :mod:`workbench.ui` (``workbench.ui.partners.screen``,
...). A screen that is not built yet shows a placeholder that says what it will do.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from workbench.ui.context import AppContext
from workbench.ui.screens.base import Screen

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ScreenSpec:
    """Where a screen's class lives and how it is presented in the navigation."""

    key: str
    module: str
    cls: str
    title: str  # English source text, translated in context "Screens"
    blurb: str  # what the screen is for, shown by its placeholder
    shortcut: str
    in_nav: bool = True


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec("partners", "workbench.ui.partners.screen", "PartnersScreen",
               QT_TRANSLATE_NOOP("Screens", "Partners"),
               QT_TRANSLATE_NOOP("Screens", "The registry of candidate partners: import a spreadsheet, score "
                                 "partners against the ideal profile and pick the top ones to interview."),
               "Ctrl+Shift+1"),
    ScreenSpec("interviews", "workbench.ui.interviews.screen", "InterviewsScreen",
               QT_TRANSLATE_NOOP("Screens", "Interviews"),
               QT_TRANSLATE_NOOP("Screens", "Plan interviews, follow their status and open one to take notes."),
               "Ctrl+Shift+2"),
    ScreenSpec("capture", "workbench.ui.capture.screen", "CaptureScreen",
               QT_TRANSLATE_NOOP("Screens", "Capture"),
               QT_TRANSLATE_NOOP("Screens", "Live note-taking: type a line, press Enter, tag it as a job, "
                                 "pain or gain from the keyboard."),
               "Ctrl+Shift+3", in_nav=False),
    ScreenSpec("canvas", "workbench.ui.canvas.screen", "CanvasScreen",
               QT_TRANSLATE_NOOP("Screens", "Canvas"),
               QT_TRANSLATE_NOOP("Screens", "Value Proposition Canvas boards, one per segment, with the "
                                 "evidence behind every card and the fit score."),
               "Ctrl+Shift+4"),
    ScreenSpec("segments", "workbench.ui.segments.screen", "SegmentsScreen",
               QT_TRANSLATE_NOOP("Screens", "Segments"),
               QT_TRANSLATE_NOOP("Screens", "Score the partner segments and see which one to focus on."),
               "Ctrl+Shift+5"),
    ScreenSpec("backlog", "workbench.ui.backlog.screen", "BacklogScreen",
               QT_TRANSLATE_NOOP("Screens", "Backlog"),
               QT_TRANSLATE_NOOP("Screens", "The partner backlog: gaps found on the boards, prioritised by "
                                 "evidence, triaged from the keyboard."),
               "Ctrl+Shift+6"),
    ScreenSpec("program", "workbench.ui.program.screen", "ProgramScreen",
               QT_TRANSLATE_NOOP("Screens", "Program"),
               QT_TRANSLATE_NOOP("Screens", "The partner program on three pillars: financial motivation, "
                                 "operational service, product development."),
               "Ctrl+Shift+7"),
)

SCREEN_KEYS: tuple[str, ...] = tuple(spec.key for spec in SCREENS)


def spec_of(key: str) -> ScreenSpec:
    """The spec of a screen by key."""
    for spec in SCREENS:
        if spec.key == key:
            return spec
    raise KeyError(key)


def screen_title(spec: ScreenSpec) -> str:
    """The translated title of a screen."""
    return QCoreApplication.translate("Screens", spec.title)


def build_screen(spec: ScreenSpec, ctx: AppContext) -> Screen:
    """Build a screen, or its placeholder while the screen is not built yet."""
    try:
        module = importlib.import_module(spec.module)
    except ModuleNotFoundError as exc:
        if exc.name is None or not spec.module.startswith(exc.name):
            raise
        from workbench.ui.screens.placeholder import PlaceholderScreen

        return PlaceholderScreen(ctx, spec)
    screen: Screen = getattr(module, spec.cls)(ctx)
    return screen
