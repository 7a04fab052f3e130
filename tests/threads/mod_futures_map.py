# checks: Executor.map: results in input order whatever the finishing order, several iterables, an exception re-raised when its result is reached, timeout
import concurrent.futures as cf
import time


def slow_square(x):
    time.sleep(0.01 * (5 - x))  # later inputs finish first
    return x * x


def add(a, b):
    return a + b


def fragile(x):
    if x == 3:
        raise ValueError("three is bad")
    return x


with cf.ThreadPoolExecutor(max_workers=5) as ex:
    print(list(ex.map(slow_square, range(5))))
    print(list(ex.map(add, [1, 2, 3], [10, 20, 30, 40])))
    print(list(ex.map(str.upper, "abc")), list(ex.map(abs, [])))
    results = ex.map(fragile, range(6))
    print(type(results).__name__ != "list", iter(results) is results)
    got = []
    try:
        for r in results:
            got.append(r)
    except ValueError as e:
        print("ValueError after", got, ":", e)
    try:
        print(list(ex.map(time.sleep, [0.5, 0.5], timeout=0.05)))
    except cf.TimeoutError:
        print("map timed out")
    print(list(ex.map(slow_square, [1, 2], chunksize=4)))

# map submits everything at once: the calls run even if nobody reads the results.
calls = []
with cf.ThreadPoolExecutor(max_workers=2) as ex:
    ex.map(calls.append, range(6))
print(sorted(calls))

# Each result is ready when its turn comes; the iterator can be read after shutdown.
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    it = ex.map(lambda x: x * 10, range(4))
print(next(it), list(it))
