# checks: math functions' error handling: "math domain error" (ValueError), "math range error" (OverflowError), bad types
import math
cases = [("sqrt", (-1,)), ("log", (0,)), ("log", (-1.5,)), ("log", (10, 1)), ("log", (0, 10)), ("log", (10, 0)),
         ("log10", (0,)), ("log2", (-2,)), ("log1p", (-1,)), ("exp", (1000,)), ("expm1", (1000,)), ("cosh", (1000,)),
         ("sinh", (-1000,)), ("acos", (2,)), ("asin", (-1.5,)), ("atanh", (1,)), ("acosh", (0.5,)), ("cos", (float("inf"),)),
         ("tan", (float("-inf"),)), ("pow", (0, -1)), ("pow", (-8, 1 / 3)), ("pow", (10, 400)), ("fmod", (1, 0)),
         ("fmod", (float("inf"), 2)), ("remainder", (1, 0)), ("remainder", (float("inf"), 3)), ("gamma", (0,)),
         ("gamma", (-3,)), ("gamma", (171.7,)), ("lgamma", (-2,)), ("lgamma", (1e308,)), ("ldexp", (1.0, 5000)),
         ("ldexp", (1.0, 2.0)), ("factorial", (-1,)), ("factorial", (5.0,)), ("factorial", (2 ** 100,)), ("isqrt", (-4,)),
         ("isqrt", (2.0,)), ("comb", (-1, 2)), ("comb", (5, -2)), ("perm", (4, -1)), ("comb", (2 ** 64, 2 ** 63)),
         ("sqrt", ("4",)), ("floor", ("x",)), ("trunc", ("x",)), ("gcd", (1.5, 2)), ("fabs", (2 ** 2000,)),
         ("isinf", (10 ** 400,)), ("exp2", (2000,)), ("degrees", (1e308,)), ("hypot", (1, "a")), ("dist", ([1], [1, 2]))]
for name, args in cases:
    try:
        print(name, args, getattr(math, name)(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, args, type(e).__name__ + ":", e)
for f in [lambda: math.sqrt(), lambda: math.sqrt(1, 2), lambda: math.pow(1), lambda: math.log(), lambda: math.log(1, 2, 3),
          lambda: math.isclose(1), lambda: math.isclose(1, 2, 3), lambda: math.isclose(1, 2, tol=3),
          lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.prod(), lambda: math.perm(), lambda: math.fsum(1)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
