"""The importers under fuzz, as plug-ins: each names its module, suffixes, valid seed files and how to run it.

To put a new importer under the fuzz tests, add one :class:`Importer` to ``IMPORTERS``: the harness
then builds its corpus, runs it on every broken file and checks the outcome. An importer whose module
does not exist yet is reported as missing (``missing()``), not silently skipped.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests.fuzz.corpus import docx_bytes, xlsx_bytes


@dataclass(frozen=True)
class Importer:
    """One importer: where it lives, what files it takes, valid seeds, and how to call it."""

    name: str
    module: str
    suffixes: tuple[str, ...]
    header: str
    seeds: Callable[[], dict[str, bytes]]
    run: Callable[[Any, Any], str]

    def available(self) -> bool:
        """True if its module can be imported in this tree."""
        try:
            importlib.import_module(self.module)
        except ModuleNotFoundError:
            return False
        return True


def _tabular_seeds(header: list[str], rows: list[list[object]]) -> Callable[[], dict[str, bytes]]:
    def make() -> dict[str, bytes]:
        csv = "\n".join(";".join(str(c) for c in row) for row in [header, *rows]) + "\n"
        return {".csv": csv.encode("utf-8"), ".xlsx": xlsx_bytes([header, *rows])}
    return make


def _run_partners(project: Any, path: Any) -> str:
    from workbench.partners.importer import import_partners

    report = import_partners(project, path, segment="Fuzz", user="fuzz")
    return f"written={report.written} added={report.added} invalid={report.invalid_rows}"


def _run_capabilities(project: Any, path: Any) -> str:
    from workbench.backlog.capabilities import import_capabilities

    report = import_capabilities(project, path)
    return f"{report!r}"[:200]


def _run_survey(project: Any, path: Any) -> str:
    from workbench.backlog.surveys import import_survey

    report = import_survey(project, path, round_name="Fuzz round")
    return f"{report!r}"[:200]


def _run_notes(project: Any, path: Any) -> str:
    from workbench.interviews.transcript import import_file

    ids = import_file(project, interview_id=1, path=path)
    return f"imported {len(ids)} statements"


def _notes_seeds() -> dict[str, bytes]:
    text = ["Иван: мы ждём выплату месяц.", "боль: нет ЭДО.", "Partner: we want leads registered."]
    return {".txt": "\n\n".join(text).encode(), ".md": ("# Интервью\n\n- " + "\n- ".join(text)).encode(),
            ".docx": docx_bytes(text)}


def _run_qdpx(project: Any, path: Any) -> str:
    from workbench.interviews.qdpx_import import import_qdpx

    return import_qdpx(project, path).summary()


def _qdpx_seeds() -> dict[str, bytes]:
    import io
    import zipfile

    ns, text = "urn:QDA-XML:project:1.0", "Иван: мы ждём выплату месяц.\nНет ЭДО.\nWe want leads registered."
    guid = "{:08X}-0000-4000-8000-000000000001".format
    qde = (f'<?xml version="1.0" encoding="utf-8"?><Project xmlns="{ns}" name="Fuzz" origin="QualCoder 3.5">'
           f'<CodeBook><Codes><Code guid="{guid(1)}" name="Боль" isCodable="true"/></Codes></CodeBook>'
           f'<Cases><Case guid="{guid(2)}" name="ООО Ромашка"><SourceRef targetGUID="{guid(3)}"/></Case></Cases>'
           f'<Sources><TextSource guid="{guid(3)}" name="notes" plainTextPath="internal://{guid(4)}.txt">'
           f'<PlainTextSelection guid="{guid(5)}" startPosition="6" endPosition="27" creationDateTime="2026-01-01T00:00:00Z">'
           f'<Coding guid="{guid(6)}"><CodeRef targetGUID="{guid(1)}"/></Coding></PlainTextSelection>'
           "</TextSource></Sources></Project>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in (("project.qde", qde), (f"sources/{guid(4)}.txt", text)):
            archive.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), body.encode())
    return {".qdpx": out.getvalue()}


IMPORTERS: tuple[Importer, ...] = (
    Importer("partners", "workbench.partners.importer", (".csv", ".xlsx"), "Компания;Город;Сайт;Сотрудников",
             _tabular_seeds(["Компания", "Город", "Сайт", "Сотрудников"],
                            [["ООО Ромашка", "Москва", "https://romashka.ru", 12], ["Acme", "Kazan", "acme.io", 5]]),
             _run_partners),
    Importer("capabilities", "workbench.backlog.capabilities", (".csv", ".xlsx"), "Возможность;Опора;Статус;Описание",
             _tabular_seeds(["Возможность", "Опора", "Статус", "Описание"],
                            [["Автовыплаты", "финансы", "нет", "раз в сутки"], ["Portal", "service", "have", ""]]),
             _run_capabilities),
    Importer("survey", "workbench.backlog.surveys", (".csv", ".xlsx"), "Партнёр;Пункт;Оценка;Комментарий",
             _tabular_seeds(["Партнёр", "Пункт", "Оценка", "Комментарий"],
                            [["Acme", "#1", 5, "срочно"], ["Beta", "выплаты", 3, ""]]),
             _run_survey),
    Importer("notes", "workbench.interviews.transcript", (".txt", ".md", ".docx"), "Иван: заголовок",
             _notes_seeds, _run_notes),
    Importer("qdpx", "workbench.interviews.qdpx_import", (".qdpx",), "", _qdpx_seeds, _run_qdpx),
)


def available() -> list[Importer]:
    """The importers that exist in this tree."""
    return [imp for imp in IMPORTERS if imp.available()]


def missing() -> list[str]:
    """Names of importers the issue asks for that do not exist yet."""
    return [imp.name for imp in IMPORTERS if not imp.available()]


def by_name(name: str) -> Importer:
    """The importer called ``name``."""
    return next(imp for imp in IMPORTERS if imp.name == name)
