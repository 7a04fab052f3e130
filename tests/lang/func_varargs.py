# checks: *args and **kwargs collection, ordering of parameters, passing through to other functions
def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)

print(f(1, c=3))
print(f(1, 2, 3, 4, 5, c=6, e=7, d=8))
print(f(c=1, a=0), f(*"xy", c="z"))

def total(*numbers):
    print(type(numbers).__name__, len(numbers))
    result = 0
    for n in numbers:
        result += n
    return result

print(total(), total(1), total(1, 2, 3))

def describe(**info):
    return ", ".join([f"{k}={v}" for k, v in info.items()])

print(describe(), describe(name="x", size=3, ok=True))

def wrapper(*args, **kwargs):
    return f(*args, **kwargs)

print(wrapper(9, c=8, z=7))

def first_rest(first, *rest):
    return first, rest

print(first_rest("only"), first_rest(1, 2, 3), first_rest(*range(4)))
def kw_order(**kw):
    return list(kw)
print(kw_order(z=1, a=2, m=3))
