#!/usr/bin/env python3
"""Times a Tauri app's start to its first screen and weighs its idle memory.

tools/compare-start.sh runs this under its own Xvfb and D-Bus session; it runs Pleno
and the bare window (tools/bare-window) the same number of times, interleaved, and
prints one Markdown table of medians. Only the standard library and libX11 and
libXdamage (through ctypes) are used: nothing beyond what Tauri already needs.

"First screen" is read off the screen itself, the same way for every app, so Pleno
needs no hook. From spawn on, the X server reports every drawing (DAMAGE extension)
and the screen is read after each one; the first screen is the first reading that
already looks like the screen the app settles on (at most TOLERANCE_PX pixels
differ: room for a text caret), once the screen has stayed that way QUIET_S seconds.
For Pleno that is Inicio with the demo's data, not its empty or loading states; for
the bare window, its static page. As a check, each Pleno run also reports when the
last command of its start was logged (its log goes to stdout), and warns when that
comes after the first screen (which would then be missing data).

WebKit draws with GL, here Mesa's software llvmpipe, which compiles each shader once
and keeps it in its shader cache: by default one cache serves every start and the
warm-up starts fill it (as on any start after the first); --cold gives each start
an empty one (the first start after an install), which costs Pleno's page far more
than the bare one.

Memory is read at that moment, after QUIET_S seconds idle: PSS and RSS from
/proc/PID/smaps_rollup summed over the app and every process below it
(WebKitWebProcess, WebKitNetworkProcess, and whatever else WebKit starts).
"""

import argparse
import ctypes
import json
import os
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from pathlib import Path

QUIET_S = 5.0
TOLERANCE_PX = 200
TIMEOUT_S = 40.0


class Screen:
    """The X root window, read with XGetImage: one capture takes a few ms."""

    ZPIXMAP = 2

    def __init__(self):
        x11 = ctypes.cdll.LoadLibrary("libX11.so.6")
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XDefaultScreen.argtypes = [ctypes.c_void_p]
        x11.XRootWindow.restype = ctypes.c_ulong
        x11.XRootWindow.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x11.XDisplayWidth.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x11.XDisplayHeight.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x11.XGetImage.restype = ctypes.POINTER(_XImage)
        x11.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                                  ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
        x11.XFree.argtypes = [ctypes.c_void_p]
        self.x11 = x11
        self.display = x11.XOpenDisplay(None)
        if not self.display:
            raise SystemExit("compare_start: no X display (DISPLAY=%s)" % os.environ.get("DISPLAY"))
        number = x11.XDefaultScreen(self.display)
        self.root = x11.XRootWindow(self.display, number)
        self.width = x11.XDisplayWidth(self.display, number)
        self.height = x11.XDisplayHeight(self.display, number)
        self._watch_damage()

    def _watch_damage(self):
        """Asks the X server (DAMAGE extension, what x11vnc uses) to say when anything
        is drawn on the screen, so the screen is read only after a change."""
        x11, damage = self.x11, ctypes.cdll.LoadLibrary("libXdamage.so.1")
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        damage.XDamageQueryExtension.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
        if not damage.XDamageQueryExtension(self.display, ctypes.byref(event_base),
                                            ctypes.byref(error_base)):
            raise SystemExit("compare_start: the X server has no DAMAGE extension")
        damage.XDamageCreate.restype = ctypes.c_ulong
        damage.XDamageCreate.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int]
        damage.XDamageSubtract.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
        x11.XPending.argtypes = [ctypes.c_void_p]
        x11.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        x11.XFlush.argtypes = [ctypes.c_void_p]
        x11.XConnectionNumber.argtypes = [ctypes.c_void_p]
        report_non_empty = 3
        self.damage_lib = damage
        self.damage_event = event_base.value  # + XDamageNotify, which is 0
        self.damage = damage.XDamageCreate(self.display, self.root, report_non_empty)
        self.event = ctypes.create_string_buffer(192)  # sizeof(XEvent)
        self.fd = x11.XConnectionNumber(self.display)
        x11.XFlush(self.display)

    def wait_drawn(self, timeout):
        """True once something has been drawn since the last call, False after `timeout`
        seconds without. The damage is cleared before returning, so a drawing that
        lands while the caller reads the screen is reported next time."""
        deadline = time.monotonic() + timeout
        while True:
            drawn = False
            while self.x11.XPending(self.display):
                self.x11.XNextEvent(self.display, self.event)
                drawn |= struct.unpack_from("i", self.event)[0] == self.damage_event
            if drawn:
                self.damage_lib.XDamageSubtract(self.display, self.damage, 0, 0)
                self.x11.XFlush(self.display)
                return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            select.select([self.fd], [], [], left)

    def grab(self):
        """The screen as BGRX bytes, one row after another."""
        image = self.x11.XGetImage(self.display, self.root, 0, 0, self.width, self.height,
                                   0xFFFFFFFF, self.ZPIXMAP)
        contents = image.contents
        if contents.bits_per_pixel != 32:
            raise SystemExit("compare_start: Xvfb must run at depth 24 (32 bits per pixel)")
        data = ctypes.string_at(contents.data, contents.bytes_per_line * contents.height)
        self.x11.XFree(contents.data)
        self.x11.XFree(image)
        return data


