# checks: Condition over a Lock, an RLock (held several levels while waiting) and the default lock; the lock is released during wait and re-acquired after
import threading
import time

for label, lock in [("Lock", threading.Lock()), ("RLock", threading.RLock()), ("default", None)]:
    cond = threading.Condition(lock) if lock is not None else threading.Condition()
    events = []
    ready = []

    def waiter():
        with cond:
            ready.append(1)
            cond.wait()
            events.append("waiter woke up holding the lock")

    t = threading.Thread(target=waiter)
    t.start()
    while True:
        with cond:
            if ready:
                break
        time.sleep(0.01)
    # The waiter sleeps in wait(): the lock is free for us.
    with cond:
        events.append("main got the lock")
        cond.notify()
        events.append("main notified")
    t.join()
    print(label, events)
    text = repr(cond)
    print(label, "repr:", text.startswith("<Condition(<unlocked _thread."), text.endswith(", 0)>"))

# An RLock held twice is fully released by wait() and fully re-acquired after it.
r = threading.RLock()
cond = threading.Condition(r)
flag = []


def setter():
    with cond:  # possible only because wait() released both levels
        flag.append(1)
        cond.notify()


with cond:
    with cond:
        t = threading.Thread(target=setter)
        t.start()
        while not flag:
            cond.wait(1)
        print("RLock still ours after wait:", r._is_owned())
    print("one level left:", r._is_owned())
print("released:", r._is_owned())
t.join()

# enter/exit return the lock's results.
cond = threading.Condition(threading.Lock())
with cond as entered:
    print("with returns:", entered)
print(cond.acquire(), cond.acquire(False))
cond.release()
