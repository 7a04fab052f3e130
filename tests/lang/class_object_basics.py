# checks: object(), classes without __init__, attribute assignment on instances, class objects as values
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
class Record:
    pass
r = Record()
r.name = "n"
r.values = [1, 2]
print(r.name, r.values, hasattr(r, "other"))
def make(cls, *args):
    return cls(*args)
print(make(list, "ab"), make(dict), make(Record).__class__.__name__, make(int, "7"))
classes = [int, str, Record]
print([c.__name__ for c in classes])
class WithInit:
    def __init__(self, a, b=2):
        self.total = a + b
print(WithInit(1).total, WithInit(1, b=10).total)
try:
    WithInit()
except TypeError as e:
    print("TypeError:", e)
try:
    Record(1)
except TypeError as e:
    print("TypeError:", e)
class InitReturns:
    def __init__(self):
        return None
print(type(InitReturns()).__name__)
