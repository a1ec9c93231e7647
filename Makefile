# The two commands a newcomer needs: `make demo` and `make test`.
PORT ?= 8000
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMPS := .stamps
export PACESETTER_HOME ?= $(CURDIR)/var

.PHONY: demo test check serve check-tools clean load bench

demo: $(STAMPS)/app $(STAMPS)/assets $(STAMPS)/messages $(STAMPS)/fonts
	$(BIN)/pacesetter migrate --noinput -v 0
	$(BIN)/pacesetter demo
	$(BIN)/pacesetter serve --port $(PORT)

test: check $(STAMPS)/test $(STAMPS)/assets $(STAMPS)/messages $(STAMPS)/fonts $(STAMPS)/browser
	scripts/run-tests $(BIN)/python

# Static checks (also .pre-commit-config.yaml): lint, format, the types of services and
# selectors (scope in pyproject.toml [tool.mypy]), and no model change without a migration.
check: $(STAMPS)/test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pacesetter makemigrations --check --dry-run

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMPS)/app: pyproject.toml extraction/pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e ./extraction -e .
	@mkdir -p $(STAMPS) && touch $@

$(STAMPS)/test: pyproject.toml extraction/pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e './extraction[test]' -e '.[test]'
	@mkdir -p $(STAMPS) && touch $@ $(STAMPS)/app

# Front-end packages come from the npm registry, pinned by the lockfile; never committed.
$(STAMPS)/assets: frontend/package-lock.json
	@command -v npm >/dev/null || (apt-get update -q && apt-get install -y -q nodejs npm)
	cd frontend && npm ci --no-audit --no-fund --loglevel=error
	@mkdir -p $(STAMPS) && touch $@

# Translation catalogs are compiled at build time (the .mo files are not committed).
$(STAMPS)/messages: $(wildcard pacesetter/locale/*/LC_MESSAGES/django.po) | $(STAMPS)/app
	@command -v msgfmt >/dev/null || (apt-get update -q && apt-get install -y -q gettext)
	cd pacesetter && ../$(BIN)/pacesetter compilemessages -v 0
	@mkdir -p $(STAMPS) && touch $@

# Bulletins: Noto CJK for the charts and the PDF (which embeds them), Pango for WeasyPrint.
$(STAMPS)/fonts:
	@fc-list 2>/dev/null | grep -q "Noto Serif CJK" && ldconfig -p | grep -q libpangoft2 || \
	  (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q fonts-noto-cjk \
	   libpango-1.0-0 libpangoft2-1.0-0)
	@mkdir -p $(STAMPS) && touch $@

# Browser tests drive Debian's Chromium (never a downloaded browser); Noto CJK renders Chinese.
$(STAMPS)/browser:
	@[ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -q "Noto Sans CJK" || \
	  (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-noto-cjk)
	@mkdir -p $(STAMPS) && touch $@

# A bounded loopback load (60 s) on `pacesetter serve`: the demo in a temporary SQLite home, or
# the database in DATABASE_URL (scripts/with-postgres make load); SCALE=county|city|province
# generates that data set first. LOAD_ARGS are passed on (see bench/load.py --help).
load: $(STAMPS)/app $(STAMPS)/assets $(STAMPS)/messages
	$(BIN)/python bench/load.py $(if $(SCALE),--generate $(SCALE)) $(LOAD_ARGS)

# Issue 11's benchmarks, each against bare SQL in the same run: pages and API (bench/scale.py),
# growth with 1, 2 and 5 years stored (bench/growth.py, county worlds of their own) and ingest
# of 1,000,000 figures (bench/ingest.py). SQLite at county scale, then PostgreSQL at province
# scale in one throwaway cluster (its world serves scale and ingest). SCALE=city for a quicker
# run; INGEST_ARGS="--rows 100000" for a quicker ingest. A missed goal prints FAIL and does
# not stop the rest; JSON in bench/results/.
bench: $(STAMPS)/app $(STAMPS)/assets $(STAMPS)/messages
	-PACESETTER_HOME=$(CURDIR)/var/bench-$(or $(SCALE),county) \
	  $(BIN)/python bench/scale.py --server --scale $(or $(SCALE),county)
	-$(BIN)/python bench/growth.py --scale county --home $(CURDIR)/var/bench-growth
	-PACESETTER_HOME=$(CURDIR)/var/bench-ingest $(BIN)/python bench/ingest.py $(INGEST_ARGS)
	-PACESETTER_HOME=$(CURDIR)/var/bench-pg scripts/with-postgres sh -c '\
	  $(BIN)/python bench/scale.py --server --scale $(or $(SCALE),province); \
	  $(BIN)/python bench/ingest.py $(INGEST_ARGS); \
	  $(BIN)/python bench/growth.py --scale county'

clean:
	rm -rf $(VENV) $(STAMPS) frontend/node_modules
