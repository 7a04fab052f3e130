"""Queues that threads can share: gilt's queue module.

  Queue          first in, first out (FIFO), optionally bounded (maxsize)
  LifoQueue      last in, first out (a stack)
  PriorityQueue  smallest item first (a heap, see heapq)
  SimpleQueue    an unbounded FIFO queue without task tracking

A Queue is the classic answer to the producer/consumer problem, and it is built from the
pieces in threading.py: one Lock (the mutex) guards the items, and three Conditions over
that same lock let threads sleep until something changes:

  not_empty       get() waits here while the queue is empty; put() notifies it
  not_full        put() waits here while a bounded queue is full; get() notifies it
  all_tasks_done  join() waits here until task_done() has been called for every item

The three subclasses differ only in how items are stored: the four small methods _init,
_qsize, _put and _get, which are always called with the mutex held.
"""

import threading
from collections import deque
from heapq import heappush, heappop
from time import monotonic as _time

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    """Raised by get(block=False) (and get_nowait(), or a get with a timeout) when the queue
    has no item."""

    # CPython defines this exception in C, in the _queue module; say so, so that it prints
    # the same.
    __module__ = "_queue"


class Full(Exception):
    """Raised by put(block=False) (and put_nowait(), or a put with a timeout) when a bounded
    queue has no room."""


class Queue:
    """A FIFO queue. maxsize > 0 bounds it: put() then waits for room. maxsize <= 0 means
    unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0  # items put and not yet marked done by task_done()

    def task_done(self):
        """Tell the queue that an item got with get() has been fully processed.

        When every item put has been marked done, join() returns. Calling it more times
        than there were items raises ValueError.
        """
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished < 0:
                raise ValueError("task_done() called too many times")
            if unfinished == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        """Wait until every item put in the queue has been got and marked done."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """Return the number of items (which other threads may change at once)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Return True if the queue is empty right now (which may be false a moment later)."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """Return True if a bounded queue is full right now."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put item into the queue.

        If the queue is full: block=False raises Full at once; otherwise wait for room, at
        most timeout seconds if a timeout is given (then raise Full).
        """
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    deadline = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - _time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue.

        If the queue is empty: block=False raises Empty at once; otherwise wait for an
        item, at most timeout seconds if a timeout is given (then raise Empty).
        """
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                deadline = _time() + timeout
                while not self._qsize():
                    remaining = deadline - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """Put item only if there is room at once; otherwise raise Full."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Return an item only if one is there at once; otherwise raise Empty."""
        return self.get(block=False)

    # How the items are stored. Subclasses override these four; they are always called
    # with the mutex held.

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """A queue that returns its smallest item first.

    Items are often (priority, data) tuples. Equal priorities then compare the data, so
    data that cannot be compared needs a tie-breaker: (priority, counter, data).
    """

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """A queue that returns the item put most recently first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue, simpler than Queue: no maxsize, no task_done() or join().

    It is two things: a deque of items guarded by a lock, and a semaphore that counts the
    items. put() appends and releases the semaphore once; get() acquires it (waiting while
    it is zero, that is, while the queue is empty) and takes an item.
    """

    # CPython defines this class in C, in the _queue module; say so, so that it prints the
    # same.
    __module__ = "_queue"

    def __init__(self):
        self._items = deque()
        self._lock = threading.Lock()
        self._count = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        """Put item into the queue. It never blocks: block and timeout are only there to be
        compatible with Queue.put()."""
        with self._lock:
            self._items.append(item)
        self._count.release()

    def put_nowait(self, item):
        """Same as put(item)."""
        self.put(item)

    def get(self, block=True, timeout=None):
        """Remove and return an item; wait for one as Queue.get() does."""
        if not block:
            timeout = None
        elif timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._count.acquire(block, timeout):
            raise Empty
        with self._lock:
            return self._items.popleft()

    def get_nowait(self):
        """Return an item only if one is there at once; otherwise raise Empty."""
        return self.get(False)

    def empty(self):
        """Return True if the queue is empty right now."""
        with self._lock:
            return len(self._items) == 0

    def qsize(self):
        """Return the number of items right now."""
        with self._lock:
            return len(self._items)
