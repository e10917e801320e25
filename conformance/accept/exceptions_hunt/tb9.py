# From a try/except divergence hunt: a program in the style of users' code.
def f(n):
    try:
        if n == 0:
            raise KeyError("z")
        return f(n - 1)
    except KeyError:
        if n == 6:
            raise ValueError("top")
        raise
f(8)
