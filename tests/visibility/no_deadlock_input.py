# For run_visibility.py: a thread reads a line from stdin (it arrives late) while main joins it.
import threading

got = []


def reader():
    got.append(input())


t = threading.Thread(target=reader, name="reader")
t.start()
t.join()
print("read", got)
