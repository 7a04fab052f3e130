# checks: __eq__ and __hash__ drive set membership and dict keys; __eq__ alone makes a class unhashable
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"

pts = {Point(1, 2), Point(1, 2), Point(3, 4)}
print(len(pts), Point(1, 2) in pts, Point(2, 1) in pts)
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], Point(0, 0) == Point(0, 0), Point(0, 0) != Point(0, 1), Point(0, 0) == (0, 0))
print(Point(1, 1) is Point(1, 1), [Point(1, 1)].count(Point(1, 1)), [Point(5, 5), Point(1, 1)].index(Point(1, 1)))

class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly.__hash__)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)

class Identity:
    pass
a = Identity()
print(a == a, a == Identity(), a != Identity(), len({a, a, Identity()}))

class Loud:
    def __eq__(self, other):
        print("Loud.__eq__ called")
        return True
print(Loud() == 3, 3 == Loud(), [Loud()] == [0])
