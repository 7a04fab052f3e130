# checks: current_thread, main_thread, enumerate, active_count, get_ident and get_native_id from several threads
import threading
import _thread_helpers

main = threading.main_thread()
print(threading.current_thread() is main, type(main).__name__, main.name, main.is_alive())
print(main.ident == threading.get_ident(), main.native_id == threading.get_native_id())
print(_thread_helpers.current_thread_alias() is main, _thread_helpers.active_count_alias())
print(threading.active_count(), [t.name for t in threading.enumerate()])

ready = threading.Barrier(4)
finish = threading.Event()
info = {}
lock = threading.Lock()


def worker():
    me = threading.current_thread()
    with lock:
        info[me.name] = (me.ident == threading.get_ident(),
                         me.native_id == threading.get_native_id(),
                         me is not main, threading.main_thread() is main)
    ready.wait()
    finish.wait()


threads = [threading.Thread(target=worker, name="w%d" % i) for i in range(3)]
for t in threads:
    t.start()
ready.wait()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
print(len(set(t.ident for t in threads)), len(set(t.native_id for t in threads)))
finish.set()
for t in threads:
    t.join()
print(sorted(info.items()))
print(threading.active_count(), [t.name for t in threading.enumerate()])
