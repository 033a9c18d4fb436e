"""Partners and segments (no Qt).

- :mod:`~workbench.partners.tabular` — the safe, tolerant xlsx/csv reader every importer uses;
- :mod:`~workbench.partners.normalize` — tolerant values ("около 40", "50-100") and matching keys;
- :mod:`~workbench.partners.importer` — partner import: preview, all-or-nothing, duplicates;
- :mod:`~workbench.partners.service` / :mod:`~workbench.partners.merge` — the registry and its undo data;
- :mod:`~workbench.partners.scoring` — the ideal-partner profile score, ranks, "invite the top N";
- :mod:`~workbench.partners.segments` — segment scoring, sensitivity, research funnel;
- :mod:`~workbench.partners.charts` — segment charts as PNG/SVG bytes (matplotlib Agg);
- :mod:`~workbench.partners.commands` — ``workbench import partners`` and ``workbench score segments``.
"""
