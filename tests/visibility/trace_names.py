# For run_visibility.py: threads with awkward names (quote, backslash, tab, non-ASCII) and one
# renamed while it runs; the trace must name them exactly.
import threading
import time

odd = threading.Thread(target=time.sleep, args=(0.02,), name='say "hi"\\\tthen é…')
odd.start()
renamed = threading.Thread(target=time.sleep, args=(0.05,), name="before")
renamed.start()
renamed.name = "after"
odd.join()
renamed.join()
print("done")
