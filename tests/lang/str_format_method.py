# checks: str.format with positional, keyword, indexed, attribute access, conversions and specs
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(3, -4)
print("{} and {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}={val}".format(name="n", val=5))
print("{0.x},{0.y}".format(p), "{p.x}".format(p=p), "{0[1]} {0[0]}".format(["zero", "one"]))
print("{d[key]} {d[2]}".format(d={"key": "v", 2: "two"}), "{0!r} {0!s}".format("str"), "{!r}".format(p))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:*>6}".format(7), "{:08.3f}".format(3.14159))
print("{0:{1}}|".format("w", 5), "{:{fill}^{w}}".format("mid", fill="-", w=9), "{:,}".format(10 ** 9))
print("{{literal}} {}".format(1), "{}{}{}".format(1, 2, 3), "{:x} {:b} {:o}".format(255, 5, 8))
print("{0}{0}{0}".format("ha"), "{:.2%}".format(0.256), "{:+d} {:+d}".format(5, -5))
args = ("A", "B")
kw = {"c": "C"}
print("{} {} {c}".format(*args, **kw))
print("{:10.3}|{:.1s}|".format("abcdefg", "xyz"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format(x=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
