# checks: sys.exit() and sys.exit(None) exit with status 0 silently
import sys

def stop():
    print("stopping")
    sys.exit(None)

stop()
