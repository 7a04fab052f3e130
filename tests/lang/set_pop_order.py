# checks: set.pop() order (the search finger survives pops, clear and re-filling), pop until empty
s = set(range(10))
print([s.pop() for _ in range(4)], s)
s.add(0)
s.add(1)
print(s.pop(), s.pop(), s)
s.clear()
s.update({5, 6, 7, 0})
print(s.pop(), s)
t = {i * 8 for i in range(10)}
out = []
while t:
    out.append(t.pop())
print(out)
u = set(range(100, 0, -3))
print([u.pop() for _ in range(10)])
u.update(range(5))
print([u.pop() for _ in range(10)])
v = {1, 2, 3}
v.pop()
w = v.copy()
print(w.pop(), v.pop())
try:
    set().pop()
except KeyError as e:
    print('KeyError', e, e.args)
big = set(range(1000))
total = 0
while big:
    total += big.pop()
print(total)
