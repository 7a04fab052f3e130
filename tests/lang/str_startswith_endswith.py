# checks: startswith/endswith with tuples and with start/end positions
name = "report_2024.csv"
print(name.startswith("report"), name.startswith("Report"), name.endswith(".csv"), name.endswith("csv", 0, 10))
print(name.endswith((".txt", ".csv")), name.startswith(("a", "b")), name.startswith(("x", "rep")))
print(name.startswith("2024", 7), name.startswith("2024", 7, 9), name.endswith("2024", 0, 11))
print("".startswith(""), "abc".startswith(""), "abc".endswith(""), "abc".startswith("abcd"))
print("abc".startswith("c", -1), "abc".endswith("ab", -5, 2), "abc".endswith(()))
files = ["a.py", "b.txt", "c.PY", "d.pyc", "e.md"]
print([f for f in files if f.lower().endswith((".py", ".md"))])
try:
    "abc".startswith(["a"])
except TypeError as e:
    print("TypeError:", e)
