# (g) Fairness of the GIL among CPU-bound threads: NTHREADS threads each count loop
# iterations for SECONDS seconds. Each thread's share of the work, and Jain's fairness index
# J = (sum x)^2 / (n * sum x^2) over the per-thread counts (1.0: perfectly fair, 1/n: one
# thread got everything). Under gilt, also the GIL switches per second (gil.stats()).
# Usage: gilt --gil=POLICY fairness.py [NTHREADS] [SECONDS]
import sys
import threading
import time

try:
    import gil
except ImportError:  # CPython
    gil = None

running = True


def spinner(counts, idx):
    n = 0
    while running:
        n += 1
    counts[idx] = n


def main():
    global running
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 2.0
    counts = [0] * nthreads
    threads = [threading.Thread(target=spinner, args=(counts, i)) for i in range(nthreads)]
    if gil:
        gil.reset_stats()
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    time.sleep(seconds)
    running = False
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    total = sum(counts)
    jain = total * total / (nthreads * sum(c * c for c in counts)) if total else 0.0
    shares = " ".join("%.3f" % (c / total) for c in counts) if total else ""
    switches = "n/a"
    if gil:
        switches = "%.0f" % (gil.stats()["switches"] / wall)
    policy = gil.policy() if gil else "cpython"
    print("RESULT fairness policy=%s threads=%d jain=%.4f switches_per_s=%s shares=%s"
          % (policy, nthreads, jain, switches, shares))


main()
