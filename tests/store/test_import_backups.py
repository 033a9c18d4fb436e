"""Imports back the project up before they write, so a bad import can always be undone from a backup."""

from __future__ import annotations

from pathlib import Path

from workbench.cli import main


def test_partner_import_takes_a_backup_first(demo_path: Path, tmp_path: Path) -> None:
    """`import partners` leaves a before-import backup beside the project, which opens with the old counts."""
    import sqlite3

    csv = tmp_path / "p.csv"
    csv.write_text("Компания;Город\nООО «Новый партнёр»;Казань\n", encoding="utf-8")
    with sqlite3.connect(demo_path) as conn:
        before = conn.execute("SELECT count(*) FROM partner").fetchone()[0]
    assert main(["import", "partners", str(csv), "--db", str(demo_path), "--segment", "Интеграторы amoCRM"]) == 0
    backups = [p for p in (demo_path.parent / "backups").glob("*") if "import-partners" in p.name]
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT count(*) FROM partner").fetchone()[0] == before
    with sqlite3.connect(demo_path) as conn:
        assert conn.execute("SELECT count(*) FROM partner").fetchone()[0] == before + 1
