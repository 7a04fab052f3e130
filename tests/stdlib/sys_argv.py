# checks: sys.argv holds the script path as argv[0] and nothing else when run without arguments
import sys
print(type(sys.argv).__name__, len(sys.argv))
print(sys.argv[0].endswith("sys_argv.py"), sys.argv[0].split("/")[-1])
print(sys.argv[1:])
