# checks: the default threading.excepthook prints 'Exception in thread NAME:' and a traceback to sys.stderr, and stays silent for SystemExit
import sys
import threading
import _thread_helpers


def boom():
    raise ValueError("boom in thread")


def quiet_exit():
    sys.exit(5)


capture = _thread_helpers.Capture()
real_stderr = sys.stderr
sys.stderr = capture
try:
    for target, name in [(boom, "worker-1"), (quiet_exit, "exiter"), (boom, None)]:
        t = threading.Thread(target=target, name=name)
        t.start()
        t.join()
finally:
    sys.stderr = real_stderr

lines = capture.lines()
# Only the lines that do not depend on where threading.py lives.
headers = [line for line in lines if line.startswith("Exception in thread")]
print(headers)
print([line for line in lines if line.startswith("Traceback")])
print([line for line in lines if line.startswith("ValueError")])
print("main thread still running")
