# checks: list concatenation, repetition, comparison, membership, len/min/max/sum, equality vs identity
a = [1, 2, 3]
b = [1, 2, 4]
print(a + b, a * 2, 2 * [0], [] * 5, [None] * 3)
print(a < b, a == [1, 2, 3], a != b, [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [[1]] < [[2]])
print(2 in a, 5 in a, [1, 2] in [[1, 2], 3], len(a), min(a), max(b), sum(a))
c = a
d = list(a)
print(c is a, d is a, d == a)
a.append(99)
print(c, d)
print(["a", "b"] == ["a", "b"], [1, 2] == (1, 2), [1.0, 2] == [1, 2.0])
print(list("abc"), list((1, 2)), list(range(3)), list({"k": 1, "j": 2}), list())
m = [[0] * 3 for _ in range(3)]
for i in range(3):
    m[i][i] = i + 1
print(m, [row[::-1] for row in m])
x = [1, [2, [3, [4]]]]
print(x[1][1][1][0], x[1][1])
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
print([1, "a", None, 2.5, [3], (4,), {"k": 5}])
