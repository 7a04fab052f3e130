#!/usr/bin/env python3
"""Command-line behaviour of gilt, checked against CPython where CPython has the same option.

Usage: python3 tests/cli/run_cli.py [--interp build/gilt]

Each case runs gilt and, when the behaviour is CPython's, python3 with the same arguments, and
compares stdout, stderr (with the interpreter's name normalised) and the exit status. gilt-only
options (--preempt, --switch-interval, --version text) have their expectations written here.
Prints PASS/FAIL per case and ends with "N passed, N failed".
"""
import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run(argv, stdin=b"", cwd=None):
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LC_ALL": "C.UTF-8", "PYTHONHASHSEED": "0"}
    p = subprocess.run(argv, input=stdin, capture_output=True, timeout=30, cwd=cwd, env=env)
    return p.returncode, p.stdout, p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interp", default=os.path.join(ROOT, "build", "gilt"))
    args = ap.parse_args()
    gilt = os.path.abspath(args.interp)
    python = shutil.which("python3")
    tmp = tempfile.mkdtemp(prefix="gilt-cli-")
    script = os.path.join(tmp, "prog.py")
    with open(script, "w") as f:
        f.write("import sys\nprint('args', sys.argv[1:])\nprint(__name__)\n")
    failing = os.path.join(tmp, "fail.py")
    with open(failing, "w") as f:
        f.write("def f():\n    raise ValueError('bad value')\nf()\n")
    exits = os.path.join(tmp, "exits.py")
    with open(exits, "w") as f:
        f.write("import sys\nprint('before')\nsys.exit(int(sys.argv[1]))\n")
    with open(os.path.join(tmp, "mymod.py"), "w") as f:
        f.write("print('running', __name__)\n")

    passed = failed = 0

    def same_as_python(name, argv, stdin=b"", cwd=None):
        """gilt and python3 must agree on output and status."""
        nonlocal passed, failed
        g = run([gilt] + argv, stdin, cwd)
        p = run([python] + argv, stdin, cwd)
        # The program's own name starts some messages ("python3: can't open file").
        norm = lambda b: re.sub(rb"^[^ :]*(python3|gilt): ", b"PROG: ", b, flags=re.M)
        if g[0] == p[0] and g[1] == p[1] and norm(g[2]) == norm(p[2]):
            passed += 1
            print(f"PASS {name}")
        else:
            failed += 1
            print(f"FAIL {name}: gilt {g!r} python3 {p!r}")

    def expect(name, argv, status, out_has=None, err_has=None, stdin=b""):
        nonlocal passed, failed
        g = run([gilt] + argv, stdin)
        ok = g[0] == status
        ok = ok and (out_has is None or out_has.encode() in g[1])
        ok = ok and (err_has is None or err_has.encode() in g[2])
        if ok:
            passed += 1
            print(f"PASS {name}")
        else:
            failed += 1
            print(f"FAIL {name}: got {g!r}")

    same_as_python("file with arguments", [script, "a", "b c"])
    same_as_python("-c with arguments", ["-c", "import sys; print(sys.argv)", "x", "y"])
    same_as_python("program from stdin with -", ["-", "z"], stdin=b"import sys\nprint(sys.argv)\n")
    same_as_python("program from a pipe", [], stdin=b"print(6 * 7)\n")
    same_as_python("-m module next to cwd", ["-m", "mymod"], cwd=tmp)
    same_as_python("uncaught exception: status 1", [failing])
    same_as_python("sys.exit(3)", [exits, "3"])
    same_as_python("sys.exit(0)", [exits, "0"])
    same_as_python("-c SystemExit with a message", ["-c", "raise SystemExit('stop here')"])
    same_as_python("-c syntax error", ["-c", "x = (1 +"])
    same_as_python("missing file: status 2", [os.path.join(tmp, "nope.py")])
    expect("-h prints usage", ["-h"], 0, out_has="usage: gilt")
    expect("--version", ["--version"], 0, out_has="gilt")
    expect("unknown option: status 2", ["-Z"], 2, err_has="unknown option -Z")
    expect("-c without argument: status 2", ["-c"], 2, err_has="Argument expected")
    expect("--preempt=cpython accepted", ["--preempt=cpython", "-c", "print('ok')"], 0, out_has="ok")
    expect("--preempt ticks:50 accepted", ["--preempt", "ticks:50", "-c", "print('ok')"], 0,
           out_has="ok")
    expect("bad --preempt: status 2", ["--preempt=sometimes", "-c", "pass"], 2,
           err_has="invalid --preempt")
    expect("bad --switch-interval: status 2", ["--switch-interval=0", "-c", "pass"], 2,
           err_has="invalid --switch-interval")
    expect("--switch-interval sets sys.getswitchinterval",
           ["--switch-interval=0.25", "-c", "import sys; print(sys.getswitchinterval())"], 0,
           out_has="0.25")

    # --dis FILE prints the bytecode and does not run the program.
    dis_prog = os.path.join(tmp, "dis_prog.py")
    with open(dis_prog, "w") as f:
        f.write("counter = 0\n\ndef work(n):\n    global counter\n    for _ in range(n):\n"
                "        counter += 1\n\nwork(3)\nprint('the program ran')\n")
    g = run([gilt, "--dis", dis_prog])
    out = g[1].decode()
    blocks = out.split("\n\nDisassembly of ")
    ok = g[0] == 0 and g[2] == b"" and "the program ran" not in out.splitlines()
    ok = ok and len(blocks) == 2 and blocks[1].startswith('<code object work at 0x')
    ok = ok and blocks[1].split("\n")[0].endswith(f'file "{dis_prog}", line 3>:')
    ok = ok and "STORE_NAME               0 (counter)" in out
    # The classroom point: the += is a separate load, add and store on line 6.
    lines = blocks[1].splitlines()
    want = [["LOAD_GLOBAL", "(counter)"], ["LOAD_CONST", "(1)"], ["BINARY_OP", "(+=)"],
            ["STORE_GLOBAL", "(counter)"]]
    found = [k for k in range(len(lines)) if lines[k][:3] == "  6"]
    ok = ok and len(found) == 1 and \
        [ln.split()[-3::2] for ln in lines[found[0]:found[0] + 4]] == want
    if ok:
        passed += 1
        print("PASS --dis FILE prints the bytecode without running it")
    else:
        failed += 1
        print(f"FAIL --dis FILE prints the bytecode without running it: got {g!r}")
    dis_bad = os.path.join(tmp, "dis_bad.py")
    with open(dis_bad, "w") as f:
        f.write("print('never')\ndef f(:\n    pass\n")
    g = run([gilt, "--dis", dis_bad])
    p = run([python, dis_bad])
    if g[0] == p[0] == 1 and g[1] == b"" and g[2] == p[2] and b"SyntaxError" in g[2]:
        passed += 1
        print("PASS --dis with a syntax error reports it as running would (status 1)")
    else:
        failed += 1
        print(f"FAIL --dis with a syntax error: gilt {g!r} python3 {p!r}")
    expect("--dis missing file: status 2", ["--dis", os.path.join(tmp, "nope.py")], 2,
           err_has="can't open file")
    expect("--dis without a file: status 2", ["--dis"], 2, err_has="--dis needs a file")
    expect("-h documents --dis", ["-h"], 0, out_has="--dis")

    # Ctrl-C raises KeyboardInterrupt in the main thread wherever it waits.
    waiter = os.path.join(tmp, "waiter.py")
    with open(waiter, "w") as f:
        f.write(
            "import threading, time, queue, sys\n"
            "mode = sys.argv[1]\n"
            "ev = threading.Event()\n"
            "t = threading.Thread(target=ev.wait, daemon=True)\n"
            "t.start()\n"
            "try:\n"
            "    print('ready', flush=True)\n"
            "    if mode == 'join': t.join()\n"
            "    elif mode == 'lock':\n"
            "        l = threading.Lock(); l.acquire(); l.acquire()\n"
            "    elif mode == 'sleep': time.sleep(100)\n"
            "    elif mode == 'queue': queue.Queue().get()\n"
            "    elif mode == 'condition':\n"
            "        c = threading.Condition()\n"
            "        with c: c.wait()\n"
            "    elif mode == 'input': input()\n"
            "except KeyboardInterrupt:\n"
            "    print('KeyboardInterrupt in', mode)\n")
    for mode in ["join", "lock", "sleep", "queue", "condition", "input"]:
        name = f"Ctrl-C while waiting in {mode}"
        p = subprocess.Popen([gilt, waiter, mode], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
        try:
            line = p.stdout.readline()
            time.sleep(0.2)
            p.send_signal(signal.SIGINT)
            out, err = p.communicate(timeout=10)
            ok = line == b"ready\n" and out == f"KeyboardInterrupt in {mode}\n".encode() \
                and p.returncode == 0
        except subprocess.TimeoutExpired:
            p.kill()
            out, err = p.communicate()
            ok = False
        if ok:
            passed += 1
            print(f"PASS {name}")
        else:
            failed += 1
            print(f"FAIL {name}: {line!r} {out!r} {err!r} status {p.returncode}")

    shutil.rmtree(tmp, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
