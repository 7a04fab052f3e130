# checks: str() of many values, str of user classes with __str__ only / __repr__ only, str.join over str() results
print(str(), str(12), str(-1.5), str(True), str(None), str([1, "a"]), str((1,)), str({"k": "v"}), str("already"))
print(str(2 ** 100), str(1e-10), str(float("inf")), str(range(2)), str({1}), str(frozenset()))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"
class OnlyStr:
    def __str__(self):
        return "OnlyStr!"
print(str(OnlyRepr()), str(OnlyStr()), str([OnlyRepr()]), "-".join([str(x) for x in [1, 2.0, None]]))
class BadStr:
    def __str__(self):
        return 42
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
