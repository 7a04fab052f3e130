# checks: AttributeError on None returned from a function (a common mistake), markers under the attribute access
def find(items, target):
    for item in items:
        if item == target:
            return item

result = find(["a", "b"], "z")
print(result.upper())
