"""Typed, versioned application settings kept as JSON in the user's config folder.

QSettings keeps only window geometry and state; everything the app decides on lives here, where it
can be read without Qt (the CLI uses the default project path, for instance).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1
PROJECT_SUFFIX = ".wbp"


def app_dirs() -> tuple[Path, Path]:
    """(data dir, config dir); WORKBENCH_HOME puts both under one folder (tests, portable use)."""
    home = os.environ.get("WORKBENCH_HOME")
    if home:
        base = Path(home)
        return base / "data", base / "config"
    return (
        Path(platformdirs.user_data_dir("Workbench", "Workbench")),
        Path(platformdirs.user_config_dir("Workbench", "Workbench")),
    )


def default_project_path() -> Path:
    """The default project, created as the demo on first start."""
    return app_dirs()[0] / "projects" / f"demo{PROJECT_SUFFIX}"


@dataclass
class Settings:
    """What the user chose: language, theme, name, recent projects."""

    version: int = SETTINGS_VERSION
    language: str = ""  # "" follows the system locale
    theme: str = "system"  # system | light | dark
    user_name: str = ""  # "" means the OS user
    recent_projects: list[str] = field(default_factory=list)
    last_project: str = ""
    tour_done: bool = False

    def add_recent(self, db: str, limit: int = 10) -> None:
        """Put a project at the top of the recent list."""
        self.recent_projects = [db] + [p for p in self.recent_projects if p != db]
        del self.recent_projects[limit:]
        self.last_project = db


def settings_path() -> Path:
    """Where the settings file lives."""
    return app_dirs()[1] / "settings.json"


def load_settings() -> Settings:
    """Read the settings; a missing or damaged file gives the defaults (and is logged)."""
    path = settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings at %s unreadable (%s); using defaults", path, exc)
        return Settings()
    known = {f.name for f in fields(Settings)}
    values = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
    try:
        return Settings(**values)
    except TypeError:
        return Settings()


def save_settings(settings: Settings) -> None:
    """Write the settings atomically."""
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)
