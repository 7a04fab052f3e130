#!/usr/bin/env python3
"""The GIL-visibility features of gilt, run from the command line and checked here.

Usage: python3 tests/visibility/run_visibility.py [--interp build/gilt] [-k SUBSTRING]

Runs the programs beside this file (tests/visibility/*.py) under gilt with --deterministic,
--trace, --timeline, --gil-stats, and without options for the deadlock report, and checks
properties of what comes out: the same output on every run of a seed; a trace file that is
valid JSON with every thread named and its spans in order; the report's first line, names,
lines and cycle; no report while a thread can still make progress. These are gilt-only
features, so the expectations are written here (there is no CPython output to compare with).

Every run has a timeout, so a hang fails its case instead of blocking the runner. Prints
PASS/FAIL per case and ends with "N passed, N failed"; exits with 0 only if all passed.
Standard library only.
"""
import argparse
import collections
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TIMEOUT = 20  # seconds for one run of a program; a hang fails the case

# The span names a trace may contain (gil.c's activity names, minus "new" and "finished",
# which are never drawn), and the category of each.
BLOCKED_SPANS = {"sleep", "lock", "condition", "semaphore", "event", "barrier", "queue",
                 "join", "future", "I/O"}
SPAN_CATEGORY = {"running": "running", "waiting for the GIL": "gil-wait"}
SPAN_CATEGORY.update((name, "blocked") for name in BLOCKED_SPANS)
INSTANT_ARG = {"drop request": "requested_by", "handoff": "from"}


class Failure(Exception):
    """A case's check did not hold."""


# Real-time limits are multiplied by this (--time-factor).
TIME_FACTOR = 1.0

def check(cond, message):
    if not cond:
        raise Failure(message)


class Run:
    """What one run of gilt produced."""

    def __init__(self, status, out, err, wall, timed_out):
        self.status = status
        self.out = out.decode("utf-8", "replace")
        self.err = err.decode("utf-8", "replace")
        self.wall = wall
        self.timed_out = timed_out

    def __repr__(self):
        return "status %r, %.2f s%s, stdout %r, stderr %r" % (
            self.status, self.wall, " (TIMED OUT)" if self.timed_out else "",
            self.out[-600:], self.err[-1500:])


def clean_env(extra=None):
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LC_ALL": "C.UTF-8", "PYTHONHASHSEED": "0"}
    for key in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "TSAN_OPTIONS"):
        if key in os.environ:
            env[key] = os.environ[key]
    env.update(extra or {})
    return env


def kill_group(proc):
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


class Runner:
    def __init__(self, gilt, tmp):
        self.gilt = gilt
        self.tmp = tmp

    def prog(self, name):
        return os.path.join(HERE, name)

    def start(self, args, stdin=subprocess.DEVNULL, env=None):
        return subprocess.Popen([self.gilt] + args, cwd=HERE, env=clean_env(env), stdin=stdin,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)

    def finish(self, proc, started, timeout=TIMEOUT, stdin_data=None):
        try:
            out, err = proc.communicate(stdin_data, timeout=timeout)
            timed_out = False
        except subprocess.TimeoutExpired:
            kill_group(proc)
            out, err = proc.communicate()
            timed_out = True
        wall = time.monotonic() - started
        kill_group(proc)  # nothing may outlive the case
        return Run(proc.returncode, out, err, wall, timed_out)

    def run(self, args, env=None, timeout=TIMEOUT):
        started = time.monotonic()
        proc = self.start(args, env=env)
        return self.finish(proc, started, timeout)

    def run_late_stdin(self, args, data, delay):
        """Run with stdin from a pipe that receives data only after delay seconds."""
        started = time.monotonic()
        proc = self.start(args, stdin=subprocess.PIPE)
        time.sleep(delay)
        try:
            proc.stdin.write(data)
            proc.stdin.flush()
        except BrokenPipeError:
            pass
        return self.finish(proc, started)

    def temp(self, name):
        path = os.path.join(self.tmp, name)
        if os.path.exists(path):
            os.remove(path)
        return path


def read_line_within(proc, seconds):
    """The first line of proc's stdout, or b"" if none came within seconds."""
    fd = proc.stdout.fileno()
    data = b""
    deadline = time.monotonic() + seconds
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            return data
        chunk = os.read(fd, 1)
        if not chunk:
            return data
        data += chunk
    return data


def line_of(program, text, nth=1):
    """The 1-based number of the nth line of the program containing text."""
    with open(os.path.join(HERE, program), encoding="utf-8") as f:
        lines = f.read().split("\n")
    found = [i + 1 for i, line in enumerate(lines) if text in line]
    if len(found) < nth:
        raise Failure("%s has no line %r (test program changed?)" % (program, text))
    return found[nth - 1]


def expect_status(r, status):
    check(not r.timed_out, "timed out: %r" % r)
    check(r.status == status, "exit status %r, expected %r: %r" % (r.status, status, r))


# ---------------------------------------------------------------------------
# Trace files

def load_trace(path):
    check(os.path.exists(path), "no trace file written at " + path)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        data = json.loads(text)
    except ValueError as e:
        raise Failure("trace is not valid JSON (%s): ...%r" % (e, text[-300:]))
    check(isinstance(data, dict) and isinstance(data.get("traceEvents"), list),
          "no traceEvents list in the trace")
    return data


