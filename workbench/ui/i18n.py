"""Languages: Qt translators for the app and for Qt's own dialogs, switched live.

Source strings are English; ``resources/translations/workbench_ru.ts`` holds the Russian. The
``.qm`` files are built from the ``.ts`` files by ``make`` (and, when missing or stale, at start-up
with the ``lrelease`` that PySide6 ships), never committed.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workbench.resources import resource

log = logging.getLogger(__name__)

LANGUAGES: tuple[str, ...] = ("ru", "en")
_installed: list[QTranslator] = []


def system_language() -> str:
    """The language the system locale asks for, if we have it; English otherwise."""
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def resolve_language(choice: str) -> str:
    """The language to use for a setting ("" follows the system)."""
    return choice if choice in LANGUAGES else system_language()


def _lrelease() -> str | None:
    import shutil  # only when a translation needs compiling (never at an installed app's start)

    candidates = [Path(sys.executable).with_name("pyside6-lrelease"), Path(sys.executable).with_name("lrelease")]
    for candidate in candidates:
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def ensure_compiled(lang: str) -> Path | None:
    """The .qm for ``lang``, compiled from its .ts if missing or older."""
    ts = resource("translations", f"workbench_{lang}.ts")
    qm = ts.with_suffix(".qm")
    if not ts.exists():
        return qm if qm.exists() else None
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    import subprocess

    tool = _lrelease()
    if tool is None:
        log.warning("no lrelease found; %s not compiled", ts)
        return qm if qm.exists() else None
    try:
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("compiling %s failed: %s", ts, exc)
        return qm if qm.exists() else None
    return qm


def install_language(lang: str) -> str:
    """Install the translators for ``lang`` ("ru" or "en"); widgets get a LanguageChange event."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    lang = resolve_language(lang)
    QLocale.setDefault(QLocale(QLocale.Language.Russian if lang == "ru" else QLocale.Language.English))
    if lang == "en":
        return lang
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    qm = ensure_compiled(lang)
    own = QTranslator(app)
    if qm is not None and own.load(str(qm)):
        app.installTranslator(own)
        _installed.append(own)
    else:
        log.warning("no translation for %s", lang)
    return lang
