# checks: comprehension filters with and/or, multiple if clauses, function calls and side-effect ordering
def is_prime(n):
    return n > 1 and all([n % d for d in range(2, int(n ** 0.5) + 1)])
print([n for n in range(50) if is_prime(n)])
print([w for w in ["Apple", "bat", "Cat", "dog", "Egg"] if w[0].isupper() and len(w) == 3])
print([n for n in range(30) if n % 2 == 0 if n % 3 == 0])
print([n for n in range(20) if n < 3 or n > 17])
order = []
def trace(tag, value):
    order.append(tag)
    return value
result = [trace("value", x) for x in range(4) if trace("test", x % 2)]
print(result, order)
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
print([s.strip() for s in [" a ", "", " b", "   "] if s.strip()])
