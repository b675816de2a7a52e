# The two Quick start commands (README.md): `make run` and `make test`. Both set everything up first and are
# safe to run again: a virtual environment in .venv, the Python packages, the compiled translations, and the
# Debian packages Qt needs to open a window.
VENV := .venv
PY := $(VENV)/bin/python
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test setup lupdate bench bundle
run: setup
	$(VENV)/bin/peerdesk

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider
	$(VENV)/bin/ruff check peerdesk tests benchmarks

setup: $(VENV)/.installed $(QM)

$(VENV)/.installed: pyproject.toml scripts/system-deps.sh
	sh scripts/system-deps.sh
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check -e ".[test]"
	touch $@

resources/translations/%.qm: resources/translations/%.ts $(VENV)/.installed
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# After changing user-visible strings: refresh the .ts sources, then translate what is new in pyside6-linguist.
lupdate: $(VENV)/.installed
	$(PY) scripts/lupdate.py

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/refresh.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/checklist.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/jobdesc.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/activities.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/reports.py

# The installer bundle (README, "Building the bundle"): dist/peerdesk/ with peerdesk and peerdesk-cli.
bundle: setup
	$(VENV)/bin/pyinstaller --noconfirm build_installer.spec
