# Helper for the gil_policy_* tests: four CPU-bound threads that must all finish with the right
# results, whatever the GIL policy. Not a test on its own.
import gil
import threading
import time


def triangle(n):
    return n * (n - 1) // 2


def run_four(n=300000):
    """Start 4 CPU-bound threads, join them, check their results; return their stats dicts."""
    results = [None] * 4
    counts = [0] * 4
    lock = threading.Lock()
    go = threading.Event()  # all four start together, so that they compete for the GIL
    until = [0.0]

    def work(k):
        go.wait()
        total = 0
        for i in range(n):
            total += i
            if i % 1000 == 0:
                with lock:
                    counts[k] += 1
        results[k] = total + k
        # Keep wanting the CPU until 30 ms after the start, however fast the machine is.
        while time.perf_counter() < until[0]:
            pass

    threads = [threading.Thread(target=work, args=(k,), name="cpu-%d" % k) for k in range(4)]
    for t in threads:
        t.start()
    until = [time.perf_counter() + 0.03]
    go.set()
    for t in threads:
        t.join(30)
        assert not t.is_alive(), t.name + " did not finish"
    assert results == [triangle(n) + k for k in range(4)], results
    assert counts == [(n + 999) // 1000] * 4, counts
    # join() returns once the thread's Python code is done; the OS thread may still need the
    # GIL for a moment to end (seen under --gil=io), so give it up to 2 s to show as finished.
    # (Idents of finished threads are reused by the OS; the newest four entries are ours.)
    for _ in range(2000):
        infos = gil.stats()["threads"][-4:]
        if not any([info["alive"] for info in infos]):
            break
        time.sleep(0.001)
    assert [info["name"] for info in infos] == ["cpu-%d" % k for k in range(4)], infos
    for info in infos:
        assert info["alive"] is False and info["state"] == "finished", info
        assert info["acquisitions"] >= 1 and info["running_time"] > 0, info
    return infos
