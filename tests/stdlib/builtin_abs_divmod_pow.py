# checks: abs(), divmod() and pow() on ints, floats, bools, big ints and user classes
print(abs(-7), abs(7), abs(-0.0), abs(-2.5), abs(True), abs(-(10 ** 30)), abs(float("-inf")))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(17.5, 5), divmod(-1.5, 1))
print(divmod(10 ** 20 + 3, 7), divmod(0, 9))
print(pow(2, 8), pow(2, -1), pow(2.5, 2), pow(-2, 3), pow(4, 0.5), pow(0, 0), pow(0.0, 0))
print(pow(5, 3, 13), pow(-5, 3, 13), pow(5, -1, 13), pow(12345678901234567890, 3, 1000))
class Meters:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return Meters(abs(self.v))
    def __repr__(self):
        return f"{self.v}m"
print(abs(Meters(-3)))
for args in [(1, 0), (1.0, 0.0)]:
    try:
        divmod(*args)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
