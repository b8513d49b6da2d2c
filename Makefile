# Two commands matter: `make run` and `make test`. Both build .venv from pyproject.toml first, with the exact
# versions of constraints.txt (the same in every checkout, CI and the Dockerfile).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test serve worker migrate bench clean constraints

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

# After a deliberate upgrade (pip install -U … in .venv, tests green): pin what is installed now.
constraints: $(STAMP)
	@{ sed -n '1,2p' constraints.txt; $(BIN)/python -m pip freeze --exclude-editable; } > constraints.new
	mv constraints.new constraints.txt

run: $(STAMP)
	@$(BIN)/samenspel run

test: $(STAMP)
	$(BIN)/python -m mypy
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# serve and worker never migrate themselves (README, In productie); these targets do it first, for development.
migrate: $(STAMP)
	$(BIN)/samenspel migrate

serve: migrate
	$(BIN)/samenspel serve

worker: migrate
	$(BIN)/samenspel worker

bench: $(STAMP)
	@for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) samenspel.db
