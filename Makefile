# Rasd: the two commands are `make run` and `make test`; everything else is a step they use.
SHELL := /bin/bash
PYTHON ?= python3
UV ?= $(shell command -v uv 2>/dev/null || echo "$(PYTHON) -m uv")
KAFKA_PORT ?= 9092
TEST_KAFKA_PORT ?= 19092

.PHONY: help install run test unit lint typecheck schemas bench tagger-model kafka-start kafka-stop clean

help:
	@echo "make run    - local Kafka + worker, feed the sample articles, show results (Ctrl-C stops)"
	@echo "make test   - install, start a test broker, run every test, stop the broker"
	@echo "make unit   - unit tests only (no broker)"
	@echo "make lint   - ruff and mypy"
	@echo "make bench  - pipeline throughput benchmark"

# Installs uv if missing (pip, user site), then the locked environment.
install:
	@command -v uv >/dev/null 2>&1 || $(PYTHON) -m uv --version >/dev/null 2>&1 || \
		{ echo "installing uv with pip ..."; $(PYTHON) -m pip install --quiet --disable-pip-version-check uv; }
	@$(UV) sync --frozen --quiet
	@command -v java >/dev/null 2>&1 || { echo "Java 17+ is required for the local Kafka broker"; exit 1; }
	@command -v mvn >/dev/null 2>&1 || { echo "Maven is required to fetch the Kafka broker jars"; exit 1; }

run: install
	$(UV) run rasd demo --port $(KAFKA_PORT)

test: install
	UV="$(UV)" TEST_KAFKA_PORT=$(TEST_KAFKA_PORT) scripts/test.sh

unit: install
	$(UV) run pytest tests/unit tests/agents -q

lint: install
	$(UV) run ruff check stream schemas tests scripts
	$(UV) run ruff format --check stream schemas tests scripts
	$(UV) run mypy stream schemas

schemas: install
	$(UV) run rasd schemas

bench: install
	$(UV) run rasd bench

# Retrain the entity tagger after changing the rules, the knowledge base or data/ner/.
tagger-model: install
	$(UV) run python scripts/train_tagger.py

kafka-start: install
	$(UV) run rasd kafka start --port $(KAFKA_PORT)

kafka-stop:
	$(UV) run rasd kafka stop --port $(KAFKA_PORT)

clean:
	rm -rf .rasd .pytest_cache .mypy_cache .ruff_cache .hypothesis
