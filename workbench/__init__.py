"""Workbench: partner research from interviews to Value Proposition Canvas boards and a partner backlog."""

__version__ = "0.1.0"
