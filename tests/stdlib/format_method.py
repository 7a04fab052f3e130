# checks: str.format: auto/manual numbering, keywords, attributes and items, conversions !r !s !a, nested specs, escaped braces, format_map, and every error message
class P:
    x = 5
    name = "pt"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print("{} and {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}={val}".format(name="k", val=3))
print("{0[0]} {0[1]} {1[k]} {1[-1]}".format(["l0", "l1"], {"k": "dv", "-1": "neg"}))
print("{0.x} {0.name} {p.x}".format(P(), p=P()), "{.real}".format(3), "{[0]}".format([9]))
print("{0!r} {0!s} {0!a} {0}".format("é"), "{!r:>6}|".format("a"), "{0!s:{1}}|".format(P(), 7))
print("{:{}}|".format(1, 5), "{:{}{}}|".format(1, ">", 5), "{:<{w}.{p}f}|".format(3.14159, w=10, p=2))
print("{0:{1}}|".format("a", 5), "{:*^{}}".format("mid", 11), "{0:{fill}>{width}}".format(7, fill="-", width=4))
print("{{}} {{{0}}} }}{{".format(1), "{{", "}}".format(), "no fields".format(1, 2, x=3))
print("{0}{0}{0}".format("ab"), "{}".format({"a": 1}), "{}".format(None), "{:d}".format(True), "{}".format(True))
print("{0[0][1]} {0[0][0].real}".format([[1, 2]]), "{00}".format("z"), "{a b}".format(**{"a b": 1}))
print("{0[}]}".format({"}": "brace"}), "{0[{]}".format({"{": "open"}), "{0[:]}".format({":": "colon"}))
print("{!r:}".format(1), "{:}".format("x"), "{0!r:{1}}|".format("a", 5), "{!r:^{}}|".format("a", 7))
print("{:,}".format(1234567), "{:_x}".format(2 ** 32), "{:.3%}".format(0.25), "{:e}".format(12345))
print("{a}".format_map({"a": 1}), "x".format_map(1), "{a[0]}{b.x}".format_map({"a": "zq", "b": P()}))

class Default:
    def __init__(self, **known):
        self.known = known
    def __getitem__(self, key):
        if key in self.known:
            return self.known[key]
        return "<" + key + ">"

print("{one} {two}".format_map(Default(one=1)))
show(lambda: "{".format())
show(lambda: "}".format())
show(lambda: "a}b".format())
show(lambda: "{0".format(1))
show(lambda: "{0!".format(1))
show(lambda: "{0!r".format(1))
show(lambda: "{0!x}".format(1))
show(lambda: "{0!é}".format(1))
show(lambda: "{0!rr}".format(1))
show(lambda: "{0!}".format(1))
show(lambda: "{0!:}".format(1))
show(lambda: "{1}".format(1))
show(lambda: "{}{}".format(1))
show(lambda: "{}".format())
show(lambda: "{a}".format(1))
show(lambda: "{a}".format(b=1))
show(lambda: "{0}{}".format(1, 2))
show(lambda: "{}{0}".format(1, 2))
show(lambda: "{0:{}}".format(1, 2))
show(lambda: "{:{0}}".format(1, 2))
show(lambda: "{0.}".format(1))
show(lambda: "{0..a}".format(1))
show(lambda: "{.}".format(1))
show(lambda: "{0[}".format([1]))
show(lambda: "{0[0]x}".format([1]))
show(lambda: "{0[]}".format([1]))
show(lambda: "{0.y}".format(P()))
show(lambda: "{0.a.}".format(1))
show(lambda: "{0[5]}".format([1]))
show(lambda: "{0[x]}".format({}))
show(lambda: "{:{:{}}}".format(1, 2, 3))
show(lambda: "{0:{0:{0}}}".format(1))
show(lambda: "{0:{}".format(1))
show(lambda: "{0:}}".format(1))
show(lambda: "{0:{{}}}".format(1))
show(lambda: "{:d}".format("a"))
show(lambda: "{:x}".format(P()))
show(lambda: "{ }".format(1))
show(lambda: "{-1}".format(1))
show(lambda: "{0x}".format(1))
show(lambda: "{99999999999999999999999}".format(1))
show(lambda: "{0[99999999999999999999]}".format([1]))
show(lambda: "{a{b}".format(1))
show(lambda: "{:>{}}".format("a"))
show(lambda: "{}".format_map({}))
show(lambda: "{0}".format_map({"0": 1}))
show(lambda: "{}".format_map())
show(lambda: "{a}".format_map(1))
show(lambda: "{a}".format_map({}))
show(lambda: "a".format_map({}, {}))
