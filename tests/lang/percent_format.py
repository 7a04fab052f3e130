# checks: printf-style % formatting of str, int and float, with tuples, dicts, widths and flags
print("%s is %d years" % ("Bob", 42), "%s" % "single", "%r" % "repr", "%s" % [1, 2])
print("%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o" % (42, 42, 42, 42, 42, 255, 255, 255, 8, 8))
print("%f|%.2f|%10.3f|%-10.1f|%e|%.3E|%g|%G" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 0.000314, 1e-7, 2.5e20))
print("%s %s" % (1.5, None), "%d" % 3.99, "%i" % -7, "%c%c" % (72, "i"), "%%", "100%%" % ())
print("%(name)s has %(n)03d items" % {"name": "cart", "n": 7})
print("%*d|%-*s|%.*f" % (6, 7, 4, "ab", 2, 2.71828))
print("%s" % (("a", "b"),), "%s-%s" % tuple("xy"), "%5s|%-5s|%.2s" % ("abc", "abc", "abc"))
print("%d%%" % 50, "%.0f" % 0.5, "%.0f" % 1.5, "%.1f" % 0.25, "%.2f" % 2.675)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("one",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
