# checks: tutorial ch.9 iterators: iter()/next() on a string until StopIteration, and a class walking a sequence backwards
it = iter("xyz")
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
class Backwards:
    """Iterate over a sequence from its end."""
    def __init__(self, data):
        self.data = data
        self.pos = len(data)
    def __iter__(self):
        return self
    def __next__(self):
        if self.pos == 0:
            raise StopIteration
        self.pos -= 1
        return self.data[self.pos]
b = Backwards("stressed")
print(iter(b) is b)
for ch in b:
    print(ch, end="")
print()
print(list(Backwards([1, 2, 3])), "".join(Backwards("lager")))
for element in [1, 2]:
    print(element)
for element in (3, 4):
    print(element)
for key in {"one": 1, "two": 2}:
    print(key)
for ch in "56":
    print(ch)
