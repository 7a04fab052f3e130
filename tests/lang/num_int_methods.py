# checks: int and float methods and attributes: as_integer_ratio, is_integer, hex/fromhex, conjugate, real/imag, dunders
for v in [0, 7, -12, 2 ** 70]:
    print(v.as_integer_ratio(), v.conjugate(), v.real, v.imag, v.numerator, v.denominator, v.__index__(), v.__float__())
    print(v.__trunc__(), v.__floor__(), v.__ceil__(), v.__abs__(), v.__neg__(), v.__pos__(), v.__invert__(), v.__bool__())
for v in [0.75, -2.5, 0.1, 1e300, 5e-324, -0.0, 3.0]:
    print(v.as_integer_ratio(), v.is_integer(), v.hex(), v.real, v.imag, v.conjugate())
    print(v.__trunc__(), v.__floor__(), v.__ceil__(), v.__int__(), v.__abs__(), v.__neg__(), v.__bool__(), v.__round__(1))
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex("1.8"), float.fromhex(" 0X1.FFFFFFFFFFFFFP+1023 "), float.fromhex("inf"))
print((1.0).hex(), (-1.5).hex(), float("inf").hex(), (0.0).hex(), (-0.0).hex(), (2.0 ** -1030).hex())
for f in [lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(), lambda: float.fromhex("0x1p2000"),
          lambda: float.fromhex("zz"), lambda: (1.5).__trunc__(1)]:
    try:
        print(f())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(float("inf").is_integer(), float("nan").is_integer(), (3).__divmod__(2), (3.5).__divmod__(2), (3).__rdivmod__(10))
print((255).__format__("x"), (3.5).__format__(".2f"), format(2 ** 70, ","), format(1 / 3, ".3e"), (5).__format__(""))
