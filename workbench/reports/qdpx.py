"""REFI-QDA Project export (.qdpx) for QualCoder, NVivo, ATLAS.ti and MAXQDA.

A .qdpx file is a zip holding ``project.qde`` (XML in the namespace ``urn:QDA-XML:project:1.0``,
REFI-QDA Project Exchange 1.0) and a ``sources`` folder of UTF-8 plain-text files. What goes in:

- **Users**: the person exporting, the interviewers and whoever typed the statements.
- **CodeBook**: the kinds Job, Pain, Gain and Other as codes; each canvas card as a code nested under
  its kind (jobs, pains and gains zones) or under ``Cards`` → products / relievers / creators.
- **Variables** and **Cases**: one case per interviewed partner, with its segment, city, region,
  website, employees, clients, level, certification, ecosystems and research status, and a
  ``SourceRef`` to each of its interviews.
- **Sources**: one ``TextSource`` per interview that has statements; its text is the statements,
  one per line, and each tagged statement (or statement that is evidence for a card) is a
  ``PlainTextSelection`` over its characters with a ``Coding`` for its kind and one per card.
  Interviewer and interview date are source variables.

Positions count Unicode code points from 0, the end excluded, as QualCoder reads them. GUIDs are
derived from the project and the object (the same project exports the same GUIDs every time, so a
QDA tool can recognise an updated export). The element order and required attributes follow the
REFI-QDA ``Project.xsd`` (1.0, March 2019).
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from workbench import __version__
from workbench.reports.safety import atomic_path
from workbench.store.project import Project

NAMESPACE = "urn:QDA-XML:project:1.0"
NS = uuid.UUID("6f1c2d1e-9a5b-4c1a-8e9b-2b7d6f0a1c3e")
KIND_CODES = ("job", "pain", "gain", "other")
KIND_NAMES = {"job": "Job", "pain": "Pain", "gain": "Gain", "other": "Other"}
KIND_COLORS = {"job": "#3B82F6", "pain": "#DC2626", "gain": "#16A34A", "other": "#6B7280"}
KIND_DESCRIPTIONS = {
    "job": "What the partner is trying to get done (Value Proposition Canvas: customer jobs).",
    "pain": "What annoys the partner or stands in the way (Value Proposition Canvas: pains).",
    "gain": "What the partner wants to achieve or would welcome (Value Proposition Canvas: gains).",
    "other": "A statement that is neither a job, a pain nor a gain.",
}
#: profile zones nest their cards under the kind's code; value-map zones under "Cards"
ZONE_KIND = {"jobs": "job", "pains": "pain", "gains": "gain"}
VALUE_MAP_NAMES = {"products": "Products & services", "relievers": "Pain relievers", "creators": "Gain creators"}
#: (variable name, partner column, REFI type); the same names are read back by the importer
CASE_VARIABLES = (
    ("Segment", "segment", "Text"), ("City", "city", "Text"), ("Region", "region", "Text"),
    ("Website", "website", "Text"), ("Employees", "employees", "Integer"), ("Clients", "clients", "Integer"),
    ("Level", "level", "Text"), ("Certification", "certification", "Text"),
    ("Ecosystems", "ecosystems", "Text"), ("Research status", "research_status", "Text"),
)
SOURCE_VARIABLES = (("Interviewer", "Text"), ("Interview date", "Date"))
SOURCES_FOLDER = "sources"

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class QdpxSummary:
    """What an export wrote."""

    path: Path
    sources: int
    codings: int
    codes: int
    cases: int
    users: int


def _q(tag: str) -> str:
    return f"{{{NAMESPACE}}}{tag}"


#: characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*]')


def _x(value: object) -> str:
    """Text that XML 1.0 can carry: characters it cannot are dropped (ElementTree would write them raw)."""
    return _NOT_XML.sub("", str(value))


def _sub(parent: ET.Element, tag: str, text_: str | None = None, **attrs: str | None) -> ET.Element:
    el = ET.SubElement(parent, _q(tag), {k: _x(v) for k, v in attrs.items() if v is not None})
    if text_ is not None:
        el.text = _x(text_)
    return el


def _stamp(value: object) -> str | None:
    """An xsd:dateTime in UTC (``2026-05-03T10:00:00Z``) from a stored timestamp, or None."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return None
    if not isinstance(value, datetime):
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _line(text_: str) -> str:
    """A statement as one line of the source text (line breaks become spaces)."""
    return " ".join(text_.replace("\r\n", "\n").replace("\r", "\n").split("\n")).strip()


class _Guids:
    """Deterministic GUIDs: the same object of the same project always gets the same GUID."""

    def __init__(self, project_key: str) -> None:
        self.base = uuid.uuid5(NS, project_key)

    def __call__(self, *parts: object) -> str:
        return str(uuid.uuid5(self.base, "/".join(str(p) for p in parts))).upper()


