# checks: functions are objects: passed, returned, stored in containers, have __name__, attributes
def square(x):
    return x * x

def cube(x):
    return x ** 3

def apply_all(funcs, value):
    return [f(value) for f in funcs]

print(apply_all([square, cube, abs, str], -3))
table = {"sq": square, "cu": cube}
for name in sorted(table):
    print(name, table[name](4), table[name].__name__)
alias = square
print(alias(9), alias is square, alias.__name__, callable(alias), callable(5))

def make_op(kind):
    def add(a, b):
        return a + b
    def mul(a, b):
        return a * b
    return add if kind == "add" else mul

print(make_op("add")(2, 3), make_op("mul")(2, 3), make_op("x").__name__)
def twice(f, x):
    return f(f(x))
print(twice(square, 3), twice(lambda s: s + "!", "hi"), twice(str.upper, "abc"))
square.calls = 0
square.calls += 1
print(square.calls, getattr(square, "missing", "no attr"))
print(type(square).__name__, type(len).__name__, type(lambda: 0).__name__)
print([f.__name__ for f in [len, print, max]])
def reducer(fn, items, start):
    acc = start
    for it in items:
        acc = fn(acc, it)
    return acc
print(reducer(lambda a, b: a + b, [1, 2, 3, 4], 0), reducer(max, [3, 9, 2], 0))
