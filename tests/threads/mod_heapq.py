# checks: heapq: heappush/heappop/heapify/heapreplace/heappushpop leave the same lists as CPython, nsmallest/nlargest with keys and ties, merge, and the errors
import heapq
import random

random.seed(1234)
for trial in range(40):
    data = [random.randint(0, 20) for _ in range(random.randint(0, 25))]
    h = list(data)
    heapq.heapify(h)
    pushed = []
    for x in data:
        heapq.heappush(pushed, x)
    print(h == pushed, h)
    print(pushed)
    popped = [heapq.heappop(pushed) for _ in range(len(pushed) // 2)]
    print(popped, pushed)
    if pushed:
        print(heapq.heapreplace(pushed, 7), heapq.heappushpop(pushed, 4), pushed)
    n = random.randint(-1, 30)
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
    pairs = [(x % 5, i) for i, x in enumerate(data)]
    print(heapq.nsmallest(n, pairs, key=lambda p: p[0]),
          heapq.nlargest(n, pairs, key=lambda p: p[0]))

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([9, 5, 1], [8, 3], reverse=True)))
print(list(heapq.merge(["a1", "c1"], ["b2", "a2"][::-1], key=lambda s: s[0])))
print(list(heapq.merge([], [1], [])), list(heapq.merge()))
m = heapq.merge([1, 3], [2])
print(next(m), next(m), next(m))
try:
    next(m)
except StopIteration:
    print("StopIteration")

print(heapq.heappushpop([], 5), heapq.nlargest(3, []), heapq.nsmallest(1, []),
      heapq.nsmallest(1, [4, 2, 2]))
print(heapq.nlargest(2, "hello"), heapq.nsmallest(2, {3: "c", 1: "a", 2: "b"}))

for call in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
             lambda: heapq.heappush((), 1), lambda: heapq.heapify(None),
             lambda: heapq.heappop((1,)), lambda: heapq.heappushpop("x", 1)]:
    try:
        call()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

# Task scheduling with (priority, name) entries.
tasks = []
for entry in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (4, "ship")]:
    heapq.heappush(tasks, entry)
print([heapq.heappop(tasks)[1] for _ in range(5)])
