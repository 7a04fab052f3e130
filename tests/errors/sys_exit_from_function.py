# checks: sys.exit(2) deep inside calls exits with status 2; an except Exception handler does not catch it
import sys

def validate(args):
    if len(args) < 5:
        print("usage: prog A B C D", file=sys.stderr)
        sys.exit(2)

try:
    validate(["prog"])
except Exception:
    print("not caught here")
print("not reached")
