# checks: ThreadPoolExecutor.submit: results, exceptions re-raised by result() and returned by exception(), Future states and repr, result timeouts
import concurrent.futures as cf
import threading
import time


def masked(future):
    # '<Future at 0x... state=...>' without the address.
    text = repr(future)
    return text[:text.index(" at ")] + text[text.index(" state="):]


def square(x):
    return x * x


def fail(msg):
    raise ValueError(msg)


with cf.ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(square, 7)
    print(f.result(), f.done(), f.running(), f.cancelled(), f.exception(), masked(f))
    g = ex.submit(fail, "bad input")
    try:
        g.result()
    except ValueError as e:
        print("result() raised ValueError:", e)
    print(repr(g.exception()), masked(g), g.done())
    k = ex.submit(pow, 2, exp=10)  # keyword arguments pass through
    print(k.result())
    s = ex.submit(sorted, [3, 1, 2], reverse=True)
    print(s.result())

    gate = threading.Event()
    slow = ex.submit(gate.wait)
    try:
        slow.result(timeout=0.05)
    except cf.TimeoutError as e:
        print("TimeoutError:", type(e).__name__, e.args, cf.TimeoutError is TimeoutError)
    try:
        slow.exception(timeout=0.05)
    except TimeoutError:
        print("exception(timeout) timed out too")
    print(masked(slow), slow.running(), slow.done(), slow.cancel())
    gate.set()
    print(slow.result(timeout=5), masked(slow))

    # submit's own parameters are positional-only: fn= is passed through to the call.
    def takes_fn(fn):
        return fn + 1

    print(ex.submit(takes_fn, fn=41).result())

    none = ex.submit(lambda: None)
    print(none.result(), masked(none))

print(masked(f), masked(g))
