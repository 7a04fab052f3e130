# checks: default values are evaluated once at def time; the mutable default trap and its fix
counter = 0
def next_id():
    global counter
    counter += 1
    return counter

def make(tag=next_id()):
    return tag

print(make(), make(), make(5), counter)

def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_bad(1), append_bad(2), append_bad(3, []), append_bad(4))

def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(append_good(1), append_good(2))
x = 10
def show(value=x):
    return value
x = 20
print(show(), show(x))

def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"), greet("Bo", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"))
print(append_bad.__defaults__ is not None, len(greet.__defaults__), greet.__defaults__)
def counter_fn(memo={}):
    memo["calls"] = memo.get("calls", 0) + 1
    return memo["calls"]
print(counter_fn(), counter_fn(), counter_fn())
