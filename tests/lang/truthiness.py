# checks: truth values of built-in objects in if/while/not/bool, and of user classes
values = [0, 1, -1, 0.0, 0.1, "", "0", " ", [], [0], (), (None,), {}, {"": 0}, set(), None, True, False, range(0), range(2)]
for v in values:
    if v:
        print(repr(v), "is truthy")
    else:
        print(repr(v), "is falsy")
print(bool(frozenset()), not "", not not [1], bool(-0.0))
class Empty:
    pass
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Flag:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
print(bool(Empty()), bool(Sized(0)), bool(Sized(3)), bool(Flag(False)), bool(Flag(True)))
print("yes" if Sized(0) else "no", "yes" if Flag(True) else "no")
