# checks: Queue.task_done/join with several worker threads, unfinished_tasks, and the ValueError for too many task_done calls
import queue
import threading

q = queue.Queue()
results = []
lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            results.append(item * item)
        q.task_done()


workers = [threading.Thread(target=worker) for _ in range(4)]
for w in workers:
    w.start()
for i in range(50):
    q.put(i)
q.join()  # returns once all 50 are processed
print(len(results), sum(results), q.unfinished_tasks)
for _ in workers:
    q.put(None)
q.join()
for w in workers:
    w.join()
print("workers stopped:", [w.is_alive() for w in workers])

try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

# join() on a queue with nothing to do returns at once.
queue.Queue().join()
print("empty join returned")

# join() waits for task_done, not just for get().
q = queue.Queue()
q.put("job")
q.get()
finished = []


def joiner():
    q.join()
    finished.append("join returned")


t = threading.Thread(target=joiner)
t.start()
t.join(0.1)
print("before task_done:", finished, t.is_alive())
q.task_done()
t.join()
print("after task_done:", finished)
