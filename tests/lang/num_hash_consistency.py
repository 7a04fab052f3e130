# checks: numeric hashes: hash(1) == hash(1.0) == hash(True), modulus 2**61-1, floats that are integral, dict/set keys across types
print(hash(0), hash(1), hash(-1), hash(-2), hash(True), hash(False), hash(1.0), hash(-1.0), hash(0.0), hash(-0.0))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 61 + 5), hash(-(2 ** 61) + 1), hash(2 ** 64), hash(-(2 ** 64)), hash(10 ** 30))
print(hash(1.5), hash(-1.5), hash(0.1), hash(1e100), hash(1e-100), hash(2.0 ** 70), hash(float("inf")), hash(float("-inf")))
for v in [2 ** 70, 123456789012345678901234567890, -(2 ** 100), 2 ** 53, 12345]:
    print(hash(v) == hash(float(v)), hash(v) == hash(v * 1))
d = {1: "int", 2.0: "float", 2 ** 80: "big"}
d[1.0] = "float one"
d[True] = "true"
d[2] = "two"
d[float(2 ** 80)] = "big float"
print(d, len(d))
s = {0, 0.0, False, -0.0, 1, 1.0, True, 2 ** 64, 2.0 ** 64}
print(len(s), sorted(s))
print({hash(x) for x in [3, 3.0, True + 2]}, (1).__hash__(), (1.5).__hash__(), hash(-2 ** 63), hash(2 ** 63))
