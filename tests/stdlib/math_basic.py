# checks: math constants and rounding functions: pi, e, tau, inf, nan, sqrt, floor, ceil, trunc, fabs, isnan, isinf, isfinite
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(1e100), math.isqrt(17), math.isqrt(10 ** 20))
for x in [2.5, -2.5, 3.0, -0.5, 7, 1e20]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), math.fabs(x), type(math.floor(x)).__name__)
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308))
print(math.isfinite(1.0), math.isfinite(math.nan), math.isfinite(math.inf), math.nan == math.nan)
print(math.floor(-0.0), math.ceil(-0.5), math.fabs(-0.0), math.sqrt(-0.0))
