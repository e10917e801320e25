# From a try/except divergence hunt: a program in the style of users' code.
def f(n):
    try:
        if n == 0:
            raise ValueError("zero")
        return f(n - 1)
    except ValueError as e:
        if n < 3:
            raise RuntimeError(f"level {n}")
        print("stopped at", n, e)
        return n

print(f(5))
