"""The CLI and the app open no network sockets (a configured PostgreSQL server is the one exception).

Each command runs in a real subprocess with two independent watchers:

* a ``sitecustomize`` audit hook that records every Python-level ``socket.connect``, ``socket.bind``,
  ``socket.sendto``, ``socket.getaddrinfo`` and ``socket.gethostbyname`` event, and at exit records
  whether ``PySide6.QtNetwork`` was ever imported and which internet sockets the process still holds
  (from ``/proc/self/fd`` against ``/proc/self/net/tcp*``/``udp*``, which also sees Qt's C++ sockets);
* ``strace -f`` on ``connect``/``bind``/``sendto`` when strace works here (it sees every system call,
  C++ included); local ``AF_UNIX`` sockets such as the name-service cache are allowed.

The one allowed endpoint is ``WORKBENCH_ALLOWED_DB`` (``host:port`` of a team PostgreSQL server).
One probe is tolerated and named: urllib3 (imported by spaCy for its model downloader, which we never
call) binds a socket to ``::1`` port 0 at import to learn whether IPv6 exists; it never connects or sends.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: urllib3's import-time IPv6 probe: a bind to loopback port 0, never a connection
LOOPBACK_PROBES = {"('::1', 0)", "('127.0.0.1', 0)"}
ALLOWED = {os.environ["WORKBENCH_ALLOWED_DB"]} if os.environ.get("WORKBENCH_ALLOWED_DB") else set()

SITECUSTOMIZE = r'''
import atexit, json, os, sys
_LOG = os.environ["WB_NET_LOG"]
_EVENTS = ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg", "socket.getaddrinfo",
           "socket.gethostbyname", "socket.gethostbyname_ex", "socket.gethostbyaddr")

def _write(record):
    with open(_LOG, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(record, default=repr) + "\n")

def _hook(event, args):
    if event in _EVENTS:
        _write({"event": event, "args": [repr(a) for a in args[1:] or args]})

def _inet_inodes():
    inodes = set()
    for table in ("tcp", "tcp6", "udp", "udp6"):
        try:
            with open(f"/proc/self/net/{table}") as fh:
                next(fh)
                for line in fh:
                    inodes.add(line.split()[9])
        except OSError:
            pass
    return inodes

def _at_exit():
    held = []
    inet = _inet_inodes()
    for fd in os.listdir("/proc/self/fd"):
        try:
            link = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if link.startswith("socket:[") and link[8:-1] in inet:
            held.append(link)
    _write({"event": "exit", "qtnetwork": "PySide6.QtNetwork" in sys.modules, "inet_sockets": held})

sys.addaudithook(_hook)
atexit.register(_at_exit)
'''


def _strace_works() -> bool:
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(["strace", "-qq", "-e", "trace=connect", "true"], capture_output=True, timeout=30)
    return probe.returncode == 0


STRACE = _strace_works()


def run_watched(args: list[str], tmp_path: Path, *, stdin: str = "") -> tuple[list[dict[str, object]], list[str], int]:
    """Run ``workbench ARGS`` watched; (audit records, strace network lines, exit code)."""
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE)
    log = tmp_path / f"net-{args[0]}.jsonl"
    log.unlink(missing_ok=True)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(site), str(ROOT)]), WB_NET_LOG=str(log),
               QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "workbench", *args]
    trace = tmp_path / f"strace-{args[0]}.txt"
    if STRACE:
        command = ["strace", "-f", "-qq", "-e", "trace=connect,bind,sendto,sendmsg", "-o", str(trace), *command]
    result = subprocess.run(command, input=stdin, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=240)
    records = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
    lines = trace.read_text().splitlines() if STRACE and trace.exists() else []
    return records, [line for line in lines if re.search(r"AF_INET6?|AF_PACKET|AF_NETLINK", line)], result.returncode


def _unexpected(records: list[dict[str, object]]) -> list[dict[str, object]]:
    bad = []
    for record in records:
        if record["event"] == "exit":
            if record["qtnetwork"] or record["inet_sockets"]:
                bad.append(record)
        elif record["event"] in ("socket.connect", "socket.sendto", "socket.sendmsg", "socket.bind"):
            text = " ".join(map(str, record["args"]))  # type: ignore[call-overload]
            if record["event"] == "socket.bind" and text in LOOPBACK_PROBES:
                continue
            if "/" in text and "(" not in text:  # an AF_UNIX path
                continue
            if not any(endpoint.replace(":", "', ") in text or endpoint in text for endpoint in ALLOWED):
                bad.append(record)
        else:
            bad.append(record)  # name lookups: nothing of ours should resolve a host name
    return bad


def _allowed_trace(line: str) -> bool:
    if "bind(" in line and "sin6_port=htons(0)" in line and 'inet_pton(AF_INET6, "::1"' in line:
        return True  # urllib3's IPv6 probe (see the module docstring)
    return any(f'"{host}"' in line and f"htons({port})" in line
               for host, port in (e.rsplit(":", 1) for e in ALLOWED))


@pytest.mark.parametrize("name", ["info", "demo", "notes-search", "classify", "gui-smoke"])
def test_command_opens_no_network_socket(demo_path: Path, tmp_path: Path, name: str) -> None:
    """The command runs to completion without any network socket, name lookup or QtNetwork import."""
    args = {
        "info": ["info", "--db", str(demo_path)],
        "demo": ["demo", str(tmp_path / "fresh.wbp")],
        "notes-search": ["notes", "search", "выплаты", "--db", str(demo_path)],
        "classify": ["classify", "-"],
        "gui-smoke": ["gui", "--db", str(demo_path), "--smoke"],
    }[name]
    records, traced, code = run_watched(args, tmp_path, stdin="We wait a month for our commission.\n")
    assert code == 0
    assert any(r["event"] == "exit" for r in records), "the watcher did not run"
    assert _unexpected(records) == []
    assert [line for line in traced if not _allowed_trace(line)] == []


def test_the_watchers_do_see_a_connection(tmp_path: Path) -> None:
    """Control: a process that does connect to a local TCP port is caught by both watchers."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE)
    log = tmp_path / "net.jsonl"
    code = ("import socket\nserver = socket.socket(); server.bind(('127.0.0.1', 0)); server.listen()\n"
            "client = socket.create_connection(server.getsockname())\n")
    env = dict(os.environ, PYTHONPATH=str(site), WB_NET_LOG=str(log))
    command = [sys.executable, "-c", code]
    trace = tmp_path / "trace.txt"
    if STRACE:
        command = ["strace", "-f", "-qq", "-e", "trace=connect,bind", "-o", str(trace), *command]
    subprocess.run(command, check=True, env=env, timeout=60)
    records = [json.loads(line) for line in log.read_text().splitlines()]
    assert {"socket.bind", "socket.connect"} <= {r["event"] for r in records}
    assert any(r["event"] == "exit" and r["inet_sockets"] for r in records)
    if STRACE:
        assert "AF_INET" in trace.read_text()
