# checks: Condition.wait(timeout) returns False on timeout and True when notified, wait_for with and without timeout, and the un-acquired lock errors
import threading
import time

cond = threading.Condition()
with cond:
    start = time.monotonic()
    print(cond.wait(0.1), 0.05 < time.monotonic() - start < 2.0)
    print(cond.wait(0), cond.wait(-1))

try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.wait(0.1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify_all()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.wait_for(lambda: True)
except RuntimeError as e:
    print("RuntimeError (predicate false?):", e)
else:
    print("wait_for with a true predicate does not wait")

state = {"value": 0}


def bump():
    for i in range(5):
        time.sleep(0.02)
        with cond:
            state["value"] += 1
            cond.notify_all()


t = threading.Thread(target=bump)
t.start()
with cond:
    result = cond.wait_for(lambda: state["value"] >= 3)
    print("wait_for:", result, state["value"] >= 3)
t.join()

with cond:
    start = time.monotonic()
    print("wait_for timeout:", cond.wait_for(lambda: state["value"] > 100, timeout=0.1),
          0.05 < time.monotonic() - start < 2.0)
    print("wait_for returns the predicate's value:", cond.wait_for(lambda: state["value"] * 2, 0.1))
    print(cond.wait_for(lambda: 0, timeout=0))

# A notified wait returns True.
got = []


def waiter():
    with cond:
        got.append(cond.wait(5))


t = threading.Thread(target=waiter)
t.start()
while True:
    with cond:
        if cond._waiters:
            cond.notify()
            break
    time.sleep(0.01)
t.join()
print("notified wait:", got)
