# checks: int() and float() constructors: truncation, strings, whitespace, special values, user __int__/__float__/__index__
print(int(), int(5.99), int(-5.99), int("  -42 "), int("+7"), int(True), int("101", 2), int("7f", 16), int(1e3))
print(float(), float(3), float("-2.5"), float("  1e-3 "), float("inf"), float("-Infinity"), float("nan"), float(True))
print(float("1_000.25"), float(".5"), float("5."), float("-0"), int(float("3.0")), float(2 ** 60))
class Celsius:
    def __init__(self, d):
        self.d = d
    def __int__(self):
        return int(self.d)
    def __float__(self):
        return float(self.d)
class Slot:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i
c = Celsius(21.7)
print(int(c), float(c), hex(Slot(255)), bin(Slot(5)), "abcdef"[Slot(2)], [1, 2, 3][Slot(-1)])
for text in ["12.5", "1e", "", "0x10", "one"]:
    try:
        print(int(text))
    except ValueError as e:
        print("ValueError:", e)
for text in ["abc", "1.2.3", ""]:
    try:
        print(float(text))
    except ValueError as e:
        print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
