# convoy.py - one thread sleeps 1 ms a hundred times while two threads burn CPU. How late does
# it wake up each time? Under the default GIL it waits for the CPU-bound threads to give the GIL
# up (about 5 ms each: the switch interval); under --gil=io it gets the GIL at once.
# Try: build/gilt examples/convoy.py, then build/gilt --gil=io examples/convoy.py
import threading
import time

running = True


def burn():
    while running:
        pass


def sleeper(delays):
    for _ in range(100):
        t0 = time.perf_counter()
        time.sleep(0.001)
        delays.append(time.perf_counter() - t0 - 0.001)


burners = [threading.Thread(target=burn, name="burn-%d" % i) for i in range(2)]
for t in burners:
    t.start()
delays = []
s = threading.Thread(target=sleeper, args=(delays,), name="sleeper")
s.start()
s.join()
running = False
for t in burners:
    t.join()
delays.sort()
print("extra delay after sleep(0.001): median %.2f ms, worst %.2f ms"
      % (delays[50] * 1000, delays[-1] * 1000))
