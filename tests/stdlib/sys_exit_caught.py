# checks: sys.exit raises SystemExit: catching it and reading .code for int, str and None; final exit status 4
import sys
for arg in [0, 3, "text message", None]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print("caught SystemExit, code =", repr(e.code), "args =", e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no argument:", repr(e.code))
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    raise SystemExit("direct")
except BaseException as e:
    print(type(e).__name__, e)
print("exiting with status 4")
sys.exit(4)
