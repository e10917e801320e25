import math

print(math.isqrt(10))
print(math.isqrt(10.0))
