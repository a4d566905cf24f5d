#!/usr/bin/env bash
# Pleno against a bare Tauri 2 window (tools/bare-window): time from spawn to the
# first screen, and idle memory of the whole process tree. Prints a Markdown table of
# medians with the ratio Pleno / bare (the targets: both at most 1.2×).
#
#   tools/compare-start.sh [APP_BINARY [CLI_BINARY]]
#
# APP_BINARY defaults to target/release/pleno-app; CLI_BINARY (for `pleno demo`, one
# fresh demo database per run) to the `pleno` beside APP_BINARY, else
# target/release/pleno. Build both first: `npm --prefix ui run build && cargo build
# --release -p pleno-app -p pleno-cli`. The bare window is built here, in release,
# unless BARE_WINDOW names a binary of it.
#
# Environment: RUNS (counted starts of each, default 5), WARMUP (uncounted starts of
# each first, default 1), SHOTS (a folder for screenshots of each run: the screen
# before the first screen, the first screen, the screen when memory was read), JSON
# (a file for every run's numbers, the processes measured and what Pleno logged),
# COLD=1 (every start with an empty GL shader cache, as the first start after an
# install; by default the warm-up fills one cache all starts share, as on any later
# start: WebKit draws with GL, here Mesa's software llvmpipe, which compiles each
# shader once and keeps it in that cache).
#
# How it measures: see tools/compare_start.py and the README section «Arranque y
# memoria frente a una ventana Tauri vacía». It runs its own Xvfb (1280x800x24, the
# size of both windows) and its own D-Bus session, with nothing else on the screen.
#
# Debian packages it needs, beyond Tauri's build dependencies (libwebkit2gtk-4.1,
# which brings libx11-6 and libxdamage1): xvfb, dbus-daemon (dbus-run-session),
# python3. Check: the script says which is missing and stops.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app="${1:-$root/target/release/pleno-app}"
cli="${2:-}"
if [[ -z "$cli" ]]; then
    cli="$(dirname "$app")/pleno"
    [[ -x "$cli" ]] || cli="$root/target/release/pleno"
fi

missing=()
for tool in Xvfb:xvfb dbus-run-session:dbus-daemon python3:python3; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
for lib in libX11.so.6:libx11-6 libXdamage.so.1:libxdamage1; do
    ldconfig -p | grep -q "${lib%%:*}" || missing+=("${lib#*:}")
done
if ((${#missing[@]})); then
    echo "compare-start: missing Debian packages: ${missing[*]} (apt-get install ${missing[*]})" >&2
    exit 1
fi
for binary in "$app" "$cli"; do
    [[ -x "$binary" ]] || { echo "compare-start: no binary at $binary (build it first)" >&2; exit 1; }
done

bare="${BARE_WINDOW:-}"
if [[ -z "$bare" ]]; then
    # Its own workspace and lock file: the same tauri as src-tauri, never part of
    # the project's build.
    target="${CARGO_TARGET_DIR:-$root/tools/bare-window/target}"
    echo "compare-start: building the bare window (release) in $target" >&2
    cargo build --release --locked --quiet --manifest-path "$root/tools/bare-window/Cargo.toml" \
        --target-dir "$target" >&2
    bare="$target/release/bare-window"
fi

# Its own X server on a free display (-displayfd tells which), stopped on exit.
display_file="$(mktemp)"
Xvfb -displayfd 3 -screen 0 1280x800x24 -br -nolisten tcp 3>"$display_file" 2>/dev/null &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null; rm -f "$display_file"' EXIT
for _ in $(seq 50); do
    [[ -s "$display_file" ]] && break
    sleep 0.1
done
[[ -s "$display_file" ]] || { echo "compare-start: Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$(head -n1 "$display_file")"

echo "compare-start: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); app $app; bare $bare" >&2
args=(--app "$app" --cli "$cli" --bare "$bare" --runs "${RUNS:-5}" --warmup "${WARMUP:-1}")
[[ -n "${SHOTS:-}" ]] && args+=(--shots "$SHOTS")
[[ -n "${JSON:-}" ]] && args+=(--json "$JSON")
[[ -n "${COLD:-}" ]] && args+=(--cold)
# What dbus-daemon and the accessibility bus it starts say (on stdout and stderr:
# activations, the registry's greeting, its X server gone at the end) is not the
# measurement's.
quiet=(-e '^dbus-daemon\[' -e 'SpiRegistry' -e '^X connection to')
dbus-run-session -- python3 "$root/tools/compare_start.py" "${args[@]}" \
    2> >(grep --line-buffered -v "${quiet[@]}" >&2) | grep --line-buffered -v "${quiet[@]}"
