# checks: tutorial ch.7 str() vs repr(): strings, floats, escapes, nested containers
msg = "Good morning."
print(str(msg), repr(msg), str(2 / 9))
w = 4 * 2.75
h = 300 * 300
line = "Width " + repr(w) + " and height " + repr(h) + "!"
print(line)
greeting = "hi there\t\n"
print(repr(greeting))
print(repr((w, h, ("tab", "newline"))))
print(str([1.5, "a"]), repr("quote'd"), str(None), repr(None))
