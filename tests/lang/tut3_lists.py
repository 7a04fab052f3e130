# checks: tutorial ch.3 lists: indexing, slicing copies, concatenation, mutation, append, slice assignment, nesting
evens = [2, 4, 7, 8, 10]
print(evens, evens[0], evens[-1], evens[-2:])
evens[2] = 6
print(evens, evens + [12, 14])
evens.append(2 * 8)
print(evens)
pets = ["cat", "dog", "hamster"]
same = pets
same.append("parrot")
print(pets, same is pets)
clone = pets[:]
clone.append("goldfish")
print(pets, clone)
letters = list("pqrstuv")
letters[1:4] = ["Q", "R", "S"]
print(letters)
letters[1:4] = []
print(letters, len(letters))
letters[:] = []
print(letters)
names = ["ana", "ben"]
ages = [31, 28]
both = [names, ages]
print(both, both[1], both[1][0], len(both))
