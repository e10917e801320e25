# Naive recursive Fibonacci (no memoisation) and a tail-style iterative check.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print([fib(n) for n in range(20)])
print(fib(24), fib_iter(24), fib(24) == fib_iter(24))
print(fib_iter(90), fib_iter(0), fib_iter(1))
