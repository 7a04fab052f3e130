# For run_visibility.py: three threads race on a counter; the program prints the counter and
# gil.stats()'s counts (no times). Under --deterministic=SEED all of it is the same every run.
import gil
import threading

counter = 0


def work():
    global counter
    for _ in range(50000):
        counter += 1


threads = [threading.Thread(target=work) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
s = gil.stats()
print("counter", counter)
print("switches", s["switches"], "forced", s["forced_drops"], "voluntary", s["voluntary_drops"])
for t in s["threads"]:
    print(t["name"], t["acquisitions"], t["forced_releases"], t["voluntary_releases"])
