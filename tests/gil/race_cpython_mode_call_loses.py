# checks: even with --preempt=cpython, a call between the read and the write (counter = ident(counter) + 1) lets a switch in, and updates are lost, as on CPython
# gilt-args: --preempt=cpython --switch-interval=0.001
import _thread

def ident(x):
    return x

def run_race(n):
    state = {"counter": 0, "done": 0}
    lock = _thread.allocate_lock()
    finished = _thread.allocate_lock()
    finished.acquire()

    def work():
        for _ in range(n):
            state["counter"] = ident(state["counter"]) + 1
        with lock:
            state["done"] += 1
            if state["done"] == 4:
                finished.release()

    for _ in range(4):
        _thread.start_new_thread(work, ())
    finished.acquire()
    return state["counter"]

results = [run_race(200000) for _ in range(5)]
print(results)
assert any(r < 800000 for r in results)
print("ok")
