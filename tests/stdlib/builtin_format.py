# checks: format() builtin with ints, floats, strings, and user __format__; bin/hex/oct helpers
print(format(42), format(42, "5"), format(42, "<5") + "|", format(42, "^7"), format(42, "+"), format(42, "x"))
print(format(3.14159, ".2f"), format(3.14159, "8.3f"), format(1234567.891, ",.2f"), format(0.25, "%"), format(1e10, "e"))
print(format("text", ">8"), format("text", "*^10"), format("text", ".2"), format("", "-<3"), format(None))
print(format(True), format(True, "d"), format(False, ">6"), format([1, 2]), format((1,)))
print(bin(10), oct(10), hex(10), bin(-10), hex(-255), oct(0))
class Tag:
    def __format__(self, spec):
        return "<" + (spec or "none") + ">"
print(format(Tag()), format(Tag(), "bold"), f"{Tag():x}", "{:y}".format(Tag()))
for value, spec in [(3, "s"), ("x", "d"), (1.5, "d")]:
    try:
        format(value, spec)
    except ValueError as e:
        print("ValueError:", e)
