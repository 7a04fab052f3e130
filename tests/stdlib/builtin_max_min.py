# checks: max() and min() over iterables and arguments, with key=, default=, ties (first wins) and errors
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min("hello"), max("apple", "pear", "fig"), min((5, 2), (5, 1)))
words = ["kiwi", "banana", "fig", "cherry", "plum"]
print(max(words, key=len), min(words, key=len), max(words, key=lambda w: w[-1]), min(words, key=str.upper))
print(max([], default="empty"), min([], default=None), max([7], default=0), min(range(5, 0, -1)))
pairs = [("a", 3), ("b", 7), ("c", 7), ("d", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: -p[1]), max(1, 2.5, True), min(-0.0, 0))
print(max({"x": 1, "y": 0}), max({"x": 1, "y": 0}, key=lambda k: {"x": 1, "y": 0}[k]), min([[2], [1, 9]]))
for call in [lambda: max([]), lambda: min(1), lambda: max(1, "a"), lambda: max([], key=len)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
