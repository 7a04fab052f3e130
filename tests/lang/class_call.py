# checks: __call__ makes instances callable; callable(); stateful function objects
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (x + self.n + sum(rest)) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(x=2, scale=10), add5.calls)
print(callable(add5), callable(Adder), callable(Adder(1).n), list(map(Adder(100), [1, 2])))
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        result = 0
        for c in self.coeffs:
            result = result * x + c
        return result
p = Polynomial(2, 0, -1)
print([p(x) for x in range(-2, 3)], sorted([3, -1, 2], key=Polynomial(1, 0)))
try:
    object()()
except TypeError as e:
    print("TypeError:", e)
