"""Light and dark themes, following the system unless the user chose one.

Kind colours (job, pain, gain, other) are picked to stay readable on both backgrounds; kinds are
never shown by colour alone: chips carry their name or letter as well.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from workbench.resources import resource

THEMES = ("system", "light", "dark")

KIND_COLORS: dict[str, dict[str, str]] = {
    "light": {"job": "#2f6fde", "pain": "#d64545", "gain": "#2e9d57", "other": "#7a7f87", "untagged": "#b0b4ba"},
    "dark": {"job": "#6ea0ff", "pain": "#ff7b7b", "gain": "#5fd18b", "other": "#a7adb5", "untagged": "#6c7179"},
}
KIND_FILLS: dict[str, dict[str, str]] = {
    "light": {"job": "#dce8fc", "pain": "#fbe0e0", "gain": "#dcf3e5", "other": "#eceef1", "untagged": "#f5f6f7"},
    "dark": {"job": "#23324d", "pain": "#4a2626", "gain": "#1f3d2b", "other": "#33363b", "untagged": "#2a2c30"},
}

_current = "light"


def effective_theme(choice: str, *, quick: bool = False) -> str:
    """"light" or "dark" for a setting ("system" follows the desktop).

    ``quick`` tells the desktop's scheme by its palette (a dark window colour) instead of asking for
    it: the answer comes as a ``Qt.ColorScheme``, and the first use of Qt's namespace of enums costs
    17 ms, which start-up pays after its first paint (:func:`settle_system_theme`) rather than before.
    """
    if choice in ("light", "dark"):
        return choice
    if quick:
        window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
        return "dark" if window.lightness() < 128 else "light"
    from PySide6.QtCore import Qt

    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def settle_system_theme(app: QApplication, choice: str) -> None:
    """After a quick start (``apply_theme(..., quick=True)``): ask the desktop, switch if the guess was wrong."""
    if choice == "system" and effective_theme(choice) != _current:
        apply_theme(app, choice)


def current_theme() -> str:
    """The theme in force."""
    return _current


def kind_color(kind: str | None) -> QColor:
    """The foreground colour of a kind in the current theme."""
    return QColor(KIND_COLORS[_current].get(kind or "untagged", KIND_COLORS[_current]["untagged"]))


def kind_fill(kind: str | None) -> QColor:
    """The background colour of a kind in the current theme."""
    return QColor(KIND_FILLS[_current].get(kind or "untagged", KIND_FILLS[_current]["untagged"]))


def _dark_palette() -> QPalette:
    p = QPalette()
    base, alt, text, window = QColor("#1e2024"), QColor("#26292e"), QColor("#e6e8eb"), QColor("#2b2e33")
    for role, color in (
        (QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, alt),
        (QPalette.ColorRole.Text, text), (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.ToolTipBase, alt),
        (QPalette.ColorRole.ToolTipText, text), (QPalette.ColorRole.Highlight, QColor("#3d6fd6")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")), (QPalette.ColorRole.PlaceholderText, QColor("#8a9098")),
        (QPalette.ColorRole.Link, QColor("#6ea0ff")),
    ):
        p.setColor(role, color)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6c7179"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6c7179"))
    return p


def apply_theme(app: QApplication, choice: str, *, quick: bool = False) -> str:
    """Apply a theme to the whole app; returns "light" or "dark" (``quick``: see :func:`effective_theme`)."""
    global _current
    _current = effective_theme(choice, quick=quick)
    app.setStyle("Fusion")
    app.setPalette(_dark_palette() if _current == "dark" else app.style().standardPalette())
    qss = resource("styles", f"{_current}.qss")
    common = resource("styles", "common.qss")
    sheet = (common.read_text(encoding="utf-8") if common.exists() else "") + "\n" + (
        qss.read_text(encoding="utf-8") if qss.exists() else "")
    app.setStyleSheet(sheet)
    return _current
