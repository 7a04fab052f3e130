# checks: tutorial ch.7 formatted string literals: values with specs, column widths, !r conversion, = specifier
season = 2023
match = "Final"
print(f"Highlights of the {season} {match}")
home = 31_415
attendance = 52_000
share = home / attendance
print("{:-9} home fans  {:2.2%}".format(home, share))
import math
print(f"Tau is roughly {math.tau:.4f}.")
extensions = {"Mona": 301, "Raj": 4417, "Zoe": 12}
for person, ext in extensions.items():
    print(f"{person:10} --> {ext:6d}")
fruit = "plums"
print(f"The bowl is full of {fruit}.")
print(f"The bowl is full of {fruit!r}.")
device = "router"
errors = 7
room = "server room"
print(f"Checking {device=} {errors=} {room=}")
