# Two commands on a fresh machine with Python 3.11+:  make run  |  make test
# Both install the exact, hashed versions of requirements/lock.txt (see requirements/README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
LOCK   := requirements/lock.txt
BOOT   := requirements/bootstrap.txt
BOOTED := $(VENV)/.bootstrapped
STAMP  := $(VENV)/.installed
LATEST := .venv-latest
UV      = $(BIN)/uv pip
QT_OFF := QT_QPA_PLATFORM=offscreen

.PHONY: setup run test lock test-latest install-desktop bench clean

# The installer (uv, about twice as fast as pip here) and pip, themselves locked and hashed.
$(BOOTED): $(BOOT)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r $(BOOT)
	touch $(BOOTED)

# Idempotent: reinstalls only when the lock, the bootstrap or pyproject.toml changed. The sync
# removes whatever the lock does not list; the check fails if pyproject.toml asks for a package
# the lock lacks (refresh it with `make lock`). Bytecode is left to the first import: compiling
# every package at set-up made `make run` to a window 5 s slower (28.6 s against 23.6 s).
$(STAMP): $(BOOTED) $(LOCK) pyproject.toml
	$(UV) sync --quiet --python $(BIN)/python --require-hashes $(LOCK) $(BOOT)
	$(UV) install --quiet --python $(BIN)/python --no-deps --no-build-isolation -e .
	$(UV) check --quiet --python $(BIN)/python
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/python -m viewer

test: $(STAMP)
	$(QT_OFF) $(BIN)/python -m pytest -q
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

# Re-resolve the lock from pyproject.toml's ranges, taking the newest versions they allow.
lock: $(BOOTED)
	$(BIN)/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes --upgrade \
	  --extra test pyproject.toml -o $(LOCK)
	$(BIN)/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes \
	  requirements/bootstrap.in -o $(BOOT)

# Early warning: the whole suite on the newest versions pyproject.toml allows, in its own
# environment, so an upstream release shows up here before anyone refreshes the lock.
test-latest: $(BOOTED)
	rm -rf $(LATEST)
	$(PYTHON) -m venv $(LATEST)
	$(UV) install --quiet --python $(LATEST)/bin/python --upgrade -e ".[test]"
	$(LATEST)/bin/python -m pip list --format=freeze --disable-pip-version-check > $(LATEST)/versions.txt
	$(QT_OFF) $(LATEST)/bin/python -m pytest -q -p no:cacheprovider
	$(LATEST)/bin/ruff check .
	$(LATEST)/bin/ruff format --check .
	$(LATEST)/bin/lint-imports
	$(LATEST)/bin/mypy

# A menu entry and icon for this checkout's app (Linux; XDG_DATA_HOME or ~/.local/share).
install-desktop: $(STAMP)
	$(BIN)/python -m viewer install-desktop

bench: $(STAMP)
	$(UV) install --quiet --python $(BIN)/python --constraint $(LOCK) -e ".[test,bench]"
	$(QT_OFF) $(BIN)/python -m bench

clean:
	rm -rf $(VENV) $(LATEST) .pytest_cache .ruff_cache .hypothesis
