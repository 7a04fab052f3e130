#!/usr/bin/env python3
"""Benchmark runner: time gilt beside python3 and lua5.4 on the same programs, in one run.

Usage: python3 bench/run.py [--gilt build/gilt] [--runs 5] [-k NAME] [--group single]

For each bench/<group>/NAME.py it runs gilt and python3 (and NAME.lua with lua5.4 when there is
one), checks that gilt printed exactly what python3 printed, and reports the median wall time of
--runs runs (the implementations alternate, so machine noise hits them alike), the ratios
gilt/python3 and gilt/lua, and the geometric mean of the ratios. Lower is faster for gilt.
"""
import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def real_python():
    # pyenv's `python3` is a shell shim that adds ~80 ms per start: time the real binary.
    out = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                         capture_output=True, text=True)
    return out.stdout.strip() or "python3"


def run_once(cmd, cwd):
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True)
    elapsed = time.perf_counter() - start
    return elapsed, proc.returncode, proc.stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gilt", default=os.path.join(ROOT, "build", "gilt"))
    ap.add_argument("--python", default=None, help="CPython to compare with (default: python3)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--group", default="single")
    ap.add_argument("-k", dest="pattern", default="")
    args = ap.parse_args()

    bench_dir = os.path.join(ROOT, "bench", args.group)
    names = sorted(f[:-3] for f in os.listdir(bench_dir)
                   if f.endswith(".py") and args.pattern in f)
    python = args.python or real_python()
    lua = shutil.which("lua5.4")
    print(f"gilt: {args.gilt}\npython: {python}\nlua: {lua or '(not installed)'}\n"
          f"runs per program: {args.runs} (median wall seconds)\n")
    header = f"{'benchmark':<14} {'gilt':>8} {'python3':>8} {'lua5.4':>8} {'gilt/py':>8} {'gilt/lua':>9}"
    print(header)
    print("-" * len(header))
    py_ratios, lua_ratios = [], []
    failures = 0
    for name in names:
        py_file = os.path.join(bench_dir, name + ".py")
        lua_file = os.path.join(bench_dir, name + ".lua")
        cmds = {"gilt": [args.gilt, py_file], "python3": [python, py_file]}
        if lua and os.path.exists(lua_file):
            cmds["lua5.4"] = [lua, lua_file]
        times = {k: [] for k in cmds}
        outputs = {}
        ok = True
        for _ in range(args.runs):
            for key, cmd in cmds.items():
                t, rc, out = run_once(cmd, bench_dir)
                if rc != 0:
                    ok = False
                times[key].append(t)
                outputs[key] = out
        if outputs.get("gilt") != outputs.get("python3"):
            ok = False
        med = {k: statistics.median(v) for k, v in times.items()}
        r_py = med["gilt"] / med["python3"]
        py_ratios.append(r_py)
        lua_col, r_lua_col = "-", "-"
        if "lua5.4" in med:
            r_lua = med["gilt"] / med["lua5.4"]
            lua_ratios.append(r_lua)
            lua_col, r_lua_col = f"{med['lua5.4']:.3f}", f"{r_lua:.2f}"
        flag = "" if ok else "  OUTPUT DIFFERS FROM PYTHON3 OR FAILED"
        failures += not ok
        print(f"{name:<14} {med['gilt']:>8.3f} {med['python3']:>8.3f} {lua_col:>8} "
              f"{r_py:>8.2f} {r_lua_col:>9}{flag}")
    if py_ratios:
        gm_py = math.exp(sum(map(math.log, py_ratios)) / len(py_ratios))
        gm_lua = (math.exp(sum(map(math.log, lua_ratios)) / len(lua_ratios))
                  if lua_ratios else float("nan"))
        print("-" * len(header))
        print(f"{'geomean':<14} {'':>8} {'':>8} {'':>8} {gm_py:>8.2f} {gm_lua:>9.2f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
