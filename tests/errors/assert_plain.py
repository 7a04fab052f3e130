# checks: uncaught AssertionError without a message shows just "AssertionError"
values = [3, 1, 2]
assert sorted(values) == values
