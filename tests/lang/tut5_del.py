# checks: tutorial ch.5 the del statement: by index, by slice, clearing, and deleting the variable
readings = [7.5, 2, 19, 19, 0.25, -8, 100]
del readings[0]
print(readings)
del readings[1:3]
print(readings)
del readings[:]
print(readings)
del readings
try:
    readings
except NameError as e:
    print("NameError:", e)
