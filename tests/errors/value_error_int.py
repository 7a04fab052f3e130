# checks: ValueError from int() on a non-numeric string while parsing a list of words
words = "12 7 x9 4".split()
numbers = []
for w in words:
    numbers.append(int(w))
    print("parsed", numbers[-1])
