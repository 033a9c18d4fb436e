"""REFI-QDA export of the demo project: structure per Project.xsd, codings, cards, cases, users."""

from __future__ import annotations

import os
import re
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import defusedxml.ElementTree as ET
import pytest

NS = "urn:QDA-XML:project:1.0"
Q = {"q": NS}
GUID = re.compile(r"^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|"
                  r"\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$")
DATETIME = re.compile(r"^-?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$")
VALUES = ["TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue"]
#: the REFI-QDA Project.xsd (1.0, 2019) as rules: element -> (children in their required order, required
#: attributes, whether at least one child is required); only the parts a text-only project uses
SCHEMA: dict[str, tuple[list[str], set[str], bool]] = {
    "Project": (["Users", "CodeBook", "Variables", "Cases", "Sources", "Notes", "Links", "Sets", "Graphs",
                 "Description", "NoteRef"], {"name"}, False),
    "Users": (["User"], set(), True),
    "User": ([], {"guid"}, False),
    "CodeBook": (["Codes"], set(), True),
    "Codes": (["Code"], set(), True),
    "Code": (["Description", "NoteRef", "Code"], {"guid", "name", "isCodable"}, False),
    "Variables": (["Variable"], set(), True),
    "Variable": (["Description"], {"guid", "name", "typeOfVariable"}, False),
    "Cases": (["Case"], set(), True),
    "Case": (["Description", "CodeRef", "VariableValue", "SourceRef", "SelectionRef"], {"guid"}, False),
    "VariableValue": (["VariableRef", "|".join(VALUES)], set(), True),
    "Sources": (["TextSource|PictureSource|PDFSource|AudioSource|VideoSource"], set(), True),
    "TextSource": (["Description", "PlainTextContent", "PlainTextSelection", "Coding", "NoteRef", "VariableValue"],
                   {"guid"}, False),
    "PlainTextSelection": (["Description", "Coding", "NoteRef"], {"guid", "startPosition", "endPosition"}, False),
    "Coding": (["CodeRef", "NoteRef"], {"guid"}, True),
    "CodeRef": ([], {"targetGUID"}, False),
    "SourceRef": ([], {"targetGUID"}, False),
    "VariableRef": ([], {"targetGUID"}, False),
    "NoteRef": ([], {"targetGUID"}, False),
    "Description": ([], set(), False),
    "PlainTextContent": ([], set(), False),
    **{v: ([], set(), False) for v in VALUES},
}
GUID_ATTRS = {"guid", "targetGUID", "creatingUser", "modifyingUser", "creatingUserGUID", "modifyingUserGUID"}


def _local(tag: str) -> str:
    assert tag.startswith("{" + NS + "}"), f"{tag} is outside the REFI-QDA namespace"
    return tag.split("}", 1)[1]


def schema_problems(root: Any) -> list[str]:
    """Every way the tree breaks the Project.xsd rules above (empty when it conforms)."""
    problems = []
    for el in root.iter():
        name = _local(el.tag)
        if name not in SCHEMA:
            problems.append(f"unexpected element {name}")
            continue
        order, required, needs_child = SCHEMA[name]
        missing = required - set(el.attrib)
        if missing:
            problems.append(f"{name} lacks {sorted(missing)}")
        last = -1
        children = [_local(c.tag) for c in el]
        if needs_child and not children:
            problems.append(f"{name} is empty")
        for child in children:
            slot = next((i for i, allowed in enumerate(order) if child in allowed.split("|")), None)
            if slot is None or slot < last:
                problems.append(f"{child} is not allowed there in {name} (order {order})")
            last = slot if slot is not None else last
        for attr, value in el.attrib.items():
            if attr in GUID_ATTRS and not GUID.match(value):
                problems.append(f"{name}@{attr}={value!r} is not a GUID")
            if attr.endswith("DateTime") and not DATETIME.match(value):
                problems.append(f"{name}@{attr}={value!r} is not an xsd:dateTime")
            if attr in ("startPosition", "endPosition") and not re.fullmatch(r"\d+", value):
                problems.append(f"{name}@{attr}={value!r} is not an integer")
            if attr == "isCodable" and value not in ("true", "false", "1", "0"):
                problems.append(f"{name}@isCodable={value!r} is not a boolean")
            if attr == "color" and not re.fullmatch(r"#(?:[0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})", value):
                problems.append(f"{name}@color={value!r} is not an RGB colour")
            if attr == "typeOfVariable" and value not in ("Text", "Boolean", "Integer", "Float", "Date", "DateTime"):
                problems.append(f"Variable@typeOfVariable={value!r}")
        if name == "IntegerValue" and not re.fullmatch(r"-?\d+", el.text or ""):
            problems.append(f"IntegerValue {el.text!r}")
        if name == "DateValue" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", el.text or ""):
            problems.append(f"DateValue {el.text!r}")
    return problems


