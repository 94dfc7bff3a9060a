# The two commands that matter: `make run` and `make test`. Both build .venv/ from
# requirements.lock on a fresh machine and reuse it while the lock file is unchanged.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint typecheck bench demo dist screenshots i18n server clean venv

$(STAMP): requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	QT_QPA_PLATFORM= $(PY) -m desktop $(ARGS)

demo: $(STAMP)
	QT_QPA_PLATFORM= $(PY) -m desktop --demo $(ARGS)

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m mypy domain storage sync

test: lint
	$(PY) -m pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) -m bench vault --json
	$(PY) -m bench deadlines --json
	$(PY) -m bench sync --json
	$(PY) -m bench server --json --devices 200
	QT_QPA_PLATFORM=offscreen $(PY) -m bench app --json

# The installer bundle (DESIGN.md §7): dist/feltjournal/, then its headless self-test.
dist: $(STAMP)
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN build.spec
	$(PY) tools/check_bundle.py dist/feltjournal

# Renders the main screens offscreen into docs/screenshots/ (linked from the README).
screenshots: $(STAMP)
	$(PY) tools/screenshots.py

# lupdate over ui/ and desktop/, then lrelease into resources/i18n/*.qm.
i18n: $(STAMP)
	$(PY) tools/update_translations.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
