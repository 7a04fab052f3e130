# checks: bound vs function methods, calling through the class with explicit self, methods stored and called later
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n

c = Counter()
bound = c.inc
print(bound(), bound(5), Counter.inc(c), c.n)
print(bound.__self__ is c, bound.__func__ is Counter.inc, type(bound).__name__, type(Counter.inc).__name__)
ops = [c.inc, c.inc]
print([op(10) for op in ops], c.n)
d = Counter()
print(list(map(Counter.inc, [d, d, d])), d.n)
class Greeter:
    greeting = "hi"
    def greet(self, who):
        return f"{self.greeting} {who}"
g = Greeter()
g.greeting = "yo"
print(g.greet("x"), Greeter.greet(g, "y"), Greeter().greet("z"))
g.greet = lambda who: "instance attr wins " + who
print(g.greet("q"), Greeter.greet(g, "w"))
try:
    Counter.inc()
except TypeError as e:
    print("TypeError:", e)
try:
    c.inc(1, 2)
except TypeError as e:
    print("TypeError:", e)
