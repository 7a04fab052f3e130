# checks: tutorial ch.5 list methods on a shopping list: count, index with start, reverse, append, sort, pop
groceries = ["milk", "eggs", "rice", "tea", "eggs", "bread", "tea", "eggs"]
print(groceries.count("eggs"), groceries.count("jam"), groceries.index("tea"), groceries.index("tea", 4))
groceries.reverse()
print(groceries)
groceries.append("butter")
print(groceries)
groceries.sort()
print(groceries)
print(groceries.pop(), groceries)
odd_mix = [2, None, "two"]
try:
    odd_mix.sort()
except TypeError as e:
    print("TypeError:", e)
