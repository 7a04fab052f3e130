# checks: __doc__ of functions, classes and methods; no docstring gives None; docstrings are not output
def documented():
    """Return forty-two."""
    return 42

def multi():
    """First line.

    More detail here.
    """

def undocumented():
    x = "not a docstring because not first"
    return x

class Shape:
    """A geometric shape."""

    def area(self):
        """Compute the area."""
        return 0

class Bare:
    pass

print(documented.__doc__, documented())
print(repr(multi.__doc__))
print(undocumented.__doc__, undocumented())
print(Shape.__doc__, Shape.area.__doc__, Shape().area.__doc__)
print(Bare.__doc__)
print((lambda: 0).__doc__)
def late():
    42
    """string after an expression is not a docstring"""
print(late.__doc__)