class Trace:
    """A parsed trace: thread names by tid, spans and instants per tid (in file order)."""

    def __init__(self, data):
        self.data = data
        self.events = data["traceEvents"]
        self.names = {}
        self.spans = collections.defaultdict(list)
        self.instants = collections.defaultdict(list)
        for e in self.events:
            check(isinstance(e, dict) and e.get("ph") in ("M", "X", "i"),
                  "unexpected event %r" % (e,))
            check(e.get("pid") == 1, "event with pid %r: %r" % (e.get("pid"), e))
            if e["ph"] == "M":
                if e["name"] == "thread_name":
                    check(e["tid"] not in self.names, "tid %r named twice" % e["tid"])
                    self.names[e["tid"]] = e["args"]["name"]
            elif e["ph"] == "X":
                self.spans[e["tid"]].append(e)
            else:
                self.instants[e["tid"]].append(e)

    def tid(self, name):
        tids = [t for t, n in self.names.items() if n == name]
        check(len(tids) == 1, "thread %r named %d times in the trace: %r" %
              (name, len(tids), self.names))
        return tids[0]

    def time_in(self, name, span_name):
        """Microseconds the thread spent in spans called span_name."""
        return sum(e["dur"] for e in self.spans[self.tid(name)] if e["name"] == span_name)


def check_trace_basics(tr, names):
    """Every thread named, every span known and in order per thread, every instant known."""
    check(any(e["ph"] == "M" and e["name"] == "process_name" for e in tr.events),
          "no process_name metadata")
    missing = [n for n in names if n not in tr.names.values()]
    check(not missing, "threads missing from the trace names: %r (have %r)" %
          (missing, sorted(tr.names.values())))
    used = set(tr.spans) | set(tr.instants)
    unnamed = sorted(used - set(tr.names))
    check(not unnamed, "events on tids with no thread_name: %r" % unnamed)
    eps = 0.01  # microseconds: ts and dur are printed with 3 decimals each
    for tid, spans in tr.spans.items():
        who = tr.names[tid]
        for e in spans:
            check(e["name"] in SPAN_CATEGORY, "unknown span name %r on %s" % (e["name"], who))
            check(e.get("cat") == SPAN_CATEGORY[e["name"]],
                  "span %r on %s has category %r" % (e["name"], who, e.get("cat")))
            check(isinstance(e["ts"], (int, float)) and isinstance(e["dur"], (int, float)),
                  "span without numeric ts/dur: %r" % (e,))
            check(e["ts"] >= 0 and e["dur"] >= 0, "negative time in %r" % (e,))
        for a, b in zip(spans, spans[1:]):
            check(b["ts"] >= a["ts"], "%s: span at %.3f after one at %.3f in the file" %
                  (who, b["ts"], a["ts"]))
            # A thread does one thing at a time: its spans never overlap (so they are
            # trivially well nested) and, while it lives, they follow each other with no gap.
            end = a["ts"] + a["dur"]
            check(end <= b["ts"] + eps, "%s: %r (%.3f..%.3f) overlaps %r at %.3f" %
                  (who, a["name"], a["ts"], end, b["name"], b["ts"]))
            check(abs(end - b["ts"]) <= eps, "%s: gap between %r ending %.3f and %r at %.3f" %
                  (who, a["name"], end, b["name"], b["ts"]))
    known = set(tr.names.values())
    for tid, instants in tr.instants.items():
        who = tr.names[tid]
        for e in instants:
            check(e["name"] in INSTANT_ARG, "unknown instant event %r on %s" % (e["name"], who))
            other = e.get("args", {}).get(INSTANT_ARG[e["name"]])
            check(other in known, "%r on %s names %r, not a thread" % (e["name"], who, other))
        for a, b in zip(instants, instants[1:]):
            check(b["ts"] >= a["ts"], "%s: instant at %.3f after one at %.3f in the file" %
                  (who, b["ts"], a["ts"]))


# ---------------------------------------------------------------------------
# The cases

CASES = []


def case(name):
    def register(fn):
        CASES.append((name, fn))
        return fn
    return register


# ---- deterministic mode ----

@case("deterministic: the race prints the same thing in 3 runs of --deterministic=7")
def det_same_seed(rn):
    runs = [rn.run(["--deterministic=7", rn.prog("race.py")]) for _ in range(3)]
    for r in runs:
        expect_status(r, 0)
    check(runs[0].out == runs[1].out == runs[2].out,
          "outputs differ:\n%s" % "\n".join(r.out for r in runs))
    total = int(runs[0].out.split("\n")[0].split()[1])
    check(total < 400000, "no update was lost (total %d): the race did not happen" % total)
    marks = runs[0].out.split("\n")[1].split()[1]
    check(len(marks) == 160 and sorted(set(marks)) == list("0123"), "bad marks %r" % marks)
    check(not marks.startswith("0" * 40 + "1" * 40), "threads ran one after another: " + marks)


@case("deterministic: seeds 1..5 give at least 2 different outputs")
def det_seeds_differ(rn):
    outs = set()
    for seed in range(1, 6):
        r = rn.run(["--deterministic=%d" % seed, rn.prog("race.py")])
        expect_status(r, 0)
        outs.add(r.out)
    check(len(outs) >= 2, "all 5 seeds printed the same: %r" % outs)


@case("deterministic: --deterministic is seed 0")
def det_default_seed(rn):
    a = rn.run(["--deterministic", rn.prog("race.py")])
    b = rn.run(["--deterministic=0", rn.prog("race.py")])
    expect_status(a, 0)
    expect_status(b, 0)
    check(a.out == b.out, "--deterministic %r != --deterministic=0 %r" % (a.out, b.out))


