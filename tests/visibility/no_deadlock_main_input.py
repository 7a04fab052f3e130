# For run_visibility.py: the main thread reads a line from stdin (it arrives late) while another
# thread waits with no timeout for the Event that main sets once it has read the line.
import threading

line_read = threading.Event()
seen = []


def waiter():
    line_read.wait()
    seen.append("woken")


t = threading.Thread(target=waiter, name="waiter")
t.start()
seen.append(input())
line_read.set()
t.join()
print(seen)
