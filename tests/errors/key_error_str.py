# checks: uncaught KeyError with a str key from a dict lookup in a function
def lookup(table, key):
    return table[key]

prices = {"apple": 3, "pear": 4}
print(lookup(prices, "apple"))
print(lookup(prices, "banana"))
