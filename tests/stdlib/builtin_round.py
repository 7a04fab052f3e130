# checks: round() on ints and floats: ties to even, negative ndigits, return types, large values, user __round__
print(round(0.5), round(1.5), round(2.5), round(-2.5), round(2.4999), round(2.5001), round(1e15 + 0.5))
print(round(3.14159, 2), round(3.145, 2), round(2.675, 2), round(-1.005, 2), round(0.000123456, 5))
print(round(123456, -3), round(123500, -3), round(124500, -3), round(-155, -1), round(5, -1), round(15, -1))
print(round(1234.5678, -2), round(1234.5678, 1), round(7.0), round(7.0, 0), round(-0.0), round(-0.4))
print(type(round(1.5)).__name__, type(round(1.5, 1)).__name__, type(round(3, 1)).__name__, round(True))
class Price:
    def __init__(self, v):
        self.v = v
    def __round__(self, ndigits=None):
        return f"Price rounded to {ndigits}"
print(round(Price(1)), round(Price(1), 2))
try:
    round(1.5, 1.5)
except TypeError as e:
    print("TypeError:", e)
