# Two commands matter: `make run` and `make test`. Both build .venv from pyproject.toml first, with the exact
# versions of constraints.txt (the same in every checkout, CI and the Dockerfile).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test serve worker migrate bench clean constraints playground web-assets chromium oidc-provider

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

# After a deliberate upgrade (pip install -U … in .venv, tests green): pin what is installed now.
constraints: $(STAMP)
	@{ sed -n '1,2p' constraints.txt; $(BIN)/python -m pip freeze --exclude-editable; } > constraints.new
	mv constraints.new constraints.txt

run: $(STAMP) web-assets
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

# The web pages' look: the NL Design System's Utrecht CSS (npm), served by the web adapter from build/web; and
# axe-core, which the accessibility tests inject into every page in Chromium. Without npm the pages fall back to
# samenspel.css and the accessibility tests skip, except when CI=true, where they fail.
UTRECHT_CSS_VERSION := 9.0.4
UTRECHT_TOKENS_VERSION := 5.0.1
AXE_VERSION := 4.14.1
WEB_MODULES := build/web/node_modules

web-assets:
	@if grep -qs '"version": "$(UTRECHT_CSS_VERSION)"' $(WEB_MODULES)/@utrecht/component-library-css/package.json \
		&& grep -qs '"version": "$(UTRECHT_TOKENS_VERSION)"' $(WEB_MODULES)/@utrecht/design-tokens/package.json \
		&& grep -qs '"version": "$(AXE_VERSION)"' $(WEB_MODULES)/axe-core/package.json; then :; \
	elif command -v npm >/dev/null 2>&1; then \
		mkdir -p build/web && npm install --prefix build/web --no-audit --no-fund --no-save --loglevel=error \
			@utrecht/component-library-css@$(UTRECHT_CSS_VERSION) @utrecht/design-tokens@$(UTRECHT_TOKENS_VERSION) \
			axe-core@$(AXE_VERSION); \
	else echo "Node.js/npm ontbreekt: de pagina's gebruiken alleen samenspel.css en de toegankelijkheidstests worden overgeslagen"; fi

# Debian's Chromium and its driver, the real browser the accessibility tests drive (Playwright, no browser download).
chromium:
	@if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	else echo "Chromium ontbreekt (apt-get install chromium chromium-driver, als root): de browsertests worden overgeslagen"; fi

# npm oidc-provider (OpenID Certified), the real OpenID Provider the web sign-in tests run against; in build/oidc.
# Without Node.js those tests skip, except when CI=true, where they fail.
OIDC_PROVIDER_VERSION := 9.13.3

oidc-provider:
	@if grep -qs '"version": "$(OIDC_PROVIDER_VERSION)"' build/oidc/node_modules/oidc-provider/package.json; then :; \
	elif command -v npm >/dev/null 2>&1; then \
		mkdir -p build/oidc && npm install --prefix build/oidc --no-audit --no-fund --no-save --loglevel=error \
			oidc-provider@$(OIDC_PROVIDER_VERSION); \
	else echo "Node.js/npm ontbreekt: de aanmeldtests met een echte OpenID Provider worden overgeslagen"; fi

test: $(STAMP) playground web-assets chromium oidc-provider
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
