# checks: format() of strs: fill (any character) and alignment, width, precision (truncation by code points), errors; format() of other objects
def show(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__ + ":", e)

for v in ["abc", "", "é😀ß", "x"]:
    print("value", repr(v))
    for spec in ["", "s", "5", "<5", ">5", "^5", "^6", "^7", "*^7", "é>6", "😀<4", "0<5", "05", ".1", ".0",
                 "6.2", ">6.2s", "x^7.2", "<", "3", "010s"]:
        show(v, spec)
for spec in ["d", "=5", "+", "-", " ", "#", ",", "_", "z", "abc", ".", "5.x", "\x01", "é", "99999999999999999999",
             ".99999999999999999999", "<<5", "ss"]:
    show("a", spec)

class Plain:
    pass

class Custom:
    def __format__(self, spec):
        return "Custom(" + spec + ")"

class Bad:
    def __format__(self, spec):
        return 42

show(None, "")
show(None, "10")
show([1, 2], "")
show((1,), ">5")
show(Custom(), "xyz")
show(Custom(), "")
show(Bad(), "")
show(Plain(), "x")
print(format("abc", "^9"), "|" + format("é", "^4") + "|", format(Custom(), "q"))
try:
    format("a", 1)
except TypeError as e:
    print("TypeError:", e)