def reference_problems(root: Any, names: list[str]) -> list[str]:
    """GUIDs unique; every reference points at an object of the right kind; every source text is in the zip."""
    problems = []
    guids = [el.get("guid") for el in root.iter() if el.get("guid")]
    if len(guids) != len(set(guids)):
        problems.append("duplicate GUIDs")
    kinds = {tag: {el.get("guid") for el in root.iterfind(f".//q:{tag}", Q)} for tag in
             ("Code", "TextSource", "Variable", "User")}
    for ref, target in (("CodeRef", "Code"), ("SourceRef", "TextSource"), ("VariableRef", "Variable")):
        for el in root.iterfind(f".//q:{ref}", Q):
            if el.get("targetGUID") not in kinds[target]:
                problems.append(f"{ref} to a missing {target}")
    for el in root.iter():
        for attr in ("creatingUser", "modifyingUser", "creatingUserGUID", "modifyingUserGUID"):
            if el.get(attr) and el.get(attr) not in kinds["User"]:
                problems.append(f"{attr} names no User")
    for src in root.iterfind(".//q:TextSource", Q):
        path = src.get("plainTextPath", "")
        if not path.startswith("internal://") or f"sources/{path.removeprefix('internal://')}" not in names:
            problems.append(f"source text {path} is not in the archive")
    return problems


@pytest.fixture
def exported(demo_project, tmp_path: Path) -> tuple[Any, zipfile.ZipFile, Path]:  # type: ignore[no-untyped-def]
    """The demo exported: (root element, open zip, project file)."""
    from workbench.reports.qdpx import export_qdpx

    out = export_qdpx(demo_project, tmp_path / "p.qdpx")
    zf = zipfile.ZipFile(out)
    return ET.fromstring(zf.read("project.qde")), zf, Path(str(demo_project.path))


def test_codings_point_at_the_statement_text(exported) -> None:  # type: ignore[no-untyped-def]
    """Each PlainTextSelection's span in its source .txt is exactly one whole statement line."""
    root, zf, _db = exported
    spans = 0
    for src in root.iterfind(".//q:TextSource", Q):
        body = zf.read("sources/" + src.get("plainTextPath").removeprefix("internal://")).decode()
        lines = set(body.split("\n"))
        for sel in src.iterfind("q:PlainTextSelection", Q):
            start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
            assert body[start:end] in lines
            assert start == 0 or body[start - 1] == "\n"
            spans += 1
    assert spans > 600


def test_export_follows_the_refi_qda_project_schema(exported) -> None:  # type: ignore[no-untyped-def]
    """Element order, required attributes, GUID/date/integer formats and references follow Project.xsd."""
    root, zf, _db = exported
    assert _local(root.tag) == "Project"
    assert root.get("origin", "").startswith("Workbench")
    assert GUID.match(root.get("creatingUserGUID", "")) and DATETIME.match(root.get("creationDateTime", ""))
    assert schema_problems(root) == []
    assert reference_problems(root, zf.namelist()) == []
    assert zf.namelist()[0] == "project.qde"


@pytest.mark.skipif(not os.environ.get("WORKBENCH_REFI_XSD"), reason="set WORKBENCH_REFI_XSD to the official "
                    "REFI-QDA Project.xsd to validate against it")
def test_export_validates_against_the_official_xsd(exported) -> None:  # type: ignore[no-untyped-def]
    """With the official Project.xsd at hand, lxml finds the export valid."""
    from lxml import etree

    _root, zf, _db = exported
    schema = etree.XMLSchema(etree.parse(os.environ["WORKBENCH_REFI_XSD"]))
    doc = etree.fromstring(zf.read("project.qde"))
    assert schema.validate(doc), str(schema.error_log)


def test_cards_are_codes_coding_their_evidence(exported) -> None:  # type: ignore[no-untyped-def]
    """Every card is a code (profile cards under their kind, value-map cards under Cards), coding exactly its evidence."""
    root, zf, db = exported
    conn = sqlite3.connect(db)
    evidence = conn.execute("SELECT count(*) FROM evidence").fetchone()[0]
    cards = conn.execute("SELECT count(*) FROM card").fetchone()[0]
    conn.close()
    top = {c.get("name"): c for c in root.iterfind("q:CodeBook/q:Codes/q:Code", Q)}
    assert list(top) == ["Job", "Pain", "Gain", "Other", "Cards"]
    assert top["Cards"].get("isCodable") == "false"
    card_guids = {c.get("guid") for name in ("Job", "Pain", "Gain") for c in top[name].iterfind("q:Code", Q)}
    card_guids |= {c.get("guid") for c in top["Cards"].iterfind("q:Code/q:Code", Q)}
    assert len(card_guids) == cards
    names = [c.get("name") for c in root.iterfind(".//q:Code", Q)]
    assert len(names) == len(set(names)), "code names must be unique (QualCoder drops duplicates)"
    card_codings = [r for r in root.iterfind(".//q:Coding/q:CodeRef", Q) if r.get("targetGUID") in card_guids]
    assert len(card_codings) == evidence


