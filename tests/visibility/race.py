# For run_visibility.py: the unlocked `counter += 1` race of four threads. Under
# --deterministic=SEED it must print the same thing on every run (and lose updates).
import threading

counter = 0
marks = []  # which thread was at each 2500th step: evidence of the interleaving


def work(k):
    global counter
    for i in range(100000):
        counter += 1
        if i % 2500 == 0:
            marks.append(k)


threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total", counter)
print("interleaving", "".join(str(k) for k in marks))
