# Benchmark peer of fib.py for Numba: the same function under @njit (JIT time included).
from numba import njit


@njit(cache=False)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30))
