# checks: except (A, B) as e, e.args, str(e) and repr(e) of built-in exceptions with 0, 1, 2 args
def fail(kind):
    if kind == 0:
        return [][1]
    if kind == 1:
        return {}["x"]
    if kind == 2:
        return int("q")
    return None + 1

for kind in range(4):
    try:
        fail(kind)
    except (IndexError, KeyError) as e:
        print("lookup group:", type(e).__name__, e.args)
    except (ValueError, TypeError) as e:
        print("value/type group:", type(e).__name__, str(e))
for exc in [ValueError(), ValueError("one"), ValueError("one", 2), KeyError("k"), Exception(None)]:
    print(repr(exc), "|", str(exc), "|", exc.args)
e = RuntimeError("message")
print(e.args[0], len(e.args), e.with_traceback(None) is e)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)
errors = (ZeroDivisionError, OverflowError)
try:
    1 % 0
except errors as e:
    print("tuple in a variable:", e)