@case("deterministic: 8 s of sleeps take under 1 s of real time, in deadline order")
def det_sleepers(rn):
    r = rn.run(["--deterministic=3", rn.prog("sleepers.py")])
    expect_status(r, 0)
    check(r.wall < 1.0 * TIME_FACTOR, "took %.2f s of real time" % r.wall)
    lines = r.out.strip().split("\n")
    check(lines[-2] == "order a b c d e", "wake order %r" % lines[-2:])
    want = ["a woke after 0.500 s", "b woke after 1.000 s", "c woke after 1.500 s",
            "d woke after 2.500 s", "e woke after 3.000 s"]
    check(lines[:5] == want, "wake lines %r" % lines[:5])
    check(lines[-1] == "virtual elapsed 3.000", lines[-1])
    again = rn.run(["--deterministic=3", rn.prog("sleepers.py")])
    check(again.out == r.out, "second run differs: %r vs %r" % (again.out, r.out))


@case("deterministic: a thread pool with random sleeps prints the same in 3 runs")
def det_pool(rn):
    runs = [rn.run(["--deterministic=11", rn.prog("pool.py")]) for _ in range(3)]
    for r in runs:
        expect_status(r, 0)
        check(r.wall < 2.0 * TIME_FACTOR, "took %.2f s of real time" % r.wall)
    check(runs[0].out == runs[1].out == runs[2].out,
          "outputs differ:\n%s" % "\n---\n".join(r.out for r in runs))
    done = sorted(int(line.split()[1]) for line in runs[0].out.split("\n")
                  if line.startswith("task "))
    check(done == list(range(12)), "tasks reported: %r" % done)


@case("deterministic: gil.stats() counts are the same in 3 runs of --deterministic=4")
def det_counts(rn):
    runs = [rn.run(["--deterministic=4", rn.prog("det_counts.py")]) for _ in range(3)]
    for r in runs:
        expect_status(r, 0)
    check(runs[0].out == runs[1].out == runs[2].out,
          "outputs differ:\n%s" % "\n---\n".join(r.out for r in runs))
    lines = runs[0].out.split("\n")
    check(int(lines[1].split()[1]) > 3, "no switches: %r" % runs[0].out)
    check([line.split()[0] for line in lines[2:6]] == ["MainThread", "Thread-1", "Thread-2",
                                                      "Thread-3"], runs[0].out)


@case("deterministic: a deadlock is reported at once, the same in every run")
def det_deadlock_repeat(rn):
    runs = [rn.run(["--deterministic=2", rn.prog("deadlock_locks.py")]) for _ in range(2)]
    for r in runs:
        expect_status(r, 1)
        check(r.wall < 2.0 * TIME_FACTOR, "report after %.2f s" % r.wall)
    check(runs[0].err == runs[1].err, "reports differ:\n%s\n---\n%s" %
          (runs[0].err, runs[1].err))


@case("deterministic: a bad seed is a usage error (status 2)")
def det_bad_seed(rn):
    for seed in ("abc", "-1", "1.5"):
        r = rn.run(["--deterministic=" + seed, "-c", "print('ran')"])
        expect_status(r, 2)
        check("--deterministic" in r.err and "ran" not in r.out, "seed %r: %r" % (seed, r))


# ---- the trace file ----

TRACE_NAMES = ["MainThread", "cruncher", "sleeper", "locker", "spinner-0", "spinner-1"]


def traced_run(rn):
    """Run trace_threads.py once with --trace (cached: several cases check the same file)."""
    if not hasattr(rn, "_traced"):
        path = rn.temp("threads.json")
        r = rn.run(["--switch-interval=0.001", "--trace=" + path, rn.prog("trace_threads.py")])
        rn._traced = (r, path)
    r, path = rn._traced
    expect_status(r, 0)
    check(r.out == "done\n", "stdout %r" % r.out)
    check(r.err == "", "stderr %r" % r.err)
    return Trace(load_trace(path))


@case("trace: valid JSON, every thread named, spans known, in time order, not overlapping")
def trace_basics(rn):
    tr = traced_run(rn)
    check_trace_basics(tr, TRACE_NAMES)
    check(tr.data.get("otherData", {}).get("dropped_events") == 0,
          "events dropped: %r" % tr.data.get("otherData"))
    for name in TRACE_NAMES:
        check(tr.spans[tr.tid(name)], "no span at all for " + name)
        check(tr.time_in(name, "running") > 0, name + " never ran")


@case("trace: only one thread runs at a time (running spans never overlap)")
def trace_one_runner(rn):
    tr = traced_run(rn)
    running = sorted((e["ts"], e["ts"] + e["dur"], tr.names[e["tid"]])
                     for spans in tr.spans.values() for e in spans if e["name"] == "running")
    check(len(running) > len(TRACE_NAMES), "only %d running spans" % len(running))
    for a, b in zip(running, running[1:]):
        check(a[1] <= b[0] + 0.01, "%s runs until %.3f but %s starts at %.3f" %
              (a[2], a[1], b[2], b[0]))


@case("trace: sleep, lock and join spans where the program blocks")
def trace_blocked(rn):
    tr = traced_run(rn)
    # sleeper sleeps 4 x 25 ms; locker waits ~50 ms for the lock main holds; main joins.
    slept = tr.time_in("sleeper", "sleep")
    check(slept >= 90000, "sleeper slept %.0f us in the trace" % slept)
    locked = tr.time_in("locker", "lock")
    check(locked >= 20000, "locker waited %.0f us for the lock" % locked)
    check(tr.time_in("MainThread", "join") > 0, "no join span for MainThread")
    check(tr.time_in("cruncher", "running") >= 10000, "cruncher ran %.0f us" %
          tr.time_in("cruncher", "running"))


