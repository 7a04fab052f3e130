# checks: user-defined decorators: wrapping, stacking order, decorator factories, on methods
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper

def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("returned", repr(result))
        return result
    return wrapper

@shout
def greet(name):
    return "hello " + name

print(greet("ann"), greet.__name__)

@trace
@shout
def farewell(name, punct="."):
    return "bye " + name + punct

farewell("bo", punct="?")

def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def roll(x):
    return x * 2

print(roll(4))

registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn

@register
def alpha():
    return "a"

@register
def beta():
    return "b"

print(registry, alpha(), beta())

def count_calls(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper

class Greeter:
    @count_calls
    def hello(self, who):
        return "hi " + who

g = Greeter()
print(g.hello("x"), g.hello("y"), Greeter.hello.calls)

def decorate_order(label):
    print("making decorator", label)
    def deco(fn):
        print("applying", label)
        return fn
    return deco

@decorate_order("outer")
@decorate_order("inner")
def target():
    return "target ran"

print(target())
