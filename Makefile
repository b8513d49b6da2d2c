# Two commands matter: `make run` and `make test`. Both build .venv from pyproject.toml first, with the exact
# versions of constraints.txt (the same in every checkout, CI and the Dockerfile).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test serve worker migrate bench clean constraints playground oidc-provider

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

# Microsoft's M365 Agents Playground (npm), the Teams client the Teams tests drive; cached in build/.
# Without Node.js nothing is installed and those tests skip, except when CI=true, where they fail.
PLAYGROUND_VERSION := 0.2.28
# Microsoft's Adaptive Cards library: the tests pass every card the bot sends through its parser.
ADAPTIVECARDS_VERSION := 3.0.6
PLAYGROUND_CLI := build/playground/node_modules/@microsoft/m365agentsplayground/cli.js

playground:
	@if [ -f $(PLAYGROUND_CLI) ] && grep -q '"version": "$(PLAYGROUND_VERSION)"' build/playground/node_modules/@microsoft/m365agentsplayground/package.json \
		&& grep -qs '"version": "$(ADAPTIVECARDS_VERSION)"' build/playground/node_modules/adaptivecards/package.json; then :; \
	elif command -v npm >/dev/null 2>&1; then \
		mkdir -p build/playground && npm install --prefix build/playground --no-audit --no-fund --no-save --loglevel=error \
			@microsoft/m365agentsplayground@$(PLAYGROUND_VERSION) adaptivecards@$(ADAPTIVECARDS_VERSION); \
	else echo "Node.js/npm ontbreekt: de tests met de Microsoft 365 Agents Playground worden overgeslagen"; fi

# npm oidc-provider (OpenID Certified), the real OpenID Provider the web sign-in tests run against; in build/oidc.
# Without Node.js those tests skip, except when CI=true, where they fail.
OIDC_PROVIDER_VERSION := 9.13.3

oidc-provider:
	@if grep -qs '"version": "$(OIDC_PROVIDER_VERSION)"' build/oidc/node_modules/oidc-provider/package.json; then :; \
	elif command -v npm >/dev/null 2>&1; then \
		mkdir -p build/oidc && npm install --prefix build/oidc --no-audit --no-fund --no-save --loglevel=error \
			oidc-provider@$(OIDC_PROVIDER_VERSION); \
	else echo "Node.js/npm ontbreekt: de aanmeldtests met een echte OpenID Provider worden overgeslagen"; fi

test: $(STAMP) playground oidc-provider
	$(BIN)/python -m mypy
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# serve and worker never migrate themselves (docs/in-productie.md); these targets do it first, for development.
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
