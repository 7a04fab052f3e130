# checks: tutorial ch.8 handling exceptions: retry loop on ValueError with input from stdin, handler order, inst.args
while True:
    try:
        age = int(input("Your age, please: "))
        break
    except ValueError:
        print("That was not a whole number. Once more...")
print("age accepted:", age)

class Base(Exception):
    pass
class Middle(Base):
    pass
class Leaf(Middle):
    pass

for cls in [Base, Middle, Leaf]:
    try:
        raise cls()
    except Leaf:
        print("Leaf")
    except Middle:
        print("Middle")
    except Base:
        print("Base")
for cls in [Base, Middle, Leaf]:
    try:
        raise cls()
    except Base:
        print("Base catches", cls.__name__)
    except Leaf:
        print("never reached")

try:
    raise Exception("alpha", "beta")
except Exception as inst:
    print(type(inst).__name__, inst.args, inst)
    first, second = inst.args
    print("first =", first, "| second =", second)

def fragile():
    return 1 / 0
try:
    fragile()
except ZeroDivisionError as err:
    print("Handling run-time error:", err)

def parse_all(texts):
    total = 0
    for text in texts:
        try:
            value = int(text)
        except ValueError as err:
            print("skipping", repr(text), "because", err)
        else:
            total += value
            print("added", value)
    return total
print(parse_all(["10", "x", "32"]))
try:
    eleven = int(input("Now a number: "))
except EOFError:
    print("no more input: EOFError")
