# checks: collections.deque: both ends, maxlen, rotate, indexing, insert/remove/index/count, iteration and mutation errors, comparisons, repr, large queues
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([4, 5])
d.extendleft([0, -1])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(100)
print(d)
d.reverse()
print(d, list(reversed(d)))
print(d.count(3), d.index(3), 3 in d, 99 in d)
d.remove(3)
d.insert(1, "x")
d.insert(-1, "y")
d.insert(100, "end")
d.insert(-100, "start")
print(d)
d[1] = "changed"
del d[2]
print(d, d.copy(), d.copy() is d)
d.clear()
print(d, len(d), bool(d))

for call in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
             lambda: deque([1])[-2], lambda: deque([1])["a"], lambda: deque([1, 2]).index(9),
             lambda: deque([1, 2]).remove(9), lambda: deque([1], maxlen=1).insert(0, 2),
             lambda: deque(maxlen=-1), lambda: deque([1]) + [2], lambda: deque([1]).rotate("x"),
             lambda: deque([1, 2, 3]).index(1, 1)]:
    try:
        print(call())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(5)
b.appendleft(9)
print(b)
b.extend([6, 7])
print(b)
b.extendleft("ab")
print(b)
print(deque(maxlen=0), deque("abc", 0), deque().maxlen)
z = deque(maxlen=0)
z.append(1)
print(z)

it = iter(deque([1, 2, 3]))
print(next(it), list(it))
m = deque([1, 2, 3])
try:
    for x in m:
        m.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) != deque([2]))
print(deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]),
      deque([1, 2], maxlen=5) == deque([1, 2]))
print(deque([1]) + deque([2, 3]), deque([1, 2]) * 2, 2 * deque([7]), deque([1, 2, 3], maxlen=4) * 2)
a = deque([1])
a += [2, 3]
a *= 2
print(a)
a *= 0
print(a)
s = deque([1, 2])
s.extend(s)
print(s)
s.extendleft(s)
print(s)
rec = deque([1])
rec.append(rec)
print(rec)


class Stack(deque):
    def peek(self):
        return self[-1]


st = Stack([1, 2, 3], maxlen=5)
print(st, st.peek(), type(st.copy()).__name__)
d = deque([1, 2])
d.__init__([7, 8, 9], maxlen=2)
print(d)

# Many operations at both ends stay correct (and fast).
q = deque()
total = 0
for i in range(100000):
    q.append(i)
    if i % 3 == 0:
        total += q.popleft()
while q:
    total += q.pop()
print(total, len(q))
w = deque()
for i in range(1000):
    w.appendleft(i)
    w.append(-i)
print(len(w), w[0], w[-1], w[1000], sum(w))
