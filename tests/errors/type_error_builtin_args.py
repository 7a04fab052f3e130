# checks: TypeError for a wrong number of arguments to a builtin function
words = ["a", "bb"]
print(len(words))
print(len(words, 2))
