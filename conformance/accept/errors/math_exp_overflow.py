# OverflowError: math.exp beyond the float range.
import math

for x in [1.0, 100.0, 709.0, 710.0]:
    print(x, math.exp(x))
