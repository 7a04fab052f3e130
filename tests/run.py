#!/usr/bin/env python3
"""Run gilt's test programs and compare them with CPython 3.11.

Usage:
    python3 tests/run.py [--interp PATH] [--suite lang,errors,...] [-k SUBSTRING]
                         [-j N] [--update-cache] [--timeout S] [--verbose] [--list]

Every tests/<suite>/NAME.py (files starting with "_" are helper modules, not tests) is
run twice: once under `python3 -X utf8` to learn the expected stdout, stderr and exit
status (cached in tests/.cache/), and once under the interpreter being tested.  Both
run from the test's directory, with stdin from NAME.stdin (or /dev/null) and the same
small, fixed environment.  See tests/README.md.

Standard library only, so it runs anywhere python3 does.
"""

import argparse
import concurrent.futures
import difflib
import hashlib
import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(TESTS_DIR)
CACHE_DIR = os.path.join(TESTS_DIR, ".cache")
DEFAULT_INTERP = os.path.join(REPO_ROOT, "build", "gilt")
# seed: the course examples, run by their own check.py; visibility: programs that
# tests/visibility/run_visibility.py runs and checks itself; cli and repl: runners of their own.
EXCLUDED_SUITES = {"unit", "cli", "seed", "visibility", "repl"}
# Suites of gilt-only behaviour (preemption modes, GIL settings...): there is no CPython
# output to compare with, so each test checks itself and must end by printing "ok" as its last
# line, with exit status 0. A test may start with "# gilt-args: ..." (extra command-line
# options before the file) and "# env: NAME=VALUE ..." lines.
GILT_ONLY_SUITES = {"gil"}

# Bump this when the cache format or the way expectations are produced changes.
CACHE_FORMAT = "gilt-tests-1"

# The reference interpreter.  Expected outputs always come from it, never from gilt.  It is
# looked up on the caller's PATH (the tests themselves run with a fixed, minimal PATH).
REFERENCE = [shutil.which("python3") or "python3", "-X", "utf8"]
REFERENCE_MAJOR_MINOR = "3.11"

# Placeholders substituted into stderr so that tracebacks do not depend on where the
# repository lives.
FILE_PLACEHOLDER = "<FILE>"
DIR_PLACEHOLDER = "<DIR>"


def clean_env():
    """The whole environment a test sees, for CPython and for gilt alike."""
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "PYTHONHASHSEED": "0",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONUTF8": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "LC_ALL": "C.UTF-8",
    }


# Processes currently running, so that Ctrl-C can kill their process groups.
_running = set()
_running_lock = threading.Lock()
_stopping = threading.Event()  # set on Ctrl-C: results from now on are not trustworthy


class Test:
    """One test program: tests/<suite>/<name>.py."""

    def __init__(self, suite, filename):
        self.suite = suite
        self.dir = os.path.join(TESTS_DIR, suite)
        self.path = os.path.join(self.dir, filename)
        self.name = filename[:-3]
        self.id = f"{suite}/{self.name}"
        stdin = os.path.join(self.dir, self.name + ".stdin")
        self.stdin_path = stdin if os.path.exists(stdin) else None
        self.gilt_only = suite in GILT_ONLY_SUITES
        self.extra_args = []
        self.extra_env = {}
        if self.gilt_only:
            with open(self.path, encoding="utf-8") as f:
                for line in f:
                    if not line.startswith("#"):
                        break
                    if line.startswith("# gilt-args:"):
                        self.extra_args += shlex.split(line.split(":", 1)[1])
                    elif line.startswith("# env:"):
                        for pair in shlex.split(line.split(":", 1)[1]):
                            key, _, value = pair.partition("=")
                            self.extra_env[key] = value


class Result:
    """What one run of a program produced."""

    def __init__(self, stdout=b"", stderr=b"", status=0, timed_out=False, error=None):
        self.stdout = stdout
        self.stderr = stderr
        self.status = status
        self.timed_out = timed_out
        self.error = error  # the interpreter could not be started at all


def find_suites():
    """Every directory under tests/ that holds at least one test program."""
    suites = []
    for entry in sorted(os.listdir(TESTS_DIR)):
        full = os.path.join(TESTS_DIR, entry)
        if entry.startswith(".") or entry in EXCLUDED_SUITES or not os.path.isdir(full):
            continue
        if any(is_test_file(f) for f in os.listdir(full)):
            suites.append(entry)
    return suites


