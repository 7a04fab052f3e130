# checks: gil.preempt() names the --preempt mode; ticks:N keeps its N; the default is every; the default policy is new
# gilt-args: --preempt=ticks:250
import gil

print(gil.preempt())
assert gil.preempt() == "ticks:250", gil.preempt()
assert gil.policy() == "new", gil.policy()
assert gil.deterministic() is False
try:
    gil.preempt(1)
except TypeError:
    pass
else:
    raise AssertionError("preempt(1) accepted")
print("ok")
