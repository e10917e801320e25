# Newton's method for square roots and cube roots, compared with math.sqrt.
import math


def newton_sqrt(a):
    if a == 0:
        return 0.0
    x = a if a > 1 else 1.0
    for _ in range(100):
        nxt = 0.5 * (x + a / x)
        if abs(nxt - x) < 1e-15 * x:
            return nxt
        x = nxt
    return x


def newton_cbrt(a, iterations):
    x = 1.0
    for _ in range(iterations):
        x = x - (x * x * x - a) / (3 * x * x)
    return x


for a in [0.0, 1.0, 2.0, 10.0, 0.01, 12345.678, 1e10]:
    print(a, newton_sqrt(a), math.sqrt(a), abs(newton_sqrt(a) - math.sqrt(a)) < 1e-9)
print([newton_cbrt(c, 30) for c in [8.0, 27.0, 2.0]])
