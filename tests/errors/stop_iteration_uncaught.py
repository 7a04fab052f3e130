# checks: an uncaught StopIteration from next() on an exhausted iterator
items = iter([1, 2])
print(next(items), next(items))
print(next(items))
