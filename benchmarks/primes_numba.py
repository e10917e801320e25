# Benchmark peer of primes.py for Numba (JIT time included).
# The warm time of a second call goes to stderr as `warm-seconds: X` for benchmarks/run.
import sys
import time

from numba import njit


@njit(cache=False)
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    for d in range(3, n, 2):
        if d * d > n:
            return True
        if n % d == 0:
            return False
    return True


@njit(cache=False)
def count_primes(limit):
    count = 0
    for n in range(limit):
        if is_prime(n):
            count += 1
    return count


print(count_primes(300000))
start = time.perf_counter()
count_primes(300000)
print("warm-seconds:", time.perf_counter() - start, file=sys.stderr)
