"""File > Open Team Project…: connect to a project on the team's PostgreSQL server.

The person fills in the server, database and their login (or pastes a whole URL) and their name as
the team sees it. The password is handed to the database driver through the process environment
(``PGPASSWORD``) and never written into the URL, so it does not end up in the recent-projects list;
for everyday use the README recommends a ``~/.pgpass`` file.
"""

from __future__ import annotations

import os
from urllib.parse import quote

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

SCHEME = "postgresql+psycopg://"


def build_url(*, host: str, port: int, database: str, login: str) -> str:
    """The project URL for a server, database and login (no password)."""
    user = quote(login.strip(), safe="") + "@" if login.strip() else ""
    return f"{SCHEME}{user}{host.strip() or 'localhost'}:{port}/{quote(database.strip(), safe='')}"


class TeamOpenDialog(QDialog):
    """Asks where the team project is and who you are."""

    def __init__(self, *, user_name: str = "", default_user: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open Team Project"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("A team project lives on a PostgreSQL server, so several people can work in it at "
                               "once. Ask whoever set up the server for these details."), self)
        intro.setWordWrap(True)
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText("postgresql+psycopg://anna@db.example.com:5432/partners")
        self.url_edit.setClearButtonEnabled(True)
        self.host_edit = QLineEdit(self)
        self.host_edit.setPlaceholderText("db.example.com")
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(5432)
        self.db_edit = QLineEdit(self)
        self.db_edit.setPlaceholderText("partners")
        self.login_edit = QLineEdit(self)
        self.login_edit.setText(default_user)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("leave empty if you use ~/.pgpass"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setText(user_name)
        self.name_edit.setPlaceholderText(default_user)
        self.name_edit.setToolTip(self.tr("Shown to your colleagues in the history and when your saves cross"))
        form = QFormLayout()
        form.addRow(self.tr("Project &URL:"), self.url_edit)
        form.addRow(self.tr("or &server:"), self.host_edit)
        form.addRow(self.tr("&Port:"), self.port_spin)
        form.addRow(self.tr("&Database:"), self.db_edit)
        form.addRow(self.tr("&Login:"), self.login_edit)
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        form.addRow(self.tr("Your &name in the team:"), self.name_edit)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.url_edit, self.host_edit, self.db_edit):
            edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._update()

    def url(self) -> str:
        """The URL to open (without a password)."""
        pasted = self.url_edit.text().strip()
        if pasted.startswith("postgresql://"):  # the driver this app ships with
            pasted = SCHEME + pasted[len("postgresql://"):]
        if pasted:
            return pasted
        return build_url(host=self.host_edit.text(), port=self.port_spin.value(), database=self.db_edit.text(),
                         login=self.login_edit.text())

    def user_name(self) -> str:
        """The name the person chose ("" means the OS user)."""
        return self.name_edit.text().strip()

    def _update(self) -> None:
        pasted = self.url_edit.text().strip()
        for widget in (self.host_edit, self.port_spin, self.db_edit, self.login_edit):
            widget.setEnabled(not pasted)
        ready = bool(pasted) or bool(self.host_edit.text().strip() and self.db_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(ready)

    def _accept(self) -> None:
        url = self.url()
        if not url.startswith(("postgresql://", "postgresql+psycopg://")):
            self.error_label.setText(self.tr("A team project URL starts with postgresql+psycopg://"))
            self.error_label.show()
            return
        if self.password_edit.text():
            os.environ["PGPASSWORD"] = self.password_edit.text()  # read by libpq; kept out of the URL
        self.accept()
