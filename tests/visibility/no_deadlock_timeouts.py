# For run_visibility.py: a thread waits with a timeout, again and again, while main joins it.
import threading

ev = threading.Event()
waits = [0]


def poll():
    for _ in range(8):
        ev.wait(0.2)
        waits[0] += 1


t = threading.Thread(target=poll, name="poller")
t.start()
t.join()
print("waited", waits[0], "times")
