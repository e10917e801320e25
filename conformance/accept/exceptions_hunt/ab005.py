# From a try/except divergence hunt: a program in the style of users' code.
def f(n):
    try:
        return f(n + 1)
    except RecursionError:
        return sorted([n, 1], key=lambda v: -v)[0]
print(f(0))
def g(n):
    try:
        return g(n + 1)
    except RecursionError:
        return [x for x in [n]][0]
print(g(0))
def h(n):
    try:
        return h(n + 1)
    except RecursionError:
        return max([n, 2])
print(h(0))
