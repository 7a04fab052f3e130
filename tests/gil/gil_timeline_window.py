# checks: gil.timeline(seconds=S) with S larger than the run (even 1e300 or infinity) or not positive draws the whole run from 0; a non-number is a TypeError
# gilt-args: --timeline
import gil


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


def heading(**kw):
    cap = Capture()
    gil.timeline(file=cap, **kw)
    return "".join(cap.parts).split("\n")[0]


for seconds in (0, -1, 1000, 1e300, float("inf")):
    h = heading(seconds=seconds)
    assert h.startswith("GIL timeline, 0 us to "), (seconds, h)
h = heading(seconds=0.0001)
assert h.startswith("GIL timeline, ") and not h.startswith("GIL timeline, 0 us "), h
try:
    gil.timeline(seconds="all")
except TypeError:
    pass
else:
    raise AssertionError("seconds='all' accepted")
print("ok")
