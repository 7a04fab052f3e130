# checks: tutorial ch.4 special parameters: positional-only (/), keyword-only (*), and both; error messages
def either(value):
    return value

def by_position(value, /):
    return value

def by_keyword(*, value):
    return value

def mixed(first, /, second, *, third):
    return (first, second, third)

print(either(2), either(value=2), by_position(1), by_keyword(value=3))
print(mixed(1, 2, third=3), mixed(1, second=2, third=3))
for call in [lambda: by_position(value=1), lambda: by_keyword(3), lambda: mixed(1, 2, 3),
             lambda: mixed(first=1, second=2, third=3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def label(name, /, **extra):
    return name, extra

print(label(1, **{"name": 2}))
def ratio(a, b, /, *, digits=None):
    q = a / b
    return q if digits is None else round(q, digits)
print(ratio(10, 4), ratio(10, 3, digits=2))
