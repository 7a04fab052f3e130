# checks: sys.exit(0) after output exits successfully; code after it does not run; finally still runs
import sys
print("work done")
try:
    sys.exit(0)
finally:
    print("cleanup in finally")
print("not reached")
