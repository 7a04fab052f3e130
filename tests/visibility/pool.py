# For run_visibility.py: a thread pool whose completion order depends on the schedule (random
# sleeps, CPU work, a shared unlocked counter). Under --deterministic=SEED: the same output on
# every run.
import concurrent.futures
import random
import threading
import time

random.seed(12)
shared = [0]


def task(n):
    time.sleep(random.random() * 0.2)
    total = 0
    for i in range(2000 * (n % 5 + 1)):
        total += i
        shared[0] += 1
    return n, total, threading.current_thread().name


with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
    futures = [pool.submit(task, n) for n in range(12)]
    for f in concurrent.futures.as_completed(futures):
        n, total, who = f.result()
        print("task", n, "done by", who)
print("shared", shared[0])
print("time %.6f" % time.time())
