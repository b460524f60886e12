# Two commands matter: `make run` opens the app on the sample articles, `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB := .demo/factdesk-demo.db

.PHONY: run test bench eval clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(DEMO_DB): | $(STAMP)
	mkdir -p .demo
	$(BIN)/factdesk import fixtures/articles --db $(DEMO_DB)

run: $(STAMP) $(DEMO_DB)
	$(BIN)/factdesk --db $(DEMO_DB)

test: $(STAMP)
	$(BIN)/python -m pytest -q -n 2

bench: $(STAMP)
	$(BIN)/python -m bench

eval: $(STAMP)
	$(BIN)/python -m extract.evaluate

clean:
	rm -rf $(VENV) .demo