def is_test_file(filename):
    return filename.endswith(".py") and not filename.startswith("_")


def collect_tests(suites, substring):
    tests = []
    for suite in suites:
        for filename in sorted(os.listdir(os.path.join(TESTS_DIR, suite))):
            if not is_test_file(filename):
                continue
            test = Test(suite, filename)
            if substring is None or substring in test.id:
                tests.append(test)
    return tests


def run_program(argv, test, timeout, extra_args=(), extra_env=None):
    """Run argv + [test file] the way every test is run; kill the whole group on timeout."""
    stdin = open(test.stdin_path, "rb") if test.stdin_path else subprocess.DEVNULL
    env = clean_env()
    # Sanitizer settings reach the program under test (CI sets them to stop at the first report).
    for key in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "TSAN_OPTIONS"):
        if key in os.environ:
            env[key] = os.environ[key]
    env.update(extra_env or {})
    try:
        try:
            proc = subprocess.Popen(
                argv + list(extra_args) + [test.path],
                cwd=test.dir,
                env=env,
                stdin=stdin,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                start_new_session=True,  # its own process group, so we can kill it all
            )
        except OSError as exc:
            return Result(status=None, error=f"cannot run {argv[0]}: {exc.strerror}")
        with _running_lock:
            _running.add(proc)
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            kill_group(proc)
            out, err = proc.communicate()
            return Result(out, err, proc.returncode, timed_out=True)
        finally:
            with _running_lock:
                _running.discard(proc)
        # Grandchildren may still hold the group; make sure nothing is left behind.
        kill_group(proc)
        return Result(out, err, proc.returncode)
    finally:
        if test.stdin_path:
            stdin.close()


def kill_group(proc):
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def normalise_stderr(data, test):
    """Replace the test's absolute path, then its directory, by placeholders."""
    path = os.fsencode(test.path)
    directory = os.fsencode(test.dir)
    data = data.replace(path, FILE_PLACEHOLDER.encode())
    data = data.replace(directory + b"/", DIR_PLACEHOLDER.encode() + b"/")
    data = data.replace(directory, DIR_PLACEHOLDER.encode())
    return data


# ---------------------------------------------------------------------------
# Expected results (from CPython, cached)

_reference_version = None


def reference_version():
    """sys.version of the reference python3 (part of every cache key)."""
    global _reference_version
    if _reference_version is None:
        try:
            out = subprocess.run(
                REFERENCE + ["-c", "import sys; print(sys.version)"],
                env=clean_env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                check=True,
            ).stdout
        except (OSError, subprocess.CalledProcessError) as exc:
            sys.exit(f"run.py: cannot run the reference interpreter python3: {exc}")
        _reference_version = out.decode("utf-8", "replace").strip()
        if not _reference_version.startswith(REFERENCE_MAJOR_MINOR + "."):
            print(f"run.py: warning: python3 is {_reference_version.split()[0]}, not "
                  f"{REFERENCE_MAJOR_MINOR}; expected outputs may not be what gilt aims for",
                  file=sys.stderr)
    return _reference_version


def cache_key(test):
    h = hashlib.sha256()

    def add(label, data):
        h.update(label.encode() + b"\0" + str(len(data)).encode() + b"\0" + data)

    add("format", CACHE_FORMAT.encode())
    add("python", reference_version().encode())
    # The name matters too: a test may print its own file name (sys.argv[0]).
    add("name", test.id.encode())
    with open(test.path, "rb") as f:
        add("test", f.read())
    # Helper modules: hash all of them rather than working out which ones are imported.
    for filename in sorted(os.listdir(test.dir)):
        if filename.startswith("_") and filename.endswith(".py"):
            with open(os.path.join(test.dir, filename), "rb") as f:
                add("helper:" + filename, f.read())
    if test.stdin_path:
        with open(test.stdin_path, "rb") as f:
            add("stdin", f.read())
    return h.hexdigest()


