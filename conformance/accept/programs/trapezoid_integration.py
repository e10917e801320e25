# Numerical integration with the trapezoid and Simpson rules.
import math


def trapezoid_sin(a, b, n):
    h = (b - a) / n
    total = 0.5 * (math.sin(a) + math.sin(b))
    i = 1
    while i < n:
        total += math.sin(a + i * h)
        i += 1
    return total * h


def simpson_poly(a, b, n):
    h = (b - a) / n
    total = 0.0
    for i in range(n + 1):
        x = a + i * h
        fx = 3 * x * x - 2 * x + 1
        weight = 1 if i == 0 or i == n else (4 if i % 2 == 1 else 2)
        total += weight * fx
    return total * h / 3


def midpoint_exp(a, b, n):
    h = (b - a) / n
    return h * sum([math.exp(a + (i + 0.5) * h) for i in range(n)])


for n in [4, 16, 64, 256, 1024]:
    t = trapezoid_sin(0.0, math.pi, n)
    print(n, t, abs(t - 2.0))
print(simpson_poly(0.0, 2.0, 10), simpson_poly(-1.0, 1.0, 100))
print(midpoint_exp(0.0, 1.0, 1000), math.exp(1.0) - 1.0)
