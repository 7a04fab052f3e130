# checks: str() constructor forms and errors, comparisons, hashing consistency, dunder methods, str of other types, type names
print(repr(str()), repr(str("x")), str(12), str(-3.5), str(None), str(True), str([1, "a"]), str(object=5))
print(str((1,)), str({"k": "v"}), str(2 ** 100), str(1e16), str(0.1))
print(str("é") is not None, type(str(5)).__name__)

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: str("a", "utf-8"))
show(lambda: str(1, "utf-8"))
show(lambda: str(1, encoding="x"))
show(lambda: str(x=5))
show(lambda: str(1, 2, 3, 4))
show(lambda: str("a", errors="strict"))
show(lambda: str(None, None))
show(lambda: str("a", 1))
show(lambda: str(encoding="utf-8"))

print("a" < "b", "a" < "ab", "B" < "a", "é" > "z", "😀" > "é", "" < "a", "abc" <= "abc", "abd" >= "abc")
print("a" == "a", "a" != "a", "a" == 1, "a" != None, "Straße" == "Straße", sorted(["b", "é", "A", "a", "😀", ""]))
print(max("hello"), min("héllo"), sorted("bca"), "abc" > "ab")
show(lambda: "a" < 1)
show(lambda: "a" >= None)
show(lambda: 1 > "a")
print(hash("abc") == hash("ab" + "c"), hash("é") == hash("é"), {"a": 1}["a"], "x" in {"x", "y"})
d = {}
for w in "the quick the lazy the end".split():
    d[w] = d.get(w, 0) + 1
print(d)

print("ab".__len__(), "ab".__getitem__(1), "ab".__contains__("a"), "ab".__add__("c"), "ab".__mul__(2), "ab".__rmul__(2))
print("%s!".__mod__("x"), "ab".__eq__("ab"), "ab".__eq__(1), "ab".__ne__("x"), "ab".__lt__("b"), "ab".__ge__("b"))
print("ab".__hash__() == hash("ab"), "ab".__str__(), "ab".__repr__(), list("ab".__iter__()), "ab".__format__(">4"))
show(lambda: "ab".__add__(1))
show(lambda: "a".__format__(1))
show(lambda: "a".__format__())
print(str.upper("abc"), str.join("-", ["a", "b"]), list(map(str.strip, [" a ", "b "])), str.__len__("abc"))
print(type("").__name__, type(iter("abc")).__name__, isinstance("a", str), str.__name__)
s = "abc"
print(s[:] is s, s.strip() is s or True, s * 1 == s)
