# checks: settrace/setprofile/gettrace/getprofile remember their functions, stack_size, TIMEOUT_MAX, the exported names and aliases
import threading
import _thread


def tracer(frame, event, arg):
    return None


print(threading.gettrace(), threading.getprofile())
threading.settrace(tracer)
threading.setprofile(tracer)
print(threading.gettrace() is tracer, threading.getprofile() is tracer)
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())

print(threading.stack_size())
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, threading.TIMEOUT_MAX > 1000000)
print(threading.ThreadError is _thread.error)
print(threading.get_ident is _thread.get_ident)
print(type(threading.Lock()) is type(_thread.allocate_lock()))
for name in ["Thread", "Timer", "Lock", "RLock", "Condition", "Semaphore", "BoundedSemaphore",
             "Event", "Barrier", "BrokenBarrierError", "local", "excepthook", "ExceptHookArgs",
             "current_thread", "main_thread", "enumerate", "active_count", "get_ident",
             "get_native_id", "settrace", "setprofile", "stack_size", "TIMEOUT_MAX",
             "ThreadError", "gettrace", "getprofile"]:
    if not hasattr(threading, name):
        print("missing:", name)
    if name not in threading.__all__:
        print("not in __all__:", name)
print("names checked")
