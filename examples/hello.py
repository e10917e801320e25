# A first pyforac program: plain immutable Python, compiled ahead of time.
import math


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def mean(xs):
    return sum(xs) / len(xs)


squares = [i * i for i in range(10)]
print("hello from pyforac")
print("fib(25) =", fib(25))
print("squares:", squares)
print("mean of squares:", mean(squares), "sqrt:", math.sqrt(mean(squares)))
print(", ".join([str(x) for x in squares if x % 2 == 0]), end="!\n")
