# checks: exceptions propagate through several calls, finally blocks run while unwinding, handler picks the nearest frame
def level3(x):
    print("level3 start")
    try:
        return 10 / x
    finally:
        print("level3 finally")

def level2(x):
    try:
        return level3(x) + 1
    finally:
        print("level2 finally")

def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        print("level1 caught:", e)
        return None

print(level1(5))
print(level1(0))
def thrower(n):
    if n == 0:
        raise LookupError("bottom reached")
    return thrower(n - 1)
try:
    thrower(20)
except LookupError as e:
    print("caught from depth:", e)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    except TypeError as e:
        return "bad types: " + str(e)
print(safe_div(1, 4), safe_div(1, 0), safe_div("a", 2))
def retry(fn, attempts):
    for i in range(attempts):
        try:
            return fn(i)
        except ValueError as e:
            print("attempt", i, "failed:", e)
    return "gave up"
print(retry(lambda i: 100 // (i - 2) if i >= 2 and i != 2 else int("x" * (i + 1)), 5))
