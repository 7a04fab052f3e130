#!/usr/bin/env python3
"""The interactive prompt (gilt with no program and a terminal on stdin), driven through a real
pseudo-terminal.

Usage: python3 tests/repl/run_repl.py [--interp build/gilt] [-k TEXT]

Each case starts gilt on a new pseudo-terminal (os.forkpty) with a fresh temporary HOME (the
history file is $HOME/.gilt_history), TERM=xterm, INPUTRC=/dev/null and a 24x100 window, types
keys as a person would (Enter is "\\r", Ctrl-C "\\x03", Ctrl-D "\\x04", Up "\\x1b[A", TAB "\\t"),
and waits for the text it expects: the output is polled until a pattern appears or TIMEOUT
seconds pass, never a fixed sleep alone. Patterns are matched on the output with ANSI escape
sequences, "\\r" and bells removed. The case about background threads also renders the output
on a small model of the screen, to check what the person at the terminal actually sees. At the
end of every case the child's process group is killed, so a hang fails the case and never blocks
the run. Prints PASS/FAIL per case and ends with "N passed, N failed"; exits with 0 only if every
case passed. Needs nothing but Python 3's standard library.

The history cases need a file or directory the REPL cannot write. Run as root (who may write
anything), they run gilt as the user "nobody" when that user can run it (a read-only history
file is also tried as root: gilt goes by its permission bits), else with HOME=/proc.
"""
import argparse
import fcntl
import os
import pwd
import re
import select
import shutil
import signal
import stat
import struct
import subprocess
import sys
import tempfile
import termios
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TIMEOUT = 10.0
ROWS, COLS = 24, 100
# Passed through, so that CI can make sanitizers stop at their first report.
SANITIZER_ENV = {k: v for k, v in os.environ.items()
                 if k in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "TSAN_OPTIONS")}

# CSI sequences (colours, cursor moves, erase, private modes), OSC strings, charset selection,
# keypad modes and the remaining two-character escapes.
ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()*+].|"
                  r"\x1b[ -/]*[0-~]")


def clean(raw):
    """The output as text: escape sequences, carriage returns and bells removed."""
    text = raw.decode("utf-8", "replace")
    return ANSI.sub("", text).replace("\r", "").replace("\x07", "")


def render(raw):
    """The lines a terminal would show after `raw`: a small model of the screen that knows what
    readline and the REPL send (text, CR, LF, BS, erase to end of line, cursor left/right/up/
    down). Lines that scrolled off the top are kept, so the result is the whole transcript."""
    text = raw.decode("utf-8", "replace")
    lines = [[]]
    row = col = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\x1b":
            m = ANSI.match(text, i)
            if not m:
                break  # an unfinished sequence at the end
            seq = m.group(0)
            i = m.end()
            if seq.startswith("\x1b[") and not seq.startswith("\x1b[?"):
                arg = seq[2:-1]
                n = int(arg) if arg.isdigit() else 1
                op = seq[-1]
                if op == "K" and arg in ("", "0"):
                    del lines[row][col:]
                elif op == "C":
                    col += n
                elif op == "D":
                    col = max(0, col - n)
                elif op == "A":
                    row = max(0, row - n)
                elif op == "B":
                    row += n
                    while len(lines) <= row:
                        lines.append([])
                elif op == "G":
                    col = max(0, n - 1)
            continue
        i += 1
        if ch == "\r":
            col = 0
        elif ch == "\n":
            row += 1
            if row == len(lines):
                lines.append([])
        elif ch == "\b":
            col = max(0, col - 1)
        elif ch == "\x07":
            pass
        else:
            if col >= COLS:  # the terminal wraps
                row, col = row + 1, 0
                if row == len(lines):
                    lines.append([])
            line = lines[row]
            while len(line) < col:
                line.append(" ")
            if col < len(line):
                line[col] = ch
            else:
                line.append(ch)
            col += 1
    return ["".join(line).rstrip() for line in lines]


class Failed(Exception):
    pass


