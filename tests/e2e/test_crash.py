"""Crash safety: real processes killed with SIGKILL at random moments lose nothing they acknowledged.

``notes add`` prints ``saved <id>`` only after the statement is committed; a round starts it, feeds it
lines, kills it at a random moment (during start-up, the open backup, a commit, between lines) and
then checks that every acknowledged statement is in the file with its text and that
``PRAGMA integrity_check`` is ok. Killing a migration, a backup or an import must leave the project
wholly as before or wholly as after. ``bench/soak_crash.py`` runs the same rounds many more times.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTES_ROUNDS = int(os.environ.get("WORKBENCH_CRASH_ROUNDS", "50"))


@dataclass
class RoundResult:
    """What one killed round did: statements acknowledged, those missing afterwards, integrity."""

    acked: int
    lost: list[int]
    integrity: str
    killed_after_s: float


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("WORKBENCH_USER", "crash-test")
    return env


def integrity(path: Path) -> str:
    """``PRAGMA integrity_check`` of a project file (a normal connection, so a crashed WAL is recovered)."""
    conn = sqlite3.connect(path, timeout=10)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Rows of a query on a project file."""
    conn = sqlite3.connect(path, timeout=10)
    try:
        return list(conn.execute(sql))
    finally:
        conn.close()


def _kill_later(proc: subprocess.Popen[str], delay: float) -> threading.Timer:
    def _kill() -> None:
        try:
            os.kill(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    timer = threading.Timer(delay, _kill)
    timer.start()
    return timer


def notes_round(db: Path, interview: int, rng: random.Random, tag: str, *, startup_share: float = 0.2,
                window: float = 0.25) -> RoundResult:
    """Run ``notes add``, feed it lines one by one and SIGKILL it at a random moment: in a share of the
    rounds during start-up (opening, the open backup), otherwise within ``window`` seconds of its first
    acknowledgement (mid-commit, mid-write, between lines); then check the file."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "workbench", "notes", "add", "--db", str(db), "--interview", str(interview)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=_env(),
        cwd=db.parent)
    at_startup = rng.random() < startup_share
    delay = rng.uniform(0.05, 0.8) if at_startup else rng.uniform(0.0, window)
    timer = _kill_later(proc, delay) if at_startup else None
    acked: dict[int, str] = {}
    assert proc.stdin is not None and proc.stdout is not None
    try:
        for n in range(100_000):
            token = f"{tag}-{n}"
            kind = rng.choice(("pain: ", "gain: ", "job: ", ""))
            try:
                proc.stdin.write(f"{kind}crash token {token} {'слово ' * rng.randint(0, 30)}\n")
                proc.stdin.flush()
            except (BrokenPipeError, OSError):
                break
            answer = proc.stdout.readline()
            if not answer.startswith("saved "):
                break
            acked[int(answer.split()[1])] = token
            if timer is None:
                timer = _kill_later(proc, delay)
    finally:
        if timer is not None:
            timer.cancel()
        try:
            os.kill(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(10)
        for stream in (proc.stdin, proc.stdout):
            try:
                stream.close()
            except OSError:
                pass
    stored = dict(rows(db, f"SELECT id, text FROM statement WHERE interview_id = {interview}"))  # type: ignore[arg-type]
    lost = [i for i, token in acked.items() if i not in stored or f"crash token {token} " not in f"{stored[i]} "]
    return RoundResult(len(acked), lost, integrity(db), delay)


def notes_rounds(db: Path, rounds: int, seed: int, *, parallel: int = 2) -> list[RoundResult]:
    """``rounds`` killed rounds, ``parallel`` at a time on different interviews of the same project
    (two writers at once, as with the app and a script)."""
    results: list[RoundResult] = []
    done = 0
    while done < rounds:
        batch = min(parallel, rounds - done)
        out: list[RoundResult | BaseException] = [RuntimeError("not run")] * batch

        def _one(slot: int, number: int, out: list[RoundResult | BaseException] = out) -> None:
            try:
                out[slot] = notes_round(db, 1 + slot, random.Random(seed * 1000 + number), f"r{number}")
            except BaseException as exc:  # noqa: BLE001 - re-raised in the main thread
                out[slot] = exc

        threads = [threading.Thread(target=_one, args=(slot, done + slot)) for slot in range(batch)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        for item in out:
            if isinstance(item, BaseException):
                raise item
            results.append(item)
        done += batch
    return results


def test_notes_add_killed_at_random_loses_no_acknowledged_statement(demo_path: Path) -> None:
    """Fifty rounds of `notes add` killed at random moments (two at a time): every acknowledged statement
    survives, integrity is ok after each kill."""
    results = notes_rounds(demo_path, NOTES_ROUNDS, seed=20261123)
    assert len(results) == NOTES_ROUNDS
    assert [r.lost for r in results if r.lost] == []
    assert {r.integrity for r in results} == {"ok"}
    assert sum(1 for r in results if r.acked) >= NOTES_ROUNDS // 2  # most kills landed mid-stream


def _kill_random(args: list[str], cwd: Path, delay: float) -> int | None:
    """Run a workbench command and SIGKILL it after ``delay`` seconds; its exit code if it finished first."""
    proc = subprocess.Popen([sys.executable, "-m", "workbench", *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=_env(), cwd=cwd)
    try:
        return proc.wait(delay)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        return None


def test_killing_an_open_with_migration_leaves_the_file_before_or_after(tmp_path: Path) -> None:
    """An old (schema-1) project opened and killed at random is either still schema 1 or fully at the head,
    with every row of the golden file, and sound."""
    import shutil

    from tests.store.test_migrations import GOLDEN, GOLDEN_COUNTS, table_counts
    from workbench.store.project import head_revision

    rng = random.Random(7)
    outcomes = set()
    for n in range(6):
        db = tmp_path / f"old{n}.wbp"
        shutil.copyfile(GOLDEN, db)
        _kill_random(["info", "--db", str(db)], tmp_path, rng.uniform(0.1, 0.9))
        revision = rows(db, "SELECT version_num FROM alembic_version")[0][0]
        assert revision in ("0001", head_revision())
        outcomes.add(revision)
        assert integrity(db) == "ok"
        assert table_counts(db, list(GOLDEN_COUNTS)) == GOLDEN_COUNTS
    assert outcomes


_BACKUP_LOOP = """
import sys
from pathlib import Path
from workbench.store.backup import backup_file
print("ready", flush=True)
while True:
    backup_file(Path(sys.argv[1]), "soak")
"""


def test_killing_a_backup_never_leaves_a_broken_backup_or_project(demo_path: Path) -> None:
    """A process taking backups in a loop is killed at random; every listed backup is sound with the
    project's counts, and the project itself is untouched."""
    from workbench.store.backup import backup_counts, list_backups

    before = rows(demo_path, "SELECT count(*) FROM statement")
    rng = random.Random(11)
    for _ in range(6):
        proc = subprocess.Popen([sys.executable, "-c", _BACKUP_LOOP, str(demo_path)], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, env=_env(), text=True)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.3))
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        proc.stdout.close()
    backups = list_backups(demo_path)
    assert backups
    for backup in backups:
        assert integrity(backup.path) == "ok", backup.path
        assert backup_counts(backup.path)["statements"] == before[0][0]
    assert rows(demo_path, "SELECT count(*) FROM statement") == before
    assert integrity(demo_path) == "ok"


