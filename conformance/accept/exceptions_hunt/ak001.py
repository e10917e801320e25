# From a try/except divergence hunt: a program in the style of users' code.
def f(i):
    if i == 0:
        raise ValueError(5)
    if i == 1:
        raise ValueError(2.5)
    if i == 2:
        raise ValueError(True)
    raise ValueError("s")

for i in range(4):
    try:
        f(i)
    except ValueError as e:
        try:
            print(i, e.args[0] + 1)
        except TypeError as t:
            print(i, "TypeError:", t)