@case("trace: drop requests and handoffs between two CPU-bound threads")
def trace_instants(rn):
    tr = traced_run(rn)
    spinners = {tr.tid("spinner-0"), tr.tid("spinner-1")}
    kinds = collections.Counter()
    for tid in spinners:
        for e in tr.instants[tid]:
            kinds[e["name"]] += 1
    check(kinds["drop request"] > 0 and kinds["handoff"] > 0,
          "instant events on the spinners: %r" % dict(kinds))
    eps = 0.01
    for tid, instants in tr.instants.items():
        running = [e for e in tr.spans[tid] if e["name"] == "running"]
        for e in instants:
            if e["name"] == "drop request":
                # Asked of the thread holding the GIL: it is running at that moment.
                ok = any(s["ts"] - eps <= e["ts"] <= s["ts"] + s["dur"] + eps for s in running)
                check(ok, "drop request at %.3f to %s, which was not running" %
                      (e["ts"], tr.names[tid]))
            else:
                # The GIL handed to this thread: it starts running then.
                ok = any(abs(s["ts"] - e["ts"]) <= eps for s in running)
                check(ok, "handoff to %s at %.3f starts no running span" %
                      (tr.names[tid], e["ts"]))


@case("trace: valid JSON when the program ends with an uncaught exception (status 1)")
def trace_on_exception(rn):
    path = rn.temp("fail.json")
    r = rn.run(["--trace=" + path, rn.prog("trace_threads.py"), "fail"])
    expect_status(r, 1)
    check("RuntimeError: failing on purpose" in r.err, "no traceback: %r" % r)
    check_trace_basics(Trace(load_trace(path)), TRACE_NAMES)


@case("trace: valid JSON after sys.exit(3)")
def trace_on_exit(rn):
    path = rn.temp("exit.json")
    r = rn.run(["--trace=" + path, "-c",
                "import sys, threading\nt = threading.Thread(target=print, args=('hi',), "
                "name='printer')\nt.start(); t.join()\nsys.exit(3)"])
    expect_status(r, 3)
    check_trace_basics(Trace(load_trace(path)), ["MainThread", "printer"])


@case("trace: valid JSON when interrupted by SIGINT (exit by the signal)")
def trace_on_sigint(rn):
    path = rn.temp("sigint.json")
    started = time.monotonic()
    proc = rn.start(["--trace=" + path, rn.prog("trace_sigint.py")])
    line = read_line_within(proc, 10)
    if line == b"ready\n":
        time.sleep(0.5)
        proc.send_signal(signal.SIGINT)
    r = rn.finish(proc, started, timeout=10)
    check(line == b"ready\n", "program did not start: %r %r" % (line, r))
    check(not r.timed_out, "did not end after SIGINT: %r" % r)
    check(r.status == -signal.SIGINT, "status %r, expected death by SIGINT: %r" % (r.status, r))
    check("KeyboardInterrupt" in r.err, "no KeyboardInterrupt: %r" % r)
    tr = Trace(load_trace(path))
    check_trace_basics(tr, ["MainThread", "dozer"])
    check(tr.time_in("dozer", "sleep") > 200000, "dozer slept %.0f us" %
          tr.time_in("dozer", "sleep"))


def deadlock_trace(rn):
    """The trace of deadlock_locks.py (cached: two cases check it)."""
    if not hasattr(rn, "_deadlock_trace"):
        path = rn.temp("deadlock.json")
        r = rn.run(["--trace=" + path, rn.prog("deadlock_locks.py")])
        rn._deadlock_trace = (r, path)
    r, path = rn._deadlock_trace
    expect_status(r, 1)
    tr = Trace(load_trace(path))
    check_trace_basics(tr, ["MainThread", "alpha", "beta"])
    return tr


@case("trace: valid JSON when the program deadlocks (status 1)")
def trace_on_deadlock(rn):
    deadlock_trace(rn)


@case("trace: in a deadlock's trace every thread ends blocked (lock, lock, join)")
def trace_deadlock_ends_blocked(rn):
    tr = deadlock_trace(rn)
    ends = {name: tr.spans[tr.tid(name)][-1]["name"] for name in ("MainThread", "alpha", "beta")}
    check(ends == {"MainThread": "join", "alpha": "lock", "beta": "lock"},
          "last span of each thread: %r" % ends)


@case("trace: awkward thread names survive JSON; a renamed thread has its new name")
def trace_names(rn):
    path = rn.temp("names.json")
    r = rn.run(["--trace=" + path, rn.prog("trace_names.py")])
    expect_status(r, 0)
    tr = Trace(load_trace(path))
    odd = 'say "hi"\\\tthen \u00e9\u2026'
    check_trace_basics(tr, ["MainThread", odd, "after"])
    check("before" not in tr.names.values(), "old name kept: %r" % tr.names)


@case("trace: the same spans per thread in two runs of --deterministic=5")
def trace_deterministic(rn):
    seqs = []
    for k in range(2):
        path = rn.temp("det%d.json" % k)
        r = rn.run(["--deterministic=5", "--trace=" + path, rn.prog("trace_threads.py")])
        expect_status(r, 0)
        tr = Trace(load_trace(path))
        check_trace_basics(tr, TRACE_NAMES)
        seqs.append({tr.names[tid]: [e["name"] for e in spans]
                     for tid, spans in tr.spans.items()})
    for name in TRACE_NAMES:
        check(seqs[0][name] == seqs[1][name], "%s: spans differ between runs" % name)


