"""Importing REFI-QDA projects (.qdpx): round trip with the export, QualCoder-made files, hostile files."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from workbench.errors import InputError

NS = "urn:QDA-XML:project:1.0"
G = "{:08X}-0000-4000-8000-{:012X}"  # GUIDs for hand-made files: G.format(kind, n)


def digest(db: Path) -> str:
    """A hash of every row of the project (to prove nothing was written)."""
    conn = sqlite3.connect(db)
    h = hashlib.sha256()
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
        for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
            h.update(repr(row).encode())
    conn.close()
    return h.hexdigest()


def statements_by_interview(db: Path, ids: list[int] | None = None) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """(partner name, [(text, kind), ...]) per interview that has statements, in interview order."""
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT i.id, p.name FROM interview i JOIN partner p ON p.id = i.partner_id ORDER BY i.id").fetchall()
    out = []
    for interview_id, partner in rows:
        if ids is not None and interview_id not in ids:
            continue
        stmts = conn.execute("SELECT text, kind FROM statement WHERE interview_id = ? ORDER BY position, id",
                             (interview_id,)).fetchall()
        if stmts:
            out.append((partner, [(" ".join(t.split()), k) for t, k in stmts]))
    conn.close()
    return out


def qdpx_bytes(qde: str | bytes, files: dict[str, bytes | str], *, bom: bool = False) -> bytes:
    """A .qdpx archive holding ``qde`` as project.qde and ``files``."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        data = qde.encode() if isinstance(qde, str) else qde
        zf.writestr("project.qde", (b"\xef\xbb\xbf" if bom else b"") + data)
        for name, body in files.items():
            zf.writestr(name, body.encode() if isinstance(body, str) else body)
    return out.getvalue()


# A project as QualCoder writes it: BOM, "Sources" folder, categories, arbitrary code names, a case with
# variables and a SourceRef, a second source without a case, a PDF and a picture.
TEXT_A = "Интервьюер: Как у вас с выплатами?\nПартнёр: Выплаты приходят через месяц, это больно.\nХотим отчёт по клиентам."
TEXT_B = "We need leads registered in the portal.\nDeal registration takes two weeks."
PAIN_A = TEXT_A.index("Выплаты")
END_A = TEXT_A.index(" это больно")
WISH_A = TEXT_A.index("Хотим")
QUALCODER_QDE = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
 name="study.qda" origin="QualCoder 3.5" creatingUserGUID="{G.format(9, 1)}" creationDateTime="2025-03-01T10:00:00Z"
 xmlns="urn:QDA-XML:project:1.0">
<Users><User guid="{G.format(9, 1)}" name="Maria"/></Users>
<CodeBook><Codes>
 <Code guid="{G.format(1, 1)}" name="Боли" isCodable="false">
  <Code guid="{G.format(1, 2)}" name="Payment delays" isCodable="true" color="#FF0000"/>
 </Code>
 <Code guid="{G.format(1, 3)}" name="Gains" isCodable="true"><Description>wishes</Description></Code>
 <Code guid="{G.format(1, 4)}" name="Interesting quote" isCodable="true"/>
 <Code guid="{G.format(1, 5)}" name="работа" isCodable="true"/>
</Codes></CodeBook>
<Variables>
 <Variable guid="{G.format(2, 1)}" name="City" typeOfVariable="Text"><Description/></Variable>
 <Variable guid="{G.format(2, 2)}" name="Сотрудников" typeOfVariable="Float"><Description/></Variable>
 <Variable guid="{G.format(2, 3)}" name="Cases:Age group" typeOfVariable="Text"><Description/></Variable>
</Variables>
<Cases>
 <Case guid="{G.format(3, 1)}" name="ООО Ромашка"><Description>met at the conference</Description>
  <VariableValue><VariableRef targetGUID="{G.format(2, 1)}"/><TextValue>Казань</TextValue></VariableValue>
  <VariableValue><VariableRef targetGUID="{G.format(2, 2)}"/><FloatValue>45.0</FloatValue></VariableValue>
  <VariableValue><VariableRef targetGUID="{G.format(2, 3)}"/><TextValue>30-39</TextValue></VariableValue>
  <SourceRef targetGUID="{G.format(4, 1)}"/>
 </Case>
 <Case guid="{G.format(3, 2)}"><VariableValue><VariableRef targetGUID="{G.format(2, 1)}"/><TextValue>x</TextValue>
  </VariableValue><SourceRef targetGUID="{G.format(4, 2)}"/></Case>
