# For run_visibility.py: a thread whose target is a library method (Event.wait) waits for ever
# and the main thread joins it. The report must say the thread waits on the Event, not that it
# waits for itself to finish.
import threading

never = threading.Event()
t = threading.Thread(target=never.wait, name="event-waiter")
t.start()
t.join()
print("never printed")
