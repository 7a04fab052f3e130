# checks: RecursionError from two mutually recursive functions under a lowered recursion limit (alternating frames are not collapsed)
import sys
sys.setrecursionlimit(40)

def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

ping(0)