class _XImage(ctypes.Structure):
    # The leading fields of Xlib's XImage, up to what is read here.
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.c_void_p), ("byte_order", ctypes.c_int),
                ("bitmap_unit", ctypes.c_int), ("bitmap_bit_order", ctypes.c_int),
                ("bitmap_pad", ctypes.c_int), ("depth", ctypes.c_int),
                ("bytes_per_line", ctypes.c_int), ("bits_per_pixel", ctypes.c_int)]


def difference(a, b, width, limit):
    """(rows, pixels) that differ between two captures, counting pixels only up to
    just past `limit`: rows are compared first, so a caret costs a few rows, and a
    new page stops the count early instead of walking a million pixels."""
    row = width * 4
    rows = pixels = 0
    for start in range(0, len(a), row):
        ra, rb = a[start:start + row], b[start:start + row]
        if ra != rb:
            rows += 1
            if pixels <= limit:
                pa, pb = memoryview(ra).cast("I"), memoryview(rb).cast("I")
                pixels += sum(1 for x, y in zip(pa, pb) if x != y)
    return rows, pixels


def write_png(path, data, width, height):
    """A BGRX capture as an RGB PNG, for looking at what was timed."""
    rgb = bytearray(width * height * 3)
    rgb[0::3], rgb[1::3], rgb[2::3] = data[2::4], data[1::4], data[0::4]
    rows = b"".join(b"\0" + bytes(rgb[y * width * 3:(y + 1) * width * 3]) for y in range(height))

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    Path(path).write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                           + chunk(b"IDAT", zlib.compress(rows, 1)) + chunk(b"IEND", b""))


def process_tree(root_pid):
    """The pid and every process below it, from /proc's parent links."""
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path("/proc", entry, "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    tree, todo = [], [root_pid]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, []))
    return tree


def memory(pids):
    """PSS and RSS in kB summed over `pids`, and each process's share."""
    total = {"pss": 0, "rss": 0}
    each = []
    for pid in pids:
        try:
            rollup = Path("/proc", str(pid), "smaps_rollup").read_text()
            name = Path("/proc", str(pid), "comm").read_text().strip()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in rollup.splitlines()[1:])
        pss, rss = int(fields["Pss"].split()[0]), int(fields["Rss"].split()[0])
        total["pss"] += pss
        total["rss"] += rss
        each.append({"pid": pid, "name": name, "pss_kb": pss, "rss_kb": rss})
    return total, each


def stop(root_pid, process):
    """Ends the app and everything it started, and waits for them."""
    pids = process_tree(root_pid)
    for pid in pids:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    deadline = time.monotonic() + 5
    for pid in pids:
        while Path("/proc", str(pid)).exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        if Path("/proc", str(pid)).exists():
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def read_lines(stream, t0, into):
    """Keeps each line the app prints, with when it came (ms since spawn)."""
    for line in iter(stream.readline, b""):
        into.append((round((time.monotonic() - t0) * 1000), line.decode(errors="replace").rstrip()))


def watch(screen, process, t0, baseline):
    """Reads the screen after each drawing until it has been quiet QUIET_S seconds;
    returns when the window first showed anything, when the settled screen first
    showed, the captures around it, and each change (ms since spawn, rows changed)."""
    window_ms = None
    settled, settled_ms, before = None, None, baseline
    changes = []
    last = baseline
    while True:
        if screen.wait_drawn(0.25):
            frame = screen.grab()
            now = time.monotonic() - t0
            if frame != last:
                if window_ms is None and frame != baseline:
                    window_ms = round(now * 1000)
                rows, pixels = difference(frame, settled if settled is not None else baseline,
                                          screen.width, TOLERANCE_PX)
                if settled is None or pixels > TOLERANCE_PX:
                    changes.append({"ms": round(now * 1000), "rows": rows})
                    before = settled if settled is not None else baseline
                    settled, settled_ms = frame, now
                last = frame
        now = time.monotonic() - t0
        if window_ms is not None and now - settled_ms >= QUIET_S:
            return window_ms, round(settled_ms * 1000), before, settled, changes
        if now > TIMEOUT_S or process.poll() is not None:
            raise RuntimeError("no settled screen within %.0f s (exit %s)" % (now, process.poll()))


