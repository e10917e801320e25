# From a try/except divergence hunt: a program in the style of users' code.
def show(e):
    print(str(e), "|", repr(e), "|", e.args)

try:
    raise ValueError("a", 1, 2.5, None, True)
except ValueError as e:
    show(e)
try:
    raise KeyError("x")
except KeyError as e:
    show(e)
try:
    raise KeyError(3)
except KeyError as e:
    show(e)
try:
    raise KeyError()
except KeyError as e:
    show(e)
try:
    raise TypeError(("tuple", 1))
except TypeError as e:
    show(e)
try:
    raise RuntimeError([1, 2])
except RuntimeError as e:
    show(e)
try:
    raise ValueError("it's")
except ValueError as e:
    show(e)
try:
    raise ValueError('say "hi"')
except ValueError as e:
    show(e)
try:
    raise ValueError("both ' and \"")
except ValueError as e:
    show(e)
try:
    raise ValueError("tab\tnl\n")
except ValueError as e:
    show(e)
raise ValueError(1, "two")
