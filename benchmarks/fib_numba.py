# Benchmark peer of fib.py for Numba: the same function under @njit (JIT time included).
# The warm time of a second call goes to stderr as `warm-seconds: X` for benchmarks/run.
import sys
import time

from numba import njit


@njit(cache=False)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30))
start = time.perf_counter()
fib(30)
print("warm-seconds:", time.perf_counter() - start, file=sys.stderr)
