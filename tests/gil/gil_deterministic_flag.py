# checks: --deterministic turns on virtual time: gil.deterministic() is True, time.sleep(100) moves time.monotonic/time.time/perf_counter on by 100 s; the policy cannot change
# gilt-args: --deterministic=3
import gil
import time

assert gil.deterministic() is True
print("deterministic", gil.deterministic())
m0, w0, p0 = time.monotonic(), time.time(), time.perf_counter()
time.sleep(100)
m1, w1, p1 = time.monotonic(), time.time(), time.perf_counter()
assert m1 - m0 >= 100, (m0, m1)
assert w1 - w0 >= 100, (w0, w1)
assert p1 - p0 >= 100, (p0, p1)
# ... and not much more than that: nothing else ran.
assert m1 - m0 < 101, (m0, m1)
time.sleep(0)
time.sleep(0.25)
assert time.monotonic() - m1 >= 0.25
# Time never goes backwards.
last = time.monotonic()
for i in range(1000):
    now = time.monotonic()
    assert now >= last, (last, now)
    last = now

# The schedule depends on the policy, so it is fixed for the run.
pol = gil.policy()
gil.set_policy(pol)  # the same one: allowed
for other in ("new", "legacy", "fifo", "io"):
    if other == pol:
        continue
    try:
        gil.set_policy(other)
    except RuntimeError as e:
        assert "deterministic" in str(e), e
    else:
        raise AssertionError("set_policy(%r) accepted in deterministic mode" % other)
assert gil.policy() == pol
try:
    gil.set_policy("nonsense")
except ValueError:
    pass
else:
    raise AssertionError("bad name accepted")
print("ok")
