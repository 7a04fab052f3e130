# checks: sys.getswitchinterval/setswitchinterval behave as CPython's (default 0.005, errors for non-positive values and non-numbers)
import sys
print(sys.getswitchinterval())
assert sys.getswitchinterval() == 0.005
sys.setswitchinterval(0.001)
assert abs(sys.getswitchinterval() - 0.001) < 1e-12
sys.setswitchinterval(2)
assert sys.getswitchinterval() == 2.0
for bad in (0, -1, -0.5):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        assert str(e) == "switch interval must be strictly positive", e
    else:
        raise AssertionError("no ValueError for %r" % bad)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print(e)
else:
    raise AssertionError("no TypeError")
print("ok")
