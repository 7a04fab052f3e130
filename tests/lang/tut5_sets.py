# checks: tutorial ch.5 sets: removing duplicates, membership, set algebra on letters (printed sorted), set comprehension
drawer = {"sock", "glove", "sock", "scarf", "glove", "hat"}
print(sorted(drawer), len(drawer))
print("hat" in drawer, "boot" in drawer)
a = set("mississippi")
b = set("minnesota")
print(sorted(a))
print(sorted(a - b))
print(sorted(a | b))
print(sorted(a & b))
print(sorted(a ^ b))
c = {ch for ch in "mississippi" if ch not in "ms"}
print(sorted(c))
print({3, 1, 2} | {2, 5}, set() == set([]), type({}).__name__, type(set()).__name__)
