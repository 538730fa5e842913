# Hangar: the two commands of the README's Quick start are `make run` and `make test`.
# Each creates .venv when it is missing and (re)installs when pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench clean translations screenshots lupdate bundle bundle-test bundle-archive

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)

run: $(STAMP) translations
	@$(BIN)/python -m warehouse_app.desktop_check
	$(BIN)/warehouse-app

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

test: lint translations
	$(BIN)/python -m pytest

# Interface languages: the .ts sources are committed, the .qm Qt loads are built here.
TS := $(wildcard ui/i18n/*.ts)
translations: $(TS:.ts=.qm)

ui/i18n/%.qm: ui/i18n/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing texts in ui/: refresh the .ts files, one per part of the app
# (ui/i18n_catalogues.py says which); then translate what is new, marked unfinished.
# `make lupdate CATALOGUES=stock` refreshes only that one.
lupdate: $(STAMP)
	$(BIN)/python -m ui.i18n_catalogues $(CATALOGUES)

# A PNG of each screen, on a demo hangar in a temporary folder, for the README.
screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots docs/screenshots

# The one-folder program for volunteers' machines (packaging/hangar.spec): dist/hangar/.
BUNDLE_STAMP := $(VENV)/.bundle-installed

$(BUNDLE_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bundle]'
	@touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP) translations
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/hangar.spec

dist/hangar:
	$(MAKE) bundle

# The Linux bundle as one file to hand out: unpack it anywhere, run hangar/install.sh.
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
bundle-archive: | dist/hangar
	tar -C dist -czf dist/hangar-$(VERSION)-linux-$(shell uname -m).tar.gz hangar
	@echo "dist/hangar-$(VERSION)-linux-$(shell uname -m).tar.gz"

# Runs the bundled program itself (tests/test_bundle.py), which must not be skipped here.
bundle-test: | dist/hangar
	HANGAR_BUNDLE_REQUIRED=1 $(BIN)/python -m pytest -q tests/test_bundle.py

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .hypothesis