@case("trace: an unwritable path is reported on stderr")
def trace_unwritable(rn):
    path = os.path.join(rn.tmp, "no-such-dir", "t.json")
    r = rn.run(["--trace=" + path, "-c", "print('ran')"])
    check(not r.timed_out and r.out == "ran\n", "%r" % r)
    check("cannot write the trace" in r.err and path in r.err, "%r" % r)


@case("trace: a full ring buffer keeps the newest events, says how many were lost, stays valid")
def trace_ring_buffer(rn):
    path = rn.temp("ring.json")
    prog = ("import threading\n"
            "def spin():\n"
            "    n = 0\n"
            "    while n < 600000:\n"
            "        n += 1\n"
            "ts = [threading.Thread(target=spin) for _ in range(4)]\n"
            "for t in ts: t.start()\n"
            "for t in ts: t.join()\n")
    r = rn.run(["--switch-interval=0.0001", "--trace=" + path, "--timeline", "-c", prog],
               env={"GILT_TRACE_EVENTS": "200"})
    expect_status(r, 0)
    data = load_trace(path)
    other = data.get("otherData", {})
    check(other.get("buffer_events") == 200, "buffer size: %r" % other)
    lost = other.get("dropped_events", 0)
    check(lost > 0, "nothing dropped from a 200-event buffer: %r" % other)
    events = [e for e in data["traceEvents"] if e.get("ph") in ("X", "i")]
    # At most one span per kept state event (plus one still-open span per thread).
    check(0 < len(events) <= 200 + 16, "%d spans and instants from 200 events" % len(events))
    check("the %d oldest events were dropped" % lost in r.err,
          "no note on stderr about %d lost events: %r" % (lost, r.err[-400:]))
    check("oldest events were dropped (the buffer keeps 200)" in r.err, "timeline note: %r"
          % r.err[-400:])
    # The spans kept are the newest: they end at the end of the run, not at its start.
    last = max(e["ts"] + e.get("dur", 0) for e in events)
    first = min(e["ts"] for e in events)
    check(first > 0, "the first kept event is at time 0: nothing was overwritten")
    check(last >= first, "times out of order")


# ---- timeline and statistics ----

@case("timeline: one row per thread, '#' where threads ran, a scale and a legend")
def timeline(rn):
    r = rn.run(["--switch-interval=0.001", "--timeline", rn.prog("trace_threads.py")],
               env={"COLUMNS": "120"})
    expect_status(r, 0)
    check(r.out == "done\n", "stdout %r" % r.out)
    lines = r.err.split("\n")
    heads = [i for i, line in enumerate(lines) if line.startswith("GIL timeline, ")]
    check(len(heads) == 1, "no 'GIL timeline' heading: %r" % r.err)
    rows = collections.OrderedDict()
    for line in lines[heads[0] + 1:]:
        if " |" in line and line.endswith("|"):
            rows[line.split(" |")[0].strip()] = line[line.index(" |") + 2:-1]
    check(list(rows) == TRACE_NAMES, "rows %r" % list(rows))
    widths = {len(v) for v in rows.values()}
    check(widths == {120 - 30}, "row widths %r with COLUMNS=120" % widths)
    for name in ("MainThread", "cruncher", "spinner-0", "spinner-1"):
        check("#" in rows[name], "no '#' in the row of %s: %r" % (name, rows[name]))
    check("z" in rows["sleeper"], "no 'z' in the sleeper's row: %r" % rows["sleeper"])
    check("L" in rows["locker"], "no 'L' in the locker's row: %r" % rows["locker"])
    check("j" in rows["MainThread"], "no 'j' in main's row")
    # Threads start after main: their rows begin blank.
    check(rows["spinner-0"].startswith(" "), "spinner-0 shown before it started")
    legend = [line for line in lines if line.startswith("legend:")]
    check(len(legend) == 1, "no legend line")
    for item in ("# running", "- waiting for the GIL", "z sleep", "L lock", "j join"):
        check(item in legend[0], "legend lacks %r: %r" % (item, legend[0]))
    check(any(line.strip().startswith("^") for line in lines), "no time scale")


@case("timeline: 45 threads draw 40 rows and say how many more there were")
def timeline_many(rn):
    r = rn.run(["--timeline", "-c",
                "import threading\nts = [threading.Thread(target=sum, args=(range(1000),), "
                "name='t%02d' % k) for k in range(44)]\nfor t in ts: t.start()\n"
                "for t in ts: t.join()\n"])
    expect_status(r, 0)
    rows = [line.split(" |")[0].strip() for line in r.err.split("\n")
            if " |" in line and line.endswith("|")]
    check(rows == ["MainThread"] + ["t%02d" % k for k in range(39)], "rows %r" % rows)
    check("... and 5 more threads (not shown)" in r.err, "no note of the others: %r" % r.err)


@case("--gil-stats: the table on stderr names every thread")
def gil_stats_table(rn):
    r = rn.run(["--gil-stats", "--gil=fifo", rn.prog("trace_threads.py")])
    expect_status(r, 0)
    check(r.out == "done\n", "stdout %r" % r.out)
    lines = r.err.split("\n")
    head = [line for line in lines if line.startswith("GIL statistics over ")]
    check(len(head) == 1, "no table heading: %r" % r.err)
    check("policy fifo" in head[0], head[0])
    check(any("switches" in line and "forced drops" in line for line in lines), "no totals")
    for name in TRACE_NAMES:
        rows = [line for line in lines if line.strip().startswith(name + " ")]
        check(len(rows) == 1, "%d rows for %s" % (len(rows), name))


