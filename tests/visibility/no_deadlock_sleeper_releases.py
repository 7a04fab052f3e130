# For run_visibility.py: main waits with no timeout on a lock and on an Event, each freed by a
# thread after it has slept: a thread that sleeps can still make progress.
import threading
import time

lock = threading.Lock()
lock.acquire()
ready = threading.Event()


def release_later():
    time.sleep(0.6)
    lock.release()
    time.sleep(0.6)
    ready.set()


threading.Thread(target=release_later, name="releaser").start()
lock.acquire()
print("lock acquired")
ready.wait()
print("event set")
