# checks: with the default preemption (--preempt=every) a switch can cut `counter += 1` in the middle, so 4 threads lose updates
import _thread
import sys
import time

def run_race(n):
    state = {"counter": 0, "done": 0}
    lock = _thread.allocate_lock()
    finished = _thread.allocate_lock()
    finished.acquire()

    def work():
        for _ in range(n):
            state["counter"] += 1
        with lock:
            state["done"] += 1
            if state["done"] == 4:
                finished.release()

    for _ in range(4):
        _thread.start_new_thread(work, ())
    finished.acquire()
    return state["counter"]

# A lost update needs a switch inside the read-add-write; try a few times, so a rare lucky
# schedule cannot make the test fail.
results = [run_race(300000) for _ in range(5)]
print(results)
assert any(r < 4 * 300000 for r in results), "no update was ever lost"
assert all(0 < r <= 4 * 300000 for r in results)
print("ok")
