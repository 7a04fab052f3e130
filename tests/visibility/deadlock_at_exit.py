# For run_visibility.py: the main thread ends while a non-daemon thread waits for ever on an
# Event; the interpreter waits for that thread at exit, for ever.
import threading

never = threading.Event()


def waiter():
    never.wait()


threading.Thread(target=waiter, name="forgotten").start()
print("main thread done")