def _rows(project: Project) -> dict[str, list]:  # type: ignore[type-arg]
    queries = {
        "statements": "SELECT st.id, st.interview_id, st.text, st.kind, st.created_by, st.created_at "
                      "FROM statement st ORDER BY st.interview_id, st.position, st.id",
        "interviews": "SELECT i.id, i.partner_id, i.interviewer, i.started_at, i.planned_at, i.created_at, "
                      "i.summary, p.name AS partner_name FROM interview i JOIN partner p ON p.id = i.partner_id "
                      "ORDER BY i.id",
        "partners": "SELECT p.*, s.name AS segment FROM partner p LEFT JOIN segment s ON s.id = p.segment_id "
                    "ORDER BY p.id",
        "cards": "SELECT c.id, c.zone, c.title, c.description, c.rank, s.name AS segment FROM card c "
                 "JOIN board b ON b.id = c.board_id JOIN segment s ON s.id = b.segment_id "
                 "ORDER BY s.position, s.id, c.zone, c.rank IS NULL, c.rank, c.id",
        "evidence": "SELECT e.card_id, e.statement_id FROM evidence e ORDER BY e.card_id, e.statement_id",
        "meta": "SELECT key, value FROM project_meta",
        "first": "SELECT min(created_at) AS at FROM (SELECT created_at FROM segment UNION ALL "
                 "SELECT created_at FROM partner UNION ALL SELECT created_at FROM interview)",
        "changed": "SELECT changed_at FROM change_counter WHERE id = 1",
    }
    with project.session() as session:
        conn = session.connection()
        return {key: conn.execute(text(sql)).all() for key, sql in queries.items()}


