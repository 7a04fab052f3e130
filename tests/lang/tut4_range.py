# checks: tutorial ch.4 range(): start/stop/step, negative steps, index loops, sum and list of ranges
for i in range(3):
    print(i)
print(list(range(4, 9)), list(range(1, 20, 6)), list(range(-2, -40, -12)))
planets = ["Mercury", "Venus", "Earth", "Mars"]
for i in range(len(planets)):
    print(i, planets[i])
print(range(7))
print(sum(range(6)), list(range(6)), len(range(20, 0, -3)))
