# checks: isclose (rel/abs tolerance), fsum vs sum, copysign, modf, frexp, ldexp, fmod, remainder
import math
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.1), math.isclose(0.0, 1e-10))
print(math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
vals = [0.1] * 10
print(sum(vals), math.fsum(vals), math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]), math.fsum([]))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(0.0, -1), math.copysign(math.inf, -5))
print(math.modf(3.75), math.modf(-3.75), math.modf(5.0), math.modf(0.5))
print(math.frexp(8.0), math.frexp(0.1), math.frexp(0.0), math.frexp(-3.0), math.ldexp(0.5, 4), math.ldexp(0.625, -3))
m, e = math.frexp(123.456)
print(m, e, math.ldexp(m, e) == 123.456)
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.remainder(8, 3), math.fmod(5.5, 2))
