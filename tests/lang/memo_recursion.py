# checks: memoisation with a dict (module-level, default-arg and closure variants) on big inputs
memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90), len(memo))

def ways(n, cache={}):
    if n < 0:
        return 0
    if n == 0:
        return 1
    if n not in cache:
        cache[n] = ways(n - 1) + ways(n - 2) + ways(n - 3)
    return cache[n]
print([ways(i) for i in range(10)], ways(60))

def memoize(fn):
    cache = {}
    def inner(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    inner.cache = cache
    return inner

@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), len(grid_paths.cache))

def lcs(a, b):
    table = {}
    def go(i, j):
        if i == len(a) or j == len(b):
            return 0
        key = (i, j)
        if key not in table:
            if a[i] == b[j]:
                table[key] = 1 + go(i + 1, j + 1)
            else:
                table[key] = max(go(i + 1, j), go(i, j + 1))
        return table[key]
    return go(0, 0)
print(lcs("AGGTAB", "GXTXAYB"), lcs("kitten", "sitting"))
