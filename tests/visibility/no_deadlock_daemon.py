# For run_visibility.py: a daemon thread waits for ever; the main thread ends normally.
import threading

never = threading.Event()
threading.Thread(target=never.wait, name="daemon-waiter", daemon=True).start()
print("main thread done")
