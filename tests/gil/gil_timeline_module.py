# checks: with --timeline, gil.timeline(file=) draws one row per thread (names, '#' where it ran, 'z' where it slept), the time scale and the legend; seconds= limits the window
# gilt-args: --timeline
import gil
import threading
import time


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


def burn():
    t = time.perf_counter() + 0.03
    while time.perf_counter() < t:
        pass


def doze():
    time.sleep(0.05)


threads = [threading.Thread(target=burn, name="burner"),
           threading.Thread(target=doze, name="dozer")]
for t in threads:
    t.start()
for t in threads:
    t.join()

cap = Capture()
gil.timeline(file=cap)
text = "".join(cap.parts)
lines = text.splitlines()
assert lines[0].startswith("GIL timeline, "), lines[0]
assert "one column = " in lines[0], lines[0]
rows = {}
for ln in lines:
    if ln.endswith("|") and " |" in ln:
        name = ln.split(" |")[0].strip()
        rows[name] = ln[ln.index(" |") + 2:-1]
print(sorted(rows))
assert sorted(rows) == ["MainThread", "burner", "dozer"], text
widths = set([len(r) for r in rows.values()])
assert len(widths) == 1, text
assert "#" in rows["MainThread"] and "#" in rows["burner"], text
assert "z" in rows["dozer"], text
assert "j" in rows["MainThread"], text  # main joined
legend = [ln for ln in lines if ln.startswith("legend:")]
assert len(legend) == 1, text
for item in ("# running", "- waiting for the GIL", "z sleep", "j join"):
    assert item in legend[0], (item, legend[0])
# The scale: a line of ticks and the times under them.
assert any([ln.strip().startswith("^") for ln in lines]), text

# The last 10 ms only: the threads finished before, so their rows are blank.
time.sleep(0.05)
cap = Capture()
gil.timeline(seconds=0.01, file=cap)
text = "".join(cap.parts)
recent = {}
for ln in text.splitlines():
    if ln.endswith("|") and " |" in ln:
        recent[ln.split(" |")[0].strip()] = ln[ln.index(" |") + 2:-1]
assert recent["burner"].strip() == "" and recent["dozer"].strip() == "", text
assert recent["MainThread"].strip() != "", text
print("ok")
