# checks: all() and any() on empty and non-empty iterables, with truthiness of mixed values, short-circuit on iterators
print(all([]), any([]), all([1, 2, 3]), all([1, 0, 3]), any([0, 0, 1]), any([0, "", None, []]))
print(all("abc"), any(""), all([[], [1]]), any([[], [1]]), all(range(1, 5)), all(range(0, 5)))
print(all({1: "a", 0: "b"}), any({0: "x"}), all((True, 1, "x", [0])), any({0, False}))
class Loud:
    def __init__(self, items):
        self.items = list(items)
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.items):
            raise StopIteration
        v = self.items[self.i]
        self.i += 1
        print("yield", v)
        return v
print(any(Loud([0, 3, 5])))
print(all(Loud([1, 0, 5])))
nums = [4, 8, 15, 16, 23, 42]
print(all([n > 0 for n in nums]), any([n % 2 for n in nums]), all([n % 2 == 0 for n in nums]))
