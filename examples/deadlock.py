# deadlock.py - two threads take two locks in opposite orders and wait for each other for ever.
# gilt notices that no thread can ever go on, prints who waits for what, and exits with status 1.
# Try: build/gilt examples/deadlock.py
import threading

fork = threading.Lock()
knife = threading.Lock()
has_fork = threading.Event()
has_knife = threading.Event()


def left_hander():
    with fork:
        has_fork.set()
        has_knife.wait()  # make sure the other thread holds the knife by now
        with knife:
            print("left-hander eats")


def right_hander():
    with knife:
        has_knife.set()
        has_fork.wait()
        with fork:
            print("right-hander eats")


a = threading.Thread(target=left_hander, name="left")
b = threading.Thread(target=right_hander, name="right")
a.start()
b.start()
a.join()
b.join()
print("both ate")