def run_once(screen, label, binary, env, shots):
    """One start of `binary`: its timings, its idle memory and what it printed."""
    screen.wait_drawn(0)
    baseline = screen.grab()
    lines = []
    spawned_at = time.time()
    t0 = time.monotonic()
    process = subprocess.Popen([binary], env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, start_new_session=True)
    reader = threading.Thread(target=read_lines, args=(process.stdout, t0, lines), daemon=True)
    reader.start()
    try:
        window_ms, first_ms, before, first, changes = watch(screen, process, t0, baseline)
        idle_ms = round((time.monotonic() - t0) * 1000)
        total, each = memory(process_tree(process.pid))
        final = screen.grab()
    except RuntimeError as error:
        raise SystemExit("compare_start: %s %s: %s\n%s" % (label, binary, error,
                         "\n".join(line for _, line in lines)))
    finally:
        stop(process.pid, process)
        reader.join(timeout=2)
    # A fresh reading, not the last one reported: had a drawing gone unreported, the
    # screen timed as settled would not be the one on screen at idle.
    if difference(final, first, screen.width, TOLERANCE_PX)[1] > TOLERANCE_PX:
        print("  warning: %s: the screen at idle is not the one timed as first screen" % label,
              file=sys.stderr)
    if shots:
        shots.mkdir(parents=True, exist_ok=True)
        for name, frame in (("before", before), ("first", first), ("idle", final)):
            write_png(shots / ("%s-%s.png" % (label, name)), frame, screen.width, screen.height)
    commands = [ms for ms, line in lines if "command=" in line]
    return {"label": label, "window_ms": window_ms, "first_screen_ms": first_ms,
            "last_command_ms": max(commands, default=None), "idle_at_ms": idle_ms,
            "pss_kb": total["pss"], "rss_kb": total["rss"], "processes": each,
            "changes": changes, "output": lines, "spawned_at_epoch_ms": round(spawned_at * 1000)}


def fresh_env(run_dir, db, shader_cache):
    """The same clean per-run folders for both apps: no window state, WebKit cache or
    log left from a run before; Pleno on its own demo database. Mesa's shader cache
    is `shader_cache`: one for all runs (warm, as on any start after the first) or,
    when None, the run's own empty one (cold, as on the very first start)."""
    env = dict(os.environ)
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        path = run_dir / var.lower()
        path.mkdir(parents=True, exist_ok=True)
        env[var] = str(path)
    env["MESA_SHADER_CACHE_DIR"] = str(shader_cache or run_dir / "mesa-shader-cache")
    # Classic scrollbars: GTK's overlay scrollbar fades out for seconds after the
    # page loads, which would read as the screen still changing.
    env["GTK_OVERLAY_SCROLLING"] = "0"
    if db:
        env["PLENO_DB"] = str(db)
    return env


def report(n, counted, result):
    """One line per run on stderr, as it goes."""
    logged = result["last_command_ms"]
    print("%s run %d%s: first screen %d ms (window %d ms%s), PSS %.0f MiB, RSS %.0f MiB"
          % (result["label"], n, "" if counted else " (warm-up)", result["first_screen_ms"],
             result["window_ms"], "" if logged is None else ", last start command logged %d ms" % logged,
             result["pss_kb"] / 1024, result["rss_kb"] / 1024), file=sys.stderr)
    if logged is not None and logged > result["first_screen_ms"]:
        print("  warning: a command ended after the screen had settled; the first screen may lack data",
              file=sys.stderr)


def median(runs, key):
    return statistics.median(run[key] for run in runs)


def table(results):
    """The Markdown table of medians, app against bare."""
    bare, app = results["bare"], results["app"]
    rows = [("Start to first screen (ms)", "first_screen_ms", 1),
            ("Window shows anything (ms)", "window_ms", 1),
            ("Idle PSS, process tree (MiB)", "pss_kb", 1024),
            ("Idle RSS, process tree (MiB)", "rss_kb", 1024)]
    out = ["| median of %d runs | bare Tauri window | Pleno | Pleno / bare |" % len(app),
           "|---|---:|---:|---:|"]
    for title, key, scale in rows:
        b, a = median(bare, key) / scale, median(app, key) / scale
        out.append("| %s | %.0f | %.0f | %.2f× |" % (title, b, a, a / b))
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", required=True, help="Pleno's app binary (pleno-app)")
    parser.add_argument("--cli", required=True, help="Pleno's CLI (pleno), for `pleno demo`")
    parser.add_argument("--bare", required=True, help="the bare window's binary")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1, help="uncounted starts of each first")
    parser.add_argument("--shots", help="folder for screenshots of each run's first screen")
    parser.add_argument("--json", help="file for every run's measurements")
    parser.add_argument("--cold", action="store_true",
                        help="an empty GL shader cache for every start (the first start after install)")
    args = parser.parse_args()

    screen = Screen()
    results = {"bare": [], "app": []}
    with tempfile.TemporaryDirectory(prefix="compare-start-") as scratch:
        for n in range(args.warmup + args.runs):
            counted = n >= args.warmup
            for label, binary in (("bare", args.bare), ("app", args.app)):
                run_dir = Path(scratch, "%s-%d" % (label, n))
                db = None
                if label == "app":
                    db = run_dir / "pleno.db"
                    run_dir.mkdir(parents=True)
                    subprocess.run([args.cli, "demo", "--db", str(db)], check=True,
                                   stdout=subprocess.DEVNULL)
                shots = Path(args.shots, "run%d" % n) if args.shots else None
                shader_cache = None if args.cold else Path(scratch, "mesa-shader-cache")
                env = fresh_env(run_dir, db, shader_cache)
                result = run_once(screen, label, binary, env, shots)
                result["counted"] = counted
                report(n, counted, result)
                if counted:
                    results[label].append(result)
                time.sleep(1)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, ensure_ascii=False))
    print(table(results))


if __name__ == "__main__":
    main()
