# Benchmark peer of loops.py for Numba (JIT time included).
from numba import njit


@njit(cache=False)
def integrate(n):
    h = 1.0 / n
    total = 0.0
    i = 0
    while i < n:
        x = (i + 0.5) * h
        total += 4.0 / (1.0 + x * x)
        i += 1
    return total * h


print(integrate(3000000))
