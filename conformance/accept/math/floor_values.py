# math.floor returns an int, rounding towards negative infinity.
import math

for x in [2.5, -2.5, 3.0, -3.0, 0.0, -0.0, 0.999, -0.001, 1e15 + 0.5]:
    print(x, math.floor(x))
print(math.floor(7), math.floor(-7), math.floor(10 ** 15))
print(math.floor(7 / 2), math.floor(-7 / 2), -7 // 2)
print(math.floor(2.5) + 1, math.floor(1e18))