def build_project_xml(project: Project, progress: Progress | None = None) -> tuple[bytes, dict[str, str], dict[str, int]]:
    """The ``project.qde`` XML, the source files {zip name: text} and counts, from the project."""
    data = _rows(project)
    meta = {r.key: r.value for r in data["meta"]}
    name = meta.get("name") or project.display_name or "Workbench"
    first = data["first"][0].at if data["first"] else None
    guid = _Guids(f"{name}|{_stamp(first) or ''}")

    by_interview: dict[int, list] = {}  # type: ignore[type-arg]
    for st in data["statements"]:
        by_interview.setdefault(st.interview_id, []).append(st)
    interviews = [i for i in data["interviews"] if i.id in by_interview]
    cards_of: dict[int, list[int]] = {}
    for ev in data["evidence"]:
        cards_of.setdefault(ev.statement_id, []).append(ev.card_id)

    users: dict[str, str] = {}

    def user(person: str | None) -> str | None:
        person = (person or "").strip()
        if not person:
            return None
        if person not in users:
            users[person] = guid("user", person)
        return users[person]

    exporter = user(project.user) or user("Workbench")
    exported_at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    root = ET.Element(_q("Project"), {
        "name": _x(name), "origin": f"Workbench {__version__}", "creatingUserGUID": exporter or "",
    })
    if _stamp(first):
        root.set("creationDateTime", _stamp(first) or "")
    root.set("modifyingUserGUID", exporter or "")
    root.set("modifiedDateTime", _stamp(data["changed"][0].changed_at if data["changed"] else None)
             or exported_at)
    users_el = _sub(root, "Users")

    # --- code book: kinds, cards nested under kinds or under Cards
    codebook = _sub(_sub(root, "CodeBook"), "Codes")
    kind_el = {}
    for kind in KIND_CODES:
        el = _sub(codebook, "Code", guid=guid("code", kind), name=KIND_NAMES[kind], isCodable="true",
                  color=KIND_COLORS[kind])
        _sub(el, "Description", KIND_DESCRIPTIONS[kind])
        kind_el[kind] = el
    cards_el = _sub(codebook, "Code", guid=guid("code", "cards"), name="Cards", isCodable="false")
    _sub(cards_el, "Description", "Value map cards of the canvas boards, one board per segment.")
    zone_el = {}
    for zone, label in VALUE_MAP_NAMES.items():
        zone_el[zone] = _sub(cards_el, "Code", guid=guid("code", "zone", zone), name=label, isCodable="false")
    card_codes = 0
    # Code names are unique (QualCoder keeps only the first code of a name): segment, then zone, then id.
    taken = {*KIND_NAMES.values(), "Cards", *VALUE_MAP_NAMES.values()}
    for card in data["cards"]:
        parent = kind_el[ZONE_KIND[card.zone]] if card.zone in ZONE_KIND else zone_el.get(card.zone)
        if parent is None:
            continue
        code_name = f"{card.title} ({card.segment})"
        if code_name in taken:
            code_name = f"{card.title} ({card.segment}, {card.zone})"
        if code_name in taken:
            code_name = f"{card.title} ({card.segment}, {card.zone} #{card.id})"
        taken.add(code_name)
        attrs = {"guid": guid("card", card.id), "name": code_name, "isCodable": "true"}
        if card.zone in ZONE_KIND:
            attrs["color"] = KIND_COLORS[ZONE_KIND[card.zone]]
        el = _sub(parent, "Code", **attrs)
        _sub(el, "Description", (card.description or card.title) + f"\n\nSegment: {card.segment}")
        card_codes += 1

    # --- variables and cases: interviewed partners
    partners = {p.id: p for p in data["partners"]}
    case_partners = sorted({i.partner_id for i in interviews})
    if case_partners:
        variables = _sub(root, "Variables")
        for var_name, _column, kind in CASE_VARIABLES:
            _sub(variables, "Variable", guid=guid("variable", var_name), name=var_name, typeOfVariable=kind)
        for var_name, kind in SOURCE_VARIABLES:
            _sub(variables, "Variable", guid=guid("variable", var_name), name=var_name, typeOfVariable=kind)
        cases = _sub(root, "Cases")
        for partner_id in case_partners:
            partner = partners[partner_id]
            case = _sub(cases, "Case", guid=guid("case", partner_id), name=partner.name)
            if partner.notes:
                _sub(case, "Description", partner.notes)
            for var_name, column, kind in CASE_VARIABLES:
                value = getattr(partner, column)
                if value is None or value == "":
                    continue
                vv = _sub(case, "VariableValue")
                _sub(vv, "VariableRef", targetGUID=guid("variable", var_name))
                _sub(vv, "IntegerValue" if kind == "Integer" else "TextValue", str(value))
            for interview in interviews:
                if interview.partner_id == partner_id:
                    _sub(case, "SourceRef", targetGUID=guid("source", interview.id))

    # --- sources and codings
    files: dict[str, str] = {}
    codings = 0
    if interviews:
        sources = _sub(root, "Sources")
        total = len(interviews)
        for number, interview in enumerate(interviews, start=1):
            if progress is not None:
                progress(number - 1, total, interview.partner_name)
            when = interview.started_at or interview.planned_at or interview.created_at
            source_guid = guid("source", interview.id)
            day = (_stamp(when) or "")[:10]
            # QualCoder copies a source to a file named after it: no path or reserved characters in the name.
            title = _UNSAFE_NAME.sub("-", f"{interview.partner_name} — {day}".strip(" —") + f" #{interview.id}")
            source = _sub(sources, "TextSource", guid=source_guid, name=title,
                          plainTextPath=f"internal://{source_guid}.txt",
                          creatingUser=user(interview.interviewer) or exporter,
                          creationDateTime=_stamp(when))
            if interview.summary:
                _sub(source, "Description", interview.summary)
            body: list[str] = []
            pos = 0
            for st in by_interview[interview.id]:
                line = _line(st.text)
                card_ids = cards_of.get(st.id, [])
                if line and (st.kind in KIND_CODES or card_ids):
                    created = _stamp(st.created_at) or _stamp(when) or exported_at
                    by = user(st.created_by) or user(interview.interviewer) or exporter
                    sel = _sub(source, "PlainTextSelection", guid=guid("selection", st.id), name=line[:80],
                               startPosition=str(pos), endPosition=str(pos + len(line)), creatingUser=by,
                               creationDateTime=created)
                    targets = ([guid("code", st.kind)] if st.kind in KIND_CODES else []) + \
                              [guid("card", c) for c in card_ids]
                    for n, target in enumerate(targets):
                        coding = _sub(sel, "Coding", guid=guid("coding", st.id, n), creatingUser=by,
                                      creationDateTime=created)
                        _sub(coding, "CodeRef", targetGUID=target)
                        codings += 1
                body.append(line)
                pos += len(line) + 1
            for var_name, kind in SOURCE_VARIABLES:
                value = interview.interviewer if var_name == "Interviewer" else day
                if not value:
                    continue
                vv = _sub(source, "VariableValue")
                _sub(vv, "VariableRef", targetGUID=guid("variable", var_name))
                _sub(vv, "DateValue" if kind == "Date" else "TextValue", value)
            files[f"{SOURCES_FOLDER}/{source_guid}.txt"] = "\n".join(body)
    for person, user_guid in users.items():
        _sub(users_el, "User", guid=user_guid, name=person)
    description = meta.get("description") or f"Exported from Workbench {__version__}: partner interviews " \
        "with their statements coded as jobs, pains and gains and as evidence for canvas cards."
    _sub(root, "Description", description)
    ET.register_namespace("", NAMESPACE)
    xml = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    counts = {"sources": len(files), "codings": codings, "codes": len(KIND_CODES) + card_codes,
              "cases": len(case_partners), "users": len(users)}
    return xml, files, counts


def export_qdpx(project: Project, output: str | Path, *, progress: Progress | None = None) -> Path:
    """Write the project's interviews to a .qdpx file and return its path (written whole or not at all)."""
    return export_qdpx_summary(project, output, progress=progress).path


def export_qdpx_summary(project: Project, output: str | Path, *, progress: Progress | None = None) -> QdpxSummary:
    """Like :func:`export_qdpx`, returning what was written."""
    xml, files, counts = build_project_xml(project, progress)
    target = Path(output)
    with atomic_path(target) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", xml)
        for name, content in files.items():
            zf.writestr(name, content.encode("utf-8"))
    if progress is not None:
        progress(counts["sources"], counts["sources"], "")
    return QdpxSummary(target, counts["sources"], counts["codings"], counts["codes"], counts["cases"],
                       counts["users"])
