# Mizan — two commands matter: `make run` and `make test`. See README.md.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed
PG_URL ?= postgres://postgres@127.0.0.1:5432/mizan
REDIS_URL ?= redis://127.0.0.1:6379/14

.PHONY: setup run test test-sqlite test-pg test-api-fuzz test-browser messages lint demo clean

setup: $(STAMP)  ## create .venv and install Mizan with its dev tools (idempotent)

$(STAMP): pyproject.toml constraints.txt
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

demo: setup  ## migrate, ingest the bundled sample article and print the contradiction report
	mkdir -p var
	$(PY) manage.py migrate --noinput
	$(PY) manage.py ingest claims/demo/*.txt
	$(PY) manage.py report contradictions --format text

run: demo  ## the embedded default: SQLite in var/, eager Celery; admin and API on 127.0.0.1:8000
	$(PY) manage.py ensure_demo_user
	$(PY) manage.py runserver 127.0.0.1:8000

test: lint test-api-fuzz test-sqlite test-pg  ## lint, API fuzzing, SQLite + eager Celery, PostgreSQL + Redis + real workers

test-sqlite: setup
	$(PY) -m pytest -q -m "not integration"

test-pg: setup  ## needs PostgreSQL and Redis on loopback (.ci/run starts them)
	DATABASE_URL=$(PG_URL) CELERY_BROKER_URL=$(REDIS_URL) $(PY) -m pytest -q

test-api-fuzz: setup  ## schemathesis against the live OpenAPI schema (bounded run)
	bash .ci/schemathesis.sh

test-browser: setup  ## the admin desk in headless Chromium; screenshots in artifacts/screenshots/
	$(PY) -m pytest -q -m browser

messages:  ## refresh the Arabic catalogue of the desk (needs gettext; commit the .mo)
	cd claims && ../$(PY) ../manage.py makemessages -l ar && ../$(PY) locale/translate_ar.py && ../$(PY) ../manage.py compilemessages -l ar
	cd extractors && ../$(PY) ../manage.py compilemessages -l ar

lint: setup
	$(VENV)/bin/ruff check claims config extractors tests bench manage.py
	$(VENV)/bin/ruff format --check claims config extractors tests bench manage.py

clean:
	rm -rf var $(VENV)
