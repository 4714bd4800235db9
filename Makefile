# One entry point for newcomers, CI and the publishing workflow.
#   make serve  - install what is needed, then serve the site with live reload
#   make test   - install what is needed, then lint and run every test
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CHROMIUM ?= /usr/bin/chromium
export NO_MKDOCS_2_WARNING := 1
# Dates in the sitemap and gzip headers come from the last commit, so builds are reproducible.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)

.PHONY: serve test build offline bench lint browser clean

$(STAMP): requirements.txt requirements-dev.txt
	@command -v $(PYTHON) >/dev/null || { echo "Butuh $(PYTHON). Pasang Python 3.11, lalu ulangi."; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

build: $(STAMP)
	$(BIN)/mkdocs build --strict

browser:
	@if [ -x "$(CHROMIUM)" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Memasang Chromium dari paket Debian..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "Chromium tidak ditemukan di $(CHROMIUM)."; \
		echo "Pasang dengan 'sudo apt-get install chromium', atau jalankan"; \
		echo "'$(BIN)/python -m playwright install chromium' lalu set CHROMIUM ke berkasnya."; \
		exit 1; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check hooks tests scripts
	$(BIN)/ruff format --check hooks tests scripts
	@for script in docs/assets/javascripts/*.js; do node --check "$$script" || exit 1; done

test: $(STAMP) browser lint
	CHROMIUM=$(CHROMIUM) $(BIN)/python -m pytest

offline: $(STAMP)
	OFFLINE=true $(BIN)/mkdocs build --strict --site-dir build/offline

bench: $(STAMP) browser
	CHROMIUM=$(CHROMIUM) $(BIN)/python -m benchmarks

clean:
	rm -rf site build .pytest_cache
