# checks: bool() conversions and callable() for functions, classes, instances, builtins and methods
print(bool(), bool(0), bool(42), bool(-0.0), bool(1e-300), bool("False"), bool(" "), bool([]), bool(()), bool({}), bool(None))
print(bool(range(0)), bool(range(3)), bool(set()), bool(frozenset([0])), type(bool(1)).__name__)
class WithCall:
    def __call__(self):
        return 1
class NoCall:
    def method(self):
        return 2
def func():
    pass
print(callable(func), callable(lambda: 0), callable(print), callable(WithCall), callable(WithCall()))
print(callable(NoCall()), callable(NoCall().method), callable(3), callable("str"), callable(str), callable(None))
print(callable([].append), callable(dict.get), callable(type), callable(object))
