# For run_visibility.py: sleeps in a loop, in a thread and in the main thread, until Ctrl-C.
import threading
import time


def doze():
    while True:
        time.sleep(0.01)


threading.Thread(target=doze, name="dozer", daemon=True).start()
print("ready", flush=True)
while True:
    time.sleep(0.05)
