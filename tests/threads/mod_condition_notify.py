# checks: threading.Condition: wait/notify hand-off between producer and consumers, notify(n) wakes exactly n waiters, notify_all wakes the rest
import threading
import time
import _thread_helpers

cond = threading.Condition()
items = []
consumed = []


def consumer(name):
    with cond:
        while not items:
            cond.wait()
        consumed.append((name, items.pop(0)))


threads = [threading.Thread(target=consumer, args=("c%d" % i,)) for i in range(3)]
for t in threads:
    t.start()


def waiting_count():
    with cond:
        return len(cond._waiters)


# Wait until all three consumers sleep in wait().
while waiting_count() < 3:
    time.sleep(0.01)
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
for t in threads:
    t.join()
print(sorted(item for name, item in consumed), len(consumed))

# notify(n) wakes n threads, notify_all() the others.
woken = []


def sleeper(i):
    with cond:
        cond.wait()
        woken.append(i)


threads = [threading.Thread(target=sleeper, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
while waiting_count() < 5:
    time.sleep(0.01)
with cond:
    cond.notify(2)
time.sleep(0.1)
with cond:
    print("after notify(2):", len(woken), "woken,", len(cond._waiters), "still waiting")
    cond.notify_all()
for t in threads:
    t.join()
print("after notify_all:", sorted(woken))

# notifyAll is the old name of notify_all.
flag = []


def old_style():
    with cond:
        while not flag:
            cond.wait()


t = threading.Thread(target=old_style)
t.start()
while waiting_count() < 1:
    time.sleep(0.01)
with cond:
    flag.append(1)
    _thread_helpers.notify_all_alias(cond)
t.join()
print("notifyAll woke it:", not t.is_alive())

# notify with nobody waiting does nothing.
with cond:
    cond.notify()
    cond.notify_all()
print("done")
