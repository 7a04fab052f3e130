# checks: partition/rpartition and splitlines with keepends and various line boundaries
for s in ["key=value=more", "novalue", "=start", "end=", ""]:
    print(s.partition("="), s.rpartition("="))
print("a.b.c".partition("."), "a.b.c".rpartition("."), "path/to/file.tar.gz".rpartition("/")[2].partition(".")[0])
text = "one\ntwo\r\nthree\rfour\n\nfive"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "x\n".splitlines(), "x\n\n".splitlines(keepends=True))
print("a\x0bb\x0cc\x1cd\u2028e".splitlines())
print("no newline".splitlines(), "trailing\n".split("\n"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
