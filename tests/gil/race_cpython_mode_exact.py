# checks: with --preempt=cpython switches happen only at function entry, backward jumps and after calls: counter += 1 never loses updates, as on CPython 3.11
# gilt-args: --preempt=cpython
import _thread

counter = 0
done = 0
lock = _thread.allocate_lock()
finished = _thread.allocate_lock()
finished.acquire()

def work():
    global counter, done
    for _ in range(300000):
        counter += 1
    with lock:
        done += 1
        if done == 4:
            finished.release()

for _ in range(4):
    _thread.start_new_thread(work, ())
finished.acquire()
print(counter)
assert counter == 1200000
print("ok")
