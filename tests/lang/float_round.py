# checks: round() with and without ndigits: banker's rounding, binary representation effects
print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(-2.5))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0), round(3.5, 0))
print(round(3.14159, 3), round(3.14159, 0), round(-3.14159, 1), round(1234.5678, -2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(7), round(7, 2), type(round(7, 2)).__name__)
print(round(1e20, 2), round(123.456, 10), round(0.1 + 0.2, 15))
print(round(5.5), round(6.5), round(-5.5), round(0.49999999999999994))
print(round(-0.4), round(-0.0, 1), round(99.99, 1), round(99.95, 1))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
