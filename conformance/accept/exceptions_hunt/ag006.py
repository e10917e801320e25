# From a try/except divergence hunt: a program in the style of users' code.
def g():
    try:
        raise ValueError("first")
    finally:
        pass

def f():
    try:
        g()
    except ValueError:
        xs = [int(c) for c in "12a"]
f()
