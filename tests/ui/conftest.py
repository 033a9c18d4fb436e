"""Qt fixtures: a main window or a single screen on a real project, offscreen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture
def make_ctx(qapp):  # type: ignore[no-untyped-def]
    """Build an AppContext for a project (language English unless asked)."""
    from workbench.settings import Settings
    from workbench.ui import i18n, theme
    from workbench.ui.context import AppContext

    made = []

    def _make(project, lang: str = "en"):  # type: ignore[no-untyped-def]
        i18n.install_language(lang)
        theme.apply_theme(qapp, "light")
        ctx = AppContext(project, Settings(language=lang, theme="light"))
        made.append(ctx)
        return ctx

    yield _make
    i18n.install_language("en")


@pytest.fixture
def demo_window(qtbot, make_ctx, demo_project) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """The main window on the demo project."""
    from workbench.ui.main_window import MainWindow

    window = MainWindow(make_ctx(demo_project))
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
