# checks: gil.stats() gives each blocked thread's state by what it waits on (sleep, lock, event, condition, semaphore, barrier, queue, join, future), "running" for the caller and "finished" after the end; blocked_time grows while blocked
import concurrent.futures
import gil
import queue
import threading
import time

lock = threading.Lock()
lock.acquire()
event = threading.Event()
cond = threading.Condition()
sem = threading.Semaphore(0)
barrier = threading.Barrier(2)
jobs = queue.Queue()
future = concurrent.futures.Future()
release_sleeper = threading.Event()


def do_sleep():
    while not release_sleeper.is_set():
        time.sleep(0.02)


def do_lock():
    lock.acquire()


def do_event():
    event.wait()


def do_condition():
    with cond:
        cond.wait()


def do_semaphore():
    sem.acquire()


def do_barrier():
    barrier.wait()


def do_queue():
    jobs.get()


def do_future():
    future.result()


def do_join():
    threads["lock"].join()


targets = {"sleep": do_sleep, "lock": do_lock, "event": do_event, "condition": do_condition,
           "semaphore": do_semaphore, "barrier": do_barrier, "queue": do_queue,
           "future": do_future, "join": do_join}
threads = {}
for state, fn in targets.items():
    threads[state] = threading.Thread(target=fn, name="in-" + state)
for t in threads.values():
    t.start()

# Wait (up to 5 s) until every thread shows the state of its wait.
for _ in range(500):
    infos = {t["name"]: t for t in gil.stats()["threads"]}
    states = {s: infos["in-" + s]["state"] for s in targets}
    if all([states[s] == s for s in targets]):
        break
    time.sleep(0.01)
print(sorted(states.items()))
for s in targets:
    assert states[s] == s, (s, states)
    assert infos["in-" + s]["alive"] is True
me = infos["MainThread"]
assert me["state"] == "running", me
before = {s: infos["in-" + s]["blocked_time"] for s in targets if s != "sleep"}
time.sleep(0.1)
infos = {t["name"]: t for t in gil.stats()["threads"]}
for s, b in before.items():
    assert infos["in-" + s]["blocked_time"] >= b + 0.05, (s, b, infos["in-" + s])

# Let everyone go.
release_sleeper.set()
lock.release()
event.set()
with cond:
    cond.notify_all()
sem.release()
barrier.wait()
jobs.put(1)
future.set_result(2)
for t in threads.values():
    t.join(10)
    assert not t.is_alive(), t.name
time.sleep(0.05)
infos = {t["name"]: t for t in gil.stats()["threads"]}
for s in targets:
    assert infos["in-" + s]["state"] == "finished" and not infos["in-" + s]["alive"], infos
print("ok")
