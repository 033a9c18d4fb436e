"""Content pools for the deterministic demo project (see :mod:`workbench.demo`).

Plain data: statement texts grouped by theme and kind, in Russian and English; company, city and
people names; canvas cards, capabilities, backlog items and program elements. Nothing here touches
the database.
"""
