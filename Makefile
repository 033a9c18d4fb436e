# The two commands: `make run` and `make test`. Both set everything up on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint bench screenshots translations update-translations bytecode clean

# The editable install as a plain path entry (compat mode): setuptools' default import finder cost
# every Python start in the venv 11 ms. Compat mode is transitional in setuptools: where it is gone,
# the default editable install is made instead.
$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]' --config-settings editable_mode=compat 2>/dev/null \
	  || $(PY) -m pip install -q -e '.[test]'
	@touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# The app's own bytecode, compiled once as pip does for an installed package (an editable install does
# not, and with PYTHONDONTWRITEBYTECODE set every start compiled ~80 ms of source again); only changed
# files are recompiled.
bytecode: $(STAMP)
	@$(PY) -m compileall -q -j 0 workbench > /dev/null

run: $(STAMP) translations bytecode
	$(VENV)/bin/workbench gui

lint: $(STAMP)
	$(VENV)/bin/ruff check workbench tests bench
	$(VENV)/bin/lint-imports

test: $(STAMP) translations bytecode lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

bench: $(STAMP) translations bytecode
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

SCREENS := partners interviews capture canvas segments backlog program
screenshots: $(STAMP) translations
	@mkdir -p out docs/screenshots
	$(VENV)/bin/workbench demo out/screenshots-demo.wbp --force
	for s in $(SCREENS); do \
	  QT_QPA_PLATFORM=offscreen $(VENV)/bin/workbench snapshot --db out/screenshots-demo.wbp --screen $$s --lang ru -o docs/screenshots/$$s.png || exit 1; \
	done
	for d in palette tour wizard opening; do \
	  QT_QPA_PLATFORM=offscreen $(VENV)/bin/workbench snapshot --db out/screenshots-demo.wbp --screen partners --dialog $$d --lang ru -o docs/screenshots/$$d.png || exit 1; \
	done

update-translations: $(STAMP)
	$(PY) resources/translations/update.py

clean:
	rm -rf $(VENV) resources/translations/*.qm .pytest_cache .ruff_cache .mypy_cache
