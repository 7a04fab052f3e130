# checks: iterator protocol with __iter__/__next__: for loops, list(), next() with default, exhaustion
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"), next(c, "still done"))
for x in Countdown(3):
    print("tick", x)

class Team:
    def __init__(self, *members):
        self.members = list(members)
    def __iter__(self):
        return TeamIterator(self.members)

class TeamIterator:
    def __init__(self, members):
        self.members = members
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.members):
            raise StopIteration
        m = self.members[self.i]
        self.i += 1
        return m

t = Team("ann", "bob", "cy")
print(list(t), list(t), [m.upper() for m in t], "bob" in t, sorted(t, reverse=True))
print(dict(zip(t, Countdown(3))), list(enumerate(t, 1)), max(t), ",".join(t))
a, b, c2 = t
print(a, b, c2)
it = iter(t)
print(next(it), list(it), list(it))
try:
    next(iter(Team()))
except StopIteration as e:
    print("StopIteration", repr(e))
