# checks: find/rfind/index/rindex/count with start and end arguments, and ValueError
s = "mississippi"
print(s.find("ss"), s.rfind("ss"), s.find("x"), s.rfind("x"), s.find(""), s.rfind(""))
print(s.find("s", 4), s.find("s", 4, 5), s.find("i", -3), s.rfind("i", 0, 5), s.find("pp", -4, -1))
print(s.index("p"), s.rindex("p"), s.index("ssi", 3), s.rindex("i", 0, -1))
print(s.count("s"), s.count("ss"), s.count("issi"), s.count(""), s.count("i", 5), s.count("x"))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "".count(""), "abc".find("c", 10))
for args in [("z",), ("s", 7, 8)]:
    try:
        s.index(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError:", e)
print("ss" in s, "sss" in s, "" in s, s.find("Miss"), s.lower().find("MISS".lower()))
