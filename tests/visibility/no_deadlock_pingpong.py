# For run_visibility.py: two threads hand a turn back and forth 20000 times with semaphores,
# with no timeout; at every moment one of them is about to run, so there is no deadlock.
import threading

ping = threading.Semaphore(0)
pong = threading.Semaphore(0)
ROUNDS = 20000


def pinger():
    for _ in range(ROUNDS):
        ping.release()
        pong.acquire()


def ponger():
    for _ in range(ROUNDS):
        ping.acquire()
        pong.release()


threads = [threading.Thread(target=pinger), threading.Thread(target=ponger)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("rounds", ROUNDS)
