# One entry point for newcomers, CI and the publishing workflow.
#   make serve  - install what is needed, then serve the site with live reload
#   make test   - install what is needed, then lint and run every test
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# npm packages the site serves itself (reveal.js, QR codes, offline search shim).
NODE_STAMP := node_modules/.installed
CHROMIUM ?= /usr/bin/chromium
export NO_MKDOCS_2_WARNING := 1
# Dates in the sitemap and gzip headers come from the last commit, so builds are reproducible.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)

.PHONY: serve test build offline publish bench lint browser clean screenshots tautan tautan-periksa

$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || { echo "Butuh Node.js dan npm. Pasang Node.js 18 atau lebih baru, lalu ulangi."; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

$(STAMP): requirements.txt requirements-dev.txt $(NODE_STAMP)
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
	$(BIN)/ruff check hooks tests scripts benchmarks
	$(BIN)/ruff format --check hooks tests scripts benchmarks
	@for script in docs/assets/javascripts/*.js; do node --check "$$script" || exit 1; done

# Two test workers (pytest-xdist), one per core of the machines we run on; each builds the site
# once. Tests of one group (xdist_group) stay on one worker, which shares their page visits.
TEST_WORKERS ?= 2

test: $(STAMP) browser lint
	CHROMIUM=$(CHROMIUM) $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadgroup

# The offline copy in build/offline/, zipped as build/<extra.merek.kode>-luring.zip.
offline: $(STAMP)
	$(BIN)/python scripts/terbitkan.py --luring

# What the publishing workflow uploads: the offline zip first, then site/ carrying and linking it.
publish: $(STAMP)
	$(BIN)/python scripts/terbitkan.py

bench: $(STAMP) browser
	CHROMIUM=$(CHROMIUM) $(BIN)/python -m benchmarks $(BENCH)

screenshots: $(STAMP) browser
	CHROMIUM=$(CHROMIUM) $(BIN)/python scripts/screenshots.py

tautan: build
	$(BIN)/python scripts/tautan_luar.py site

tautan-periksa: build
	$(BIN)/python scripts/tautan_luar.py site --periksa

clean:
	rm -rf site build .pytest_cache
