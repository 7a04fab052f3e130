# checks: gil.set_policy switches the policy while the program runs (threads still finish), rejects unknown names with ValueError and non-strings with TypeError
import gil
import _cpu_workers

assert gil.policy() == "new", gil.policy()
for name in ("fifo", "legacy", "io", "new"):
    assert gil.set_policy(name) is None
    assert gil.policy() == name, (name, gil.policy())
    _cpu_workers.run_four(40000)
    assert gil.policy() == name
    print("ran under", name)

for bad in ("", "FIFO", "old", "new "):
    try:
        gil.set_policy(bad)
    except ValueError as e:
        assert "policy" in str(e), e
    else:
        raise AssertionError("set_policy(%r) accepted" % bad)
    assert gil.policy() == "new", gil.policy()
for bad in (None, 1, ["fifo"]):
    try:
        gil.set_policy(bad)
    except TypeError:
        pass
    else:
        raise AssertionError("set_policy(%r) accepted" % (bad,))
try:
    gil.set_policy()
except TypeError:
    pass
else:
    raise AssertionError("set_policy() accepted")
try:
    gil.policy("fifo")
except TypeError:
    pass
else:
    raise AssertionError("policy('fifo') accepted")
assert gil.policy() == "new"
print("ok")
