# checks: iteration order of sets of ints (CPython's table sizes, probing, resizes), built in many ways
print({3, 1, 2}, {10, 5, 100}, {1, 2}, {100, 10}, {-1, -2, 5})
print({0, 8, 16, 24, 32, 40}, {7, 15, 23}, {1000, 2000, 3000, 4000, 5000})
print({5, 4, 3, 2, 1, 0, -1, -2, -3, -4, -5})
print(set([33, 1, 65, 97, 2, 129]), set((64, 0, 32, 8)), set(range(20, 0, -3)))

def built(values):
    s = set()
    for v in values:
        s.add(v)
    return s

for n in [1, 4, 5, 8, 9, 18, 19, 40, 77, 200]:
    vals = [(i * 37) % 101 * 13 - 300 for i in range(n)]
    s = built(vals)
    print(n, len(s), list(s) == list(set(vals)), list(s)[:12])

s = built([i * 8 for i in range(12)])
print(s)
for v in [0, 16, 40, 72]:
    s.discard(v)
print(s)
s.add(16)
s.add(1)
s.add(200)
print(s)
s.add(0)
print(s)

t = set()
for i in range(100):
    t.add(i * 1000003 % 9973)
print(list(t)[:20], len(t))
for i in range(0, 100, 3):
    t.discard(i * 1000003 % 9973)
print(list(t)[:20], len(t))
for i in range(50):
    t.add(i * 7)
print(list(t)[:25], len(t))

u = set(range(32))
u -= set(range(0, 32, 2))
print(u)
u |= {64, 96, 128, 33}
print(u)
print({x * x for x in range(-6, 7)})
print({x % 10 for x in range(100, 0, -7)})
print({2**61 - 1, 2**61, 2**62, -2**61, 2**64 + 5, 12345678901234567890})
print({-1, -2, 1, 2}, {-10**20, 10**20}, set([-7, -9, -8]))
print({1.5, 2.5, 0.5}, {0.1, 0.2, 0.3}, {1.0, 2, 3.0}, {True, 1, 1.0}, {False, 0, 0.0, None})
print(set(range(100)) == set(range(99, -1, -1)), list(set(range(100, 0, -1)))[:5])
big = set(range(50000, 0, -7))
print(len(big), list(big)[:10], list(big)[-5:])
v = {10, 20, 30}
print(v.copy(), set(v), frozenset(v), v | set(), set() | v)
w = set(range(0, 200, 9))
print(w.copy() == w, list(w.copy()) == list(w), list(w.copy())[:8], list(w)[:8])
