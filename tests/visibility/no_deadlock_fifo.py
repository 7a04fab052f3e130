# For run_visibility.py: a thread opens and reads a named pipe (sys.argv[1]) that a writer opens
# only after a second, while main joins it: a thread blocked in I/O can still make progress.
import sys
import threading

got = []


def reader():
    with open(sys.argv[1]) as f:
        got.append(f.read())


t = threading.Thread(target=reader, name="fifo-reader")
t.start()
t.join()
print("read", got)
