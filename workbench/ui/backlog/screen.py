"""The partner backlog screen: triage table, capability inventory, releases and survey rounds as tabs."""

from __future__ import annotations

import logging

from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from workbench.ops import Changes
from workbench.ui.backlog.items_panel import ItemsPanel
from workbench.ui.backlog.releases_panel import ReleasesPanel
from workbench.ui.backlog.surveys_panel import SurveysPanel
from workbench.ui.capabilities.panel import CapabilitiesPanel
from workbench.ui.context import AppContext
from workbench.ui.screens.base import Screen

log = logging.getLogger(__name__)


class BacklogScreen(Screen):
    """Gaps found on the boards, prioritised by evidence, triaged from the keyboard."""

    key = "backlog"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("backlogTabs")
        self.items = ItemsPanel(ctx, self.tabs)
        self.capabilities = CapabilitiesPanel(ctx, self.tabs)
        self.releases = ReleasesPanel(ctx, self.tabs)
        self.surveys = SurveysPanel(ctx, self.tabs)
        for panel in (self.items, self.capabilities, self.releases, self.surveys):
            self.tabs.addTab(panel, "")
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current())
        layout.addWidget(self.tabs)
        self._stale: set[QWidget] = set()
        # File > Import / Export entries, put into the main window's menus when the screen is first shown.
        self.menu_actions: dict[str, QAction] = {}
        for key, slot in (("import_capabilities", self._menu_import_capabilities),
                          ("import_survey", self._menu_import_survey),
                          ("export_jira", lambda: self._menu_export("jira")),
                          ("export_xlsx", lambda: self._menu_export("xlsx"))):
            act = QAction(self)
            act.setObjectName(key)
            act.triggered.connect(slot)
            self.menu_actions[key] = act
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.tabs.setTabText(0, self.tr("Items"))
        self.tabs.setTabText(1, self.tr("Capabilities"))
        self.tabs.setTabText(2, self.tr("Releases"))
        self.tabs.setTabText(3, self.tr("Survey rounds"))
        for panel in (self.items, self.capabilities, self.releases, self.surveys):
            panel.retranslate()
        texts = {"import_capabilities": self.tr("&Capabilities…"), "import_survey": self.tr("&Survey Round…"),
                 "export_jira": self.tr("Backlog for &Jira…"), "export_xlsx": self.tr("&Backlog (Excel)…")}
        for key, act in self.menu_actions.items():
            act.setText(texts[key])

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Offer the imports and exports in the main window's File menu."""
        super().showEvent(event)
        for menu_name, keys in (("menu_import", ("import_capabilities", "import_survey")),
                                ("menu_export", ("export_xlsx", "export_jira"))):
            menu = getattr(self.window(), menu_name, None)
            for key in keys:
                if menu is not None and self.menu_actions[key] not in menu.actions():
                    menu.addAction(self.menu_actions[key])

    def _menu_import_capabilities(self) -> None:
        self.ctx.navigate.emit("backlog", None)
        self.tabs.setCurrentWidget(self.capabilities)
        self.capabilities.import_dialog()

    def _menu_import_survey(self) -> None:
        self.ctx.navigate.emit("backlog", None)
        self.tabs.setCurrentWidget(self.surveys)
        self.surveys.import_dialog()

    def _menu_export(self, fmt: str) -> None:
        self.items.export(fmt)

    def refresh(self, changes: Changes) -> None:
        """Reload what an operation touched; hidden tabs reload when shown."""
        if not (changes.backlog or changes.capabilities or changes.surveys or changes.cards or changes.boards
                or changes.partners or changes.statements or changes.project):
            return
        self._stale = {self.items, self.capabilities, self.releases, self.surveys}
        self._refresh_current()

    def _refresh_current(self) -> None:
        panel = self.tabs.currentWidget()
        if panel in self._stale:
            self._stale.discard(panel)
            panel.reload()  # type: ignore[attr-defined]

    def open_item(self, argument: object) -> None:
        """Show a backlog item by id."""
        if isinstance(argument, int):
            self.tabs.setCurrentWidget(self.items)
            self.items.select_ids([argument])

    def prepare_snapshot(self) -> None:
        """Select the top-ranked item with the most evidence so the side panel is full."""
        self.items.sync_charts = True
        self.tabs.setCurrentWidget(self.items)
        if self.items in self._stale or not self.items.model.rowCount() or self.items.reader is not None:
            self._stale.discard(self.items)
            self.items.reload(wait=True)
        rows = self.items.model.items()
        ranked = [i for i in rows if i.rank is not None and i.evidence_ids]
        if ranked:
            best = min(ranked, key=lambda i: i.rank or 0)
            self.items.select_ids([best.id])
