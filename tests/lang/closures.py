# checks: closures capture variables (not values), independent counters, late binding in loops
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c2(), c1(5), c2(-50))

def make_multiplier(n):
    return lambda x: x * n

double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), [make_multiplier(i)(10) for i in range(4)])

fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])

def outer():
    x = "before"
    def show():
        return x
    x = "after"
    return show
print(outer()())

def accumulator():
    items = []
    def add(v):
        items.append(v)
        return list(items)
    return add
acc = accumulator()
acc(1)
acc(2)
print(acc(3))

def compose(f, g):
    return lambda x: f(g(x))
inc_then_double = compose(double, lambda v: v + 1)
print(inc_then_double(4))

def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            return a + b
        return level3
    return level2()
print(level1()())
print(c1.__closure__ is not None, len(double.__closure__))
