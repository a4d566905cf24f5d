# Pleno — one command for each habit. The README names two of them:
#   make demo   installs what is needed and starts the app on a demo database
#   make test   installs what is needed and runs every test
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
CARGO ?= cargo
DEMO_DB ?= $(CURDIR)/target/demo/pleno.db
APP := target/debug/pleno-app
PLENO := target/debug/pleno

.PHONY: setup ui app cli demo run test fmt-check clippy unit ui-check bindings bindings-check e2e bench bench-million

setup:
	./.ci/install-deps

# The app embeds ui/dist when it is compiled, so the UI is built first.
ui: setup
	npm --prefix ui run build --silent

app: ui
	$(CARGO) build -p pleno-app

cli:
	$(CARGO) build -p pleno-cli

demo: app cli
	mkdir -p $(dir $(DEMO_DB))
	$(PLENO) --db $(DEMO_DB) demo
	PLENO_DB=$(DEMO_DB) $(APP)

run: demo

fmt-check:
	$(CARGO) fmt --all -- --check

clippy: ui
	$(CARGO) clippy --workspace --all-targets --all-features -- -D warnings

# The core: domain, store, documents, API and CLI — no Tauri compiled.
unit:
	$(CARGO) test

# The UI's types (svelte-check) and its unit tests (vitest).
ui-check: setup
	npm --prefix ui run check
	npm --prefix ui test

bindings:
	UPDATE_BINDINGS=1 $(CARGO) test -p pleno-api --test bindings --test limits

bindings-check:
	$(CARGO) test -p pleno-api --test bindings --test limits

# The real app through tauri-driver and WebKitWebDriver, under a virtual display.
e2e: app cli
	xvfb-run -a --server-args="-screen 0 1280x800x24" $(CARGO) test -p pleno-e2e --features e2e -- --test-threads=1

# Release timings: documents, then the archive at 30 000 agreements (built once
# under target/tmp). bench-million adds 1 000 000 agreements (minutes to build once).
bench:
	$(CARGO) bench -p pleno-docs
	$(CARGO) bench -p pleno-api --bench scale

bench-million:
	PLENO_BENCH_MILLION=1 $(CARGO) bench -p pleno-api --bench scale

test: setup fmt-check ui-check unit clippy e2e
	@echo "Todas las pruebas pasaron."
