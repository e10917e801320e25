# From a try/except divergence hunt: a program in the style of users' code.
def f():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise IndexError("after inner handled")
f()
