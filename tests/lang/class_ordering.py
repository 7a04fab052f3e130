# checks: rich comparison dunders with sorted/min/max, reflected comparisons, NotImplemented fallback
class Version:
    def __init__(self, text):
        self.parts = [int(p) for p in text.split(".")]
        self.text = text
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __gt__(self, other):
        return self.parts > other.parts
    def __ge__(self, other):
        return self.parts >= other.parts
    def __repr__(self):
        return "v" + self.text

vs = [Version(t) for t in ["1.10.0", "1.2.0", "1.2", "0.9.9", "2.0"]]
print(sorted(vs), sorted(vs, reverse=True), min(vs), max(vs))
print(Version("1.2") < Version("1.10"), Version("1.2") >= Version("1.2"), Version("3") > Version("2.9"))

class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"L{self.v}"
items = [OnlyLt(3), OnlyLt(1), OnlyLt(2)]
print(sorted(items), OnlyLt(5) > OnlyLt(1), max(items))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __lt__(self, other):
        if isinstance(other, (int, float)):
            return self.cents < other * 100
        return self.cents < other.cents
print(Money(150) < 2, Money(150) < Money(100), 1 > Money(50), Money(250) < 2.5)
