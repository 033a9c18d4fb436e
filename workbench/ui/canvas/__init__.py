"""The canvas screen: Value Proposition Canvas boards drawn in a QGraphicsView, and their export.

Nothing here imports Qt at module level: :mod:`workbench.ui.canvas.commands` is loaded by the CLI
at start, and only its handler pulls in PySide6.
"""
