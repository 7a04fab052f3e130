# checks: daemon flag: default from the creating thread, constructor argument, setter errors after start, deprecated aliases, and that a blocked daemon thread does not keep the program alive
import threading
import _thread_helpers

print(threading.main_thread().daemon, threading.Thread().daemon)
print(threading.Thread(daemon=True).daemon, threading.Thread(daemon=False).daemon)

inherited = []


def spawn():
    inherited.append(threading.Thread().daemon)
    inherited.append(threading.Thread(daemon=False).daemon)


parent = threading.Thread(target=spawn, daemon=True)
parent.start()
parent.join()
print("created in a daemon thread:", inherited)

t = threading.Thread()
t.daemon = True
print(t.daemon, _thread_helpers.is_daemon(t), repr(t))
_thread_helpers.set_daemon(t, False)
print(t.daemon)

release = threading.Event()
t = threading.Thread(target=release.wait)
t.start()
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
release.set()
t.join()

# This daemon thread waits forever; the program must still end.
forever = threading.Event()
d = threading.Thread(target=forever.wait, daemon=True, name="stuck-daemon")
d.start()
print(d.is_alive(), "stuck-daemon" in [x.name for x in threading.enumerate()])
print("main done")