def _partners_csv(path: Path, count: int, tag: str) -> Path:
    lines = ["Компания;Город;Сайт;Сотрудников"]
    lines += [f"Crash {tag} partner {n};Казань;https://crash-{tag}-{n}.example;{n % 90 + 1}" for n in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _notes_txt(path: Path, count: int) -> Path:
    path.write_text("\n\n".join(f"Партнёр: боль номер {n}, выплаты задерживаются." for n in range(count)),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("what", ["partners", "notes"])
def test_killing_an_import_leaves_all_or_nothing(demo_path: Path, tmp_path: Path, what: str) -> None:
    """An import killed at a random moment has written either all of its rows or none of them."""
    rng = random.Random(5)
    table = "partner" if what == "partners" else "statement"
    sizes = set()
    for n in range(4):
        before = rows(demo_path, f"SELECT count(*) FROM {table}")[0][0]
        if what == "partners":
            size = 1500
            source = _partners_csv(tmp_path / f"p{n}.csv", size, f"k{n}")
            args = ["import", "partners", str(source), "--db", str(demo_path), "--segment", "Crash"]
        else:
            size = 1000
            source = _notes_txt(tmp_path / f"n{n}.txt", size)
            args = ["import", "notes", str(source), "--db", str(demo_path), "--interview", "2", "--paragraphs"]
        code = _kill_random(args, tmp_path, rng.uniform(0.4, 2.0))
        after = rows(demo_path, f"SELECT count(*) FROM {table}")[0][0]
        assert after - before in (0, size), (code, before, after)
        if code == 0:
            assert after - before == size
        sizes.add(after - before)
        assert integrity(demo_path) == "ok"
