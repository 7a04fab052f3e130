# checks: @staticmethod and @classmethod, alternate constructors, cls in subclasses, calling via instance
class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).created += 1

    @classmethod
    def from_string(cls, text):
        y, m, d = [int(p) for p in text.split("-")]
        return cls(y, m, d)

    @classmethod
    def describe(cls):
        return "class " + cls.__name__

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class EuroDate(Date):
    pass

d = Date.from_string("2024-02-29")
e = EuroDate.from_string("1999-12-31")
print(d, e, type(e).__name__, Date.describe(), EuroDate.describe(), e.describe())
print(Date.is_leap(2000), Date.is_leap(1900), d.is_leap(2024), EuroDate.is_leap(2023))
print(Date.created, EuroDate.created)
sm = Date.is_leap
print(sm(1600), callable(sm))
class Counter:
    count = 0
    @classmethod
    def increment(cls):
        cls.count += 1
        return cls.count
print(Counter.increment(), Counter.increment(), Counter().increment(), Counter.count)
class Temperature:
    def __init__(self, c):
        self.c = c
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(c):
        return c >= -273.15
print(Temperature.from_f(212).c, Temperature.valid(-300), Temperature(1).valid(0))
