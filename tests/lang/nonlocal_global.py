# checks: global and nonlocal declarations, reading globals without declaring, shadowing
total = 0
def add(n):
    global total
    total += n
add(5)
add(7)
print(total)

def read_only():
    return total * 2
print(read_only())

def shadow():
    total = "local"
    return total
print(shadow(), total)

def create_global():
    global created
    created = "made inside"
create_global()
print(created)

def outer():
    x = 1
    def middle():
        nonlocal x
        x += 10
        def inner():
            nonlocal x
            x *= 2
        inner()
    middle()
    return x
print(outer())

def counter_pair():
    n = 0
    def up():
        nonlocal n
        n += 1
        return n
    def down():
        nonlocal n
        n -= 1
        return n
    return up, down
up, down = counter_pair()
print(up(), up(), down(), up())

name = "global"
def f():
    name = "enclosing"
    def g():
        global name
        name = "changed global"
    g()
    return name
print(f(), name)
