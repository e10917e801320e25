# From a try/except divergence hunt: a program in the style of users' code.
def f(n):
    try:
        if n:
            raise ValueError(n)
    except ValueError:
        raise
    else:
        raise KeyError("from else")
    finally:
        print("fin", n)
try:
    f(1)
except ValueError as e:
    print("v", e)
f(0)
