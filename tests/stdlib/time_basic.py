# checks: time.time/monotonic/perf_counter are floats that never go backwards; sleep waits at least roughly the time asked
import time
t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
print(type(t0).__name__, t0 > 1_600_000_000, type(m0).__name__, type(p0).__name__)
time.sleep(0.05)
t1 = time.time()
m1 = time.monotonic()
p1 = time.perf_counter()
print(t1 >= t0, m1 >= m0, p1 >= p0)
print(m1 - m0 >= 0.04, p1 - p0 >= 0.04, m1 - m0 < 10)
time.sleep(0)
print(isinstance(time.time_ns(), int), time.time_ns() > 1_600_000_000 * 10 ** 9)
stamps = [time.monotonic() for _ in range(100)]
print(all([a <= b for a, b in zip(stamps, stamps[1:])]))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
