# For run_visibility.py: threads that only sleep, while main joins them: no deadlock report.
import threading
import time


def nap():
    time.sleep(1.5)


threads = [threading.Thread(target=nap) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("slept")
