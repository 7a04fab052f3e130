# checks: sort/sorted with key and reverse, stability, mixed-type TypeError, sorting tuples and strings
people = [("amy", 31), ("bob", 25), ("cat", 31), ("dan", 25), ("eve", 40), ("fay", 31)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_name_desc = sorted(people, reverse=True)
print(by_name_desc)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True), nums)
nums.sort(key=lambda v: v % 3)
print(nums)
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "c", 1: "a"}), sorted([]), sorted([[2, 1], [1, 5], [1, 2]]))
print(sorted([0.5, 1, -2, True, 3.25]))
stable = [(k % 3, i) for i, k in enumerate([5, 3, 8, 6, 2, 9, 1, 4])]
print(sorted(stable, key=lambda t: t[0]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
big = list(range(100, 0, -7))
big.sort()
print(big)
