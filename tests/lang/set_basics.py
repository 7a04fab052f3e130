# checks: sets of small ints print in CPython's order; add/discard/remove/pop, membership, dedup
print({3, 1, 2}, {5, 4, 3, 2, 1}, {1, 1, 1}, set(), {0}, set([2, 0, 2, 1]))
s = {4, 2}
s.add(1)
s.add(2)
print(s, len(s), 2 in s, 7 in s, 7 not in s)
s.discard(4)
s.discard(99)
print(s)
s.remove(1)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
print(set("hello") == {"h", "e", "l", "o"}, sorted(set("mississippi")), len(set("mississippi")))
nums = [3, 6, 3, 1, 6, 6, 2]
print(sorted(set(nums)), len(set(nums)), set(range(5)), set(range(7, 2, -1)))
t = {1, 2, 3}
print(t.pop(), t)
t.clear()
print(t, bool(t), bool({0}))
u = {1, 2}
v = u.copy()
v.add(3)
print(u, v, u == {2, 1}, u != v)
print({True, 1, 1.0}, {0, False}, {(1, 2), (1, 2)})
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
