# From a try/except divergence hunt: a program in the style of users' code.
class ValueError(Exception):
    pass

try:
    int("x")
except ValueError:
    print("user ValueError caught builtin?!")
except Exception as e:
    print("builtin went to Exception:", type(e).__name__, e)
try:
    raise ValueError("mine")
except ValueError as e:
    print("mine:", e)
