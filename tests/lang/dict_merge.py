# checks: ** unpacking in dict displays and calls, | and |= operators, later keys win but keep position
base = {"host": "localhost", "port": 80}
override = {"port": 8080, "debug": True}
print({**base, **override})
print({**override, **base})
print(base | override, override | base)
m = dict(base)
m |= override
m |= [("extra", 1)]
print(m, base)
print({"a": 1, **{"b": 2}, "a": 3}, {**{}, **{}})
def show(**kw):
    return sorted(kw.items())
print(show(**base, extra=1), show(**{"x": 1}, **{"y": 2}))
try:
    show(**{"x": 1}, x=2)
except TypeError as e:
    print("TypeError:", e)
try:
    base | [("a", 1)]
except TypeError as e:
    print("TypeError:", e)
