"""Thread-based parallelism: gilt's threading module, written in Python over _thread.

Everything a program needs to start threads and make them cooperate is built here, in plain
Python, on top of three things the C module _thread gives us:

  * _thread.start_new_thread(function, args): run a function in a new OS thread;
  * _thread.allocate_lock(): a plain lock (acquire with an optional timeout, release);
  * _thread.get_ident(): a number that tells the running thread apart from the others.

The rest is ordinary Python code that you can read. A good order:

  1. Condition: how a thread sleeps until another one tells it something changed. It is the
     one clever idea in this file (each waiter blocks on a lock of its own); Semaphore,
     Event and Barrier below are all "some state + a Condition".
  2. Thread: start() runs _bootstrap() in a new OS thread; join() waits on a lock that the
     thread holds for as long as it runs.
  3. local, excepthook and _shutdown (what happens when the main program ends).

gilt can switch threads between any two bytecode instructions (see --preempt), so even a line
as small as `counter += 1` is not atomic. That is why the shared state in this file (the table
of running threads, the counter that names threads) is guarded by locks.
"""

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = [
    "get_ident", "get_native_id", "active_count", "activeCount", "Condition",
    "current_thread", "currentThread", "enumerate", "main_thread", "TIMEOUT_MAX", "Event",
    "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Thread", "Barrier",
    "BrokenBarrierError", "Timer", "ThreadError", "ExceptHookArgs", "setprofile", "settrace",
    "local", "stack_size", "excepthook", "gettrace", "getprofile",
]

# ---------------------------------------------------------------------------------------------
# What comes straight from the C module.

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
stack_size = _thread.stack_size
TIMEOUT_MAX = _thread.TIMEOUT_MAX
ThreadError = _thread.error

# A Lock is not owned by anybody: any thread may release it, even one that did not acquire it.
# An RLock (re-entrant lock) remembers its owner and counts how many times that owner has
# acquired it, so the same thread can take it again without deadlocking itself.
Lock = _thread.allocate_lock
RLock = _thread.RLock

# Tracing and profiling hooks. gilt has no tracer, so these are only remembered (and returned
# by gettrace()/getprofile()), which is enough for code that saves and restores them.
_trace_hook = None
_profile_hook = None


