"""The partner detail panel: profile and score parts, contacts, interviews with statements, status history."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from workbench.partners.scoring import ProfileScore
from workbench.partners.service import PartnerDetail
from workbench.ui.partners.labels import criterion_text, field_text, status_text

MAX_STATEMENTS = 40
_KIND_COLORS = {"job": "#2f6fb2", "pain": "#b6465f", "gain": "#3a9e6f"}


class PartnerDetailPanel(QWidget):
    """Shows one partner; asks the screen to plan an interview for it."""

    plan_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnerDetail")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        layout.addWidget(self.browser, 1)
        row = QHBoxLayout()
        self._partner_id = 0
        self.plan_button = QPushButton(self)
        self.plan_button.setObjectName("planInterview")
        self.plan_button.clicked.connect(lambda: self.plan_requested.emit(self._partner_id))
        row.addWidget(self.plan_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._detail: PartnerDetail | None = None
        self._score: ProfileScore | None = None
        self.retranslate()
        self.show_partner(None, None)

    def retranslate(self) -> None:
        """Set the texts."""
        self.browser.setAccessibleName(self.tr("Partner details"))
        self.plan_button.setText(self.tr("Plan Interview…"))
        self.render_html()

    def show_partner(self, detail: PartnerDetail | None, score: ProfileScore | None) -> None:
        """Show a partner (None: the hint to select one)."""
        self._detail, self._score = detail, score
        self._partner_id = detail.partner.id if detail else 0
        self.plan_button.setEnabled(detail is not None)
        self.render_html()

    def html(self) -> str:
        """The panel's content as HTML (tests read it)."""
        return self.browser.toHtml()

    def render_html(self) -> None:
        """Draw the current partner."""
        detail = self._detail
        if detail is None:
            hint = self.tr("Select a partner to see its profile, contacts, interviews and history.")
            self.browser.setHtml(f"<p style='color:#777'>{escape(hint)}</p>")
            return
        t_score, t_of, t_profile = self.tr("Profile score"), self.tr("of %1"), self.tr("Profile")
        t_contacts, t_no_contacts = self.tr("Contacts"), self.tr("No contacts yet.")
        t_interviews, t_not = self.tr("Interviews"), self.tr("Not interviewed yet: plan an interview below.")
        t_statements, t_more = self.tr("%1 statements"), self.tr("… and %1 more")
        t_history, t_no_history = self.tr("Research status history"), self.tr("No changes recorded.")
        p = detail.partner
        locale = QLocale()
        parts = [f"<h3>{escape(p.name)}</h3>",
                 f"<p><b>{escape(field_text('research_status'))}:</b> {escape(status_text(p.research_status))}"
                 f" &nbsp; <b>{escape(field_text('segment'))}:</b> {escape(p.segment or '—')}</p>"]
        if self._score is not None:
            rank = f" · #{p.profile_rank}" if p.profile_rank else ""
            parts.append(f"<p><b>{escape(t_score)}: {self._score.score:.0f}/100{rank}</b></p>"
                         "<table cellspacing='0' cellpadding='2'>")
            for part in self._score.parts:
                parts.append(f"<tr><td>{escape(criterion_text(part.criterion))}</td>"
                             f"<td align='right'>{part.points:.1f}</td>"
                             f"<td style='color:#777'>&nbsp;{escape(t_of.replace('%1', f'{part.weight * 100:.0f}'))}"
                             f" — {escape(self._basis(part.basis))}</td></tr>")
            parts.append("</table>")
        fields = [("city", p.city), ("region", p.region), ("website", p.website), ("employees", p.employees),
                  ("clients", p.clients), ("level", p.level), ("certification", p.certification),
                  ("ecosystems", p.ecosystems), ("technical_capability", p.technical_capability),
                  ("community_authority", p.community_authority), ("similar_experience", p.similar_experience)]
        parts.append(f"<h4>{escape(t_profile)}</h4><table cellpadding='1'>")
        for name, value in fields:
            if value not in (None, ""):
                parts.append(f"<tr><td style='color:#555'>{escape(field_text(name))}</td><td>{escape(str(value))}</td></tr>")
        parts.append("</table>")
        if p.notes:
            parts.append(f"<p><i>{escape(p.notes)}</i></p>")
        parts.append(f"<h4>{escape(t_contacts)}</h4>")
        if detail.contacts:
            parts.append("<ul>" + "".join(
                f"<li>{escape(c.name)}{', ' + escape(c.role) if c.role else ''}"
                f"{' · ' + escape(c.email) if c.email else ''}{' · ' + escape(c.phone) if c.phone else ''}</li>"
                for c in detail.contacts) + "</ul>")
        else:
            parts.append(f"<p style='color:#777'>{escape(t_no_contacts)}</p>")
        parts.append(f"<h4>{escape(t_interviews)}</h4>")
        if not detail.interviews:
            parts.append(f"<p style='color:#777'>{escape(t_not)}</p>")
        for iv in detail.interviews:
            when = iv.ended_at or iv.planned_at
            date = locale.toString(when.date(), QLocale.FormatType.ShortFormat) if when else ""
            parts.append(f"<p><b>{escape(date)}</b> · {escape(iv.interviewer)} · {escape(self._iv_status(iv.status))}"
                         f" · {escape(t_statements.replace('%1', str(len(iv.statements))))}</p>")
            if iv.summary:
                parts.append(f"<p style='color:#555'>{escape(iv.summary)}</p>")
            items = []
            for kind, text in iv.statements[:MAX_STATEMENTS]:
                color = _KIND_COLORS.get(kind or "", "#555")
                tag = f"<span style='color:{color}'>[{escape(self._kind(kind))}]</span> " if kind else ""
                items.append(f"<li>{tag}{escape(text)}</li>")
            if len(iv.statements) > MAX_STATEMENTS:
                items.append(f"<li style='color:#777'>{escape(t_more.replace('%1', str(len(iv.statements) - MAX_STATEMENTS)))}</li>")
            if items:
                parts.append("<ul>" + "".join(items) + "</ul>")
        parts.append(f"<h4>{escape(t_history)}</h4><ul>")
        for at, status, who in detail.history:
            stamp = locale.toString(at.date(), QLocale.FormatType.ShortFormat) if at else ""
            parts.append(f"<li>{escape(stamp)} — {escape(status_text(status))}{' (' + escape(who) + ')' if who else ''}</li>")
        if not detail.history:
            parts.append(f"<li style='color:#777'>{escape(t_no_history)}</li>")
        parts.append("</ul>")
        self.browser.setHtml("".join(parts))

    def _kind(self, kind: str | None) -> str:
        return {"job": self.tr("job"), "pain": self.tr("pain"), "gain": self.tr("gain"),
                "other": self.tr("other")}.get(kind or "", kind or "")

    def _iv_status(self, status: str) -> str:
        return {"planned": self.tr("planned"), "in_progress": self.tr("in progress"),
                "done": self.tr("done")}.get(status, status)

    def _basis(self, basis: str) -> str:
        """The score basis from the domain ("120 employees", "rated 4/5", ...) in the current language."""
        words = basis.split(" ", 1)
        if basis in ("city unknown", "employees unknown", "clients unknown", "not rated"):
            return {"city unknown": self.tr("city unknown"), "employees unknown": self.tr("employees unknown"),
                    "clients unknown": self.tr("clients unknown"), "not rated": self.tr("not rated")}[basis]
        if basis.endswith(" employees") and words[0].isdigit():
            return self.tr("%1 employees").replace("%1", words[0])
        if basis.endswith(" clients") and words[0].isdigit():
            return self.tr("%1 clients").replace("%1", words[0])
        if basis.startswith("rated "):
            return self.tr("rated %1").replace("%1", basis[6:])
        if basis.startswith("authority rank "):
            return self.tr("authority rank %1").replace("%1", basis[15:])
        return basis
