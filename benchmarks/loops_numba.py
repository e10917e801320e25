# Benchmark peer of loops.py for Numba (JIT time included).
# The warm time of a second call goes to stderr as `warm-seconds: X` for benchmarks/run.
import sys
import time

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
start = time.perf_counter()
integrate(3000000)
print("warm-seconds:", time.perf_counter() - start, file=sys.stderr)
