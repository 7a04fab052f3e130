# For run_visibility.py: a get() on a queue that nobody will ever put into.
import queue

jobs = queue.Queue()
item = jobs.get()
print("never printed", item)
