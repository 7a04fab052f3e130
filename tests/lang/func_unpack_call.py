# checks: calling with *iterable and **mapping, mixed with explicit arguments
def point(x, y, z=0, *, label="p"):
    return f"{label}({x}, {y}, {z})"

args = [1, 2]
kwargs = {"z": 3, "label": "q"}
print(point(*args), point(*args, **kwargs), point(*[1, 2, 3]), point(**{"x": 7, "y": 8}))
print(point(*range(2), label="r"), point(1, *[2], **{"label": "s"}), point(*"ab"))
print(point(*(9,), *(8,), **{"z": 7}, **{"label": "t"}))
print(max(*[3, 9, 2]), min(*"hello"), list(zip(*[[1, 2, 3], [4, 5, 6]])))
matrix = [[1, 2], [3, 4], [5, 6]]
print([list(col) for col in zip(*matrix)])
print(*[1, 2, 3], sep=", ", end=".\n")
try:
    point(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError:", e)
try:
    point(1, **{"x": 2, "y": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    point(**{"y": 1})
except TypeError as e:
    print("TypeError:", e)
