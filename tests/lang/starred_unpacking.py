# checks: starred assignment targets, * and ** in displays and calls
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
*init, last = "hello"
print(init, last)
first, *rest = (9,)
print(first, rest)
head, *mid, tail = 1, 2
print(head, mid, tail)
(x, *ys), z = [1, 2, 3], 4
print(x, ys, z)
for first, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(first, others)
nums = [1, 2, 3]
print([*nums, *"ab", *range(2)], (*nums,), [*nums], {*nums, 3, 4})
d1 = {"a": 1}
d2 = {"b": 2, "a": 3}
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1})
print(*nums, sep="-")
print(*[], "only")
def f(*args, **kwargs):
    return args, kwargs
print(f(*nums, 4, *(5,), key="v", **{"k2": 2}))
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
