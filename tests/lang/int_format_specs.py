# checks: format specs applied to ints: width, fill, alignment, sign, grouping, bases, float codes
n = 1234567
for spec in ["d", "10d", "<10", ">10", "^10", "*^11", "010", "+", " ", "-", ",", "_", "+,",
             "x", "X", "#x", "o", "#o", "b", "#b", "_b", "#_x", "e", ".2e", "f", ".1f", "%",
             "g", "08,d", "=+15,"]:
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)))
print(repr(format(0, "+")), repr(format(65, "c")), repr(format(9731, "c")))
print(f"[{7:3}] [{7:<3}] [{7:^3}] [{7:03}] [{-7:03}] [{-7:=5}] [{7:+03}]")
print(f"{True:5} {False:>5d} {10 ** 20:,} {-(10 ** 12):_}")
w = 8
print(f"[{42:{w}}] [{42:>{w}}] [{42:0{w}b}] [{42:#{w}x}]")
for code in [3, 48879, 65535]:
    print(f"{code:>6} {code:>#8x} {code:>#10o} {code:>#20b}")
