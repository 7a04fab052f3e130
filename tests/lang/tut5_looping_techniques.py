# checks: tutorial ch.5 looping techniques: items(), enumerate, zip, reversed, sorted(set()), filtering into a new list
capitals = {"France": "Paris", "Peru": "Lima"}
for country, city in capitals.items():
    print(country, city)
for i, step in enumerate(["ready", "steady", "go"]):
    print(i, step)
fields = ["city", "river", "mountain"]
values = ["Vienna", "Danube", "Grossglockner"]
for f, v in zip(fields, values):
    print("Your {0} is {1}.".format(f, v))
for i in reversed(range(0, 12, 3)):
    print(i, end=" ")
print()
bag = ["pen", "ink", "pen", "nib", "ink", "cap"]
for item in sorted(bag):
    print(item, end=" ")
print()
for item in sorted(set(bag)):
    print(item, end=" ")
print()
import math
samples = [3.5, float("nan"), 2.25, 4.0, float("nan"), 1.75]
clean = []
for s in samples:
    if not math.isnan(s):
        clean.append(s)
print(clean)
