"""Work that runs in a separate, pre-started Python process (no Qt here).

openpyxl and matplotlib hold the GIL for long stretches, which freezes a window whose work runs in
a thread; :mod:`workbench.jobs.worker` runs such jobs in a child process instead and reports
progress over a pipe. The UI side is :mod:`workbench.ui.procworker`.
"""
