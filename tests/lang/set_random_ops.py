# checks: set iteration order after long pseudo-random sequences of add/discard/pop/update/difference/intersection, vs CPython
seed = 2024
def rand(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
    return (seed >> 33) % n

def key():
    return (rand(400) - 100) * [1, 1, 8, 32, 1000][rand(5)]

def digest(s):
    items = list(s)
    h = 0
    for i, x in enumerate(items):
        h = (h * 31 + x * (i + 1)) % 1000000007
    return len(items), h, items[:6]

for trial in range(60):
    s = set()
    for step in range(rand(300)):
        op = rand(20)
        if op < 9:
            s.add(key())
        elif op < 14:
            s.discard(key())
        elif op < 15 and s:
            s.pop()
        elif op == 15:
            s.update([key() for _ in range(rand(12))])
        elif op == 16:
            s = s | set([key() for _ in range(rand(20))])
        elif op == 17:
            s -= set([key() for _ in range(rand(30))])
        elif op == 18:
            s = s.copy()
        else:
            s ^= {key(), key()}
    print(trial, digest(s))
a = set()
for i in range(3000):
    a.add(key())
b = set([key() for _ in range(2000)])
for name, r in [('or', a | b), ('and', a & b), ('sub', a - b), ('rsub', b - a), ('xor', a ^ b),
                ('rxor', b ^ a), ('union', a.union(b, [1, 2])), ('inter', a.intersection(b, a)),
                ('diff', a.difference(b, [0])), ('copy', a.copy()), ('set', set(a)),
                ('frozen', frozenset(a)), ('fromlist', set(list(a))), ('fromdict', set(dict.fromkeys(b)))]:
    print(name, digest(r))
c = set(a)
c.intersection_update(b)
print('iu', digest(c))
c = set(a)
c.difference_update(b)
print('du', digest(c))
c = set(a)
c.symmetric_difference_update(b)
print('su', digest(c))
c = set(a)
while len(c) > 100:
    c.pop()
print('popped', digest(c))
c.clear()
c.update(b)
print('refill', digest(c), c.pop(), c.pop())
