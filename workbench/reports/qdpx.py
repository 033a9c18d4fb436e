"""REFI-QDA export (.qdpx): interviews as text sources, kinds as codes, statements as codings.

PARTIAL: cards as codes, cases/variables and the import are not built yet. Structure follows the
REFI-QDA Project standard as known without the official XSD (not validated against it).
"""

from __future__ import annotations

import uuid
import zipfile
from pathlib import Path
from xml.sax.saxutils import quoteattr

from sqlalchemy import text

from workbench.reports.safety import atomic_path
from workbench.store.project import Project

NS = uuid.UUID("6f1c2d1e-9a5b-4c1a-8e9b-2b7d6f0a1c3e")
KIND_CODES = ("job", "pain", "gain", "other")


def _guid(*parts: object) -> str:
    """A deterministic GUID for one exported object."""
    return str(uuid.uuid5(NS, "/".join(str(p) for p in parts))).upper()


def export_qdpx(project: Project, output: str | Path) -> Path:
    """Write the project's interviews to a .qdpx file and return its path."""
    with project.session() as session:
        rows = session.connection().execute(text(
            "SELECT st.id, st.interview_id, st.text, st.kind, p.name FROM statement st "
            "JOIN interview i ON i.id = st.interview_id JOIN partner p ON p.id = i.partner_id "
            "ORDER BY st.interview_id, st.position, st.id")).all()
    sources: dict[int, list] = {}
    for r in rows:
        sources.setdefault(r.interview_id, []).append(r)
    codes = "".join(f"<Code guid={quoteattr(_guid('code', k))} name={quoteattr(k.title())} isCodable=\"true\"/>"
                    for k in KIND_CODES)
    parts, files = [], {}
    for interview_id, stmts in sources.items():
        body, pos, sels = [], 0, []
        for st in stmts:
            line = st.text.replace("\r", " ").replace("\n", " ")
            if st.kind in KIND_CODES:
                sels.append(
                    f"<PlainTextSelection guid={quoteattr(_guid('sel', st.id))} startPosition=\"{pos}\" "
                    f"endPosition=\"{pos + len(line)}\"><Coding guid={quoteattr(_guid('coding', st.id))}>"
                    f"<CodeRef targetGUID={quoteattr(_guid('code', st.kind))}/></Coding></PlainTextSelection>")
            body.append(line)
            pos += len(line) + 1
        guid = _guid("source", interview_id)
        files[f"sources/{guid}.txt"] = "\n".join(body)
        parts.append(f"<TextSource guid={quoteattr(guid)} name={quoteattr(stmts[0].name)} "
                     f"plainTextPath={quoteattr('internal://' + guid + '.txt')}>{''.join(sels)}</TextSource>")
    xml = ('<?xml version="1.0" encoding="utf-8"?>'
           '<Project xmlns="urn:QDA-XML:project:1.0" name="Workbench" origin="Workbench">'
           f"<CodeBook><Codes>{codes}</Codes></CodeBook><Sources>{''.join(parts)}</Sources></Project>")
    target = Path(output)
    with atomic_path(target) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", xml)
        for name, content in files.items():
            zf.writestr(name, content)
    return target
