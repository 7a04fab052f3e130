# checks: !r/!s/!a conversions and = self-documenting expressions in f-strings, with objects
class Thing:
    def __str__(self):
        return "thing-str"

    def __repr__(self):
        return "Thing()"

    def __format__(self, spec):
        return "thing-format[" + spec + "]"

t = Thing()
s = "héllo\n"
print(f"{t}", f"{t!s}", f"{t!r}", f"{t:xyz}", f"{t!r:>10}", f"{t!s:.5}")
print(f"{s!r}", f"{s!a}", f"{'q'!r}", f"{42!r}", f"{4.0!s}")
a, b = 3, 4
print(f"{a + b = }", f"{a=}, {b=}", f"{t=}", f"{t=!s}", f"{s=}")
print(f"{[t, t]}", f"{(t,)}", f"{ {'k': t} }")
print(format(t, "spec"), format(t), str(t), repr(t))
