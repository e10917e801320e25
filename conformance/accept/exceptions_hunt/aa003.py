# From a try/except divergence hunt: a program in the style of users' code.
def capture(s):
    try:
        return int(s)
    except ValueError as e:
        raise LookupError("no number") from e

def outer():
    try:
        capture("x")
    except LookupError as le:
        raise RuntimeError("outer failure") from le
outer()
