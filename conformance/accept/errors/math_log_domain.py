# ValueError: math domain error from math.log(0).
import math


def entropy_term(p):
    return -p * math.log(p)


for p in [0.5, 0.25, 0.0]:
    print(entropy_term(p))
