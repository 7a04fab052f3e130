# checks: str() of common built-in exceptions raised by the interpreter itself
def message(fn):
    try:
        fn()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return "no error"

class Thing:
    attr = 1

five = 5
pair = {1, 2}

cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: divmod(1, 0),
    lambda: [1, 2][5],
    lambda: (1,)[-3],
    lambda: "abc"[9],
    lambda: {"a": 1}["b"],
    lambda: 1 + "a",
    lambda: "a" - 1,
    lambda: [1] * [2],
    lambda: -"x",
    lambda: len(5),
    lambda: five(),
    lambda: None.attr,
    lambda: Thing().atr,
    lambda: Thing.nope,
    lambda: undefined_variable,
    lambda: int("12x"),
    lambda: float("1.2.3"),
    lambda: [].pop(),
    lambda: [1, 2].index(3),
    lambda: "abc".index("z"),
    lambda: five[0],
    lambda: {}[[]],
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: abs("x"),
    lambda: sum(["a", "b"]),
    lambda: max([]),
    lambda: "x" < 1,
    lambda: chr("a"),
    lambda: ord(""),
    lambda: [1, 2, 3][1:2:0],
    lambda: pair[0],
    lambda: (1, 2).append(3),
    lambda: "%d" % "s",
    lambda: "a".join([1]),
    lambda: tuple(5),
    lambda: dict([1, 2]),
    lambda: 2 ** -1 % 0,
    lambda: round("x"),
]
for fn in cases:
    print(message(fn))
