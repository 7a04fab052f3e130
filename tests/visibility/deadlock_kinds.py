# For run_visibility.py: one blocked-for-ever wait of the kind named by sys.argv[1], in the
# main thread (for rlock, on an RLock held by another thread that is itself stuck).
import concurrent.futures
import sys
import threading

kind = sys.argv[1]
if kind == "condition":
    cond = threading.Condition()
    with cond:
        cond.wait()
elif kind == "semaphore":
    sem = threading.Semaphore(0)
    sem.acquire()
elif kind == "bounded":
    bsem = threading.BoundedSemaphore(1)
    bsem.acquire()
    bsem.acquire()
elif kind == "barrier":
    barrier = threading.Barrier(2)
    barrier.wait()
elif kind == "future":
    fut = concurrent.futures.Future()
    fut.result()
elif kind == "lock_twice":
    lock = threading.Lock()
    lock.acquire()
    lock.acquire()
elif kind == "rlock":
    rlock = threading.RLock()
    taken = threading.Event()
    never = threading.Event()

    def holder():
        with rlock:
            taken.set()
            never.wait()

    threading.Thread(target=holder, name="holder").start()
    taken.wait()
    rlock.acquire()
print("never printed")