def test_partners_are_cases_with_their_attributes(exported) -> None:  # type: ignore[no-untyped-def]
    """Each interviewed partner is a case with city, employees and segment values and a SourceRef per interview."""
    root, _zf, db = exported
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT p.name, p.city, p.employees, s.name, (SELECT count(*) FROM interview i WHERE i.partner_id = p.id "
        "AND EXISTS (SELECT 1 FROM statement st WHERE st.interview_id = i.id)) FROM partner p "
        "LEFT JOIN segment s ON s.id = p.segment_id").fetchall()
    interviewers = {r[0] for r in conn.execute("SELECT interviewer FROM interview WHERE interviewer != ''")}
    conn.close()
    expected = {r[0]: r for r in rows if r[4]}
    variables = {v.get("guid"): v.get("name") for v in root.iterfind("q:Variables/q:Variable", Q)}
    cases = root.findall("q:Cases/q:Case", Q)
    assert {c.get("name") for c in cases} == set(expected)
    for case in cases:
        values = {variables[vv.find("q:VariableRef", Q).get("targetGUID")]: vv[1].text
                  for vv in case.iterfind("q:VariableValue", Q)}
        name, city, employees, segment, interviews = expected[case.get("name")]
        assert values.get("City") == (city or None)
        assert values.get("Employees") == (str(employees) if employees is not None else None)
        assert values.get("Segment") == segment
        assert len(case.findall("q:SourceRef", Q)) == interviews
    users = {u.get("name") for u in root.iterfind("q:Users/q:User", Q)}
    assert interviewers <= users


def test_export_is_deterministic(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Exporting the same project twice writes the same project.qde, so QDA tools see the same GUIDs."""
    from workbench.reports.qdpx import export_qdpx

    a = zipfile.ZipFile(export_qdpx(demo_project, tmp_path / "a.qdpx")).read("project.qde")
    b = zipfile.ZipFile(export_qdpx(demo_project, tmp_path / "b.qdpx")).read("project.qde")
    assert a == b


def test_empty_project_exports_a_valid_codebook(empty_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A project without interviews exports users and the kind codes, and no empty Sources or Cases."""
    from workbench.reports.qdpx import export_qdpx

    zf = zipfile.ZipFile(export_qdpx(empty_project, tmp_path / "e.qdpx"))
    root = ET.fromstring(zf.read("project.qde"))
    assert schema_problems(root) == []
    assert root.find("q:Sources", Q) is None and root.find("q:Cases", Q) is None
    assert [c.get("name") for c in root.iterfind("q:CodeBook/q:Codes/q:Code", Q)][:4] == ["Job", "Pain", "Gain", "Other"]


def test_cli_export_qdpx(demo_path: Path, tmp_path: Path) -> None:
    """`workbench export qdpx` writes a zip holding project.qde and one source text per interviewed conversation."""
    import subprocess
    import sys

    out = tmp_path / "p.qdpx"
    run = subprocess.run([sys.executable, "-m", "workbench", "export", "qdpx", "--db", str(demo_path), "-o",
                          str(out)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    names = zipfile.ZipFile(out).namelist()
    assert "project.qde" in names and sum(n.startswith("sources/") for n in names) == 29


def test_awkward_text_exports_as_valid_xml_and_comes_back(demo_path: Path, empty_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Markup characters, control characters and line breaks in statements and names give valid XML and round-trip."""
    from workbench.interviews.qdpx_import import import_qdpx
    from workbench.reports.qdpx import export_qdpx
    from workbench.store.project import open_project

    conn = sqlite3.connect(demo_path)
    statement_id, partner_id = conn.execute(
        "SELECT st.id, i.partner_id FROM statement st JOIN interview i ON i.id = st.interview_id "
        "WHERE st.kind = 'pain' ORDER BY st.id LIMIT 1").fetchone()
    conn.execute("UPDATE statement SET text = ? WHERE id = ?", ('Платят <b>поздно</b> & "долго"\x01\x0b\r\nвторая строка', statement_id))
    conn.execute("UPDATE partner SET name = ?, city = ? WHERE id = ?", ("ООО «Тест & <Ко>»\x02", "Ке\x1fмь", partner_id))
    conn.commit()
    conn.close()
    project = open_project(demo_path, backup=False)
    try:
        out = export_qdpx(project, tmp_path / "awkward.qdpx")
    finally:
        project.close()
    root = ET.fromstring(zipfile.ZipFile(out).read("project.qde"))
    assert schema_problems(root) == []
    assert "ООО «Тест & <Ко>»" in {c.get("name") for c in root.iterfind("q:Cases/q:Case", Q)}
    report = import_qdpx(empty_project, out)
    conn = sqlite3.connect(str(empty_project.path))
    texts = {t: k for t, k in conn.execute("SELECT text, kind FROM statement")}
    conn.close()
    assert texts['Платят <b>поздно</b> & "долго"\x01\x0b вторая строка'] == "pain"
    assert report.statements == 730
