# checks: threading.excepthook receives ExceptHookArgs for an uncaught exception in a thread; other threads go on; SystemExit is passed to it too; the hook can be restored
import sys
import threading

calls = []


def hook(args):
    calls.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                  args.exc_traceback is not None, len(args), args[0] is args.exc_type))


original = threading.excepthook
print(original is threading.__excepthook__)
threading.excepthook = hook


def fails(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "key":
        raise KeyError("k")
    if kind == "exit":
        sys.exit(3)
    return "fine"


class CustomError(Exception):
    pass


def custom():
    raise CustomError("custom", 1)


threads = [threading.Thread(target=fails, args=(kind,), name="t-" + kind)
           for kind in ["value", "key", "exit", "ok"]]
threads.append(threading.Thread(target=custom, name="t-custom"))
for t in threads:
    t.start()
    t.join()  # one at a time, so the hook calls are in order
for call in calls:
    print(call)
print("all joined, main goes on:", [t.is_alive() for t in threads])

# A thread that fails does not stop the others.
done = []
ev = threading.Event()


def waits():
    ev.wait()
    done.append("survivor finished")


survivor = threading.Thread(target=waits)
survivor.start()
crash = threading.Thread(target=fails, args=("value",), name="crasher")
crash.start()
crash.join()
ev.set()
survivor.join()
print(done, calls[-1][2])

# The hook gets subclass exceptions of SystemExit and BaseException too.
class MyExit(SystemExit):
    pass


def my_exit():
    raise MyExit(1)


t = threading.Thread(target=my_exit, name="my-exit")
t.start()
t.join()
print(calls[-1][:3])

threading.excepthook = threading.__excepthook__
print(threading.excepthook is original)
args = threading.ExceptHookArgs([ValueError, ValueError("x"), None, None])
print(args.exc_type, args.exc_value, args.exc_traceback, args.thread, len(args))
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as e:
    print("TypeError:", e)
