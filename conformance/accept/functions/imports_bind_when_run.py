# Imports bind their names when the statement runs: a from-imported constant is an ordinary
# global that a later assignment rebinds, and functions see whichever binding is current.
from math import pi


def area(r):
    return pi * r * r


print(area(1.0), pi)
pi = 3
print(area(1.0), pi)
print("before the late import")
import math
from math import sqrt as root


def hyp(a, b):
    return root(a * a + b * b) + math.floor(0.5)


print(hyp(3.0, 4.0), math.sqrt(2.0))
