# Parallel benchmark: naive recursive fib(36) (48 M calls): every pair of recursive calls is a
# potential spawn.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(36))
