# checks: gamma and lgamma (CPython's Lanczos results to the last bit), erf and erfc, over a spread of arguments
import math
xs = [0.5, 1.5, 2.5, 3.7, 10.1, 20.5, 50.25, 100.5, 150.75, 171.5, -0.5, -1.5, -2.25, -10.3, -50.7, -170.5, 1e-30, -1e-30, 1e-300, 7, 23, 24, 30]
for x in xs:
    print(x, math.gamma(x), math.lgamma(x))
for i in range(1, 40):
    x = i * 0.37 - 5.05
    print(round(x, 2), math.gamma(x), math.lgamma(x), math.erf(x), math.erfc(x))
print(math.lgamma(1), math.lgamma(2), math.lgamma(1e10), math.lgamma(-1e-300), math.gamma(-171.5), math.gamma(-200.5))
print(math.erf(0), math.erf(-0.0), math.erf(3), math.erfc(10), math.erfc(-10), math.erf(math.inf), math.erfc(-math.inf), math.gamma(math.inf))
print([math.gamma(n) == math.factorial(n - 1) for n in range(1, 24)])
