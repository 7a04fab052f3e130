# checks: tutorial ch.9 random remarks: data attributes shadow methods, functions assigned in class bodies, methods calling methods
def outside(self, a, b):
    return min(a, a + b)

class Odd:
    f = outside
    def g(self):
        return "g"
    h = g

o = Odd()
print(o.f(3, -5), o.g(), o.h(), Odd.h is Odd.g)
class Bag:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
    def add_twice(self, x):
        self.add(x)
        self.add(x)
bag = Bag()
bag.add(1)
bag.add_twice("two")
print(bag.items)
class Shadow:
    def size(self):
        return "method"
s = Shadow()
print(s.size())
s.size = "data attribute now"
print(s.size, Shadow.size(s))
print(type(o).__name__, o.__class__ is Odd)