class Repl:
    """gilt running on a new pseudo-terminal."""

    def __init__(self, gilt, home, args=(), user=None):
        self.home = home
        env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": home, "TERM": "xterm",
               "INPUTRC": "/dev/null", "LC_ALL": "C.UTF-8", "PYTHONHASHSEED": "0",
               "COLUMNS": str(COLS), "LINES": str(ROWS)}
        env.update(SANITIZER_ENV)
        argv = [gilt] + list(args)
        pid, fd = os.forkpty()
        if pid == 0:  # the child: a new session whose controlling terminal is the pty
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
                if user is not None:
                    os.setgroups([])
                    os.setgid(user.pw_gid)
                    os.setuid(user.pw_uid)
                os.chdir(home)
                os.execve(gilt, argv, env)
            except BaseException as e:
                os.write(2, f"cannot start {gilt}: {e}\n".encode())
            os._exit(127)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        self.raw = bytearray()
        self.eof = False
        self.pos = 0  # where the next expect() starts looking, in text()
        self.mark = 0  # len(text()) when keys were last sent
        self.status = None  # the exit status once the child has exited (not yet reaped)
        self.reaped = False

    # ---- output ----

    def pump(self, wait):
        """Read what the child wrote, waiting at most `wait` seconds for the first bytes."""
        if self.eof:
            if wait > 0:
                time.sleep(min(wait, 0.05))
            return
        r, _, _ = select.select([self.fd], [], [], wait)
        while r:
            try:
                data = os.read(self.fd, 65536)
            except OSError:  # EIO: the child side is closed and everything was read
                data = b""
            if not data:
                self.eof = True
                return
            self.raw += data
            r, _, _ = select.select([self.fd], [], [], 0)

    def text(self):
        return clean(bytes(self.raw))

    def since(self, pos=None):
        return self.text()[self.pos if pos is None else pos:]

    def expect(self, pattern, timeout=TIMEOUT, flags=0):
        """Wait until `pattern` (a regular expression) appears after the last match; return the
        match and move past it (but not past a prompt at the very end of the output, so that
        the next pattern may start with the prompt). A pattern starting with \\A must match
        right where the last match ended. The match must end in output that came after the
        last keys sent (so a prompt that was there before them is not taken for the next)."""
        anchored = pattern.startswith("\\A")
        rx = re.compile(pattern[2:] if anchored else pattern, flags)
        deadline = time.monotonic() + timeout
        while True:
            text = self.text()
            m = (rx.match if anchored else rx.search)(text, self.pos)
            while m and m.end() <= self.mark:  # old output: the keys sent have not answered yet
                m = None if anchored else rx.search(text, m.start() + 1)
            if m:
                self.pos = m.end()
                # A prompt that ends the output is left for the next pattern to start with.
                if m.end() == len(text) and text.endswith((">>> ", "... ")):
                    self.pos = max(m.start(), m.end() - 4)
                return m
            left = deadline - time.monotonic()
            if left <= 0 or (self.eof and self.exited()):
                why = "the REPL exited" if self.eof else f"{timeout:g} s passed"
                raise Failed(f"{why} before {pattern!r} appeared; output since the last "
                             f"match: {text[self.pos:][-1500:]!r}")
            self.pump(min(left, 0.1))

    def lit(self, text, timeout=TIMEOUT):
        """expect() for a literal text."""
        return self.expect(re.escape(text), timeout)

    # ---- input ----

    def send(self, keys):
        self.pump(0)
        self.mark = len(self.text())
        os.write(self.fd, keys.encode())

    def prompt(self):
        """Wait for the primary prompt, with nothing after it."""
        return self.expect(r">>> \Z")

    def run(self, line, output=None):
        """Type a line at the primary prompt and wait for the next prompt; `output`, if given, is
        exactly what must appear between the line and that prompt. Returns that output."""
        self.send(line + "\r")
        m = self.expect(re.escape(line) + r"\n((?:.*\n)*?)>>> \Z")
        if output is not None and m.group(1) != output:
            raise Failed(f"{line!r} printed {m.group(1)!r}, expected {output!r}")
        return m.group(1)

    # ---- the process ----

    def exited(self):
        """Has the child exited? Looks without reaping it (so that its process group stays
        reserved until close() kills it)."""
        if self.status is not None:
            return True
        info = os.waitid(os.P_PID, self.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
        if info is None or info.si_pid == 0:
            return False
        if info.si_code == os.CLD_EXITED:
            self.status = info.si_status
        else:
            self.status = -info.si_status
        return True

    def wait_exit(self, timeout=TIMEOUT):
        """Wait for the child to exit (reading its output meanwhile); return its status."""
        deadline = time.monotonic() + timeout
        while not self.exited():
            if time.monotonic() > deadline:
                raise Failed(f"still running {timeout:g} s later; output: "
                             f"{self.since()[-1500:]!r}")
            self.pump(0.05)
        while not self.eof and time.monotonic() < deadline + 1:
            self.pump(0.05)
        return self.status

    def close(self):
        """Kill the child's process group (a hang must not outlive its case) and reap it."""
        if not self.reaped:
            for kill in (os.killpg, os.kill):  # os.kill: in case it is not a group leader yet
                try:
                    kill(self.pid, signal.SIGKILL)
                except OSError:
                    pass
            os.waitpid(self.pid, 0)
            self.reaped = True
        os.close(self.fd)


# ---- the cases ----
# Each takes a started Repl and the runner's context (those in OWN_PROCESSES: only the context;
# they start what they need) and raises Failed with a reason; it may return a note for its PASS
# line.


def check(cond, why):
    if not cond:
        raise Failed(why)


def case_banner(r, ctx):
    r.prompt()
    text = r.text()
    lines = text.split("\n")
    check(ctx["version"] in lines[0], f"first line {lines[0]!r} lacks {ctx['version']!r}")
    check(lines[0].startswith("gilt "), f"first line {lines[0]!r} does not name gilt")
    hint = "\n".join(lines[1:-1])
    check(":help" in hint, f"no hint about :help in {hint!r}")
    check(lines[-1] == ">>> ", f"the last line is {lines[-1]!r}, not the prompt '>>> '")


def case_continuation(r, ctx):
    r.prompt()
    r.send("def f(x):\r")
    r.expect(r"def f\(x\):\n\.\.\. \Z")
    r.send("    return x * 2\r")
    r.expect(r"\.\.\.     return x \* 2\n\.\.\. \Z")
    r.send("\r")  # a blank line ends the block
    r.expect(r"\.\.\. \n>>> \Z")
    r.run("f(21)", "42\n")
    # Nested blocks: nothing runs before the blank line.
    r.send("if True:\r")
    r.expect(r"if True:\n\.\.\. \Z")
    r.send("    if 1 < 2:\r")
    r.expect(r"\.\.\.     if 1 < 2:\n\.\.\. \Z")
    r.send("        print('inner')\r")
    r.expect(r"\.\.\.         print\('inner'\)\n\.\.\. \Z")
    r.send("    print('outer')\r")
    r.expect(r"\.\.\.     print\('outer'\)\n\.\.\. \Z")
    check("inner\n" not in r.since(0).split("print('inner')", 1)[1],
          "the block ran before the blank line")
    r.send("\r")
    r.expect(r"\.\.\. \ninner\nouter\n>>> \Z")
    # TAB at the start of a line indents (it does not list completions).
    r.send("def g():\r")
    r.expect(r"\.\.\. \Z")
    r.send("\treturn 5\r")
    r.expect(r"\.\.\.     return 5\n\.\.\. \Z")
    r.send("\r")
    r.prompt()
    r.run("g()", "5\n")


def case_echo(r, ctx):
    r.prompt()
    r.run("1 + 2", "3\n")
    r.run("_ * 10", "30\n")
    r.run("None", "")
    r.run("x = 5", "")
    r.run("_", "30\n")  # neither None nor an assignment changed _
    r.run("'a'", "'a'\n")
    r.run("_ + 'b'", "'ab'\n")
    r.run("[1, 'x', None]", "[1, 'x', None]\n")


def case_traceback(r, ctx):
    r.prompt()
    r.run("1/0", 'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n'
          "ZeroDivisionError: division by zero\n")
    r.run('print("still here")', "still here\n")
    r.run("def f(:", '  File "<stdin>", line 1\n    def f(:\n          ^\n'
          "SyntaxError: invalid syntax\n")
    r.run("undefined_name", 'Traceback (most recent call last):\n  File "<stdin>", line 1, '
          "in <module>\nNameError: name 'undefined_name' is not defined\n")
    r.run('print("still here too")', "still here too\n")


def case_ctrl_c_prompt(r, ctx):
    r.prompt()
    r.send("abc def")
    r.lit(">>> abc def")
    r.send("\x03")
    r.expect(r"\nKeyboardInterrupt\n>>> \Z")
    # The partial text is gone: this line runs alone (with "abc def" before it, it would be a
    # syntax error).
    r.run('print("alone")', "alone\n")
    check(r.text().endswith('KeyboardInterrupt\n>>> print("alone")\nalone\n>>> '),
          f"the line after Ctrl-C was not on its own: {r.text()[-200:]!r}")


def case_ctrl_c_sleep(r, ctx):
    r.prompt()
    r.send("import time; time.sleep(10)\r")
    r.lit("import time; time.sleep(10)\n")
    # The line was accepted; give the sleep a moment to start, then interrupt it.
    r.pump(0.3)
    check(r.since() == "", f"output before Ctrl-C: {r.since()!r}")
    t0 = time.monotonic()
    r.send("\x03")
    r.expect(r'Traceback \(most recent call last\):\n  File "<stdin>", line 1, in <module>\n'
             r"KeyboardInterrupt\n>>> \Z")
    took = time.monotonic() - t0
    check(took < 2.0, f"KeyboardInterrupt took {took:.2f} s")
    r.run('print("after the sleep")', "after the sleep\n")


def case_ctrl_c_block(r, ctx):
    r.prompt()
    r.send("if True:\r")
    r.expect(r"\.\.\. \Z")
    r.send("    print('cancelled')\r")
    r.expect(r"\.\.\.     print\('cancelled'\)\n\.\.\. \Z")
    r.send("\x03")
    r.expect(r"\nKeyboardInterrupt\n>>> \Z")
    # The block is forgotten: the next line is a new statement, not its continuation.
    r.run('print("fresh")', "fresh\n")
    r.run("1 + 1", "2\n")
    check("cancelled\n" not in r.text().replace("print('cancelled')", ""),
          "the cancelled block ran")


def case_thread_output(r, ctx):
    r.prompt()
    r.run("import threading, time", "")
    r.send("def tk():\r")
    r.expect(r"\.\.\. \Z")
    r.send('    for i in range(4): time.sleep(0.3); print("tick", i)\r')
    r.expect(r"\.\.\. \Z")
    r.send("\r")
    r.prompt()
    r.send("threading.Thread(target=tk).start()\r")
    r.prompt()
    r.send("zz =")  # typed, no Enter: the prompt waits while the thread prints
    r.lit("zz =")
    r.expect(r"tick 3\n")
    # After the last tick the prompt and the typed text are drawn again.
    r.expect(r"\A>>> zz =\Z")
    screen = render(bytes(r.raw))
    start = max(k for k, ln in enumerate(screen) if ln.startswith(">>> threading.Thread"))
    shown = screen[start + 1:]
    ticks = [ln for ln in shown if "tick" in ln]
    check(ticks == [f"tick {n}" for n in range(4)],
          f"the ticks are not on lines of their own: {shown!r}")
    check(shown[-1] == ">>> zz =", f"the line being typed was not redrawn last: {shown!r}")
    check(all(ln in (">>> zz =", ">>>") or ln.startswith("tick") for ln in shown),
          f"stray text on the screen: {shown!r}")
    r.send(" 7\r")  # finish the line: it must be exactly "zz = 7"
    r.expect(r" 7\n>>> \Z")
    check(r.text().endswith("\n>>> zz = 7\n>>> "), f"the line: {r.text()[-100:]!r}")
    r.run("zz", "7\n")


def wait_for_threads_line(r, want, tries=50):
    """Run :threads until its output contains `want` (the thread may not be waiting yet)."""
    out = ""
    for _ in range(tries):
        out = r.run(":threads")
        if want in out:
            return out
        r.pump(0.1)
    raise Failed(f":threads never showed {want!r}; last output {out!r}")


def case_threads(r, ctx):
    r.prompt()
    r.run("import threading; lk = threading.Lock(); lk.acquire()", "True\n")
    r.run('t = threading.Thread(target=lk.acquire, name="stuck", daemon=True); t.start()', "")
    ident = r.run("t.ident").strip()
    check(ident.isdigit(), f"t.ident printed {ident!r}")
    out = wait_for_threads_line(r, "waiting for a Lock")
    # Sections: a thread's line starts with two spaces, its details with four.
    sections = {}
    name = None
    for ln in out.splitlines()[1:]:
        if ln.startswith("  ") and not ln.startswith("    "):
            name = ln.split()[0]
            sections[name] = [ln]
        elif name:
            sections[name].append(ln)
    check(out.startswith("2 threads alive:"), f":threads output {out!r}")
    check(set(sections) == {"MainThread", "stuck"}, f"threads listed: {sorted(sections)}")
    main, stuck = "\n".join(sections["MainThread"]), "\n".join(sections["stuck"])
    check("holds a Lock created at <stdin>, line 1" in main,
          f"MainThread does not hold the Lock: {main!r}")
    check(f"ident {ident}" in stuck and "daemon" in stuck,
          f"the stuck thread's ident/daemon are wrong: {stuck!r}")
    check('waiting for a Lock created at <stdin>, line 1, held by "MainThread"' in stuck,
          f"the stuck thread's wait is not described: {stuck!r}")
    check("holds" not in stuck, f"the stuck thread holds something: {stuck!r}")
    # Released, the thread takes the lock and finishes.
    r.run("lk.release(); t.join(5); t.is_alive()", "False\n")
    out = r.run(":threads")
    check(out.startswith("1 thread alive:") and "stuck" not in out,
          f":threads after the join: {out!r}")


def case_help(r, ctx):
    r.prompt()
    out = r.run(":help")
    for cmd in (":help", ":threads", ":gil", ":timeline", ":dis", ":set"):
        check(re.search(rf"^\s+{cmd}\b", out, re.M), f":help does not list {cmd}: {out!r}")
    out = r.run(":frobnicate now")
    check("unknown command" in out and ":frobnicate" in out,
          f"an unknown command printed {out!r}")
    r.run("print('fine')", "fine\n")


def stats_window_ms(out):
    m = re.search(r"^GIL statistics over ([\d.]+) (ms|s)\b", out, re.M)
    check(m, f":gil printed {out!r}")
    return float(m.group(1)) * (1000 if m.group(2) == "s" else 1)


def case_gil(r, ctx):
    r.prompt()
    r.run("import time; time.sleep(0.5)", "")
    out = r.run(":gil")
    before = stats_window_ms(out)
    check(re.search(r"^  MainThread +\d", out, re.M), f"no MainThread row: {out!r}")
    check(before >= 500, f"the statistics cover {before} ms after a 0.5 s sleep")
    out = r.run(":gil reset")
    check("reset" in out, f":gil reset printed {out!r}")
    after = stats_window_ms(r.run(":gil"))
    check(after < before, f"after :gil reset the statistics cover {after} ms (before: {before})")


def case_timeline(r, ctx):
    r.prompt()
    r.run("import threading", "")
    r.run('w = threading.Thread(target=lambda: sum(range(3000000)), name="worker")', "")
    r.run("w.start(); w.join()", "")
    out = r.run(":timeline")
    check(out.startswith("GIL timeline"), f":timeline printed {out!r}")
    rows = {m.group(1): m.group(2) for m in re.finditer(r"^(\w+) +\|(.*)\|$", out, re.M)}
    check(set(rows) == {"MainThread", "worker"}, f"timeline rows {sorted(rows)}: {out!r}")
    check("#" in rows["worker"], f"the worker never runs on the timeline: {out!r}")
    check(len(rows["worker"]) == len(rows["MainThread"]) > 10, f"odd rows: {out!r}")
    check("legend" in out, f"no legend: {out!r}")
    out = r.run(":timeline 0.5")
    check(out.startswith("GIL timeline"), f":timeline 0.5 printed {out!r}")
    out = r.run(":timeline soon")
    check("usage" in out, f":timeline soon printed {out!r}")


def case_dis(r, ctx):
    r.prompt()
    r.send("def f(x):\r")
    r.expect(r"\.\.\. \Z")
    r.send("    return x + 1\r")
    r.expect(r"\.\.\. \Z")
    r.send("\r")
    r.prompt()
    out = r.run(":dis f")
    for want in ("LOAD_FAST", "(x)", "LOAD_CONST", "BINARY_OP", "(+)", "RETURN_VALUE"):
        check(want in out, f":dis f lacks {want}: {out!r}")
    out = r.run(":dis no_such_function")
    check("NameError" in out, f":dis of an unknown name printed {out!r}")
    r.run("f(1)", "2\n")


def case_set(r, ctx):
    r.prompt()
    out = r.run(":set gil=fifo")
    check("gil=fifo" in out, f":set gil=fifo printed {out!r}")
    r.run("import gil, sys; gil.policy()", "'fifo'\n")
    out = r.run(":set preempt=cpython")
    check("preempt=cpython" in out, f":set preempt=cpython printed {out!r}")
    r.run("gil.preempt()", "'cpython'\n")
    r.run(":set switch=0.001")
    r.run("sys.getswitchinterval()", "0.001\n")
    out = r.run(":set switch=0")
    check("invalid" in out, f":set switch=0 printed {out!r}")
    r.run("sys.getswitchinterval()", "0.001\n")
    out = r.run(":set gil=sometimes")
    check("invalid" in out, f":set gil=sometimes printed {out!r}")
    r.run("gil.policy()", "'fifo'\n")
    out = r.run(":set colour=blue")
    check("unknown setting" in out, f":set colour=blue printed {out!r}")
    out = r.run(":set")
    check("switch=0.001" in out and "preempt=cpython" in out and "gil=fifo" in out,
          f":set printed {out!r}")


def case_history(r, ctx):
    r.prompt()
    r.run("hist_marker = 123", "")
    r.send("\x04")
    check(r.wait_exit() == 0, f"exit status {r.status}")
    path = os.path.join(r.home, ".gilt_history")
    check(os.path.exists(path), "no ~/.gilt_history after Ctrl-D")
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    check("hist_marker = 123" in lines, f"the history file holds {lines!r}")
    # Run 2, same HOME: Up brings the line back.
    r2 = Repl(ctx["gilt"], r.home)
    try:
        r2.prompt()
        r2.send("\x1b[A")
        r2.expect(r">>> hist_marker = 123\Z")
        r2.send("\r")
        r2.expect(r"\A\n>>> \Z")
        r2.run("hist_marker", "123\n")
        r2.send("\x04")
        check(r2.wait_exit() == 0, f"exit status of run 2: {r2.status}")
    finally:
        r2.close()


def unwritable_homes(ctx, with_file):
    """HOMEs whose history cannot be written: with a read-only history file (with_file) or
    read-only themselves. Yields (home, user to run gilt as or None, note). Root may write
    anything, so as root gilt runs as "nobody"; a read-only file is also tried as root itself
    (gilt goes by its permission bits), and without a usable "nobody" a read-only HOME is
    HOME=/proc."""
    root = os.geteuid() == 0
    users = [ctx["nobody"]] if root and ctx["nobody"] else []
    if not root or with_file:
        users.append(None)
    if root and not with_file and not ctx["nobody"]:
        yield "/proc", None, "as root without a usable 'nobody': HOME=/proc"
    for user in users:
        base = tempfile.mkdtemp(prefix="ro-", dir=ctx["tmp"])
        home = os.path.join(base, "home")
        os.mkdir(home)
        if user:
            os.chmod(base, 0o755)
            os.chown(home, user.pw_uid, user.pw_gid)
        if with_file:
            path = os.path.join(home, ".gilt_history")
            with open(path, "w") as f:
                f.write("old_line = 1\n")
            if user:
                os.chown(path, user.pw_uid, user.pw_gid)
            os.chmod(path, 0o444)
        else:
            os.chmod(home, 0o555)
        yield home, user, "as nobody" if user else "as root" if root else ""


def history_readonly(ctx, with_file):
    notes = []
    for home, user, note in unwritable_homes(ctx, with_file):
        where = f" ({note})" if note else ""
        path = os.path.join(home, ".gilt_history")
        before = os.stat(path) if with_file else None
        r = Repl(ctx["gilt"], home, user=user)
        try:
            r.prompt()
            if with_file:
                # The history is still read.
                r.send("\x1b[A")
                r.expect(r">>> old_line = 1\Z")
                r.send("\r")
                r.expect(r"\A\n>>> \Z")
                r.run("old_line", "1\n")
            r.run("1 + 1", "2\n")
            r.send("\x04")
            status = r.wait_exit()
            out = r.text().split("\n", 2)[2]  # after the banner
            check(status == 0, f"exit status {status}{where}; output {out!r}")
            check(not re.search(r"rror|ermission|denied|annot|\.gilt_history", out),
                  f"an error message{where}: {out!r}")
            if with_file:
                after = os.stat(path)
                with open(path) as f:
                    content = f.read()
                check(content == "old_line = 1\n",
                      f"the read-only history file was rewritten{where}: {content!r}")
                check(stat.S_IMODE(after.st_mode) == 0o444 and after.st_ino == before.st_ino,
                      f"the read-only history file was replaced{where} (mode "
                      f"{stat.S_IMODE(after.st_mode):o}, inode {before.st_ino} -> "
                      f"{after.st_ino})")
            elif home != "/proc":
                check(os.listdir(home) == [],
                      f"files appeared in a read-only HOME{where}: {os.listdir(home)}")
        finally:
            r.close()
        if note:
            notes.append(note)
    return f" ({'; '.join(notes)})" if notes else ""


def case_history_readonly_file(ctx):
    return history_readonly(ctx, True)


def case_history_readonly_home(ctx):
    return history_readonly(ctx, False)


def case_complete(r, ctx):
    r.prompt()
    r.run("import math", "")
    r.send("math.sq\t")
    r.expect(r">>> math\.sqrt\(\Z")
    r.send("16)\r")
    r.expect(r"\A16\)\n4\.0\n>>> \Z")
    r.run("my_long_variable = 1", "")
    r.send("my_lo\t")
    r.expect(r">>> my_long_variable\Z")
    r.send("\r")
    r.expect(r"\A\n1\n>>> \Z")
    r.send("whi\t")
    r.expect(r">>> while\Z")
    r.send(" False: pass\r")
    r.expect(r"\A False: pass\n\.\.\. \Z")
    r.send("\r")
    r.prompt()
    r.send("pri\t")
    r.expect(r">>> print\(\Z")
    r.send("'completed')\r")
    r.expect(r"\A'completed'\)\ncompleted\n>>> \Z")


def case_exit_call(r, ctx):
    r.prompt()
    r.send("exit()\r")
    status = r.wait_exit()
    check(status == 0, f"exit() left with status {status}")


def case_exit_ctrl_d(r, ctx):
    r.prompt()
    r.run("x = 1", "")
    r.send("\x04")
    status = r.wait_exit()
    check(status == 0, f"Ctrl-D left with status {status}")


def case_exit_sys_exit(r, ctx):
    r.prompt()
    r.send("import sys; sys.exit(3)\r")
    status = r.wait_exit()
    check(status == 3, f"sys.exit(3) left with status {status}")
    check("Traceback" not in r.text(), f"a traceback: {r.text()!r}")


def case_exit_waits(r, ctx):
    r.prompt()
    r.run("import threading, time", "")
    r.run('threading.Thread(target=lambda: (time.sleep(1), print("late"))).start()', "")
    t0 = time.monotonic()
    r.send("\x04")
    status = r.wait_exit()
    took = time.monotonic() - t0
    check(status == 0, f"exit status {status}")
    check("late\n" in r.since(), f"the thread's output is missing: {r.since()!r}")
    check(took > 0.5, f"left after {took:.2f} s, without waiting for the thread")


def case_pipe(ctx):
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": ctx["tmp"], "LC_ALL": "C.UTF-8",
           "TERM": "xterm", **SANITIZER_ENV}
    try:
        p = subprocess.run([ctx["gilt"]], input=b"print(6*7)\n", capture_output=True,
                           timeout=TIMEOUT, env=env)
        check((p.returncode, p.stdout, p.stderr) == (0, b"42\n", b""),
              f"got {(p.returncode, p.stdout, p.stderr)!r}")
        # A program, not interactive input: no blank line is needed after a block.
        prog = b"def f():\n    return 'file rules'\nprint(f())\n"
        p = subprocess.run([ctx["gilt"]], input=prog, capture_output=True, timeout=TIMEOUT,
                           env=env)
        check((p.returncode, p.stdout, p.stderr) == (0, b"file rules\n", b""),
              f"got {(p.returncode, p.stdout, p.stderr)!r}")
    except subprocess.TimeoutExpired:
        raise Failed("timed out")


