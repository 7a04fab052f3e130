# checks: float format specs: f, e, g, %, grouping, width, alignment, fill, sign
x = 1234.56789
for spec in [".2f", ".0f", "f", ".3e", "e", "E", ".3g", "g", "G", ".2%", "%", ",", "_", ",.2f",
             "_.3f", "10.2f", "<10.2f", ">10.2f", "^10.2f", "*^12.1f", "0=12.2f", "012.2f",
             "+.1f", " .1f", "-.1f", "+,.2f", ".10g", "#.0f", ".1e", "15,.3f", "=+12.2f", ".0%"]:
    print(repr(spec), repr(format(x, spec)), repr(format(-x, spec)))
for v in [0.0, -0.0, 1e-7, 1e16, 0.5, 1.5, 2.5, 100.0, 1 / 3, 123456789.0]:
    print(f"{v:g}|{v:.2f}|{v:e}|{v:.3}|{v:10.4g}|{v:%}|{v}")
inf = float("inf")
print(f"{inf:f} {-inf:.2f} {inf:e} {float('nan'):g} {inf:10} {float('nan'):+}")
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f}")
print(f"{1e300:.3g} {1.23456e-10:.2e} {12345678.9:,.1f} {0.000123:.2g}")
print(format(3.0), format(3.0, ""), format(1e20, ".0f"), format(1 / 7, ".20f"))
