# checks: tutorial ch.7 str.format(): positional, numbered, keyword, mixed, dict subscripts, **dict, aligned tables
print("The {} said \"{}!\"".format("parrot", "Hello"))
print("{0} then {1}".format("wash", "dry"), "{1} then {0}".format("wash", "dry"))
print("The {animal} looks {mood}.".format(animal="cat", mood="rather unimpressed"))
print("Invited: {0}, {1}, and {extra}.".format("Lena", "Omar", extra="Yuki"))
stock = {"bolts": 250, "nuts": 1200, "washers": 98765}
print("bolts: {0[bolts]:d}; nuts: {0[nuts]:d}; washers: {0[washers]:d}".format(stock))
print("bolts: {bolts:d}; nuts: {nuts:d}; washers: {washers:d}".format(**stock))
for k in range(1, 9):
    print("{0:2d} {1:3d} {2:5d}".format(k, 2 ** k, 3 ** k))
