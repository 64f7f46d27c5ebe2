# screener — set-up, the main job, tests, evaluation and benchmarks.
# Only Python 3.11+ and the package registries are needed: the face model is shipped inside the
# package (screener/images/models/). `make models` is for updating it: from its official source with a
# pinned sha256, or from a local mirror (SCREENER_MODEL_MIRROR, here ../shared/models).

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SCREENER_MODEL_MIRROR ?= $(wildcard ../shared/models)
export SCREENER_MODEL_MIRROR

# The Dutch spaCy model is published only as a release file, not on the package registry.
NL_MODEL_URL := https://github.com/explosion/spacy-models/releases/download/nl_core_news_sm-3.8.0/nl_core_news_sm-3.8.0-py3-none-any.whl

.PHONY: install run test eval bench models clean-venv

$(BIN)/screener: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,faces]'
	@$(BIN)/python -c "import nl_core_news_sm" 2>/dev/null \
	  || $(BIN)/pip install --quiet --timeout 15 --retries 0 "$(NL_MODEL_URL)" 2>/dev/null \
	  || echo "screener: nl_core_news_sm is hier niet te installeren; de screener gebruikt de Nederlandse namen- en plaatsenlijsten (zie 'screener doctor')."
	@touch $@

install: $(BIN)/screener

# Update the shipped face model (only when its pin in screener/images/model_files.py changes).
models: $(BIN)/screener
	$(BIN)/python -m screener.images.model_files $(if $(SCREENER_MODEL_MIRROR),--mirror $(SCREENER_MODEL_MIRROR))

# The main job: screen the sample posts and photos. Exit code 1 means "findings", which is the point here.
run: install
	@$(BIN)/screener --version
	@cd samples && ../$(BIN)/screener check posts/* fotos/* ; status=$$?; \
	  if [ $$status -gt 1 ]; then echo "screener faalde (exitcode $$status)"; exit $$status; fi

# The suite on every core (TEST_JOBS=1 for one process). A module that builds something costly once (a browser,
# the pre-commit framework's environment) marks itself with xdist_group, so one worker builds it.
TEST_JOBS ?= auto
test: install
	$(BIN)/python -m pytest -n $(TEST_JOBS) --dist loadgroup

eval: install
	$(BIN)/python -m eval.text_pii
	$(BIN)/python -m eval.school_posts
	$(BIN)/python -m eval.faces
	$(BIN)/python -m eval.rules

bench: install
	$(BIN)/python -m bench.text
	$(BIN)/python -m bench.images
	$(BIN)/python -m bench.scan
	$(BIN)/python -m bench.serve

clean-venv:
	rm -rf $(VENV)
