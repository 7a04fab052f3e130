# checks: math on infinities, nan, signed zeros and subnormals; pow's special cases; frexp/modf/ldexp/nextafter/ulp
import math
inf, nan = math.inf, math.nan
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.isnan(math.nan))
print(math.exp(-inf), math.exp(inf), math.log(inf), math.sqrt(inf), math.atan(inf), math.tanh(-inf), math.sqrt(-0.0))
print(math.pow(nan, 0), math.pow(1, nan), math.pow(-1, inf), math.pow(0.0, -inf), math.pow(2, -inf), math.pow(-inf, 3), math.pow(-inf, -2))
print(math.copysign(1, -0.0), math.copysign(3, nan), math.fabs(-0.0), math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0), math.atan2(inf, inf))
print(math.frexp(0.0), math.frexp(-1e300), math.frexp(5e-324), math.frexp(inf), math.modf(-3.5), math.modf(inf), math.modf(-inf))
print(math.ldexp(1.0, -1074), math.ldexp(5e-324, -1), math.ldexp(0.75, 4), math.ldexp(1, 2 ** 100 * 0) , math.ldexp(-0.0, 10 ** 20), math.ldexp(1, -(2 ** 100)))
print(math.nextafter(1, 2), math.nextafter(0.0, -1), math.nextafter(inf, 0), math.nextafter(1.0, 1.0), math.ulp(1.0), math.ulp(0.0), math.ulp(1e308), math.ulp(-inf), math.ulp(1.7976931348623157e308))
print(math.fmod(-7, 3), math.fmod(7, -3), math.fmod(1, inf), math.fmod(-0.0, 1), math.remainder(5, 3), math.remainder(7, 2), math.remainder(-7, 2), math.remainder(3, inf))
print(math.isfinite(1e308), math.isinf(-inf), math.isnan(0.0), math.isclose(inf, inf), math.isclose(inf, -inf), math.isclose(nan, nan))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01), math.isclose(1, 1.1, rel_tol=0.05))
print(math.hypot(nan, inf), math.hypot(nan, 1), math.hypot(), math.hypot(-3), math.hypot(5e-324, 5e-324), math.hypot(1e308, 1e308), math.hypot(3, 4, 12))
print(math.exp2(10), math.exp2(-1), math.cbrt(-27), math.cbrt(2), math.degrees(math.pi / 3), math.radians(270), math.sqrt(2 ** 100))
