# The two commands the README gives: `make run` and `make test`. Both set up .venv first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup run test bench bench-browser eval train clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,cluster]'
	touch $@

# Serves on http://localhost:8501 (headless: Streamlit opens no browser, so the address is printed).
run: setup
	@echo "Newslens: open http://localhost:8501 in a browser (Ctrl-C stops the server)"
	$(BIN)/streamlit run dashboard/app.py

test: setup
	$(BIN)/python -m pytest

# Speed and memory, as ratios against a baseline measured in the same run.
bench: setup
	$(BIN)/python bench/bench_nlp.py
	$(BIN)/python bench/bench_build.py
	$(BIN)/python bench/bench_scale.py
	$(BIN)/python bench/bench_dashboard.py $(if $(wildcard $(REALNEWS)/articles.jsonl),--corpus $(REALNEWS)/articles.jsonl)

# The same targets checked independently: a real `streamlit run` server per size and headless Chromium
# timing each page from trigger to drawn (needs /usr/bin/chromium and playwright).
bench-browser: setup
	$(BIN)/python bench/bench_browser.py $(if $(wildcard $(REALNEWS)/articles.jsonl),--corpus $(REALNEWS)/articles.jsonl)

# Extraction quality: real published articles with hand-read gold first (../shared/realnews, when present),
# then the team's hand-written annotated sets (bench/eval/): dev sets, then the held-out set; then coverage.
REALNEWS ?= ../shared/realnews
eval: setup
	@if [ -f $(REALNEWS)/score.py ]; then $(BIN)/python $(REALNEWS)/score.py | grep -v '^  '; \
	  else echo "real news: $(REALNEWS) not found, skipped"; fi
	$(BIN)/python bench/eval_extraction.py --split dev
	$(BIN)/python bench/eval_extraction.py --split heldout
	$(BIN)/python bench/eval_coverage.py
	$(BIN)/python bench/bench_scale.py

clean:
	rm -rf $(VENV) .newslens-cache

# The pair classifier (analysis/kb/pair_model.json + PAIR_MODEL.md), rebuilt from bench/eval dev sets and ../shared/realnews.
train: setup
	$(BIN)/python bench/train.py
	$(BIN)/python bench/train_members.py
