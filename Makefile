# The two commands the README gives: `make run` and `make test`. Both set up .venv first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup run test bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

run: setup
	$(BIN)/streamlit run dashboard/app.py

test: setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python bench/bench_nlp.py
	$(BIN)/python bench/bench_scale.py

clean:
	rm -rf $(VENV) .newslens-cache
