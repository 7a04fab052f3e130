# checks: as_completed yields futures as they finish (order forced with events), done futures first, duplicates once, and raises TimeoutError when time runs out
import concurrent.futures as cf
import threading

events = [threading.Event() for _ in range(4)]


def task(i):
    events[i].wait()
    return i


with cf.ThreadPoolExecutor(max_workers=4) as ex:
    futures = [ex.submit(task, i) for i in range(4)]
    iterator = cf.as_completed(futures)
    print(iter(iterator) is iterator)
    order = []
    # Release the tasks in the order 2, 0, 3, 1, one after the other finished.
    for i in [2, 0, 3, 1]:
        events[i].set()
        order.append(next(iterator).result())
    print(order)
    try:
        next(iterator)
    except StopIteration:
        print("StopIteration")

    # Already finished futures come out at once; duplicates only once.
    done = [ex.submit(pow, 2, i) for i in range(3)]
    cf.wait(done)
    print(sorted(f.result() for f in cf.as_completed(done + done)))

    # Timeout: one future never finishes in time.
    blocker = threading.Event()
    pending = ex.submit(blocker.wait)
    quick = ex.submit(lambda: "quick")
    seen = []
    try:
        for f in cf.as_completed([pending, quick], timeout=0.1):
            seen.append(f.result())
    except cf.TimeoutError as e:
        print("TimeoutError:", e, seen)
    blocker.set()
    print(pending.result())

    # Futures that raise are yielded too.
    def boom():
        raise KeyError("k")

    for f in cf.as_completed([ex.submit(boom)]):
        print(type(f.exception()).__name__, f.done())

print(list(cf.as_completed([])))
