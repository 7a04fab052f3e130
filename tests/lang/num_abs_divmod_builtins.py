# checks: abs(), divmod(), bin()/oct()/hex() on numbers and on classes with __abs__, __divmod__, __index__, __round__
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(-(2 ** 63)), abs(-(2 ** 100)), abs(False), abs(float("-inf")))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(2 ** 70, 3), divmod(-(2 ** 70), 2 ** 35), divmod(7.5, 2), divmod(-7, 2.0))
print(bin(0), bin(5), bin(-5), oct(8), oct(-8), hex(255), hex(-31), hex(2 ** 70), bin(-(2 ** 65)), hex(True))

class Idx:
    def __index__(self):
        return 42

class Num:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return Num(abs(self.v))
    def __divmod__(self, other):
        return ("divmod", self.v, other)
    def __rdivmod__(self, other):
        return ("rdivmod", other, self.v)
    def __round__(self, n=None):
        return ("round", self.v, n)
    def __repr__(self):
        return "Num(%r)" % self.v

print(bin(Idx()), hex(Idx()), oct(Idx()), abs(Num(-3)), divmod(Num(5), 2), divmod(2, Num(5)), round(Num(1.5)), round(Num(1.5), 2))
for f in [lambda: abs("x"), lambda: divmod("a", 2), lambda: divmod(1, 0), lambda: divmod(1.0, 0.0), lambda: hex(1.5), lambda: round("x")]:
    try:
        print(f())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
