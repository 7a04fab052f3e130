"""The parts of concurrent.futures that do not depend on how work is run: Future, wait(),
as_completed() and the Executor base class.

A Future is a box for a result that does not exist yet. The thread that does the work puts
the result (or the exception) in it with set_result() / set_exception(); any other thread
can wait for it with result(). Inside, it is a state, a result and a threading.Condition.

wait() and as_completed() watch many futures at once. They cannot wait on many Conditions
at the same time, so they install a "waiter" in every future: an object with an Event, which
each future tells when it finishes. Read Future.set_result, then _Waiter and wait().
"""

import sys
import threading
import time

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"
_AS_COMPLETED = "_AS_COMPLETED"

# The states of a Future. A future goes PENDING -> RUNNING -> FINISHED, or is cancelled
# while still PENDING. CANCELLED_AND_NOTIFIED means that the executor has seen the
# cancellation too (it will never run the call) and the waiters have been told.
PENDING = "PENDING"
RUNNING = "RUNNING"
CANCELLED = "CANCELLED"
CANCELLED_AND_NOTIFIED = "CANCELLED_AND_NOTIFIED"
FINISHED = "FINISHED"

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


# Since Python 3.11 a future that times out raises the built-in TimeoutError.
TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become unusable (for example, a worker failed to start)."""


def _report_exception(message):
    # What CPython's logging prints (on stderr) when nothing configured it: the message,
    # then the traceback of the exception being handled.
    print(message, file=sys.stderr)
    exc = sys.exc_info()[1]
    if exc is not None:
        sys.excepthook(type(exc), exc, exc.__traceback__)


# ---------------------------------------------------------------------------------------------
# Waiters: how wait() and as_completed() learn that futures finished


class _Waiter:
    """Collects futures as they finish, and sets an Event when its caller should look."""

    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    def add_exception(self, future):
        self.finished_futures.append(future)

    def add_cancelled(self, future):
        self.finished_futures.append(future)


class _AsCompletedWaiter(_Waiter):
    """For as_completed(): wakes its caller on every finished future. The reader takes the
    list away while the futures may still be adding to it, hence the lock."""

    def __init__(self):
        _Waiter.__init__(self)
        self.lock = threading.Lock()

    def add_result(self, future):
        with self.lock:
            _Waiter.add_result(self, future)
            self.event.set()

    def add_exception(self, future):
        with self.lock:
            _Waiter.add_exception(self, future)
            self.event.set()

    def add_cancelled(self, future):
        with self.lock:
            _Waiter.add_cancelled(self, future)
            self.event.set()


class _FirstCompletedWaiter(_Waiter):
    """For wait(return_when=FIRST_COMPLETED): wakes its caller on the first future."""

    def add_result(self, future):
        _Waiter.add_result(self, future)
        self.event.set()

    def add_exception(self, future):
        _Waiter.add_exception(self, future)
        self.event.set()

    def add_cancelled(self, future):
        _Waiter.add_cancelled(self, future)
        self.event.set()


class _AllCompletedWaiter(_Waiter):
    """For wait(ALL_COMPLETED) and wait(FIRST_EXCEPTION): counts the futures still pending
    and wakes its caller when none is left (or, if stop_on_exception, on an exception)."""

    def __init__(self, num_pending_calls, stop_on_exception):
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = threading.Lock()  # several futures may finish at once
        _Waiter.__init__(self)

    def _decrement_pending_calls(self):
        with self.lock:
            self.num_pending_calls -= 1
            if not self.num_pending_calls:
                self.event.set()

    def add_result(self, future):
        _Waiter.add_result(self, future)
        self._decrement_pending_calls()

    def add_exception(self, future):
        _Waiter.add_exception(self, future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._decrement_pending_calls()

    def add_cancelled(self, future):
        _Waiter.add_cancelled(self, future)
        self._decrement_pending_calls()


class _AcquireFutures:
    """A context manager that holds the Conditions of several futures at once.

    They are always taken in the same order (by id): two threads taking the same locks in
    different orders could each wait for the other forever (a deadlock).
    """

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _create_and_install_waiters(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending_count = 0
        for f in fs:
            if f._state not in (CANCELLED_AND_NOTIFIED, FINISHED):
                pending_count += 1
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            if waiter in f._waiters:
                f._waiters.remove(waiter)


# ---------------------------------------------------------------------------------------------
# as_completed() and wait()


class as_completed:
    """as_completed(fs, timeout=None): an iterator over the futures fs, each one yielded as
    soon as it finishes (finished or cancelled), in the order they finish.

    Futures that are already done come first. If timeout is given and some future is still
    not done timeout seconds after the call, next() raises TimeoutError. Duplicate futures are
    yielded once.
    """

    def __init__(self, fs, timeout=None):
        self._deadline = None if timeout is None else time.monotonic() + timeout
        self._fs = set(fs)
        self._total = len(self._fs)
        with _AcquireFutures(self._fs):
            finished = []
            for f in self._fs:
                if f._state in (CANCELLED_AND_NOTIFIED, FINISHED):
                    finished.append(f)
            self._pending = self._fs - set(finished)
            self._waiter = _create_and_install_waiters(self._fs, _AS_COMPLETED)
        self._ready = finished  # finished futures not yet returned by __next__
        self._closed = False

    def __iter__(self):
        return self

    def __next__(self):
        while not self._ready:
            if not self._pending:
                self._close()
                raise StopIteration
            if self._deadline is None:
                timeout = None
            else:
                timeout = self._deadline - time.monotonic()
                if timeout < 0:
                    self._close()
                    raise TimeoutError("%d (of %d) futures unfinished"
                                       % (len(self._pending), self._total))
            self._waiter.event.wait(timeout)
            with self._waiter.lock:
                finished = self._waiter.finished_futures
                self._waiter.finished_futures = []
                self._waiter.event.clear()
            for f in finished:
                if f in self._pending:  # a future is yielded once, even if listed twice
                    self._pending.remove(f)
                    self._ready.append(f)
        return self._ready.pop(0)

    def _close(self):
        # Stop listening to the futures.
        if not self._closed:
            self._closed = True
            _remove_waiter(self._fs, self._waiter)


class DoneAndNotDoneFutures(tuple):
    """The result of wait(): a pair of sets, done and not_done (a named tuple)."""

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return "DoneAndNotDoneFutures(done=%r, not_done=%r)" % (self[0], self[1])


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures fs to finish; return DoneAndNotDoneFutures(done, not_done).

    return_when says when to return: FIRST_COMPLETED (any future finishes or is
    cancelled), FIRST_EXCEPTION (any future raises, otherwise like ALL_COMPLETED) or
    ALL_COMPLETED. With a timeout, return after at most that many seconds anyway.
    """
    fs = set(fs)
    with _AcquireFutures(fs):
        done = set()
        for f in fs:
            if f._state in (CANCELLED_AND_NOTIFIED, FINISHED):
                done.add(f)
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            for f in done:
                if not f.cancelled() and f.exception() is not None:
                    return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _create_and_install_waiters(fs, return_when)
    waiter.event.wait(timeout)
    _remove_waiter(fs, waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


# ---------------------------------------------------------------------------------------------
# Future


class Future:
    """The result of a call that may not have finished yet."""

    def __init__(self):
        """Only executors (and tests) should create futures."""
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []  # installed by wait() and as_completed()
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _report_exception("exception calling callback for %r" % self)

    def __repr__(self):
        with self._condition:
            cls = type(self).__name__
            description = _STATE_TO_DESCRIPTION_MAP[self._state]
            if self._state == FINISHED:
                if self._exception is not None:
                    return "<%s at %#x state=%s raised %s>" % (
                        cls, id(self), description, type(self._exception).__name__)
                return "<%s at %#x state=%s returned %s>" % (
                    cls, id(self), description, type(self._result).__name__)
            return "<%s at %#x state=%s>" % (cls, id(self), description)

    def cancel(self):
        """Cancel the call if it has not started yet.

        Returns False if the call is running or finished (it cannot be cancelled), True
        otherwise.
        """
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """Return True if the future was cancelled."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        """Return True if the call is running now."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """Return True if the future was cancelled or has finished."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def _get_result(self):
        if self._exception is not None:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        """Call fn(future) when the future finishes or is cancelled (at once if it already
        has). Callbacks run in the thread that finishes the future, in the order added."""
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _report_exception("exception calling callback for %r" % self)

    def result(self, timeout=None):
        """Return the call's result, waiting at most timeout seconds (forever if None).

        If the call raised an exception, raise the same exception here. Raises
        CancelledError if the future was cancelled and TimeoutError if time runs out.
        """
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._get_result()
            self._condition.wait(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._get_result()
            raise TimeoutError()

    def exception(self, timeout=None):
        """Return the exception raised by the call (None if it returned), waiting at most
        timeout seconds. Raises CancelledError and TimeoutError as result() does."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    # For executors (and tests) only.

    def set_running_or_notify_cancel(self):
        """Called by an executor just before it runs the call.

        Returns False if the future was cancelled (the call must not run; waiters are told),
        True otherwise (the future is now RUNNING and can no longer be cancelled).
        """
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            print("Future %s in unexpected state: %s" % (id(self), self._state),
                  file=sys.stderr)
            raise RuntimeError("Future in unexpected state")

    def set_result(self, result):
        """Store the call's result and wake up everybody waiting for it."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError("%s: %r" % (self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """Store the exception the call raised and wake up everybody waiting for it."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError("%s: %r" % (self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


# ---------------------------------------------------------------------------------------------
# Executor


class Executor:
    """The interface of executors: submit() a call, map() a function, shutdown()."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); return a Future for its result."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but the calls run in the executor, all submitted at once.

        Returns an iterator over the results, in the order of the inputs. If a call raised
        an exception, the iterator raises it when it reaches that result. With a timeout,
        next() raises TimeoutError if a result is not ready timeout seconds after the call
        to map().
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        return _ResultIterator(futures, deadline)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources once the pending calls are done.

        With wait=True, return only when they are. With cancel_futures=True, cancel the
        calls that have not started. No call may be submitted afterwards.
        """
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _ResultIterator:
    # What Executor.map() returns: the futures' results, in order. If one raises (or the
    # time runs out), the futures not yet reached are cancelled.

    def __init__(self, futures, deadline):
        self._futures = futures
        self._deadline = deadline
        self._next = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._next >= len(self._futures):
            raise StopIteration
        future = self._futures[self._next]
        self._futures[self._next] = None  # the iterator does not keep results alive
        self._next += 1
        try:
            if self._deadline is None:
                return future.result()
            return future.result(self._deadline - time.monotonic())
        except BaseException:
            future.cancel()
            for f in self._futures[self._next:]:
                f.cancel()
            self._next = len(self._futures)
            raise