@case("--gil-stats: with --deterministic the heading says so")
def gil_stats_det(rn):
    r = rn.run(["--gil-stats", "--deterministic=1", rn.prog("race.py")])
    expect_status(r, 0)
    head = [line for line in r.err.split("\n") if line.startswith("GIL statistics over ")]
    check(len(head) == 1 and "deterministic" in head[0], "heading %r" % head)
    for k in range(1, 5):
        check("Thread-%d (work)" % k in r.err, "no row for Thread-%d (work)" % k)


@case("--gil-stats and --timeline are printed after an exception, sys.exit and a deadlock")
def reports_at_any_exit(rn):
    runs = [("uncaught exception", [rn.prog("trace_threads.py"), "fail"], 1),
            ("sys.exit(4)", ["-c", "import sys; sys.exit(4)"], 4),
            ("deadlock", [rn.prog("deadlock_queue.py")], 1)]
    for what, args, status in runs:
        r = rn.run(["--gil-stats", "--timeline"] + args)
        expect_status(r, status)
        check(r.err.count("GIL statistics over ") == 1 and r.err.count("GIL timeline, ") == 1,
              "%s: reports missing or repeated: %r" % (what, r.err))
        if what == "deadlock":
            check(r.err.index("deadlock") < r.err.index("GIL statistics over "),
                  "the statistics came before the deadlock report: %r" % r.err)


@case("--gil: every policy runs the race; a bad name is a usage error")
def gil_policies(rn):
    for policy in ("new", "legacy", "fifo", "io"):
        r = rn.run(["--gil=" + policy, "-c", "import gil; print(gil.policy())"])
        expect_status(r, 0)
        check(r.out == policy + "\n", "--gil=%s: %r" % (policy, r))
        r = rn.run(["--gil=" + policy, rn.prog("race.py")])
        expect_status(r, 0)
        check(r.out.startswith("total "), "--gil=%s race: %r" % (policy, r))
    r = rn.run(["--gil=bogus", "-c", "print('ran')"])
    expect_status(r, 2)
    check("invalid --gil policy" in r.err and r.out == "", "%r" % r)


# ---- deadlock reports ----

def deadlock_run(rn, program, det):
    args = (["--deterministic"] if det else []) + [rn.prog(program)]
    r = rn.run(args)
    expect_status(r, 1)
    first = r.err.split("\n")[0]
    check("deadlock" in first, "first line of stderr %r: %r" % (first, r))
    check(r.wall < 2.0 * TIME_FACTOR, "reported after %.2f s" % r.wall)
    return r


def check_locks_report(rn, det):
    r = deadlock_run(rn, "deadlock_locks.py", det)
    p = "deadlock_locks.py"
    check(r.out == "started\n", "the program's output was not flushed first: %r" % r.out)
    err = r.err
    for name in ("alpha", "beta", "MainThread"):
        check('"%s"' % name in err, "thread %s not named: %r" % (name, err))
    a_line = line_of(p, "lock_a = threading.Lock()")
    b_line = line_of(p, "lock_b = threading.Lock()")
    # Each thread: where it waits (file, line and the source line) and for what.
    alpha_at = "%s, line %d" % (p, line_of(p, "with lock_b:", 1))
    beta_at = "%s, line %d" % (p, line_of(p, "with lock_a:", 2))
    check(alpha_at in err and beta_at in err, "wait sites %r %r missing: %r" %
          (alpha_at, beta_at, err))
    check("with lock_b:" in err and "with lock_a:" in err, "source lines missing: %r" % err)
    want_a = "created at %s, line %d, held by \"beta\"" % (p, b_line)
    want_b = "created at %s, line %d, held by \"alpha\"" % (p, a_line)
    check(want_a in err, "no %r in %r" % (want_a, err))
    check(want_b in err, "no %r in %r" % (want_b, err))
    cycles = [line.strip() for line in err.split("\n") if line.strip().startswith("cycle:")]
    check(len(cycles) == 1, "cycle lines: %r" % cycles)
    check(cycles[0] in ('cycle: "alpha" -> "beta" -> "alpha"',
                        'cycle: "beta" -> "alpha" -> "beta"'), cycles[0])
    join_at = "%s, line %d" % (p, line_of(p, "t1.join()"))
    check(join_at in err and 'waiting for thread "alpha" to finish' in err,
          "main's join not described: %r" % err)


def check_join_report(rn, det):
    r = deadlock_run(rn, "deadlock_join.py", det)
    p = "deadlock_join.py"
    err = r.err
    check('"MainThread"' in err and '"stuck"' in err, "names missing: %r" % err)
    check("%s, line %d" % (p, line_of(p, "t.join()")) in err, "join line missing: %r" % err)
    check('waiting for thread "stuck" to finish (join)' in err, "join not named: %r" % err)
    check("%s, line %d" % (p, line_of(p, "never.wait()")) in err, "wait line missing: %r" % err)
    ev = "Event.wait(), on the Event created at %s, line %d" % (p, line_of(p, "threading.Event()"))
    check(ev in err, "no %r in %r" % (ev, err))
    check("cycle:" not in err, "a cycle where there is none: %r" % err)


def check_queue_report(rn, det):
    r = deadlock_run(rn, "deadlock_queue.py", det)
    p = "deadlock_queue.py"
    err = r.err
    check('"MainThread"' in err and "(1 thread)" in err.split("\n")[0], "%r" % err)
    check("%s, line %d" % (p, line_of(p, "jobs.get()")) in err and "item = jobs.get()" in err,
          "get line missing: %r" % err)
    q = "Queue.get(), on the Queue created at %s, line %d" % (p, line_of(p, "queue.Queue()"))
    check(q in err, "no %r in %r" % (q, err))


