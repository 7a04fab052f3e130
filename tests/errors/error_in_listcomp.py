# checks: exception inside a list comprehension at module level shows the <listcomp> frame
values = ["1", "2", "three", "4"]
print("converting")
numbers = [int(v) * 2 for v in values]
