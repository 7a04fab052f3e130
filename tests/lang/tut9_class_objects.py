# checks: tutorial ch.9 class objects: attribute references, docstring, instantiation, __init__ with arguments
class Greeter:
    """A tiny example class."""
    number = 7

    def hello(self):
        return "hello there"

print(Greeter.number, Greeter.__doc__, Greeter.hello.__name__)
g = Greeter()
print(g.hello(), g.number, Greeter.hello(g))
Greeter.number = 8
print(g.number)
class Fraction:
    def __init__(self, top, bottom):
        self.top = top
        self.bottom = bottom
half = Fraction(1, 2.0)
print(half.top, half.bottom, half.top / half.bottom)
