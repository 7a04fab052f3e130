"""Run calls asynchronously and collect their results: gilt's concurrent.futures.

    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=4) as executor:
        future = executor.submit(pow, 2, 10)     # runs on a worker thread
        print(future.result())                   # waits for it: 1024
        print(list(executor.map(abs, [-1, -2]))) # [1, 2], in input order

Read _base.py for Future, wait() and as_completed(), and thread.py for the thread pool.
(gilt has threads only: there is no ProcessPoolExecutor.)
"""

from ._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError,
                    TimeoutError, InvalidStateError, BrokenExecutor, Future, Executor, wait,
                    as_completed)
from .thread import ThreadPoolExecutor

__all__ = (
    "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError", "TimeoutError",
    "BrokenExecutor", "Future", "Executor", "wait", "as_completed", "ThreadPoolExecutor",
)
