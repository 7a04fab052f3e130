# checks: f-string format specs: nested width/precision, alignment, fill, sign, types, grouping
value = 3.14159265
for w in [6, 10]:
    for p in [1, 3]:
        print(f"[{value:{w}.{p}f}] [{value:<{w}.{p}}] [{-value:^{w}.{p}e}]")
n = 1234567.891
print(f"{n:,.2f} {n:_.1f} {n:,} {int(n):,} {n:.3e} {n:.4g} {n:15,.2f}|")
print(f"{42:b} {42:#b} {42:o} {42:#X} {42:c} {42:08.2f} {42:+} {-42: } {42: }")
fill, align, width = "#", "^", 11
print(f"{'hi':{fill}{align}{width}}", f"{'x':->5}", f"{'x':-<5}", f"{7:=+6}")
print(f"{0.5:.0%} {0.125:.1%} {1:.2%} {1 / 3:.3}")
print(f"{'text':.2}|{'text':5.2}|{'text':>5.2}|")
row = [("alpha", 1.5, 100), ("beta", 22.25, 7), ("gamma", 333.125, 42)]
for name, score, count in row:
    print(f"{name:<8}|{score:>9.2f}|{count:>5d}|{count / 100:>7.1%}")
prec = 2
print(f"{2 / 3:.{prec}f}", f"{2 / 3:{prec + 5}.{prec}f}|")
