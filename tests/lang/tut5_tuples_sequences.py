# checks: tutorial ch.5 tuples and sequences: packing, nesting, immutability, mutable contents, empty/singleton, unpacking
record = 2718, 3141, "pi and e"
print(record[1], record)
nested = record, ("x", "y")
print(nested)
try:
    record[1] = 0
except TypeError as e:
    print("TypeError:", e)
holder = (["a"], ["b", "c"])
holder[1].append("d")
print(holder)
nothing = ()
lonely = "solo",
print(len(nothing), len(lonely), lonely)
p, q, r = record
print(p, q, r)
