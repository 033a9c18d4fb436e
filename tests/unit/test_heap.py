"""Freezing the long-lived heap: later full garbage collections skip what the app had loaded."""

from __future__ import annotations

import gc

from workbench.ui.tasks import freeze_heap


def test_objects_alive_at_the_freeze_are_skipped_by_later_collections() -> None:
    """A container alive when frozen is no longer tracked by any generation; one made after is."""
    before = [[i] for i in range(1000)]
    freeze_heap()
    frozen = gc.get_freeze_count()
    try:
        after = [[i] for i in range(10)]
        tracked = {id(o) for o in gc.get_objects()}
        assert id(before) not in tracked and id(before[0]) not in tracked
        assert id(after) in tracked
        assert frozen == gc.get_freeze_count() >= 1000
        gc.collect()  # a full collection leaves the frozen objects alone: still frozen, still intact
        assert gc.get_freeze_count() >= frozen and before[999] == [999]
    finally:
        gc.unfreeze()


def test_young_garbage_is_collected_before_freezing() -> None:
    """A reference cycle dropped just before the freeze is collected, not frozen for good."""
    import weakref

    class Node:
        pass

    a, b = Node(), Node()
    a.other, b.other = b, a  # type: ignore[attr-defined]
    probe = weakref.ref(a)
    del a, b
    freeze_heap()
    try:
        assert probe() is None
    finally:
        gc.unfreeze()


def test_the_app_freezes_what_start_up_loaded_once_the_window_has_painted(demo_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """After the first paint the start-up heap (modules, Qt wrappers, the ORM, the first screen) is frozen."""
    import os
    import subprocess
    import sys

    script = ("import gc, sys\nfrom workbench.app import run_gui\nassert gc.get_freeze_count() == 0\n"
              "code = run_gui(sys.argv[1], smoke=True)\nprint(code, gc.get_freeze_count())\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKBENCH_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", script, str(demo_path)], capture_output=True, text=True, env=env,
                         timeout=120, check=True).stdout.split()
    assert out[0] == "0" and int(out[1]) > 50_000