def settrace(func):
    """Remember a trace function for threads started from now on (a no-op in gilt)."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """Return the function last given to settrace(), or None."""
    return _trace_hook


def setprofile(func):
    """Remember a profile function for threads started from now on (a no-op in gilt)."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """Return the function last given to setprofile(), or None."""
    return _profile_hook


# ---------------------------------------------------------------------------------------------
# Condition variables


class Condition:
    """A condition variable: lets threads wait until some state, guarded by a lock, changes.

    Typical use (a consumer waits for an item, a producer adds one):

        with cond:                          with cond:
            while not items:                    items.append(x)
                cond.wait()                     cond.notify()
            item = items.pop()

    How it works: every waiting thread creates a fresh lock of its own, acquires it once, puts
    it in the list self._waiters, releases the condition's lock and then tries to acquire its
    own lock a second time. A plain lock cannot be acquired twice, so the thread blocks there
    (with the GIL released) until notify() releases that lock for it. One lock per waiter means
    notify(n) can wake exactly n threads, the ones that have waited longest.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        # Entering and leaving the condition is entering and leaving its lock.
        self.acquire = lock.acquire
        self.release = lock.release
        # An RLock knows how to let go of all its levels at once and how to take them back;
        # a plain lock uses the simple versions defined below.
        if hasattr(lock, "_release_save"):
            self._release_save = lock._release_save
        if hasattr(lock, "_acquire_restore"):
            self._acquire_restore = lock._acquire_restore
        if hasattr(lock, "_is_owned"):
            self._is_owned = lock._is_owned
        self._waiters = []  # one lock per waiting thread, oldest first

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    # The three helpers below are replaced by the lock's own when it has them (an RLock does).

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock does not know who holds it. If we can take it, nobody held it (so we
        # did not either): give it back. If we cannot, assume that we are the holder.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, sleep until notified or until timeout seconds pass, re-acquire.

        Returns True if another thread called notify(), False if the time ran out. The caller
        must hold the lock; it holds it again when wait() returns (even on a timeout).
        """
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()  # the second acquire, below, blocks until notify() releases it
        self._waiters.append(waiter)
        saved_state = self._release_save()
        notified = False
        try:
            if timeout is None:
                waiter.acquire()
                notified = True
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(saved_state)
            if not notified:
                # Nobody woke us: take our lock off the list ourselves. (notify() may have
                # removed it in the meantime, which is fine.)
                if waiter in self._waiters:
                    self._waiters.remove(waiter)

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true, or until timeout seconds have passed in total.

        Returns the last value of predicate(). The caller must hold the lock.
        """
        deadline = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if deadline is None:
                    deadline = _time() + waittime
                else:
                    waittime = deadline - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n of the threads waiting on this condition (the longest waiting first).

        The caller must hold the lock. The woken threads return from wait() only once they
        get the lock back, so at the earliest when the caller releases it.
        """
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        while self._waiters and n > 0:
            waiter = self._waiters.pop(0)
            waiter.release()  # its owner, blocked in wait(), wakes up
            n -= 1

    def notify_all(self):
        """Wake up every thread waiting on this condition. The caller must hold the lock."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Deprecated alias of notify_all()."""
        self.notify_all()


# ---------------------------------------------------------------------------------------------
# Semaphores


class Semaphore:
    """A counter of free places. acquire() takes one (waiting while there is none), release()
    gives places back.

    Semaphore(3) lets at most three threads be inside `with sem:` at the same time.
    """

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = type(self)
        return "<%s.%s at %#x: value=%s>" % (cls.__module__, cls.__qualname__, id(self),
                                             self._value)

    def acquire(self, blocking=True, timeout=None):
        """Take one place; return True if we got it.

        With blocking=False, return False at once if no place is free. With a timeout,
        wait at most that many seconds for one, then return False.
        """
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is None:
                    self._cond.wait()
                else:
                    if deadline is None:
                        deadline = _time() + timeout
                    remaining = deadline - _time()
                    if remaining <= 0:
                        return False
                    self._cond.wait(remaining)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Give back n places and wake up as many waiting threads."""
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released more often than it was acquired.

    Releasing beyond the initial value is almost always a bug, so it raises ValueError.
    """

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = type(self)
        return "<%s.%s at %#x: value=%s/%s>" % (cls.__module__, cls.__qualname__, id(self),
                                                self._value, self._initial_value)

    def release(self, n=1):
        """Give back n places; raise ValueError if that would exceed the initial value."""
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# ---------------------------------------------------------------------------------------------
# Events


class Event:
    """A flag that threads can wait for: set() raises it, clear() lowers it, and wait() blocks
    until it is raised."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = type(self)
        status = "set" if self._flag else "unset"
        return "<%s.%s at %#x: %s>" % (cls.__module__, cls.__qualname__, id(self), status)

    def is_set(self):
        """Return True if the flag is set."""
        return self._flag

    def isSet(self):
        """Deprecated alias of is_set()."""
        return self.is_set()

    def set(self):
        """Set the flag and wake up every thread waiting for it."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Lower the flag: wait() blocks again until the next set()."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is set, or until timeout seconds have passed.

        Returns the flag: True, unless the time ran out first.
        """
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


# ---------------------------------------------------------------------------------------------
# Barriers


class BrokenBarrierError(RuntimeError):
    """Raised by Barrier.wait() when the barrier is broken (aborted, reset or timed out)."""


# A barrier's life is a cycle of states: it fills up (threads arrive and wait), then drains
# (the waiting threads leave) and fills up again. RESETTING and BROKEN are the two ways of
# ending a cycle badly.
_FILLING = 0
_DRAINING = 1
_RESETTING = -1
_BROKEN = -2


class Barrier:
    """A meeting point for a fixed number of threads (the parties).

    Each thread calls wait(); all of them block until the last one arrives, then all go on
    together. The barrier can be used again for the next round.
    """

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._parties = parties
        self._action = action  # called by one thread when everybody has arrived
        self._timeout = timeout  # default timeout for wait()
        self._state = _FILLING
        self._count = 0  # threads inside wait() right now

    def __repr__(self):
        cls = type(self)
        if self.broken:
            return "<%s.%s at %#x: broken>" % (cls.__module__, cls.__qualname__, id(self))
        return "<%s.%s at %#x: waiters=%d/%d>" % (cls.__module__, cls.__qualname__, id(self),
                                                  self.n_waiting, self.parties)

    def wait(self, timeout=None):
        """Wait until all parties have called wait().

        Returns this thread's arrival index, from 0 to parties - 1 (unique in each round).
        Raises BrokenBarrierError if the barrier is or becomes broken while waiting, or
        if the timeout runs out (which breaks the barrier for everybody).
        """
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Threads of the previous round may still be leaving: let them finish first.
            while self._state == _DRAINING or self._state == _RESETTING:
                self._cond.wait()
            if self._state == _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._everybody_arrived()
                else:
                    self._wait_for_the_others(timeout)
                return index
            finally:
                self._count -= 1
                self._leave()

    def _everybody_arrived(self):
        # The last thread to arrive runs the action, then lets everybody go.
        try:
            if self._action is not None:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except BaseException:
            self._break()  # the action failed: nobody may pass
            raise

    def _wait_for_the_others(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()  # the time ran out: nobody may pass
            raise BrokenBarrierError
        if self._state != _DRAINING:
            raise BrokenBarrierError  # aborted or reset while we waited

    def _leave(self):
        # The last thread out of a draining (or resetting) barrier opens it for a new round.
        if self._count == 0 and (self._state == _DRAINING or self._state == _RESETTING):
            self._state = _FILLING
            self._cond.notify_all()

    def reset(self):
        """Put the barrier back in its initial state.

        Threads waiting in it now get BrokenBarrierError.
        """
        with self._cond:
            if self._count > 0:
                if self._state == _FILLING or self._state == _BROKEN:
                    self._state = _RESETTING  # the last waiter out will set _FILLING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: current and future calls to wait() raise BrokenBarrierError."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        """The number of threads needed to pass the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads waiting in the barrier now."""
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """True if the barrier is broken."""
        return self._state == _BROKEN


# ---------------------------------------------------------------------------------------------
# The table of threads

# Every Thread that has been started and has not finished is in _active, under its ident.
# Between start() and the moment the new thread registers itself it is in _limbo instead.
_active = {}
_limbo = {}
_active_limbo_lock = RLock()

# Default names: Thread-1, Thread-2, ... The counter is shared by all threads, so it is
# guarded: two threads creating threads at once must not get the same number.
_counter = 0
_counter_lock = Lock()


def _newname(template):
    global _counter
    with _counter_lock:
        _counter += 1
        return template % _counter


# Functions registered by _register_atexit (concurrent.futures stops its worker threads so).
_threading_atexits = []
_SHUTTING_DOWN = False


# ---------------------------------------------------------------------------------------------
# Threads


class Thread:
    """A thread of control: call start() to run run() in a new OS thread.

    Either pass the function to run as target=..., or subclass Thread and override run().
    """

    # Set by __init__; lets the methods notice a subclass whose __init__ forgot to call
    # Thread.__init__().
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        """Make a thread; call start() to run it.

        target is the function run() calls, as target(*args, **kwargs). name is for humans
        (by default "Thread-N", or "Thread-N (target name)"). daemon=True makes a thread the
        program does not wait for at its end; by default a thread is a daemon if the thread
        creating it is one. group must be None (it is reserved for a future extension).

        A subclass that overrides __init__ must call Thread.__init__() before anything else.
        """
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None and hasattr(target, "__name__"):
                name += " (%s)" % target.__name__
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon  # inherit from the creating thread
        self._ident = None
        self._native_id = None
        self._started = Event()  # set by the new thread once it runs
        self._is_stopped = False
        # Held for as long as the thread runs: join() waits by acquiring it. start()
        # acquires it and the thread itself releases it as the very last thing it does.
        # (A plain lock may be released by another thread than the one that acquired it.)
        self._done_lock = _allocate_lock()
        # The thread's values of each threading.local object, by the local's key.
        self._local_namespaces = {}
        self._stderr = _sys.stderr  # used by excepthook if sys.stderr is gone
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (type(self).__name__, self._name, status)

    def start(self):
        """Start the thread: run() begins in a new OS thread.

        Call it at most once per Thread object. Returns once the new thread is running.
        """
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        self._done_lock.acquire()
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            self._done_lock.release()
            raise
        self._started.wait()

    def _bootstrap(self):
        # The first Python code the new OS thread runs.
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            # gilt: the GIL's statistics, traces and deadlock reports show this name.
            _thread._set_name(self._ident, self._name, self._daemonic)
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()  # start() may return now
            try:
                self.run()
            except BaseException as exc:
                _invoke_excepthook(self, exc)
        finally:
            with _active_limbo_lock:
                self._is_stopped = True
                if _active.get(self._ident) is self:
                    del _active[self._ident]
            self._done_lock.release()  # wakes up join()

    def run(self):
        """What the thread does. The default calls target(*args, **kwargs).

        Subclasses may override it.
        """
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references, so that the arguments can be freed while the Thread
            # object lives on.
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        """Wait until the thread ends, or until timeout seconds have passed.

        join() always returns None: call is_alive() afterwards to know whether the thread
        ended or the time ran out.
        """
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        # The thread holds _done_lock until it ends: once we can acquire the lock, it has
        # ended. Give the lock straight back so that other joiners can get it too.
        if timeout is None:
            got_it = self._done_lock.acquire()
        else:
            got_it = self._done_lock.acquire(True, max(timeout, 0))
        if got_it:
            self._done_lock.release()

    def is_alive(self):
        """Return True from the moment start() returns until run() has ended."""
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._is_stopped

    @property
    def name(self):
        """The thread's name, for humans only: several threads may have the same name."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        if self._ident is not None:
            _thread._set_name(self._ident, self._name, self._daemonic)

    @property
    def ident(self):
        """The thread's identifier (from get_ident()), or None before it is started.

        Identifiers may be reused once a thread has ended.
        """
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """The operating system's id of the thread, or None before it is started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        """A daemon thread does not keep the program alive: when only daemon threads are
        left, the program ends. Must be set before start()."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    # Old names (deprecated since Python 3.10; CPython also warns, gilt does not).

    def isDaemon(self):
        """Deprecated: read the daemon attribute instead."""
        return self.daemon

    def setDaemon(self, daemonic):
        """Deprecated: set the daemon attribute instead."""
        self.daemon = daemonic

    def getName(self):
        """Deprecated: read the name attribute instead."""
        return self.name

    def setName(self, name):
        """Deprecated: set the name attribute instead."""
        self.name = name


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after interval seconds, unless cancel()
    is called first.

        t = Timer(30.0, f, args=[1])
        t.start()
        t.cancel()     # stops the timer if it is still waiting
    """

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        # Waiting on an Event (rather than sleeping) is what makes cancel() immediate.
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread the program started in."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._done_lock.acquire()  # released by _shutdown() when the program ends
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started.set()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread that the threading module did not start (one started with
    _thread.start_new_thread), so that current_thread() has something to return.

    It is a daemon, always alive, and cannot be joined.
    """

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started.set()
        with _active_limbo_lock:
            _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise AssertionError("cannot join a dummy thread")


# ---------------------------------------------------------------------------------------------
# Functions about all threads


def current_thread():
    """Return the Thread object of the calling thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Deprecated alias of current_thread()."""
    return current_thread()


def main_thread():
    """Return the Thread object of the main thread (the one the program started in)."""
    return _main_thread


def active_count():
    """Return the number of Thread objects currently alive (as enumerate() lists them)."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Deprecated alias of active_count()."""
    return active_count()


def enumerate():
    """Return a list of all Thread objects currently alive, the main thread included."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


# ---------------------------------------------------------------------------------------------
# Uncaught exceptions in threads


class _ExceptHookArgs(tuple):
    """The argument of excepthook(): a 4-tuple whose items are also attributes:
    exc_type, exc_value, exc_traceback and thread."""

    # CPython defines this type in C, in the _thread module; say so, so that it prints the same.
    __module__ = "_thread"

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)"
                            % len(seq))
        return tuple.__new__(cls, seq)

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, "
                "thread=%r)" % tuple(self))


ExceptHookArgs = _ExceptHookArgs


def excepthook(args, /):
    """Report an exception that ended a thread: 'Exception in thread NAME:' and the traceback,
    on stderr. The other threads go on.

    A thread ended by sys.exit() (SystemExit) ends quietly. Replace threading.excepthook with
    your own function (taking one ExceptHookArgs) to handle these exceptions differently.
    """
    if args.exc_type is SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None and args.thread is not None:
        stderr = args.thread._stderr
    if stderr is None:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print("Exception in thread %s:" % name, file=stderr, flush=True)
    # sys.__excepthook__ is the interpreter's own traceback printer (sys.excepthook may have
    # been replaced by the program).
    _sys.__excepthook__(args.exc_type, args.exc_value, args.exc_traceback)
    stderr.flush()


# The original, so that it can be put back after threading.excepthook was replaced.
__excepthook__ = excepthook


def _invoke_excepthook(thread, exc):
    # Called by a thread whose run() raised exc.
    hook = excepthook  # looked up now: the program may have replaced it
    try:
        hook(ExceptHookArgs([type(exc), exc, exc.__traceback__, thread]))
    except BaseException as hook_exc:
        # The hook itself failed: report that with the plain traceback printer.
        hook_exc.__suppress_context__ = True
        stderr = _sys.stderr if _sys.stderr is not None else thread._stderr
        print("Exception in threading.excepthook:", file=stderr, flush=True)
        _sys.excepthook(type(hook_exc), hook_exc, hook_exc.__traceback__)


# ---------------------------------------------------------------------------------------------
# Thread-local data


# Each local object gets a key that is never reused (ids of objects are).
_local_keys = 0
_local_keys_lock = Lock()


class _local:
    """Thread-local data: an object whose attributes each thread sees separately.

        data = threading.local()
        data.x = 1        # only the current thread sees this x

    How it works: each Thread object carries a dictionary, _local_namespaces, holding that
    thread's attributes of every local object it has used (under the local's key). Reading or
    writing an attribute goes to the current thread's dictionary. When a thread ends, its
    values go away with its Thread object.

    A subclass may define __init__: it runs again, with the same arguments, the first time
    each thread uses the object, so every thread starts from the same attributes.
    """

    # threading.local is the C type _thread._local in CPython; say so, so that it prints the
    # same.
    __module__ = "_thread"

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        global _local_keys
        with _local_keys_lock:
            _local_keys += 1
            key = "local-%d" % _local_keys
        self = object.__new__(cls)
        object.__setattr__(self, "_local__key", key)
        object.__setattr__(self, "_local__args", (args, kwargs))
        # The creating thread's namespace exists now: __init__ is about to fill it.
        current_thread()._local_namespaces[key] = {}
        return self

    def __getattribute__(self, name):
        namespace = _local_namespace(self)
        if name == "__dict__":
            return namespace
        if name in namespace and not _is_data_descriptor(type(self), name):
            return namespace[name]
        # Methods, class attributes and properties.
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (_local_type_name(self), name)) from None

    def __getattr__(self, name):
        # Python calls __getattr__ only when the normal lookup fails. CPython never gets here
        # with a name that this thread has set (__getattribute__ above found it); an
        # interpreter that does not call __getattribute__ defined in Python gets the
        # attribute from here.
        namespace = _local_namespace(self)
        if name in namespace:
            return namespace[name]
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (_local_type_name(self), name))

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _local_type_name(self))
        namespace = _local_namespace(self)
        if _is_data_descriptor(type(self), name):
            object.__setattr__(self, name, value)  # e.g. a property's setter
        else:
            namespace[name] = value

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _local_type_name(self))
        namespace = _local_namespace(self)
        if _is_data_descriptor(type(self), name):
            object.__delattr__(self, name)
        elif name in namespace:
            del namespace[name]
        else:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (_local_type_name(self), name))


local = _local


def _local_namespace(obj):
    # The dictionary of obj's attributes for the calling thread (made on first use).
    key = object.__getattribute__(obj, "_local__key")
    namespaces = current_thread()._local_namespaces
    namespace = namespaces.get(key)
    if namespace is None:
        namespace = namespaces[key] = {}
        args, kwargs = object.__getattribute__(obj, "_local__args")
        init = type(obj).__init__
        if init is not object.__init__:
            init(obj, *args, **kwargs)
    return namespace


def _is_data_descriptor(cls, name):
    # True if cls has an attribute `name` that handles assignment itself (a property).
    return hasattr(type(getattr(cls, name, None)), "__set__")


def _local_type_name(obj):
    cls = type(obj)
    return "_thread._local" if cls is _local else cls.__name__


# ---------------------------------------------------------------------------------------------
# The end of the program


def _register_atexit(func, *args, **kwargs):
    """Call func(*args, **kwargs) when the main program ends, before the wait for the other
    threads. (concurrent.futures uses it to tell its idle worker threads to stop.)"""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append((func, args, kwargs))


def _shutdown():
    """Called by the interpreter when the main program has ended: wait for every non-daemon
    thread. Daemon threads are not waited for; they simply never run again."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return  # already done
    _SHUTTING_DOWN = True
    for func, args, kwargs in reversed(_threading_atexits):
        func(*args, **kwargs)
    # The main thread has ended: whoever waits in main_thread().join() may go on.
    with _active_limbo_lock:
        _main_thread._is_stopped = True
        if _active.get(_main_thread._ident) is _main_thread:
            del _active[_main_thread._ident]
    _main_thread._done_lock.release()
    # Threads may start more threads while we wait, so look again until none is left.
    while True:
        with _active_limbo_lock:
            others = [t for t in list(_active.values()) + list(_limbo.values())
                      if not t._daemonic and t is not _main_thread]
        if not others:
            break
        for t in others:
            # Wait as join() does. (Not join() itself: a thread still in _limbo has not
            # set _started yet, but it already holds its _done_lock.)
            t._done_lock.acquire()
            t._done_lock.release()


# The thread that imported this module is taken to be the main thread.
_main_thread = _MainThread()
