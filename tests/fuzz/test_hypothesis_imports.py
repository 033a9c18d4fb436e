"""Hypothesis mutates each importer's valid files (bytes, and the XML inside zips); every mutant is
refused with a WorkbenchError or imported, never an other exception, and a refusal writes nothing."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz.harness import project_digest
from tests.fuzz.importers import Importer, available
from workbench.errors import WorkbenchError

EXAMPLES = 20
CASES = [(imp, suffix) for imp in available() for suffix in imp.suffixes if suffix in imp.seeds()]


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """``seed`` with a few random edits: flipped bytes, inserted junk, a deleted or duplicated slice, a cut."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(("flip", "insert", "delete", "duplicate", "truncate")))
        if not data:
            data += draw(st.binary(min_size=1, max_size=64))
            continue
        at = draw(st.integers(0, len(data) - 1))
        if op == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64) | st.text(max_size=32).map(str.encode))
        elif op == "delete":
            del data[at: at + draw(st.integers(1, 64))]
        elif op == "duplicate":
            data[at:at] = data[at: at + draw(st.integers(1, 256))]
        else:
            del data[at:]
    return bytes(data)


@st.composite
def mutated_zip(draw: st.DrawFn, seed: bytes) -> bytes:
    """The zip ``seed`` re-packed with one XML part mutated (so the zip itself stays readable)."""
    with zipfile.ZipFile(io.BytesIO(seed)) as src:
        names = [n for n in src.namelist() if n.endswith(".xml")]
        target = draw(st.sampled_from(sorted(names)))
        parts = {n: src.read(n) for n in src.namelist()}
    parts[target] = draw(mutated(parts[target]))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, body in parts.items():
            dst.writestr(name, body)
    return out.getvalue()


def _check(importer: Importer, project, db: Path, path: Path, data: bytes) -> None:  # type: ignore[no-untyped-def]
    path.write_bytes(data)
    before = project_digest(db)
    try:
        importer.run(project, path)
    except WorkbenchError as exc:
        assert str(exc).strip() and "Traceback" not in str(exc)
        assert project_digest(db) == before, "refused, yet the project changed"


@pytest.mark.parametrize(("importer", "suffix"), CASES, ids=[f"{i.name}{s}" for i, s in CASES])
def test_mutated_files_are_refused_or_imported(importer: Importer, suffix: str, demo_template: Path,
                                               tmp_path: Path) -> None:
    """Mutants of a valid file never raise anything but a WorkbenchError, and a refusal writes nothing."""
    from workbench.store.project import open_project

    db = tmp_path / "fuzz.wbp"
    shutil.copyfile(demo_template, db)
    seed = importer.seeds()[suffix]
    strategy = mutated_zip(seed) | mutated(seed) if suffix in (".xlsx", ".docx") else mutated(seed)
    project = open_project(db, backup=False)

    @settings(max_examples=EXAMPLES, deadline=3000, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(strategy)
    def run(data: bytes) -> None:
        _check(importer, project, db, tmp_path / f"mutant{suffix}", data)

    try:
        run()
    finally:
        project.close()
