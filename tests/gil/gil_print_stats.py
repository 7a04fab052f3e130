# checks: gil.print_stats(file=) writes the --gil-stats table to the given stream: header with the policy, totals, one row per thread with its name
# gilt-args: --gil=fifo
import gil
import threading


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        assert type(s) is str
        self.parts.append(s)
        return len(s)

    def text(self):
        return "".join(self.parts)


def nap():
    ev = threading.Event()
    ev.wait(0.01)


threads = [threading.Thread(target=nap, name="napper-%d" % k) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()

cap = Capture()
assert gil.print_stats(file=cap) is None
text = cap.text()
lines = text.splitlines()
print(lines[0].split(" (")[0].split(" over ")[0])
assert lines[0].startswith("GIL statistics over "), lines[0]
assert "policy fifo" in lines[0] and "preempt every" in lines[0], lines[0]
assert "switches" in text and "forced drops" in text and "voluntary drops" in text, text
rows = [ln.split() for ln in lines if ln.startswith("  ") and not ln.startswith("   ")]
names = ["MainThread"] + ["napper-%d" % k for k in range(3)]
for name in names:
    found = [ln for ln in lines if ln.strip().startswith(name + " ")]
    assert len(found) == 1, (name, text)
# The header row names the columns.
header = [ln for ln in lines if ln.strip().startswith("thread ")]
assert len(header) == 1 and "running" in header[0] and "GIL wait" in header[0], text
# Rows come in the order of gil.stats()["threads"].
order = [ln.strip().split("  ")[0] for ln in lines
         if any([ln.strip().startswith(n + " ") for n in names])]
assert order == names, order
# The row's acquisition count is the one gil.stats() gives (nothing ran in between, for the
# threads that have finished).
stats = {t["name"]: t for t in gil.stats()["threads"]}
for name in names[1:]:
    row = [ln for ln in lines if ln.strip().startswith(name + " ")][0]
    fields = row[len("  ") + 24:].split()
    # running, GIL wait, blocked (each "N unit"), acquired, forced, voluntary, longest wait
    acquired, forced, voluntary = int(fields[6]), int(fields[7]), int(fields[8])
    assert acquired == stats[name]["acquisitions"], (row, stats[name])
    assert forced == stats[name]["forced_releases"], (row, stats[name])
    assert voluntary == stats[name]["voluntary_releases"], (row, stats[name])
try:
    gil.print_stats(file=cap, extra=1)
except TypeError:
    pass
else:
    raise AssertionError("unknown keyword accepted")
print("ok")