def expected_result(test, timeout, update):
    """CPython's result for test, from the cache unless update is set or it is missing."""
    key = cache_key(test)
    cache_file = os.path.join(CACHE_DIR, key + ".json")
    if not update:
        try:
            with open(cache_file, encoding="utf-8") as f:
                data = json.load(f)
            return Result(data["stdout"].encode("utf-8", "surrogateescape"),
                          data["stderr"].encode("utf-8", "surrogateescape"),
                          data["status"])
        except (OSError, ValueError, KeyError):
            pass
    result = run_program(REFERENCE, test, timeout)
    if result.error:
        sys.exit(f"run.py: {result.error}")
    if result.timed_out:
        return Result(status=None, error=f"python3 itself timed out after {timeout}s")
    result.stderr = normalise_stderr(result.stderr, test)
    if _stopping.is_set() or result.status is None or result.status < 0:
        # Killed by a signal (perhaps by us, on Ctrl-C): use it, but never cache it.
        return result
    data = {
        "test": test.id,
        "python": reference_version(),
        "stdout": result.stdout.decode("utf-8", "surrogateescape"),
        "stderr": result.stderr.decode("utf-8", "surrogateescape"),
        "status": result.status,
    }
    os.makedirs(CACHE_DIR, exist_ok=True)
    # Atomic: write a temporary file in the same directory, then rename it over.
    fd, tmp = tempfile.mkstemp(dir=CACHE_DIR, prefix=".tmp-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=1, ensure_ascii=True)
        os.replace(tmp, cache_file)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return result


# ---------------------------------------------------------------------------
# Comparison

def split_lines(data):
    """Lines of data, each keeping its b"\\n"; a final unterminated line is kept too."""
    parts = data.split(b"\n")
    lines = [p + b"\n" for p in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def first_difference(stream, expected, got):
    """A one-line description of the first line where two outputs differ."""
    exp_lines = split_lines(expected)
    got_lines = split_lines(got)
    for i in range(max(len(exp_lines), len(got_lines))):
        e = exp_lines[i] if i < len(exp_lines) else None
        g = got_lines[i] if i < len(got_lines) else None
        if e == g:
            continue
        # Hide the newline unless it is the difference.
        keep_newline = e is not None and g is not None and e.rstrip(b"\n") == g.rstrip(b"\n")
        return (f"{stream} line {i + 1}: expected {show(e, keep_newline)}, "
                f"got {show(g, keep_newline)}")
    return f"{stream} differs"


def show(line, keep_newline=False):
    if line is None:
        return "end of output"
    if not keep_newline:
        line = line.rstrip(b"\n")
    return repr(line.decode("utf-8", "backslashreplace"))


def unified_diff(stream, expected, got):
    exp = expected.decode("utf-8", "backslashreplace").splitlines(keepends=True)
    act = got.decode("utf-8", "backslashreplace").splitlines(keepends=True)
    lines = difflib.unified_diff(exp, act, f"expected {stream}", f"got {stream}")
    text = "".join(line if line.endswith("\n") else line + "\n\\ No newline at end\n"
                   for line in lines)
    return text


def check(test, expected, got, timeout):
    """Return (passed, reasons, diff text)."""
    if expected.error:
        return False, [expected.error], ""
    if got.error:
        return False, [got.error], ""
    reasons = []
    diffs = []
    if got.timed_out:
        reasons.append(f"timed out after {timeout}s")
    if got.stdout != expected.stdout:
        reasons.append(first_difference("stdout", expected.stdout, got.stdout))
        diffs.append(unified_diff("stdout", expected.stdout, got.stdout))
    # stderr is always compared: a program that is silent under CPython must be silent under
    # gilt too (a sanitizer report or a stray warning is a failure).
    got_err = normalise_stderr(got.stderr, test)
    if got_err != expected.stderr:
        reasons.append(first_difference("stderr", expected.stderr, got_err))
        diffs.append(unified_diff("stderr", expected.stderr, got_err))
    if not got.timed_out and got.status != expected.status:
        reasons.append(f"exit status: expected {expected.status}, got {got.status}")
    return not reasons, reasons, "".join(diffs)


def run_gilt_only(test, interp_argv, options):
    got = run_program(interp_argv, test, options.timeout, test.extra_args, test.extra_env)
    if got.error:
        return test, False, [got.error], ""
    reasons = []
    if got.timed_out:
        reasons.append(f"timed out after {options.timeout}s")
    elif got.status != 0:
        reasons.append(f"exit status {got.status}")
    lines = split_lines(got.stdout)
    if not lines or lines[-1].rstrip(b"\n") != b"ok":
        reasons.append("last line of stdout is not 'ok'")
    detail = ""
    if reasons:
        out = got.stdout.decode("utf-8", "backslashreplace").rstrip("\n").split("\n")
        err = got.stderr.decode("utf-8", "backslashreplace").rstrip("\n").split("\n")
        detail = ("stdout ends with:\n  " + "\n  ".join(out[-8:]) + "\nstderr ends with:\n  " +
                  "\n  ".join(err[-8:]) + "\n")
    return test, not reasons, reasons, detail


def run_one(test, interp_argv, options):
    if test.gilt_only:
        return run_gilt_only(test, interp_argv, options)
    expected = expected_result(test, options.timeout, options.update_cache)
    if expected.error:
        return test, False, [expected.error], ""
    got = run_program(interp_argv, test, options.timeout)
    passed, reasons, diff = check(test, expected, got, options.timeout)
    return test, passed, reasons, diff


# ---------------------------------------------------------------------------
# Command line

def resolve_interp(spec):
    """The interpreter command as an argv list.  PATH may carry arguments (shell-split)."""
    argv = shlex.split(spec)
    if not argv:
        sys.exit("run.py: --interp is empty")
    prog = argv[0]
    if os.sep in prog:
        prog = os.path.abspath(prog)
    else:
        found = shutil.which(prog)
        if found:
            prog = os.path.abspath(found)
        elif os.path.exists(prog):
            prog = os.path.abspath(prog)
    return [prog] + argv[1:]


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="run.py",
        description="Run gilt's test programs and compare them with CPython 3.11.")
    p.add_argument("--interp", default=DEFAULT_INTERP,
                   help="interpreter to test (default: build/gilt in the repository); "
                        "may include arguments, split like a shell would")
    p.add_argument("--suite", default=None,
                   help="comma-separated suites (default: every directory under tests/ "
                        "with test programs, except unit)")
    p.add_argument("-k", dest="substring", default=None,
                   help="only tests whose 'suite/name' contains SUBSTRING")
    p.add_argument("-j", dest="jobs", type=int, default=os.cpu_count() or 1,
                   help="tests to run in parallel (default: number of CPUs)")
    p.add_argument("--update-cache", action="store_true",
                   help="regenerate the expected outputs with python3 instead of using the cache")
    p.add_argument("--timeout", type=float, default=30.0,
                   help="seconds before a test is killed and fails (default: 30)")
    p.add_argument("--verbose", "-v", action="store_true",
                   help="show a unified diff for each failure")
    p.add_argument("--list", action="store_true", help="print the test names and exit")
    return p.parse_args(argv)


def main(argv=None):
    options = parse_args(sys.argv[1:] if argv is None else argv)
    available = find_suites()
    if options.suite:
        suites = [s.strip() for s in options.suite.split(",") if s.strip()]
        for s in suites:
            if not os.path.isdir(os.path.join(TESTS_DIR, s)):
                sys.exit(f"run.py: no such suite: {s} (have: {', '.join(available)})")
    else:
        suites = available
    tests = collect_tests(suites, options.substring)
    if options.list:
        for test in tests:
            print(test.id)
        return 0
    if options.jobs < 1:
        sys.exit("run.py: -j needs a positive number")
    interp_argv = resolve_interp(options.interp)
    if not os.path.basename(interp_argv[0]).startswith("gilt"):
        # gilt-only suites test gilt's own options; another interpreter cannot run them.
        tests = [t for t in tests if not t.gilt_only]
    reference_version()  # once, before the worker threads start

    passed = failed = 0
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=options.jobs)
    try:
        futures = [pool.submit(run_one, t, interp_argv, options) for t in tests]
        # Report in a stable order (the order of the test list) as results come in.
        for future in futures:
            test, ok, reasons, diff = future.result()
            if ok:
                passed += 1
                print(f"PASS {test.id}", flush=True)
            else:
                failed += 1
                print(f"FAIL {test.id}: {'; '.join(reasons)}", flush=True)
                if options.verbose and diff:
                    sys.stdout.write(diff)
                    sys.stdout.flush()
    except BaseException:
        # Ctrl-C (or a fatal error): drop queued tests and kill the running ones.
        _stopping.set()
        pool.shutdown(wait=False, cancel_futures=True)
        with _running_lock:
            for proc in list(_running):
                kill_group(proc)
        raise
    pool.shutdown()
    if not tests:
        print("run.py: no tests selected", file=sys.stderr)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
