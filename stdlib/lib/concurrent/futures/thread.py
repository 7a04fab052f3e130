"""ThreadPoolExecutor: runs calls on a pool of worker threads.

The design, in three pieces:

  * submit(fn, ...) wraps the call and a new Future in a _WorkItem and puts it on a
    queue.SimpleQueue shared by the executor and its workers;
  * each worker thread (_worker below) loops: take a work item from the queue, run it, put
    the result or exception into its future;
  * shutdown() puts None on the queue: a worker that gets None puts it back (for the next
    worker) and ends.

Workers are started lazily: submit() starts a new one only if no worker is idle and there
are fewer than max_workers. An idle worker releases the semaphore _idle_semaphore once
after each item, which is how submit() knows that one is free.
"""

import queue
import threading

from . import _base

# Set when the interpreter exits; every worker then stops once its queue is drained.
_shutdown = False
_global_shutdown_lock = threading.Lock()
# Every live worker thread, with the work queue it reads.
_threads_queues = {}


def _python_exit():
    # Registered with threading._register_atexit: runs when the main program ends, before
    # the interpreter waits for the (non-daemon) worker threads. Wakes idle workers so
    # that they see _shutdown and end.
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
        items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


def _cpu_count():
    # gilt has no os module yet; when it has one, os.cpu_count() is used as in CPython.
    try:
        import os
    except ImportError:
        return 1
    return os.cpu_count() or 1


class _WorkItem:
    """One submitted call and the Future that will hold its outcome."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return  # cancelled before it could start
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


def _worker(executor, work_queue, initializer, initargs):
    # The body of every worker thread.
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base._report_exception("Exception in initializer:")
            executor._initializer_failed()
            _forget_thread(threading.current_thread())
            return
    try:
        while True:
            work_item = work_queue.get(block=True)
            if work_item is not None:
                work_item.run()
                work_item = None  # do not keep the call's arguments alive while idle
                executor._idle_semaphore.release()  # this worker is free again
                continue
            # None: the executor or the interpreter is shutting down. Put the None back
            # so that the next worker sees it too, and end.
            if _shutdown or executor._shutdown:
                executor._shutdown = True
                work_queue.put(None)
                return
    except BaseException:
        _base._report_exception("Exception in worker")
    finally:
        _forget_thread(threading.current_thread())


def _forget_thread(thread):
    with _global_shutdown_lock:
        _threads_queues.pop(thread, None)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread's initializer failed: the pool cannot be used any more."""


class ThreadPoolExecutor(_base.Executor):
    """An Executor that runs calls on up to max_workers threads.

    max_workers defaults to min(32, number of CPUs + 4). Worker threads are named
    thread_name_prefix + "_0", "_1", ... (by default "ThreadPoolExecutor-N_M", N counting
    the executors). initializer(*initargs), if given, runs at the start of each worker.
    """

    # Numbers the executors for the default thread names.
    _counter = 0
    _counter_lock = threading.Lock()

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None,
                 initargs=()):
        if max_workers is None:
            # I/O-bound work benefits from more threads than CPUs; at most 32 so that
            # big machines do not start hundreds of threads.
            max_workers = min(32, _cpu_count() + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            with ThreadPoolExecutor._counter_lock:
                thread_name_prefix = "ThreadPoolExecutor-%d" % ThreadPoolExecutor._counter
                ThreadPoolExecutor._counter += 1
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) to run on a worker; return its Future."""
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            if _shutdown:
                raise RuntimeError("cannot schedule new futures after interpreter shutdown")
            future = _base.Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future

    def _adjust_thread_count(self):
        # An idle worker will take the new item: no new thread needed.
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            name = "%s_%d" % (self._thread_name_prefix, num_threads)
            t = threading.Thread(name=name, target=_worker,
                                 args=(self, self._work_queue, self._initializer,
                                       self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        # A worker's initializer raised: the pool is broken. Fail every queued call.
        with self._shutdown_lock:
            self._broken = ("A thread initializer failed, the thread pool is not usable "
                            "anymore")
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Stop accepting calls; with wait=True, return once all submitted calls are done.

        With cancel_futures=True, the calls that have not started are cancelled instead.
        """
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                # Empty the queue, cancelling what was waiting in it.
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            # Wake up the workers: each one that gets None passes it on and ends.
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
