# From a try/except divergence hunt: a program in the style of users' code.
def f(n):
    if n == 0:
        raise ValueError("bottom")
    if n % 2 == 0:
        return f(n - 1)
    return f(n - 1)
f(9)
