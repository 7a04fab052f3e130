# For run_visibility.py: five threads sleep 1 to 3 seconds and report in the order they wake.
# Under --deterministic the sleeps are virtual: the run takes no real time and the order is
# the order of the deadlines.
import threading
import time

start = time.monotonic()
lock = threading.Lock()
woke = []


def nap(name, seconds):
    time.sleep(seconds)
    with lock:
        woke.append(name)
        print("%s woke after %.3f s" % (name, time.monotonic() - start))


delays = [("e", 3.0), ("b", 1.0), ("d", 2.5), ("a", 0.5), ("c", 1.5)]
threads = [threading.Thread(target=nap, args=d, name="nap-" + d[0]) for d in delays]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("order", " ".join(woke))
print("virtual elapsed %.3f" % (time.monotonic() - start))
