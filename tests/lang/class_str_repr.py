# checks: __str__ vs __repr__: print/str use __str__, containers and repr use __repr__, fallbacks
class Both:
    def __str__(self):
        return "Both-str"
    def __repr__(self):
        return "Both-repr"

class OnlyRepr:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"OnlyRepr({self.v!r})"

class OnlyStr:
    def __str__(self):
        return "OnlyStr-str"

b = Both()
print(b, str(b), repr(b), [b], (b,), {"k": b}, f"{b}", f"{b!r}", "%s %r" % (b, b))
r = OnlyRepr("x")
print(r, str(r), [r, OnlyRepr(2)])
s = OnlyStr()
print(s, repr(s).startswith("<__main__.OnlyStr object at 0x"), str([s]).startswith("[<__main__.OnlyStr object"))
class Plain:
    pass
pl = Plain()
print(repr(pl).startswith("<__main__.Plain object at "), str(pl) == repr(pl))
print(repr(Plain), Plain, Both, str(int), repr(str))
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __repr__(self):
        return f"Card({self.rank!r}, {self.suit!r})"
    def __str__(self):
        return f"{self.rank} of {self.suit}"
hand = [Card("A", "spades"), Card(10, "hearts")]
print(hand)
for c in hand:
    print(c)
print(", ".join([str(c) for c in hand]))
