# checks: the GILT_PREEMPT environment variable selects the preemption mode (here cpython: the inline race is exact)
# env: GILT_PREEMPT=cpython
import _thread
state = {"counter": 0, "done": 0}
lock = _thread.allocate_lock()
finished = _thread.allocate_lock()
finished.acquire()
def work():
    for _ in range(200000):
        state["counter"] += 1
    with lock:
        state["done"] += 1
        if state["done"] == 3:
            finished.release()
for _ in range(3):
    _thread.start_new_thread(work, ())
finished.acquire()
assert state["counter"] == 600000, state
print("ok")
