# checks: CPU-bound threads take turns under the GIL: each makes progress (no starvation) and the process uses about one core, not two
import _thread
import time

progress = [0, 0]
stop = [False]
lock = _thread.allocate_lock()
finished = _thread.allocate_lock()
finished.acquire()
ended = [0]

def spin(i):
    while not stop[0]:
        progress[i] += 1
    with lock:
        ended[0] += 1
        if ended[0] == 2:
            finished.release()

cpu0 = time.process_time()
wall0 = time.perf_counter()
_thread.start_new_thread(spin, (0,))
_thread.start_new_thread(spin, (1,))
time.sleep(0.5)
stop[0] = True
finished.acquire()
wall = time.perf_counter() - wall0
cpu = time.process_time() - cpu0
print(progress[0] > 0, progress[1] > 0)
assert progress[0] > 1000 and progress[1] > 1000, progress
# With a GIL, two spinning threads cannot use two cores for Python code.
assert cpu < wall * 1.6, (cpu, wall)
print("ok")
