# Two commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
SAMPLE := data/cnn-ukraine-liveblog-2022-01-21.txt

.PHONY: run test bench lint clean

# Ingest the sample live blog into the default SQLite database, then review it in the TUI
# (or, without a terminal, list the stored claims one line each, cut to $COLUMNS or 80).
run: $(VENV)/.installed
	$(VENV)/bin/factcheck ingest $(SAMPLE)
	@if [ -t 0 ] && [ -t 1 ]; then $(VENV)/bin/factcheck tui; \
	else $(VENV)/bin/factcheck claims --limit 60 --format table --no-wrap; fi

test: $(VENV)/.installed
	$(PY) -m pytest

bench: $(VENV)/.installed
	$(PY) -m pytest benchmarks --benchmark-enable --bench-full

lint: $(VENV)/.installed
	$(PY) -m ruff check factcheck tests benchmarks migrations
	$(PY) -m mypy

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("factcheck needs Python 3.11 or newer, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $@

clean:
	rm -rf $(VENV) .pytest_cache .benchmarks
