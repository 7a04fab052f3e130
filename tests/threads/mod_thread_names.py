# checks: default thread names Thread-N (target) numbered as CPython numbers them, explicit names, name assignment and the deprecated getName/setName
import threading
import _thread_helpers


def work():
    pass


class Job:
    def __call__(self):
        pass


names = []
names.append(threading.Thread(target=work).name)
names.append(threading.Thread().name)
names.append(threading.Thread(target=lambda: None).name)
names.append(threading.Thread(target=Job()).name)  # no __name__: no suffix
names.append(threading.Thread(target=print).name)
names.append(threading.Thread(name="").name)  # empty: a default name (uses a number)
names.append(threading.Thread(name="custom", target=work).name)
names.append(threading.Thread(name=42).name)
names.append(threading.Timer(1.0, work).name)  # Timers have no "(target)" suffix
names.append(threading.Thread(target=work).name)
for n in names:
    print(repr(n))

t = threading.Thread(target=work)
print(t.name)
t.name = "renamed"
print(t.name, repr(t))
t.name = 7
print(repr(t.name))
print(_thread_helpers.get_name(t))
_thread_helpers.set_name(t, "via-setName")
print(t.name)
t.start()
t.join()
t.name = "after"  # allowed after the thread ended
print(t.name)

# The name is seen from inside the thread.
inside = []
t = threading.Thread(target=lambda: inside.append(threading.current_thread().name), name="inner")
t.start()
t.join()
print(inside)
print(threading.main_thread().name, threading.current_thread().name)
