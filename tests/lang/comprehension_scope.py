# checks: comprehension variables do not leak; comprehensions see enclosing function variables
x = "outer x"
squares = [x for x in range(3)]
print(x, squares)
i = "unchanged"
d = {i: i * 2 for i in range(3)}
s = {i for i in range(3)}
print(i, d, s)
def f():
    factor = 10
    return [n * factor for n in range(3)]
print(f())
def g():
    items = []
    data = [[1, 2], [3]]
    items = [y for sub in data for y in sub]
    return items, data
print(g())
try:
    print(n)
except NameError as e:
    print("NameError:", e)
funcs = [lambda: k for k in range(3)]
print([fn() for fn in funcs])
def outer():
    total = 100
    return [total + j for j in range(2)]
print(outer())
