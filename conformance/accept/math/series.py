# Classic series in floating point: e, pi (Leibniz, Nilakantha, Machin), and sqrt(2).
import math


def e_series(terms):
    total = 0.0
    term = 1.0
    for k in range(terms):
        total += term
        term = term / (k + 1)
    return total


def leibniz(terms):
    total = 0.0
    sign = 1.0
    for k in range(terms):
        total += sign / (2 * k + 1)
        sign = -sign
    return 4 * total


def nilakantha(terms):
    total = 3.0
    sign = 1.0
    for k in range(1, terms + 1):
        n = 2 * k
        total += sign * 4.0 / (n * (n + 1) * (n + 2))
        sign = -sign
    return total


def arctan_inverse(x, terms):
    total = 0.0
    power = 1.0 / x
    for k in range(terms):
        total += (power if k % 2 == 0 else -power) / (2 * k + 1)
        power = power / (x * x)
    return total


for n in [1, 5, 10, 20]:
    print(n, e_series(n), abs(e_series(n) - math.exp(1)))
print(leibniz(1000), nilakantha(50), math.pi)
machin = 4 * (4 * arctan_inverse(5, 12) - arctan_inverse(239, 5))
print(machin, machin == math.pi, abs(machin - math.pi))
x = 1.0
for _ in range(6):
    x = (x + 2 / x) / 2
    print(x)
print(x == math.sqrt(2), x * x)
