# checks: a failing initializer breaks a ThreadPoolExecutor (BrokenThreadPool for queued and new work, report on stderr), and a failing done-callback is reported but does not stop the others
import concurrent.futures as cf
import sys
import threading
import _thread_helpers

capture = _thread_helpers.Capture()
real_stderr = sys.stderr
sys.stderr = capture
try:
    def bad_init():
        raise ValueError("no database")

    ex = cf.ThreadPoolExecutor(max_workers=1, initializer=bad_init)
    f = ex.submit(abs, -1)
    try:
        f.result(timeout=5)
    except cf.BrokenExecutor as e:
        print(type(e).__name__, "-", e)
    try:
        ex.submit(abs, -2)
    except cf.BrokenExecutor as e:
        print("submit:", type(e).__name__, isinstance(e, RuntimeError))
    ex.shutdown()

    def bad_callback(future):
        raise KeyError("callback failed")

    ran = []
    f = cf.Future()
    f.add_done_callback(bad_callback)
    f.add_done_callback(lambda fut: ran.append("second callback ran"))
    f.set_result(3)
    print(ran, f.result())
finally:
    sys.stderr = real_stderr

lines = capture.lines()
print([line for line in lines if not line.startswith(" ")
       and not line.startswith("Traceback") and "Future at" not in line])
print(len([line for line in lines if line.startswith("exception calling callback for <Future at 0x")
           and line.endswith("state=finished returned int>")]))
