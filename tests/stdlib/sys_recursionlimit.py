# checks: sys.getrecursionlimit default, setrecursionlimit, and catching RecursionError at a lowered limit
import sys
print(sys.getrecursionlimit())
def depth(n):
    return n if n == 0 else depth(n - 1)
print(depth(500))
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit(), depth(1500))
sys.setrecursionlimit(100)
print(sys.getrecursionlimit())
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(50))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
