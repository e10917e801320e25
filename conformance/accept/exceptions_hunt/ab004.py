# From a try/except divergence hunt: a program in the style of users' code.
def f(n):
    try:
        return f(n + 1)
    except RecursionError:
        return "depth=" + str(n)
print(f(0))
def g(n):
    try:
        return g(n + 1)
    except RecursionError:
        return f"depth={n}"
print(g(0))
def h(n):
    try:
        return h(n + 1)
    except RecursionError:
        return repr(n)
print(h(0))
def k(n):
    try:
        return k(n + 1)
    except RecursionError:
        return "%d" % n
print(k(0))
