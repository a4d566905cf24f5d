# Pleno — one command for each habit. The README names two of them:
#   make demo   installs what is needed and starts the app on a demo database
#   make test   installs what is needed and runs every test, the package's included
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
CARGO ?= cargo
DEMO_DB ?= $(CURDIR)/target/demo/pleno.db
APP := target/debug/pleno-app
PLENO := target/debug/pleno

.PHONY: setup ui app app-e2e app-tests cli package package-test demo run test fmt-check clippy unit ui-check bindings bindings-check e2e bench bench-million site-e2e compare-start

setup:
	./.ci/install-deps

# The app embeds ui/dist when it is compiled, so the UI is built first.
ui: setup
	npm --prefix ui run build --silent

app: ui
	$(CARGO) build -p pleno-app

# The app the end-to-end suites drive: the `e2e` feature turns `window.__TAURI__`
# on for this build only (src-tauri/build.rs); the shipped app has it off.
app-e2e: ui
	$(CARGO) build -p pleno-app --features pleno-app/e2e

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

# The Tauri shell's own tests: every command module through the mock runtime's IPC,
# the reader pool, the launch arguments (no window, no display).
app-tests: ui
	$(CARGO) test -p pleno-app

# The UI's types (svelte-check) and its unit tests (vitest).
ui-check: setup
	npm --prefix ui run check
	npm --prefix ui test

bindings:
	UPDATE_BINDINGS=1 $(CARGO) test -p pleno-api --test bindings --test limits

bindings-check:
	$(CARGO) test -p pleno-api --test bindings --test limits

# The real app through tauri-driver and WebKitWebDriver, under a virtual display.
e2e: app-e2e cli
	xvfb-run -a --server-args="-screen 0 1280x800x24" $(CARGO) test -p pleno-e2e --features e2e -- --test-threads=1

# The published archive (`pleno publish`) in headless Chromium; part of e2e too.
site-e2e: setup cli
	$(CARGO) test -p pleno-e2e --features e2e --test published_site

# Release packages (.deb, .rpm) by the Tauri bundler from the npm @tauri-apps/cli
# pinned in ui/package.json. One release target dir serves both binaries: the CLI
# first, then `tauri build` builds the app in the same dir, reusing every crate the
# two share. The bundler copies the CLI from target/package/bin into /usr/bin.
RELEASE_DIR := $(or $(CARGO_TARGET_DIR),$(CURDIR)/target)/release
PLENO_COMMIT ?= $(shell git rev-parse --short=12 HEAD 2>/dev/null || echo desconocido)
PLENO_BUILD_DATE ?= $(shell date -u +%Y-%m-%d)
export PLENO_COMMIT PLENO_BUILD_DATE

package: ui
	$(CARGO) build --release -p pleno-cli
	mkdir -p target/package/bin
	install -m 0755 -s $(RELEASE_DIR)/pleno target/package/bin/pleno
	cd src-tauri && ../ui/node_modules/.bin/tauri build --ci --bundles deb,rpm
	# The bundler names them after productName (Pleno_…); the package itself is `pleno`.
	for f in $(RELEASE_DIR)/bundle/deb/*.deb $(RELEASE_DIR)/bundle/rpm/*.rpm; do \
	  cp "$$f" "target/package/$$(basename "$$f" | tr '[:upper:]' '[:lower:]')"; done
	ls -l target/package/*.deb target/package/*.rpm

# Installs the .deb on this machine, runs `pleno --version` and the installed app
# under Xvfb to its first screen, and removes it again (needs root or sudo).
package-test: package cli
	./.ci/package-test

# Release timings: documents, then the archive at 30 000 agreements (built once
# under target/tmp). bench-million adds 1 000 000 agreements (minutes to build once).
bench:
	$(CARGO) bench -p pleno-docs
	$(CARGO) bench -p pleno-api --bench scale

bench-million:
	PLENO_BENCH_MILLION=1 $(CARGO) bench -p pleno-api --bench scale

# Pleno against a bare Tauri 2 window (tools/bare-window), release builds: start to
# the first screen and idle memory, medians of RUNS starts (README, «Arranque y
# memoria frente a una ventana Tauri vacía»).
compare-start: ui
	$(CARGO) build --release -p pleno-app -p pleno-cli
	tools/compare-start.sh target/release/pleno-app target/release/pleno

test: setup fmt-check ui-check unit app-tests clippy e2e package-test
	@echo "Todas las pruebas pasaron."
