# checks: concurrent.futures.wait with FIRST_COMPLETED, FIRST_EXCEPTION and ALL_COMPLETED, with timeouts; DoneAndNotDoneFutures
import concurrent.futures as cf
import threading

gates = [threading.Event() for _ in range(3)]


def task(i):
    gates[i].wait()
    if i == 1:
        raise RuntimeError("task 1 failed")
    return i


def names(futures, table):
    return sorted(table[f] for f in futures)


ex = cf.ThreadPoolExecutor(max_workers=3)
try:
    futures = [ex.submit(task, i) for i in range(3)]
    table = {f: i for i, f in enumerate(futures)}

    result = cf.wait(futures, timeout=0.05)
    print("timeout:", names(result.done, table), names(result.not_done, table))

    gates[0].set()
    done, not_done = cf.wait(futures, return_when=cf.FIRST_COMPLETED)
    print("FIRST_COMPLETED:", names(done, table), names(not_done, table))

    # FIRST_EXCEPTION waits for the failing task even though task 0 is done.
    threading.Timer(0.05, gates[1].set).start()
    done, not_done = cf.wait(futures, return_when=cf.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION:", names(done, table), names(not_done, table))
    # Already an exception among the done ones: returns at once.
    done, not_done = cf.wait(futures, return_when=cf.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION again:", names(done, table), names(not_done, table))

    threading.Timer(0.05, gates[2].set).start()
    result = cf.wait(futures)  # ALL_COMPLETED is the default
    print("ALL_COMPLETED:", names(result.done, table), names(result.not_done, table))
    print(type(result).__name__, result[0] is result.done, len(result))
    print([f.exception() is None for f in futures])

    # FIRST_EXCEPTION with no exception waits for all.
    ok = [ex.submit(abs, -i) for i in range(3)]
    done, not_done = cf.wait(ok, return_when=cf.FIRST_EXCEPTION)
    print(len(done), len(not_done), sorted(f.result() for f in done))
finally:
    for gate in gates:  # never leave a worker blocked, even if a check above failed
        gate.set()
    ex.shutdown()

print(cf.wait([]), cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
