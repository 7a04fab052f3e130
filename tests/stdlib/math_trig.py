# checks: trig functions: sin, cos, tan, asin, acos, atan, atan2 (all quadrants), hypot, degrees, radians
import math
for deg in [0, 30, 45, 60, 90, 180, 270, -45]:
    r = math.radians(deg)
    print(deg, r, round(math.sin(r), 12), round(math.cos(r), 12), round(math.degrees(r), 9))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), math.cos(math.pi), math.tan(math.pi / 4))
print(math.asin(1), math.acos(0), math.atan(1), math.acos(1), math.asin(0.5))
for y, x in [(1, 1), (1, -1), (-1, -1), (-1, 1), (0, -1), (0, 1), (1, 0), (-0.0, -1)]:
    print(y, x, math.atan2(y, x))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1), math.hypot(2, 3, 6), math.hypot())
print(math.degrees(math.pi), math.radians(180), math.degrees(1))
try:
    math.asin(2)
except ValueError as e:
    print("ValueError:", e)
