# ValueError: math domain error from math.sqrt of a negative number.
import math


def hypot_minus(a, b):
    return math.sqrt(a * a - b * b)


print(hypot_minus(5.0, 3.0))
print(hypot_minus(3.0, 5.0))
