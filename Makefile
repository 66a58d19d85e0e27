# The two commands the README gives: `make run` and `make test`. Both set up .venv first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup run test bench eval train clean

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

# Speed and memory, as ratios against a baseline measured in the same run.
bench: setup
	$(BIN)/python bench/bench_nlp.py
	$(BIN)/python bench/bench_scale.py

# Extraction and coverage quality on hand-annotated articles (bench/eval/): dev sets, then the held-out set.
eval: setup
	$(BIN)/python bench/eval_extraction.py --split dev
	$(BIN)/python bench/eval_extraction.py --split heldout
	$(BIN)/python bench/eval_coverage.py
	$(BIN)/python bench/bench_scale.py

clean:
	rm -rf $(VENV) .newslens-cache

# The pair classifier (analysis/kb/pair_model.json + PAIR_MODEL.md), rebuilt from bench/eval dev sets and ../shared/realnews.
train: setup
	$(BIN)/python bench/train.py
