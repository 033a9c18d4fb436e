"""Shared fixtures: a hermetic app home, empty and demo projects (real SQLite files)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _app_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, default project and window state go to a temporary folder, never the real home."""
    home = tmp_path_factory.mktemp("wbhome")
    monkeypatch.setenv("WORKBENCH_HOME", str(home))
    monkeypatch.setenv("WORKBENCH_USER", "tester")
    return home


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo project, built once per test session; tests get copies of it."""
    from workbench.store.commands import build_demo_file

    path = tmp_path_factory.mktemp("demo_template") / "demo.wbp"
    build_demo_file(path)
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo project file."""
    target = tmp_path / "demo.wbp"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture
def demo_project(demo_path: Path) -> Iterator[object]:
    """The demo project, open."""
    from workbench.store.project import open_project

    project = open_project(demo_path)
    yield project
    project.close()


@pytest.fixture
def empty_path(tmp_path: Path) -> Path:
    """A new empty project file."""
    from workbench.store.project import create_project

    path = tmp_path / "empty.wbp"
    create_project(path).close()
    return path


@pytest.fixture
def empty_project(empty_path: Path) -> Iterator[object]:
    """A new empty project, open."""
    from workbench.store.project import open_project

    project = open_project(empty_path)
    yield project
    project.close()
