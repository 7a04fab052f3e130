# checks: bool as an int subclass: arithmetic results, repr, bitwise ops staying bool, int methods on bools
print(True + True, True - False, True * 10, -True, +True, ~True, True / 2, True // 2, True % 2, True ** 10, False ** 0)
print(True & True, True | False, True ^ False, False & True, True & 1, 1 | False, True << 3, True >> 1)
print(type(True + False).__name__, type(True & False).__name__, type(-True).__name__, type(True * 1.0).__name__)
print(repr(True), str(False), int(True), float(True), bool(2), bool(-1), bool(0), bool(None), bool([]), bool([0]))
print(isinstance(True, int), issubclass(bool, int), True.real, True.imag, True.numerator, True.denominator)
print(True.bit_length(), True.conjugate(), True.as_integer_ratio(), (True).__index__(), True.__repr__(), abs(True), abs(False))
print(sum([True, True, False, True]), max(True, 0), min(False, -1), divmod(True, 2), pow(True, 5), round(True))
print(True == 1, hash(True) == hash(1), {True: "a", 1: "b"}, [True] * 3, "ab" * True)
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    True / False
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
