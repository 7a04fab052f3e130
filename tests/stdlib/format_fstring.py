# checks: f-strings reaching the formatting code: specs with nested fields, conversions, str/int/float/bool/None values, custom __format__, errors
name, n, x = "gilt", 42, 3.14159
print(f"{name}|{name:>8}|{name:*^10}|{name:.2}|{name!r}|{name!r:>8}|{name!a}")
print(f"{n}|{n:5}|{n:<5}|{n:05}|{n:+}|{n:x}|{n:#b}|{n:,}|{n * 1000:_}|{n:c}|{n:e}|{n:%}")
print(f"{x}|{x:.2f}|{x:10.3f}|{x:<10.1e}|{x:g}|{x:.0f}|{x:+.1%}|{-x:z.0f}|{x!s:>12}|{x!r}")
w, p = 12, 3
print(f"{x:{w}.{p}f}|{name:{'>'}{w}}|{n:{'#'}{'x'}}|{x:{w}}|")
print(f"{True}|{True:d}|{False:>6}|{None}|{None!r:>6}|{[1, 'a']}|{(1,)!s}|{ {'k': 1} }")
print(f"{'é😀':^6}|{'ß':ß>3}|{'₹' * 3:.2}|{'Σ'.lower()}|{'x'!a}|{'é'!a}")
print(f"{2 ** 100:,}|{-2 ** 70:#x}|{1e16}|{1e16:.3}|{0.1 + 0.2:.17g}|{float('inf'):>6}|{float('nan')}")

class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return "$" + format(self.v, spec or ".2f")
    def __str__(self):
        return "Money"
    def __repr__(self):
        return "Money(%r)" % self.v

m = Money(3.5)
print(f"{m}|{m:.1f}|{m!s}|{m!r}|{m!s:>7}|{[m]}")
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for it, price, qty in items:
    print(f"{it:<8}{price:>6.2f}{qty:>4d}{price * qty:>8.2f}")

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: f"{name:d}")
show(lambda: f"{n:s}")
show(lambda: f"{x:d}")
show(lambda: f"{n:.2}")
show(lambda: f"{name:=5}")
show(lambda: f"{object():x}")
show(lambda: f"{n:{'abc'}}")
