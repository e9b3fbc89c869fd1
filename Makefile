# Two entry points for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-fast lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# Pinned first so nothing later pulls a CUDA build of torch.
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	# The model is built once (about a minute, with a progress bar) before the app opens, not behind it.
	$(BIN)/jixiao model build
	$(BIN)/jixiao

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Every functional test that needs no embedding model, without the screen snapshots: under a minute on
# 2 cores. Bytecode is kept between runs here even where the environment turns it off.
test-fast: $(STAMP)
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -q -m "not slow and not snapshot" -n 2

lint: $(STAMP)
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV)
