# checks: arithmetic dunders incl. reflected (__radd__, __rmul__), in-place, unary, NotImplemented, sum()
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vec(self.x + other, self.y + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd with", other)
        return self + other
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return Vec(k * self.x, k * self.y)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b, b / 2, b // 2, b % 3, a ** 2, -a, +a, abs(b))
print(a + 10, 10 + a)
print(sum([a, b, Vec(10, 10)]))
print(sum([a, b], Vec(0, 0)))
c = a
c += b
print(c, a, c is a)
try:
    a + "text"
except TypeError as e:
    print("TypeError:", e)
try:
    "text" + a
except TypeError as e:
    print("TypeError:", e)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self
    def __and__(self, other):
        return "and"
    def __or__(self, other):
        return "or"
    def __xor__(self, other):
        return "xor"
    def __lshift__(self, n):
        return "lshift " + str(n)
    def __invert__(self):
        return "inverted"
acc = Acc()
same = acc
acc += 1
acc += 2
print(acc.items, acc is same, acc & 1, acc | 1, acc ^ 1, acc << 3, ~acc)
try:
    -acc
except TypeError as e:
    print("TypeError:", e)
