# checks: when the main program ends, the interpreter waits for non-daemon threads (also ones started by other threads) but not for daemon threads
import threading
import time

go = threading.Event()


def late_printer(label, delay):
    go.wait()
    time.sleep(delay)
    print(label, "finished after the main program")


def spawner():
    go.wait()
    t = threading.Thread(target=late_printer, args=("grandchild", 0.1))
    t.start()


threading.Thread(target=late_printer, args=("child", 0.05)).start()
threading.Thread(target=spawner).start()
threading.Thread(target=threading.Event().wait, daemon=True).start()  # blocks forever
print("main program ends")
go.set()
