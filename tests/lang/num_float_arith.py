# checks: float arithmetic rules: floor division and modulo signs, divmod, zero division messages, infinities and nan
vals = [7.5, -7.5, 2.0, -2.0, 0.5, 3, -3, 1e300, float("inf"), -float("inf")]
for a in vals:
    out = []
    for b in [2, -2, 0.3, -0.3, 1e-300, float("inf")]:
        out.append((a // b, a % b))
    print(a, out)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(-0.0, 1), divmod(0.0, -1), divmod(5, 0.5))
print(-0.0 % 2, 0.0 % -2, -1e-300 % 1, 1e-300 % -1, 5.0 // 0.1, 5.0 % 0.1)
for f in [lambda: 1.0 / 0, lambda: 1 / 0.0, lambda: 1.0 // 0.0, lambda: 1.0 % 0, lambda: divmod(1.0, 0),
          lambda: divmod(1, 0.0), lambda: 0.0 / 0.0, lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0,
          lambda: divmod(1, 0)]:
    try:
        f()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf, nan + 1, nan * 0)
print(nan == nan, nan != nan, nan < 1, nan >= nan, inf > 1e308, -inf < -1e308, inf == inf)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 5e-324 / 2, 2.5 * 4, 0.1 + 0.7)
print(3.0 + True, 3.0 * False, True + 0.5, 2 - 0.5, 7 / 2.0, 7.0 // 2, -7.0 // 2, 2.0 * 3)
print(float.__add__(1.5, 2), float.__radd__(1.5, 2), float.__sub__(1.5, 2), float.__rsub__(1.5, 2), float.__add__(1.5, "x"))
print(float.__truediv__(1.0, 4), float.__rtruediv__(1.0, 4), float.__mod__(-5.5, 2), float.__rfloordiv__(2.0, 7))
