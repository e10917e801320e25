# From a try/except divergence hunt: a program in the style of users' code.
def inner():
    raise KeyError("k")

def outer():
    try:
        inner()
    except KeyError as e:
        raise ValueError(e)

def top():
    try:
        outer()
    except ValueError as v:
        print(str(v), "|", repr(v), "|", v.args)
        raise RuntimeError("wrapped", v, v.args)
try:
    top()
except RuntimeError as r:
    print(r)
    print(repr(r))
top()
