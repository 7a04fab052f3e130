# checks: str.join on lists/tuples/iterators/dicts, join errors, + and * (negative, zero, bool counts), their errors
print(",".join(["a", "b", "c"]), "".join(("x", "y")), "-".join([]), "-".join(["only"]))
print(" ".join(str(i) for i in range(5)))
print("é".join("abc"), "😀".join(["₹", "ß"]), "".join({"k1": 1, "k2": 2}))
print(repr("".join(["", "", ""])), repr(", ".join(["", "x", ""])))
words = ["w%d" % i for i in range(1000)]
s = "".join(words)
print(len(s), s[:12], s[-8:])
print(len("ab".join(["x"] * 100)))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: ",".join(["a", 1]))
show(lambda: ",".join([1]))
show(lambda: ",".join(["a", "b", None]))
show(lambda: ",".join(5))
show(lambda: ",".join())
show(lambda: ",".join(["a"], ["b"]))
show(lambda: ",".join(x for x in ["a", 2.5]))

print("ab" + "cd", "" + "x", "é" + "ß", "a" + "")
print("ab" * 3, "ab" * 0, "ab" * -2, repr("" * 5), 3 * "xy", True * "t", "t" * False)
print("é😀" * 2, len("é😀" * 1000))
acc = ""
for i in range(50):
    acc += str(i)
print(acc)
acc = "a"
acc *= 3
print(acc)

show(lambda: "a" + 1)
show(lambda: "a" + None)
show(lambda: 1 + "a")
show(lambda: "a" * 1.5)
show(lambda: "a" * "b")
show(lambda: [1] + "a")
show(lambda: "ab" * (2 ** 70))
show(lambda: "ab" * (2 ** 62))
show(lambda: "ab" * -(2 ** 70))

class Three:
    def __index__(self):
        return 3

print("ab" * Three(), Three() * "cd")
