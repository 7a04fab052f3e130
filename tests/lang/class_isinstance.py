# checks: isinstance/issubclass with classes and tuples, type() checks, __class__.__name__, type names
class A:
    pass
class B(A):
    pass
class C:
    pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, ()))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, A), issubclass(B, object))
print(type(b) is B, type(b) is A, type(b) == B, type(b).__name__, b.__class__.__name__, b.__class__ is B)
for v in [1, 1.5, "s", [1], (1,), {1: 2}, {1}, None, True, range(2), len, A, frozenset()]:
    print(type(v).__name__, end=" ")
print()
print(isinstance(True, int), isinstance(1, float), isinstance(1, (float, int)), isinstance(None, type(None)))
print(isinstance(A, type), isinstance(int, type), type(int).__name__, type(A).__name__)
print(isinstance("x", str), isinstance([], (list, tuple)), isinstance({}, dict), isinstance(3.0, (int,)))
print(issubclass(bool, int), issubclass(int, object), issubclass(ZeroDivisionError, ArithmeticError))
try:
    isinstance(b, "A")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
print(A.__name__, B.__qualname__, int.__name__, type(b).__mro__[-1].__name__)
