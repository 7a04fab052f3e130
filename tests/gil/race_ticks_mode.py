# checks: --preempt=ticks:7 (a check every few instructions, Python 2 style) also splits counter += 1 and loses updates
# gilt-args: --preempt=ticks:7
import _thread

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

results = [run_race(300000) for _ in range(5)]
print(results)
assert any(r < 1200000 for r in results)
print("ok")
