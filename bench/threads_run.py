#!/usr/bin/env python3
"""Threading benchmarks: gilt beside python3 on the workloads of ../shared/anchors.

Usage: python3 bench/threads_run.py [--gilt build/gilt] [--runs 3] [-k NAME]

Each program in bench/threads prints RESULT lines (key=value pairs). Every workload runs --runs
times under each interpreter, alternating; the table shows the median of the chosen figures
for gilt and python3 and their ratio (for rates, gilt/python3 > 1 means gilt is faster; for
times and latencies, < 1 means gilt is faster).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench", "threads")

# (label, program, args, [(figure, unit, higher_is_better)], RESULT filter)
WORKLOADS = [
    ("lock pairs (with)", "lock_uncontended.py", [], [("with_per_s", "/s", True)], None),
    ("lock pairs (acq/rel)", "lock_uncontended.py", [], [("acqrel_per_s", "/s", True)], None),
    ("queue items", "queue_tp.py", [], [("items_per_s", "/s", True)], None),
    ("Event ping-pong", "pingpong.py", [], [("roundtrips_per_s", "/s", True)], None),
    ("thread start+join", "thread_create.py", [], [("threads_per_s", "/s", True)], None),
    ("pool tasks (4 workers)", "pool_map.py", [], [("tasks_per_s", "/s", True)], None),
    ("1000 sleepers x 1 s", "many_sleepers.py", [], [("wall_s", "s", False),
                                                     ("vmhwm_mb", "MiB", False)], None),
    ("I/O 20 threads x 5 x 0.1 s", "io_sleep.py", [], [("wall_s", "s", False)], None),
    ("CPU 20M, sequential", "cpu_threads.py", ["seq", "20000000", "1"],
     [("median_s", "s", False)], "mode=seq"),
    ("CPU 20M, 1 thread", "cpu_threads.py", ["t1", "20000000", "1"],
     [("median_s", "s", False)], "mode=t1"),
    ("CPU 20M, 2 threads", "cpu_threads.py", ["t2", "20000000", "1"],
     [("median_s", "s", False)], "mode=t2"),
    ("CPU 20M, 4 threads", "cpu_threads.py", ["t4", "20000000", "1"],
     [("median_s", "s", False)], "mode=t4"),
    ("sleep(1ms) latency, 0 spinners", "latency.py", ["0", "300"],
     [("p50_ms", "ms", False), ("p99_ms", "ms", False)], None),
    ("sleep(1ms) latency, 1 spinner", "latency.py", ["1", "300"],
     [("p50_ms", "ms", False), ("p99_ms", "ms", False)], None),
    ("sleep(1ms) latency, 2 spinners", "latency.py", ["2", "300"],
     [("p50_ms", "ms", False), ("p99_ms", "ms", False)], None),
]


def real_python():
    out = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                         capture_output=True, text=True)
    return out.stdout.strip() or "python3"


def figures(cmd, flt):
    """Run once; the key=value pairs of its (filtered) RESULT line, or None."""
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=BENCH)
    except subprocess.TimeoutExpired:
        return None
    for line in p.stdout.splitlines():
        if line.startswith("RESULT") and (flt is None or flt in line):
            pairs = {}
            for word in line.split()[2:]:
                k, _, v = word.partition("=")
                try:
                    pairs[k] = float(v)
                except ValueError:
                    pass
            return pairs
    sys.stderr.write(f"no RESULT from {' '.join(cmd)}: {p.stderr.strip()[-300:]}\n")
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gilt", default=os.path.join(ROOT, "build", "gilt"))
    ap.add_argument("--python", default=None)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("-k", dest="pattern", default="")
    args = ap.parse_args()
    python = args.python or real_python()
    impls = [("gilt", [os.path.abspath(args.gilt)]), ("python3", [python])]
    print(f"gilt: {args.gilt}\npython: {python}\nmedian of {args.runs} runs\n")
    head = f"{'workload':<34} {'figure':<18} {'gilt':>12} {'python3':>12} {'gilt/py':>8}"
    print(head)
    print("-" * len(head))
    failures = 0
    for label, prog, pargs, figs, flt in WORKLOADS:
        if args.pattern not in label and args.pattern not in prog:
            continue
        results = {name: [] for name, _ in impls}
        for _ in range(args.runs):
            for name, cmd in impls:
                r = figures(cmd + [os.path.join(BENCH, prog)] + pargs, flt)
                if r is not None:
                    results[name].append(r)
        for fig, unit, _higher in figs:
            vals = {}
            for name, _ in impls:
                got = [r[fig] for r in results[name] if fig in r]
                vals[name] = statistics.median(got) if got else None
            g, p = vals["gilt"], vals["python3"]
            ratio = f"{g / p:8.2f}" if g is not None and p else "       -"
            gs = f"{g:12.3f}" if g is not None else "      FAILED"
            ps = f"{p:12.3f}" if p is not None else "      FAILED"
            failures += g is None
            print(f"{label:<34} {fig + ' ' + unit:<18} {gs} {ps} {ratio}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
