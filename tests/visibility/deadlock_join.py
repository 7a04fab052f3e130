# For run_visibility.py: the main thread joins a thread that waits for ever on an Event.
import threading

never = threading.Event()


def waiter():
    never.wait()


t = threading.Thread(target=waiter, name="stuck")
t.start()
t.join()
print("never printed")
