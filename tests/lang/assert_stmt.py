# checks: assert passes silently, raises AssertionError with and without messages, message evaluated lazily
def msg():
    print("message evaluated")
    return "computed message"

assert True
assert 1 + 1 == 2, msg()
try:
    assert 1 > 2
except AssertionError as e:
    print("AssertionError args:", e.args, repr(str(e)))
try:
    assert [] , "empty list is falsy"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False, msg()
except AssertionError as e:
    print("AssertionError:", e)
try:
    x = 5
    assert x < 0, f"x should be negative, got {x}"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
def positive(n):
    assert n > 0, "n must be positive"
    return n
print(positive(3))
