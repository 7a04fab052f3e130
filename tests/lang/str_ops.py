# checks: string operators: concatenation, repetition, in, comparison, iteration, len, min/max
a, b = "foo", "bar"
print(a + b, a * 3, 3 * b, a * 0, repr(a * -1), (a + " ") * 2)
print("oo" in a, "x" in a, "" in a, "F" not in a)
print(a < b, a == "foo", a != b, "abc" < "abd", "abc" < "ab", "Z" < "a", "10" < "9")
print(len(a + b), min(a), max(b), sorted(b), list(a))
t = ""
for ch in "hello":
    t = ch + t
print(t)
s = "spam"
s += " eggs"
s *= 2
print(s)
print(str(42) + str(4.5) + str(None) + str(True) + str([1, "a"]))
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
print("abc" == "abc", a is not None, str() == "", "x".join("") == "")
count = {}
for ch in "mississippi":
    count[ch] = count.get(ch, 0) + 1
print(count)
