# checks: string indexing and slicing with negative indices, steps, and out-of-range bounds
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-4])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:], s[3:3], s[5:2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[-2:-8:-2], s[2:8:-1])
print(s[-100:100], s[100:], s[:-100], s[-100:3], repr(s[10:]))
print(s[::3], s[9::-3], s[:0:-1], s[:-11:-1], s[0:10:100])
print(s[slice(2, 6)], s[slice(None, None, -3)], s[slice(-3, None)])
i, j = 2, 7
print(s[i:j], s[j:i:-1], s[i:j][::-1] == s[j - 1:i - 1:-1])
for bad in [10, -11, 100]:
    try:
        s[bad]
    except IndexError as e:
        print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[1.5]
except TypeError as e:
    print("TypeError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
word = "racecar"
print(word == word[::-1], "python"[::-1])
