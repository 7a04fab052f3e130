# checks: super() in methods and classmethods, type() of values and classes, type(name) comparisons, object methods
class Base:
    def greet(self):
        return "base"
    @classmethod
    def make(cls):
        return cls.__name__ + " made by Base"
class Child(Base):
    def greet(self):
        return "child+" + super().greet()
    @classmethod
    def make(cls):
        return "Child says: " + super().make()
print(Child().greet(), Child.make(), Base.make())
print(type(3), type("s"), type([]), type(None), type(type), type(Child()), type(Child))
print(type(3) is int, type(True) is bool, type(True) is int, type(3.0) == float, type(Child()) is Base)
print(type(Child()).__name__, type(Child()).__base__.__name__, Child.__bases__[0] is Base, Base.__base__ is object)
o = object()
print(type(o).__name__, object.__name__, isinstance(Child(), object), issubclass(Child, object))
print(Child().__class__ is Child, str(type(1.5)), repr(type(len)))
class Point:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return type(other) is Point and self.x == other.x
    def __hash__(self):
        return hash(self.x)
print(Point(1) == Point(1), Point(1) != Point(2), Point(1) == 1, Point(1) is Point(1))