@case("deadlock: two threads, two locks in opposite orders")
def dl_locks(rn):
    check_locks_report(rn, False)


@case("deadlock: main joins a thread waiting for ever on an Event")
def dl_join(rn):
    check_join_report(rn, False)


@case("deadlock: Queue.get with no producer")
def dl_queue(rn):
    check_queue_report(rn, False)


@case("deadlock: two locks in opposite orders, --deterministic")
def dl_locks_det(rn):
    check_locks_report(rn, True)


@case("deadlock: join on a thread waiting for ever, --deterministic")
def dl_join_det(rn):
    check_join_report(rn, True)


@case("deadlock: Queue.get with no producer, --deterministic")
def dl_queue_det(rn):
    check_queue_report(rn, True)


@case("deadlock: a thread whose target is Event.wait is described as waiting on the Event")
def dl_frozen_target(rn):
    for det in (False, True):
        r = deadlock_run(rn, "deadlock_frozen_target.py", det)
        err = r.err
        check('"event-waiter" is blocked' in err, "thread not described: %r" % err)
        # Main waits for it to finish; it waits on the Event, not for itself.
        section = err.split('"event-waiter" is blocked', 1)[1].split("\n\n")[0]
        check("to finish" not in section, "the thread is said to wait for a thread: %r" % err)
        check("Event.wait()" in section, "the Event wait is not named: %r" % err)
        check("cycle:" not in err, "a cycle where there is none: %r" % err)


@case("deadlock: a non-daemon thread blocked for ever when the main thread ends")
def dl_at_exit(rn):
    for det in (False, True):
        r = deadlock_run(rn, "deadlock_at_exit.py", det)
        err = r.err
        check(r.out == "main thread done\n", "stdout %r" % r.out)
        check('"forgotten"' in err, "thread not named: %r" % err)
        check("Event.wait()" in err, "the Event wait is not named: %r" % err)
        check("holds itself" not in err, "main said to hold the lock it waits for: %r" % err)
        check("cycle:" not in err, "a cycle where there is none: %r" % err)


@case("deadlock: an idle pool worker is described as waiting for work, not for itself")
def dl_pool(rn):
    p = "deadlock_pool.py"
    for det in (False, True):
        r = deadlock_run(rn, p, det)
        err = r.err
        check(r.out == "1024\n", "stdout %r" % r.out)
        fut = "Future.result(), on the Future created at %s, line %d" % (
            p, line_of(p, "forgotten = "))
        check(fut in err, "no %r: %r" % (fut, err))
        check('"worker_0" is blocked' in err, "worker not described: %r" % err)
        section = err.split('"worker_0" is blocked', 1)[1].split("\n\n")[0]
        check("to finish" not in section, "the worker is said to wait for a thread: %r" % err)
        check(".get()" in section, "the worker's queue get is not named: %r" % err)
        check("cycle:" not in err, "a cycle where there is none: %r" % err)


# What each kind of wait is reported as: (argument of deadlock_kinds.py, the text the report
# must contain, the source line of the wait, the source line creating what is waited on).
KINDS = [
    ("condition", "waiting in Condition.wait(), on the Condition created at",
     "cond.wait()", "threading.Condition()"),
    ("semaphore", "waiting in Semaphore.acquire(), on the Semaphore created at",
     "sem.acquire()", "threading.Semaphore(0)"),
    ("bounded", "on the BoundedSemaphore created at", "bsem.acquire()",
     "threading.BoundedSemaphore(1)"),
    ("barrier", "waiting in Barrier.wait(), on the Barrier created at", "barrier.wait()",
     "threading.Barrier(2)"),
    ("future", "waiting in Future.result(), on the Future created at", "fut.result()",
     "concurrent.futures.Future()"),
    ("lock_twice", "waiting for a Lock created at", "lock.acquire()", "threading.Lock()"),
    ("rlock", "waiting for an RLock created at", "rlock.acquire()", "threading.RLock()"),
]


@case("deadlock: Condition, Semaphore, BoundedSemaphore, Barrier, Future, Lock, RLock waits")
def dl_kinds(rn):
    p = "deadlock_kinds.py"
    for det in (False, True):
        for kind, text, wait_src, make_src in KINDS:
            r = rn.run((["--deterministic"] if det else []) + [rn.prog(p), kind])
            expect_status(r, 1)
            err = r.err
            where = "%s%s: " % (kind, " (deterministic)" if det else "")
            check("deadlock" in err.split("\n")[0], where + "first line: %r" % err)
            check(r.wall < 2.0 * TIME_FACTOR, where + "reported after %.2f s" % r.wall)
            twice = kind in ("lock_twice", "bounded")  # the second acquire() blocks
            at = "%s, line %d" % (p, line_of(p, wait_src, 2 if twice else 1))
            check('"MainThread" is blocked at ' + at in err and wait_src in err,
                  where + "no %r: %r" % (at, err))
            made = "%s %s, line %d" % (text, p, line_of(p, make_src))
            check(made in err, where + "no %r: %r" % (made, err))
            if kind == "lock_twice":
                check("which this thread holds itself" in err and
                      'cycle: "MainThread" -> "MainThread"' in err, where + err)
            elif kind == "rlock":
                check('held by "holder"' in err and '"holder" is blocked' in err and
                      "Event.wait()" in err, where + err)
                check("cycle:" not in err, where + err)
            else:
                check("(1 thread)" in err and "cycle:" not in err, where + err)


