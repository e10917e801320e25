# From a try/except divergence hunt: a program in the style of users' code.
def f(i):
    if i == 0:
        raise ValueError(5, "a")
    if i == 1:
        raise ValueError([1, 2])
    raise ValueError()

for i in range(3):
    try:
        f(i)
    except ValueError as e:
        try:
            print(i, e.args[0] * 2, e.args[1] if len(e.args) > 1 else "-")
        except IndexError as ie:
            print(i, "IndexError:", ie)
        except TypeError as t:
            print(i, "TypeError:", t)
f(2)