</Cases>
<Sources>
 <TextSource richTextPath="internal://{G.format(5, 1)}.docx" plainTextPath="internal://{G.format(5, 2)}.txt"
  creatingUser="{G.format(9, 1)}" creationDateTime="2025-03-02T09:30:00Z" guid="{G.format(4, 1)}" name="romashka.docx">
  <Description>first call</Description>
  <PlainTextSelection guid="{G.format(6, 1)}" startPosition="{PAIN_A}" endPosition="{END_A}" name="x"
   creatingUser="{G.format(9, 1)}" creationDateTime="2025-03-02T09:31:00Z">
   <Coding guid="{G.format(7, 1)}" creatingUser="{G.format(9, 1)}"><CodeRef targetGUID="{G.format(1, 4)}"/></Coding>
  </PlainTextSelection>
  <PlainTextSelection guid="{G.format(6, 2)}" startPosition="{PAIN_A}" endPosition="{END_A}"
   creationDateTime="2025-03-02T09:31:00Z">
   <Coding guid="{G.format(7, 2)}"><CodeRef targetGUID="{G.format(1, 2)}"/></Coding>
  </PlainTextSelection>
  <PlainTextSelection guid="{G.format(6, 3)}" startPosition="{WISH_A}" endPosition="{len(TEXT_A)}"
   creationDateTime="2025-03-02T09:31:00Z">
   <Coding guid="{G.format(7, 3)}"><CodeRef targetGUID="{G.format(1, 3)}"/></Coding>
  </PlainTextSelection>
 </TextSource>
 <TextSource plainTextPath="internal://{G.format(5, 3)}.txt" guid="{G.format(4, 2)}" name="Acme notes"
  creationDateTime="2025-03-05T12:00:00Z">
  <PlainTextSelection guid="{G.format(6, 4)}" startPosition="0" endPosition="{TEXT_B.index(chr(10))}"
   creationDateTime="2025-03-05T12:00:00Z">
   <Coding guid="{G.format(7, 4)}"><CodeRef targetGUID="{G.format(1, 4)}"/></Coding>
  </PlainTextSelection>
  <PlainTextSelection guid="{G.format(6, 5)}" startPosition="5" endPosition="99999" creationDateTime="2025-03-05T12:00:00Z">
   <Coding guid="{G.format(7, 5)}"><CodeRef targetGUID="{G.format(1, 5)}"/></Coding>
  </PlainTextSelection>
 </TextSource>
 <PictureSource guid="{G.format(4, 3)}" name="whiteboard.png" path="internal://{G.format(5, 4)}.png"/>
</Sources>
</Project>"""


def qualcoder_file(tmp_path: Path) -> Path:
    """A .qdpx laid out as QualCoder exports it (BOM in every file, a Sources folder)."""
    path = tmp_path / "study.qdpx"
    bom = "\ufeff"
    path.write_bytes(qdpx_bytes(QUALCODER_QDE, {
        f"Sources/{G.format(5, 1)}.docx": b"PK fake docx",
        f"Sources/{G.format(5, 2)}.txt": (bom + TEXT_A).encode(),
        f"Sources/{G.format(5, 3)}.txt": (bom + TEXT_B).encode(),
        f"Sources/{G.format(5, 4)}.png": b"\x89PNG....",
    }, bom=True))
    return path


def test_round_trip_keeps_statements_and_kinds(demo_project, empty_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Demo -> export -> import into an empty project: the same statement texts and kinds per interview."""
    from workbench.interviews.qdpx_import import import_qdpx
    from workbench.reports.qdpx import export_qdpx

    out = export_qdpx(demo_project, tmp_path / "demo.qdpx")
    report = import_qdpx(empty_project, out)
    before = statements_by_interview(Path(str(demo_project.path)))
    after = statements_by_interview(Path(str(empty_project.path)))
    assert len(after) == len(before) == len(report.interview_ids) == 29
    assert after == before
    assert report.statements == sum(len(s) for _p, s in before)
    assert report.partners_created == 29 and report.partners_matched == 0
    assert report.backup and Path(report.backup).exists()
    conn_a, conn_b = sqlite3.connect(str(demo_project.path)), sqlite3.connect(str(empty_project.path))
    query = ("SELECT p.name, p.city, p.employees, p.clients, p.level, s.name FROM partner p "
             "LEFT JOIN segment s ON s.id = p.segment_id WHERE p.name = ?")
    for (name,) in conn_b.execute("SELECT name FROM partner"):
        assert conn_b.execute(query, (name,)).fetchone() == conn_a.execute(query, (name,)).fetchone()
    interviewers_a = sorted(r[0] for r in conn_a.execute(
        "SELECT interviewer FROM interview i WHERE EXISTS (SELECT 1 FROM statement s WHERE s.interview_id = i.id)"))
    interviewers_b = sorted(r[0] for r in conn_b.execute("SELECT interviewer FROM interview"))
    assert interviewers_a == interviewers_b


