# math.pi in small geometry computations.
import math


def circle_area(r):
    return math.pi * r * r


def circumference(r):
    return 2 * math.pi * r


def degrees_to_radians(d):
    return d * math.pi / 180


print(math.pi, math.pi * 2, math.pi / 2)
for r in [0, 1, 2.5, 10]:
    print(r, circle_area(r), circumference(r))
print([degrees_to_radians(d) for d in [0, 30, 45, 90, 180, 360]])
print(round(math.pi, 4), math.floor(math.pi * 1000), math.sqrt(math.pi))
