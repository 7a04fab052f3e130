# checks: ValueError "too many values to unpack" in a for loop target
pairs = [(1, "one"), (2, "two", "extra")]
for number, name in pairs:
    print(number, name)
