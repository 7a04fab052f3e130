# Helpers for the threads suite. The deprecated threading aliases are called from here, not from
# the test files: CPython's DeprecationWarnings are shown only for calls made from __main__.
import threading


def get_name(t):
    return t.getName()


def set_name(t, name):
    t.setName(name)


def is_daemon(t):
    return t.isDaemon()


def set_daemon(t, flag):
    t.setDaemon(flag)


def current_thread_alias():
    return threading.currentThread()


def active_count_alias():
    return threading.activeCount()


def event_is_set_alias(event):
    return event.isSet()


def notify_all_alias(cond):
    cond.notifyAll()


class Capture:
    """A stand-in for sys.stderr that keeps what is written to it."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def lines(self):
        return "".join(self.parts).splitlines()
