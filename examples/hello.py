# A first gilt program: run it with `scripts/run examples/hello.py`.
import sys

def greet(name):
    return f"Hello, {name}!"

names = ["world", "gilt"] + sys.argv[1:]
for n in names:
    print(greet(n))
print("Python", ".".join(str(x) for x in [sys.version_info.major, sys.version_info.minor]),
      "subset, running on", sys.implementation.name)