def test_importing_into_the_same_project_reuses_its_partners(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Partners are matched by name: a re-import adds interviews to the existing partners, no duplicates."""
    from workbench.interviews.qdpx_import import import_qdpx
    from workbench.reports.qdpx import export_qdpx

    conn = sqlite3.connect(str(demo_project.path))
    partners = conn.execute("SELECT count(*) FROM partner").fetchone()[0]
    report = import_qdpx(demo_project, export_qdpx(demo_project, tmp_path / "d.qdpx"))
    assert report.partners_created == 0 and report.partners_matched == 29
    assert conn.execute("SELECT count(*) FROM partner").fetchone()[0] == partners


def test_qualcoder_project_imports_with_mapped_kinds(empty_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A QualCoder .qdpx: codes under "Боли" tag pains, "Gains" gains, others leave statements untagged; uncoded text kept."""
    from workbench.interviews.qdpx_import import import_qdpx

    report = import_qdpx(empty_project, qualcoder_file(tmp_path))
    assert len(report.interview_ids) == 2
    assert any("whiteboard.png" in s and "picture" in s for s in report.skipped)
    assert any("Acme notes" in s and "outside its text" in s for s in report.skipped)
    db = Path(str(empty_project.path))
    got = dict(statements_by_interview(db))
    assert got["ООО Ромашка"] == [
        ("Интервьюер: Как у вас с выплатами?", None),
        ("Партнёр:", None),
        ("Выплаты приходят через месяц,", "pain"),
        ("это больно.", None),
        ("Хотим отчёт по клиентам.", "gain"),
    ]
    assert got["Acme notes"] == [("We need leads registered in the portal.", None),
                                 ("Deal registration takes two weeks.", None)]
    conn = sqlite3.connect(db)
    city, employees, notes, status = conn.execute(
        "SELECT city, employees, notes, research_status FROM partner WHERE name = 'ООО Ромашка'").fetchone()
    assert (city, employees, status) == ("Казань", 45, "interviewed")
    assert "met at the conference" in notes and "Cases:Age group: 30-39" in notes
    interviewer, started, summary = conn.execute(
        "SELECT interviewer, started_at, summary FROM interview i JOIN partner p ON p.id = i.partner_id "
        "WHERE p.name = 'ООО Ромашка'").fetchone()
    assert (interviewer, started[:16], summary) == ("Maria", "2025-03-02 09:30", "first call")


def test_coded_only_drops_the_uncoded_text(empty_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """With coded_only the statements are the coded spans alone."""
    from workbench.interviews.qdpx_import import read_qdpx

    plan = read_qdpx(qualcoder_file(tmp_path), coded_only=True)
    texts = [[(s.text, s.kind) for s in i.statements] for i in plan.interviews]
    assert texts == [[("Выплаты приходят через месяц,", "pain"), ("Хотим отчёт по клиентам.", "gain")],
                     [("We need leads registered in the portal.", None)]]


@pytest.mark.parametrize("name", ["Pain", "боль", "Боли", "PAINS", " pain "])
def test_kind_names_in_either_language(name: str) -> None:
    """Code names map to kinds case-blind, in English and Russian, singular or plural."""
    from workbench.interviews.qdpx_import import kind_of_code

    assert kind_of_code(name) == "pain"
    assert kind_of_code("Painful") is None


ENTITY_BOMB = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
               f'<Project xmlns="{NS}" name="x">&lol2;</Project>')
XXE = f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><Project xmlns="{NS}" name="&e;"/>'
TRAVERSAL = (f'<Project xmlns="{NS}" name="x"><Sources><TextSource guid="{G.format(4, 1)}" name="s" '
             f'plainTextPath="internal://../../../../etc/passwd"/></Sources></Project>')


def _bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        with zf.open("project.qde", "w", force_zip64=True) as fh:
            fh.write(f'<Project xmlns="{NS}" name="x">'.encode())
            chunk = b" " * (1 << 20)
            for _ in range(300):
                fh.write(chunk)
            fh.write(b"</Project>")
    return out.getvalue()


@pytest.mark.parametrize(("case", "content", "message"), [
    ("not-a-zip", b"just some text, not a zip", "not a zip archive"),
    ("empty", b"", "empty"),
    ("no-project-qde", None, "not a REFI-QDA project"),
    ("entity-bomb", qdpx_bytes(ENTITY_BOMB, {}), "DTD"),
    ("external-entity", qdpx_bytes(XXE, {}), "DTD"),
    ("broken-xml", qdpx_bytes("<Project xmlns='urn:QDA-XML:project:1.0'><Sources>", {}), "not well-formed"),
    ("wrong-namespace", qdpx_bytes("<Project name='x'/>", {}), "namespace"),
    ("path-traversal", qdpx_bytes(TRAVERSAL, {"etc/passwd": "root:x:0:0"}), "no text sources"),
    ("zip-bomb", None, "zip bomb"),
])
def test_bad_files_are_refused_and_nothing_is_written(empty_project, tmp_path: Path, case: str,
                                                      content: bytes | None, message: str) -> None:  # type: ignore[no-untyped-def]
    """Broken or hostile files raise one clear InputError before anything is written or backed up."""
    from workbench.interviews.qdpx_import import import_qdpx

    if case == "no-project-qde":
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as zf:
            zf.writestr("sources/a.txt", "hello")
        content = out.getvalue()
    elif case == "zip-bomb":
        content = _bomb()
    path = tmp_path / f"{case}.qdpx"
    path.write_bytes(content or b"")
    db = Path(str(empty_project.path))
    before = digest(db)
    with pytest.raises(InputError) as err:
        import_qdpx(empty_project, path)
    text = str(err.value)
    assert message.lower() in text.lower() and "\n" not in text and len(text) < 400
    assert digest(db) == before
    assert not (db.parent / "backups").exists() or not any((db.parent / "backups").glob("*import-qdpx*"))


def test_cancel_while_writing_leaves_the_project_unchanged(empty_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Stopping the import midway (Cancel) rolls the whole transaction back."""
    from workbench.interviews.qdpx_import import import_plan, read_qdpx

    class Stop(Exception):
        pass

    plan = read_qdpx(qualcoder_file(tmp_path))
    db = Path(str(empty_project.path))
    before = digest(db)

    def progress(done: int, total: int, text: str) -> None:
        if done == 1:
            raise Stop

    with pytest.raises(Stop):
        import_plan(empty_project, plan, progress=progress)
    assert digest(db) == before


def test_cli_import_qdpx_json_and_errors(empty_path: Path, tmp_path: Path) -> None:
    """`workbench import qdpx FILE --db DB --json` reports what it wrote; a bad file exits 2 with one line."""
    good = qualcoder_file(tmp_path)
    run = subprocess.run([sys.executable, "-m", "workbench", "import", "qdpx", str(good), "--db", str(empty_path),
                          "--json"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["interviews"] == 2 and report["tagged"]["pain"] == 1 and report["partners_created"] == 2
    bad = tmp_path / "bad.qdpx"
    bad.write_bytes(b"%PDF-1.7 not a project")
    run = subprocess.run([sys.executable, "-m", "workbench", "import", "qdpx", str(bad), "--db", str(empty_path)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert "not a zip archive" in run.stderr and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_deeply_nested_codes_are_read_without_recursion(empty_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A code tree 20,000 levels deep under "Pain" still tags the span coded with its innermost code."""
    from workbench.interviews.qdpx_import import import_qdpx

    depth = 20_000
    opening = "".join(f'<Code guid="{G.format(1, n)}" name="c{n}" isCodable="true">' for n in range(1, depth))
    qde = (f'<Project xmlns="{NS}" name="deep"><CodeBook><Codes><Code guid="{G.format(1, 0)}" name="Pain" '
           f'isCodable="true">{opening}{"</Code>" * (depth - 1)}</Code></Codes></CodeBook><Sources>'
           f'<TextSource guid="{G.format(4, 1)}" name="deep source"><PlainTextContent>Платят поздно.</PlainTextContent>'
           f'<PlainTextSelection guid="{G.format(6, 1)}" startPosition="0" endPosition="14"><Coding guid="{G.format(7, 1)}">'
           f'<CodeRef targetGUID="{G.format(1, depth - 1)}"/></Coding></PlainTextSelection></TextSource></Sources></Project>')
    path = tmp_path / "deep.qdpx"
    path.write_bytes(qdpx_bytes(qde, {}))
    report = import_qdpx(empty_project, path)
    assert report.tagged["pain"] == 1 and report.statements == 1


def test_mutated_project_xml_is_refused_or_imported(demo_template: Path, tmp_path: Path) -> None:
    """Random edits to a QualCoder project.qde give an import or an InputError, never another exception;
    a refusal writes nothing."""
    import random
    import shutil

    from workbench.interviews.qdpx_import import import_qdpx
    from workbench.store.project import open_project

    db = tmp_path / "m.wbp"
    shutil.copyfile(demo_template, db)
    project = open_project(db, backup=False)
    rng = random.Random(8)
    source = (QUALCODER_QDE).encode()
    files = {f"Sources/{G.format(5, 2)}.txt": TEXT_A, f"Sources/{G.format(5, 3)}.txt": TEXT_B}
    outcomes = {"imported": 0, "refused": 0}
    try:
        for n in range(60):
            data = bytearray(source)
            for _ in range(rng.randint(1, 4)):
                at = rng.randrange(len(data))
                op = rng.choice(("flip", "delete", "insert", "duplicate"))
                if op == "flip":
                    data[at] ^= rng.randint(1, 255)
                elif op == "delete":
                    del data[at: at + rng.randint(1, 40)]
                elif op == "insert":
                    data[at:at] = rng.choice([b"<", b">", b'"', b"&", b"</Code>", b"99999", b"-1", b"\xff", b"<Code>"])
                else:
                    data[at:at] = data[at: at + rng.randint(1, 200)]
            path = tmp_path / f"m{n}.qdpx"
            path.write_bytes(qdpx_bytes(bytes(data), files))
            before = digest(db)
            try:
                import_qdpx(project, path)
                outcomes["imported"] += 1
            except InputError as exc:
                outcomes["refused"] += 1
                assert str(exc).strip() and "\n" not in str(exc).strip()
                assert digest(db) == before
    finally:
        project.close()
    assert outcomes["imported"] > 0 and outcomes["refused"] > 0


def test_partners_the_import_creates_are_scored_and_ranked(tmp_path, demo_path, empty_project) -> None:  # type: ignore[no-untyped-def]
    """Every partner a .qdpx brings is scored and ranked in the import itself, as any other new partner is."""
    from workbench.interviews.qdpx_import import import_qdpx
    from workbench.partners import service
    from workbench.reports.qdpx import export_qdpx
    from workbench.store.project import open_project

    source = open_project(demo_path, backup=False)
    try:
        path = export_qdpx(source, tmp_path / "demo.qdpx")
    finally:
        source.close()
    report = import_qdpx(empty_project, path)
    partners = service.list_partners(empty_project)
    assert report.partners_created == len(partners) > 0
    assert all(p.profile_score is not None and p.profile_rank is not None for p in partners)