CASES = [
    ("banner: version, a hint naming :help, the prompt", case_banner),
    ("continuation lines: ... prompts, a blank line ends the block, nested blocks",
     case_continuation),
    ("echo with repr and _ (None and assignments print nothing)", case_echo),
    ("a traceback, a SyntaxError with its caret, then a working prompt", case_traceback),
    ("Ctrl-C at the prompt drops the partial line", case_ctrl_c_prompt),
    ("Ctrl-C during time.sleep(10): KeyboardInterrupt within 2 s", case_ctrl_c_sleep),
    ("Ctrl-C inside a block cancels the block", case_ctrl_c_block),
    ("a thread prints while the prompt waits; the typed line is redrawn intact",
     case_thread_output),
    (":threads names a thread blocked on a lock and who holds it", case_threads),
    (":help lists the commands; an unknown command gives a message", case_help),
    (":gil and :gil reset", case_gil),
    (":timeline draws a row per thread", case_timeline),
    (":dis NAME shows the bytecode", case_dis),
    (":set gil=, preempt=, switch= change the settings live", case_set),
    ("history saved between two runs (Up recalls it)", case_history),
    ("read-only history file: the REPL works, exits 0, the file is untouched",
     case_history_readonly_file),
    ("read-only HOME: the REPL works, exits 0 quietly", case_history_readonly_home),
    ("completion: an attribute, a name in scope, a keyword, a builtin", case_complete),
    ("exit() leaves with status 0", case_exit_call),
    ("Ctrl-D leaves with status 0", case_exit_ctrl_d),
    ("sys.exit(3) leaves with status 3", case_exit_sys_exit),
    ("leaving waits for a non-daemon thread", case_exit_waits),
    ("stdin not a terminal: the program is read from stdin, no prompt", case_pipe),
]
OWN_PROCESSES = (case_history_readonly_file, case_history_readonly_home, case_pipe)


