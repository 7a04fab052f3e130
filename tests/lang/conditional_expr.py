# checks: conditional expressions: precedence, nesting, laziness of the unused branch, in lambdas
def side(v):
    print("evaluated", v)
    return v

for n in [-5, 0, 7]:
    print(n, "positive" if n > 0 else "zero" if n == 0 else "negative")
print(side("yes") if True else side("no"))
print(side("yes") if False else side("no"))
x = 1 + 2 if False else 10
print(x, (1 + 2) if True else 10, [i if i % 2 else -i for i in range(5)])
sign = lambda v: 1 if v > 0 else (-1 if v < 0 else 0)
print([sign(v) for v in [-3, 0, 3]])
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 65, 90, 80]])
print(("a" if 0 else "b") + "c", "x" + ("y" if 1 else "z"))
