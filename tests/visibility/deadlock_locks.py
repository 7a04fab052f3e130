# For run_visibility.py: two threads take two locks in opposite orders; Events make sure each
# holds its first lock before it asks for the second. A deadlock every time.
import threading

lock_a = threading.Lock()
lock_b = threading.Lock()
a_taken = threading.Event()
b_taken = threading.Event()


def first():
    with lock_a:
        a_taken.set()
        b_taken.wait()
        with lock_b:
            print("first got both")


def second():
    with lock_b:
        b_taken.set()
        a_taken.wait()
        with lock_a:
            print("second got both")


t1 = threading.Thread(target=first, name="alpha")
t2 = threading.Thread(target=second, name="beta")
t1.start()
t2.start()
print("started")  # no flush: gilt must flush it before the report
t1.join()
t2.join()
print("never printed")
