# checks: tutorial ch.5 dictionaries: store/extract, delete, list/sorted of keys, in, dict() constructor forms, comprehension
rooms = {"lab": 101, "office": 214}
rooms["library"] = 330
print(rooms, rooms["lab"])
del rooms["office"]
rooms["gym"] = 330
print(rooms, list(rooms), sorted(rooms), "library" in rooms, "lab" not in rooms)
print(dict([("office", 214), ("library", 330), ("lab", 101)]))
print({n: n ** 3 for n in (1, 3, 5)})
print(dict(office=214, library=330, lab=101))
try:
    rooms["attic"]
except KeyError as e:
    print("KeyError:", e)
