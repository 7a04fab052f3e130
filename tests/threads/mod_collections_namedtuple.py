# checks: collections.namedtuple: construction by position and keyword, defaults, _make/_replace/_asdict/_fields, repr, tuple behaviour, argument errors and name validation
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], p[-1], len(p), tuple(p), isinstance(p, tuple))
x, y = p
print(x, y, p == (11, 22), p == Point(11, 22), hash(p) == hash((11, 22)))
print(Point._fields, Point._field_defaults, Point.__name__, Point.__doc__)
print(Point._make([1, 2]), p._replace(y=0), p._asdict())
print(Point.x.__doc__, Point.__new__.__doc__)

Config = namedtuple("Config", "host, port timeout", defaults=[80, 5.0])
print(Config("example"), Config("h", 8080), Config("h", timeout=1), Config._field_defaults)

for args, kwargs in [((), {}), ((1,), {"x": 2}), ((1, 2, 3), {}), ((1,), {"z": 3}), ((), {"y": 1})]:
    try:
        print(Point(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)
for args in [(), ("h", 1, 2, 3)]:
    try:
        print(Config(*args))
    except TypeError as e:
        print("TypeError:", e)
Three = namedtuple("Three", "a b c")
try:
    Three()
except TypeError as e:
    print("TypeError:", e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError:", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
try:
    p.x = 5
except AttributeError:
    print("fields are read-only")

for typename, fields in [("1bad", "x"), ("P", "x class"), ("P", "x _y"), ("P", "x x"),
                         ("P", ["a", 2])]:
    try:
        namedtuple(typename, fields)
    except ValueError as e:
        print("ValueError:", e)
print(namedtuple("R", "ok def _hidden ok", rename=True)._fields)
try:
    namedtuple("P", "x", defaults=[1, 2])
except TypeError as e:
    print("TypeError:", e)
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields, namedtuple("M", "a", module="mymod").__module__)


class Vector(namedtuple("Vector", "x y")):
    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vector(3, 4)
print(v, v.norm2(), sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
