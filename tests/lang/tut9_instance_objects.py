# checks: tutorial ch.9 instance and method objects: ad-hoc data attributes, del, storing a bound method and calling it later
class Greeter:
    def hello(self):
        return "hello there"

g = Greeter()
g.tally = 1
while g.tally < 50:
    g.tally = g.tally * 3
print(g.tally)
del g.tally
print(hasattr(g, "tally"))
later = g.hello
for _ in range(3):
    print(later())
print(later() == Greeter.hello(g), later.__self__ is g)