def usable_nobody(gilt, tmp):
    """The 'nobody' user, if it can run gilt (for the read-only history cases run as root)."""
    if os.geteuid() != 0:
        return None
    try:
        user = pwd.getpwnam("nobody")
        os.chmod(tmp, 0o755)
        p = subprocess.run([gilt, "-c", "print('ok')"], capture_output=True, timeout=TIMEOUT,
                           user=user.pw_uid, group=user.pw_gid, extra_groups=[], cwd="/")
        return user if p.stdout == b"ok\n" else None
    except (KeyError, OSError, subprocess.SubprocessError):
        return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interp", default=os.path.join(ROOT, "build", "gilt"))
    ap.add_argument("-k", default="", help="run only the cases whose name contains this")
    args = ap.parse_args()
    gilt = os.path.abspath(args.interp)
    try:
        p = subprocess.run([gilt, "--version"], capture_output=True, timeout=TIMEOUT)
    except (OSError, subprocess.SubprocessError) as e:
        print(f"FAIL {gilt} --version: {e}")
        print("0 passed, 1 failed")
        return 1
    m = re.search(rb"\d+\.\d+(?:\.\d+)?", p.stdout)
    tmp = tempfile.mkdtemp(prefix="gilt-repl-")
    ctx = {"gilt": gilt, "tmp": tmp, "version": m.group(0).decode() if m else "?",
           "nobody": usable_nobody(gilt, tmp)}
    passed = failed = 0
    try:
        for name, fn in CASES:
            if args.k not in name:
                continue
            home = tempfile.mkdtemp(prefix="home-", dir=tmp)
            note = ""
            try:
                if fn in OWN_PROCESSES:
                    note = fn(ctx) or ""
                else:
                    r = Repl(gilt, home)
                    try:
                        note = fn(r, ctx) or ""
                    finally:
                        r.close()
                passed += 1
                print(f"PASS {name}{note}", flush=True)
            except Failed as e:
                failed += 1
                print(f"FAIL {name}: {e}", flush=True)
            except Exception as e:  # a bug in a case must not stop the others
                failed += 1
                print(f"FAIL {name}: {type(e).__name__}: {e}", flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