# ---- no report while a thread can make progress ----

def no_report(r, out):
    expect_status(r, 0)
    check("deadlock" not in r.err, "false report: %r" % r)
    check(r.out == out, "stdout %r, expected %r" % (r.out, out))


@case("no deadlock: threads that only sleep 1.5 s")
def nodl_sleep(rn):
    r = rn.run([rn.prog("no_deadlock_sleep.py")])
    no_report(r, "slept\n")
    check(r.wall >= 1.4, "the sleeps were cut short (%.2f s)" % r.wall)


@case("no deadlock: a thread waiting with timeouts (Event.wait(0.2) x 8) while main joins")
def nodl_timeouts(rn):
    r = rn.run([rn.prog("no_deadlock_timeouts.py")])
    no_report(r, "waited 8 times\n")
    check(r.wall >= 1.5, "the waits were cut short (%.2f s)" % r.wall)


@case("no deadlock: a thread reading stdin (input after 1 s) while main joins")
def nodl_input(rn):
    r = rn.run_late_stdin([rn.prog("no_deadlock_input.py")], b"hello\n", 1.0)
    no_report(r, "read ['hello']\n")


@case("no deadlock: main reads stdin (input after 1 s) while a thread waits for it")
def nodl_main_input(rn):
    r = rn.run_late_stdin([rn.prog("no_deadlock_main_input.py")], b"typed\n", 1.0)
    no_report(r, "['typed', 'woken']\n")


@case("no deadlock: both stdin programs under --deterministic")
def nodl_input_det(rn):
    r = rn.run_late_stdin(["--deterministic", rn.prog("no_deadlock_input.py")], b"hello\n", 1.0)
    no_report(r, "read ['hello']\n")
    r = rn.run_late_stdin(["--deterministic", rn.prog("no_deadlock_main_input.py")],
                          b"typed\n", 1.0)
    no_report(r, "['typed', 'woken']\n")


@case("no deadlock: a thread opening and reading a named pipe written after 1 s")
def nodl_fifo(rn):
    fifo = rn.temp("pipe")
    os.mkfifo(fifo)
    started = time.monotonic()
    proc = rn.start([rn.prog("no_deadlock_fifo.py"), fifo])
    time.sleep(1.0)
    # Open for writing without blocking for ever if the program has already gone.
    try:
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as e:
        r = rn.finish(proc, started)
        raise Failure("nobody reading the pipe after 1 s (%s): %r" % (e, r))
    os.write(fd, b"piped\n")
    os.close(fd)
    no_report(rn.finish(proc, started), "read ['piped\\n']\n")


@case("no deadlock: main waits on a lock and an Event freed by a sleeping thread")
def nodl_sleeper_releases(rn):
    r = rn.run([rn.prog("no_deadlock_sleeper_releases.py")])
    no_report(r, "lock acquired\nevent set\n")


@case("no deadlock: a daemon thread blocked for ever when main ends")
def nodl_daemon(rn):
    r = rn.run([rn.prog("no_deadlock_daemon.py")])
    no_report(r, "main thread done\n")


@case("no deadlock: 20000 semaphore hand-offs between two threads")
def nodl_pingpong(rn):
    no_report(rn.run([rn.prog("no_deadlock_pingpong.py")]), "rounds 20000\n")


@case("no deadlock: time.sleep(1e10) under --deterministic sleeps or raises OverflowError")
def nodl_det_long_sleep(rn):
    # 1e10 s is more nanoseconds than an int64 holds; CPython raises OverflowError.
    r = rn.run(["--deterministic", "-c",
                "import time\ntry:\n    time.sleep(1e10)\nexcept OverflowError:\n"
                "    print('OverflowError')\nelse:\n    print('slept', time.monotonic() >= 1e10)"])
    check("deadlock" not in r.err, "a sleeping thread reported as deadlocked: %r" % r)
    expect_status(r, 0)
    check(r.out in ("OverflowError\n", "slept True\n"), "stdout %r" % r.out)


@case("no deadlock: the sleep and timeout programs under --deterministic")
def nodl_det(rn):
    r = rn.run(["--deterministic", rn.prog("no_deadlock_sleep.py")])
    no_report(r, "slept\n")
    r = rn.run(["--deterministic", rn.prog("no_deadlock_timeouts.py")])
    no_report(r, "waited 8 times\n")
    r = rn.run(["--deterministic", rn.prog("no_deadlock_sleeper_releases.py")])
    no_report(r, "lock acquired\nevent set\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--interp", default=os.path.join(ROOT, "build", "gilt"))
    ap.add_argument("-k", dest="substring", help="run only the cases whose name contains this")
    ap.add_argument("--time-factor", type=float, default=1.0,
                    help="multiply the real-time limits (a sanitizer build runs several times "
                         "slower)")
    args = ap.parse_args()
    global TIME_FACTOR
    TIME_FACTOR = args.time_factor
    gilt = os.path.abspath(args.interp)
    tmp = tempfile.mkdtemp(prefix="gilt-vis-")
    rn = Runner(gilt, tmp)
    passed = failed = 0
    try:
        for name, fn in CASES:
            if args.substring and args.substring not in name:
                continue
            try:
                fn(rn)
            except Failure as e:
                failed += 1
                print("FAIL %s: %s" % (name, e), flush=True)
            except Exception as e:  # a crash of the check itself counts as a failure
                failed += 1
                print("FAIL %s: %s: %s" % (name, type(e).__name__, e), flush=True)
            else:
                passed += 1
                print("PASS %s" % name, flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
