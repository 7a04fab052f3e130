# checks: list.sort and sorted: stability with keys and reverse, runs, already-sorted and reversed input, many sizes
seed = 12345
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n

pairs = [(rand(5), i) for i in range(40)]
by_first = sorted(pairs, key=lambda p: p[0])
print(by_first)
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(by_first == sorted(pairs, key=lambda p: (p[0], p[1])))

words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date', 'Cherry', 'fig', 'Date']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w[-1]))

# Larger inputs exercise run detection, binary insertion and merging.
def check(n, kind):
    if kind == 'random':
        data = [rand(1000) for _ in range(n)]
    elif kind == 'sorted':
        data = list(range(n))
    elif kind == 'reversed':
        data = list(range(n, 0, -1))
    elif kind == 'sawtooth':
        data = [i % 17 for i in range(n)]
    elif kind == 'fewkeys':
        data = [rand(3) for _ in range(n)]
    else:
        data = [(i * 7919) % 101 for i in range(n)]
    tagged = [(v, i) for i, v in enumerate(data)]
    out = sorted(tagged, key=lambda t: t[0])
    ok = all([out[i][0] < out[i + 1][0] or (out[i][0] == out[i + 1][0] and out[i][1] < out[i + 1][1])
             for i in range(len(out) - 1)])
    rev = sorted(tagged, key=lambda t: t[0], reverse=True)
    okr = all([rev[i][0] > rev[i + 1][0] or (rev[i][0] == rev[i + 1][0] and rev[i][1] < rev[i + 1][1])
              for i in range(len(rev) - 1)])
    plain = sorted(data)
    okp = all([plain[i] <= plain[i + 1] for i in range(len(plain) - 1)]) and len(plain) == n
    print(n, kind, ok, okr, okp, plain[:3], plain[-3:])

for n in [0, 1, 2, 3, 31, 32, 33, 63, 64, 65, 100, 257, 1000, 5000]:
    for kind in ['random', 'sorted', 'reversed', 'sawtooth', 'fewkeys', 'mod']:
        check(n, kind)

mixed = [3, 1.5, True, -2, 0.0, 2**70, -2**65]
mixed.sort()
print(mixed)
nested = [[2, 'b'], [1, 'z'], [2, 'a'], [1], []]
nested.sort()
print(nested)
t = [(1, 'b'), (1, 'a'), (0, 'c')]
t.sort(reverse=True)
print(t)
t.sort(key=None, reverse=False)
print(t)
n = [5, 3, 9]
n.sort(reverse=1)
print(n)
print(sorted('hello'), sorted((3, 1, 2)), sorted({3: 'a', 1: 'b'}), sorted(range(5, 0, -1)))
